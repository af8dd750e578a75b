import { describe, expect, it } from 'vitest';
import { cityItemMissing } from './city-item-missing.js';
import { runRule } from '../test/helpers/rule-harness.js';
import { F, refs } from '../test/coverage/helpers.js';

describe('city-item-missing', () => {
  const references = refs({ city: [F.city] });

  it('finds a city item the district dropped, naming the city file and its row', () => {
    const findings = runRule(cityItemMissing, F.district, { references });
    expect(findings.map((f) => f.message)).toEqual([
      '市级目录 fixtures/coverage/重庆市户籍管理三级目录.xlsx 第6行的事项“户口登记/死亡注销户口”在本目录中没有找到',
    ]);
    expect(findings[0]).toMatchObject({ severity: 'error', checkpoint: 1, row: null, column: null, sheet: 'Sheet1' });
  });

  it('does not flag a renamed item, an item written with half-width brackets, or a city-only item', () => {
    const messages = runRule(cityItemMissing, F.district, { references }).map((f) => f.message).join('\n');
    expect(messages).not.toContain('户口迁出'); // renamed to 户口迁出办理: city-item-renamed
    expect(messages).not.toContain('市内户口迁移'); // 市内户口迁移(含投靠落户) in the district
    expect(messages).not.toContain('户籍管理政策文件'); // marked 市级 only
  });

  it('speaks English with --lang en', () => {
    const [finding] = runRule(cityItemMissing, F.district, { references, lang: 'en' });
    expect(finding.message).toBe('item "户口登记/死亡注销户口" of the city catalog fixtures/coverage/重庆市户籍管理三级目录.xlsx (row 6) is not in this catalog');
  });

  it('finds nothing when the catalog is compared with itself', () => {
    expect(runRule(cityItemMissing, F.city, { references })).toEqual([]);
  });

  it('compares nothing across domains: a city catalog of another domain requires nothing here', () => {
    expect(runRule(cityItemMissing, 'fixtures/samples/03_天津市宝坻区_社会救助.xlsx', { references })).toEqual([]);
  });
});
