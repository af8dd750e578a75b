import { describe, expect, it } from 'vitest';
import { cityTownshipLevel } from './city-township-level.js';
import { runRule } from '../test/helpers/rule-harness.js';
import { F, refs } from '../test/coverage/helpers.js';

describe('city-township-level', () => {
  const references = refs({ city: [F.city] });

  it('warns at the 镇街级 cell when the city marks 乡镇级 and the district does not', () => {
    const findings = runRule(cityTownshipLevel, F.district, { references });
    expect(findings.map((f) => [f.row, f.column, f.message])).toEqual([
      [4, 'N', '事项“户口登记/出生登记”在市级目录 fixtures/coverage/重庆市户籍管理三级目录.xlsx 第5行标为乡镇级，本目录没有勾选乡级'],
    ]);
  });

  it('is quiet where the district ticks 镇街级 as the city asks (居民身份证, 居住证)', () => {
    const rows = runRule(cityTownshipLevel, F.district, { references }).map((f) => f.row);
    expect(rows).not.toContain(7);
    expect(rows).not.toContain(8);
  });
});
