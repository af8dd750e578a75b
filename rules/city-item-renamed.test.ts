import { describe, expect, it } from 'vitest';
import { cityItemRenamed } from './city-item-renamed.js';
import { runRule } from '../test/helpers/rule-harness.js';
import { F, refs } from '../test/coverage/helpers.js';

describe('city-item-renamed', () => {
  const references = refs({ city: [F.city] });

  it('matches a renamed item by similarity and asks "did you mean", at the district item', () => {
    const findings = runRule(cityItemRenamed, F.district, { references });
    expect(findings.map((f) => [f.row, f.column, f.severity, f.message])).toEqual([
      [5, 'C', 'warning', '事项“户口迁移/户口迁出办理”与市级目录 fixtures/coverage/重庆市户籍管理三级目录.xlsx 第7行的“户口迁移/户口迁出”名称不一致，是否就是该事项？'],
    ]);
  });

  it('does not treat half-width brackets as a rename', () => {
    const messages = runRule(cityItemRenamed, F.district, { references }).map((f) => f.message).join('\n');
    expect(messages).not.toContain('市内户口迁移');
  });

  it('reports nothing for a stricter similarity, where the item counts as missing instead', () => {
    expect(runRule(cityItemRenamed, F.district, { references, options: { similarity: 0.9 } })).toEqual([]);
  });
});
