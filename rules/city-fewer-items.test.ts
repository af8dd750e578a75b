import { describe, expect, it } from 'vitest';
import { cityFewerItems } from './city-fewer-items.js';
import { runRule } from '../test/helpers/rule-harness.js';
import { F, refs } from '../test/coverage/helpers.js';

describe('city-fewer-items', () => {
  const references = refs({ city: [F.city] });

  it('counts only the city items marked for district or township level (6 of 7: one is 市级 only)', () => {
    const findings = runRule(cityFewerItems, F.district, { references });
    expect(findings.map((f) => f.message)).toEqual([
      '本目录有 5 个事项，少于市级目录 fixtures/coverage/重庆市户籍管理三级目录.xlsx 中户籍管理领域区县级、乡镇级的 6 个事项（事项数量应只增不减）',
    ]);
    expect(findings[0]).toMatchObject({ severity: 'error', checkpoint: 1, row: null });
  });

  it('is quiet when the catalog has as many items as the city requires', () => {
    expect(runRule(cityFewerItems, F.city, { references })).toEqual([]);
  });
});
