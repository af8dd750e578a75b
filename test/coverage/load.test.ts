import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReferences, ReferenceError } from '../../src/coverage/load.js';
import { DEFAULT_LIMITS } from '../../src/read/types.js';
import { F, refs } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'coverage-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadReferences', () => {
  it('reads a list with unusual headers through listColumns, ticks in tier columns included', () => {
    const csv = join(dir, '清单.csv');
    writeFileSync(csv, '编号,权力事项,责任科室,市级,区县级,乡镇级\n1,户口迁移审批,户政科,,√,√\n2,非本市户籍人员入户审批,户政科,√,,\n');
    const references = refs({ powerList: [csv] }, { listColumns: { name: '权力事项', department: '责任科室' }, listDomains: { 户籍管理: [csv] } });
    expect(references.lists?.power?.rows.map((r) => [r.row, r.name, r.tiers, r.domain])).toEqual([
      [2, '户口迁移审批', ['county', 'township'], '户籍管理'],
      [3, '非本市户籍人员入户审批', ['city'], '户籍管理'],
    ]);
  });

  it('rejects a listDomains key that is not a pilot domain, suggesting the nearest', () => {
    expect(() => refs({ powerList: [F.power] }, { listDomains: { 户藉管理: [F.power] } })).toThrow(/户藉管理.*户籍管理/);
  });

  it('reads references named in the config relative to the config file', () => {
    const configPath = join(dir, 'catalog-check.config.json');
    const fromConfigDir = relative(dir, F.city);
    const references = loadReferences({}, { references: { city: fromConfigDir } }, configPath, 'zh', DEFAULT_LIMITS);
    expect(references.city?.workbooks[0].sheets[0].tables[0].items).toHaveLength(7);
  });

  it('names the reference and the file when it cannot be read', () => {
    expect(() => refs({ subjects: join(dir, '没有.xlsx') })).toThrow(ReferenceError);
    expect(() => refs({ subjects: join(dir, '没有.xlsx') })).toThrow(/无法读取主体名单/);
  });
});
