// Every workbook in shared/samples (copied into fixtures/samples) reads with the item count
// that SOURCES.json gives, the right domain, and each element column it has mapped.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadCatalog } from '../../src/model/index.js';
import { addressOf } from '../../src/model/location.js';
import type { ColumnRole } from '../../src/model/types.js';

const dir = 'fixtures/samples';
const sources = JSON.parse(readFileSync(`${dir}/SOURCES.json`, 'utf8')) as { file: string; items: number; domain: string }[];

// SOURCES.json names domains as the page did; these are the pilot domains they belong to.
const canonicalDomain: Record<string, string> = {
  '征地补偿(农村集体土地征收)': '征地补偿',
  国有土地上房屋征收与补偿: '国有土地上房屋征收',
  卫生健康: '医疗卫生',
};

// The element columns each sample really has, read off the workbook by a person.
const ALL_EIGHT: ColumnRole[] = ['name1', 'name2', 'content', 'basis', 'timeLimit', 'subject', 'channel', 'audience', 'mode'];
const expectedRoles: Record<string, ColumnRole[]> = {
  '05_内蒙古自治区鄂尔多斯市康巴什区_救灾.xlsx': ['name1', 'name2', 'name3', 'content', 'basis', 'timeLimit', 'subject', 'channel', 'audience'],
  '16_内蒙古自治区锡林郭勒盟锡林浩特市_卫生健康.xlsx': ['name2', 'content', 'basis', 'timeLimit', 'subject', 'channel', 'audience', 'mode', 'level'],
  '18_上海市青浦区_义务教育.xlsx': ALL_EIGHT,
  '17_未知_重大建设项目.xlsx': ALL_EIGHT,
  '06_山东省枣庄市_安全生产.xlsx': ALL_EIGHT,
  '02_四川省_户籍管理.xlsx': [...ALL_EIGHT, 'name3'],
};

describe('shared samples', () => {
  for (const sample of sources) {
    it(`${sample.file}: ${sample.items} items, domain ${sample.domain}`, () => {
      const wb = loadCatalog(`${dir}/${sample.file}`);
      const tables = wb.sheets.flatMap((s) => s.tables);
      expect(tables).toHaveLength(1);
      const [table] = tables;
      expect(table.items).toHaveLength(sample.items);
      expect(table.domain.name).toBe(canonicalDomain[sample.domain] ?? sample.domain);
      expect(table.domain.known).toBe(true);
      const roles = new Set(table.columns.map((c) => c.role));
      for (const role of expectedRoles[sample.file] ?? [...ALL_EIGHT, 'level']) expect(roles, role).toContain(role);
      // Every item has a name, and every name cell points at a real spreadsheet cell.
      for (const item of table.items) {
        expect(item.name.full).not.toBe('');
        for (const level of item.name.levels) expect(addressOf(level.cell)).toMatch(/!([A-Z]+)(\d+)$/);
      }
    });
  }

  it('GBK CSV exports read like their workbooks', () => {
    for (const stem of ['01_福建省泉州市洛江区_户籍管理', '03_天津市宝坻区_社会救助']) {
      const csv = loadCatalog(`${dir}/${stem}.gbk.csv`);
      const xlsx = loadCatalog(`${dir}/${stem}.xlsx`);
      expect(csv.encoding).toBe('gb18030');
      const names = (wb: typeof csv) => wb.sheets[0].tables[0].items.map((i) => i.name.full);
      expect(names(csv)).toEqual(names(xlsx));
      const contents = (wb: typeof csv) => wb.sheets[0].tables[0].items.map((i) => i.content?.text);
      expect(contents(csv)).toEqual(contents(xlsx));
    }
  });
});
