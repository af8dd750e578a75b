import { describe, expect, it } from 'vitest';
import { subjectNotInList } from './subject-not-in-list.js';
import { runRule } from '../test/helpers/rule-harness.js';
import { F, refs } from '../test/coverage/helpers.js';

describe('subject-not-in-list', () => {
  const references = refs({ subjects: F.subjects });

  it('reports a subject that is not in the subjects file, with the closest names', () => {
    const findings = runRule(subjectNotInList, F.district, { references });
    expect(findings.map((f) => [f.row, f.column, f.message])).toEqual([
      [6, 'G', '公开主体“区公安局”不在主体名单 fixtures/coverage/渝北区政务公开主体名单.xlsx 中，是否应为：“区公安分局”？'],
    ]);
    expect(findings[0]).toMatchObject({ severity: 'error', checkpoint: 4, element: 'subject' });
  });

  it('accepts a short name given in the 简称 column and 各镇人民政府（街道办事处） for the townships listed', () => {
    const rows = runRule(subjectNotInList, F.district, { references }).map((f) => f.row);
    expect(rows).not.toContain(4); // 区公安分局、各镇人民政府（街道办事处）
    expect(rows).not.toContain(5); // 区公安分局
  });

  it('leaves template text (县级政府公安部门) to subject-placeholder, so a cell is not reported twice', () => {
    expect(runRule(subjectNotInList, F.district, { references }).map((f) => f.row)).not.toContain(8);
  });
});
