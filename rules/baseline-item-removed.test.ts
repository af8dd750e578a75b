import { describe, expect, it } from 'vitest';
import { baselineItemRemoved } from './baseline-item-removed.js';
import { runRule } from '../test/helpers/rule-harness.js';
import { F, refs } from '../test/coverage/helpers.js';

describe('baseline-item-removed', () => {
  const references = refs({ baseline: F.baseline });

  it('reports an item removed since the previous version, naming that file and its row', () => {
    const findings = runRule(baselineItemRemoved, F.district, { references });
    expect(findings.map((f) => f.message)).toEqual([
      '上一版目录 fixtures/coverage/渝北区户籍管理标准目录（上一版）.xlsx 第5行的事项“户口登记/户口登记事项咨询”在本版中没有找到（事项数量应只增不减）',
    ]);
    expect(findings[0].severity).toBe('error');
  });

  it('does not report an item renamed since then (户口迁出 → 户口迁出办理) or re-bracketed', () => {
    const messages = runRule(baselineItemRemoved, F.district, { references }).map((f) => f.message).join('\n');
    expect(messages).not.toContain('户口迁出');
    expect(messages).not.toContain('市内户口迁移');
  });

  it('finds nothing when the catalog is its own baseline', () => {
    expect(runRule(baselineItemRemoved, F.baseline, { references })).toEqual([]);
  });
});
