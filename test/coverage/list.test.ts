import { describe, expect, it } from 'vitest';
import { detectListHeader, parseTiers, readList } from '../../src/coverage/list.js';
import { attachDomain, topicDomain } from '../../src/coverage/domain-hints.js';
import type { RawWorkbook } from '../../src/read/types.js';

function workbook(rows: (string | undefined)[][]): RawWorkbook {
  return { path: 'list.csv', format: 'csv', sheets: [{ name: 'list', hidden: false, rows, info: new Map(), merges: [], hiddenRows: new Set(), hiddenCols: new Set() }] };
}

describe('parseTiers', () => {
  it.each([
    ['区县级', ['county']],
    ['市级、区县级、乡镇级', ['city', 'county', 'township']],
    ['市、区县、乡镇', ['city', 'county', 'township']],
    ['县（市、区）级', ['county']],
    ['乡镇（街道）', ['township']],
    ['市级', ['city']],
    ['三级', ['city', 'county', 'township']],
    ['', []],
  ])('%s', (text, tiers) => expect(parseTiers(text)).toEqual(tiers));
});

describe('detectListHeader', () => {
  it('recognises the usual wording below a title row', () => {
    const header = detectListHeader([['渝北区权责清单'], ['序号', '权力类型', '事项名称', '子项名称', '实施主体', '行使层级', '设定依据']]);
    expect(header).toMatchObject({ top: 1, bottom: 1, fields: { type: 1, name: 2, detail: 3, department: 4, tiers: 5, basis: 6 } });
  });

  it('reads 事项名称 over 主项 | 子项 and 层级 split into 市级 | 区县级 | 乡镇级 columns', () => {
    const header = detectListHeader([
      ['序号', '事项名称', '事项名称', '实施机关', '行使层级', '行使层级', '行使层级'],
      ['序号', '主项', '子项', '实施机关', '市级', '区县级', '乡镇级'],
    ]);
    expect(header?.bottom).toBe(1);
    expect(header?.fields).toMatchObject({ name: 1, detail: 2, department: 3 });
    expect(header?.tierColumns).toEqual([{ col: 4, tier: 'city' }, { col: 5, tier: 'county' }, { col: 6, tier: 'township' }]);
  });

  it('takes unusual headers from listColumns', () => {
    expect(detectListHeader([['编号', '权力事项', '责任科室', '适用范围']])).toBeNull();
    const header = detectListHeader([['编号', '权力事项', '责任科室', '适用范围']], { name: '权力事项', department: '责任科室', tiers: '适用范围' });
    expect(header?.fields).toMatchObject({ name: 1, department: 2, tiers: 3 });
  });
});

describe('attaching a row to a domain', () => {
  it('trusts listDomains, then a 所属领域 column', () => {
    expect(attachDomain({ name: '任意事项' }, '户籍管理')).toEqual({ domain: '户籍管理', source: 'config' });
    expect(attachDomain({ name: '任意事项', domainText: '社会救助领域' })).toEqual({ domain: '社会救助', source: 'column' });
  });

  it('uses the department only when the row\'s own words confirm the domain', () => {
    expect(attachDomain({ name: '户口迁移审批', department: '重庆市公安局渝北区分局' })).toEqual({ domain: '户籍管理', source: 'department' });
    expect(attachDomain({ name: '对出租房屋未按规定登记住宿人员的处罚', department: '区公安分局' }).domain).toBeNull();
  });

  it('tells apart the domains one department serves (区民政局: 社会救助 or 养老服务)', () => {
    expect(attachDomain({ name: '特困人员认定', department: '区民政局' }).domain).toBe('社会救助');
    expect(attachDomain({ name: '养老机构备案', department: '区民政局' }).domain).toBe('养老服务');
    expect(attachDomain({ name: '社会团体成立登记', department: '区民政局' }).domain).toBeNull();
  });

  it('prefers the longest topic word: 养老保险 is 社会保险, not 养老服务', () => {
    expect(topicDomain('城乡居民养老保险待遇核定').domain).toBe('社会保险');
  });
});

describe('readList', () => {
  it('carries a 主项 down to 子项 rows a CSV export left blank, and keeps line numbers', () => {
    const rows: (string | undefined)[][] = [];
    rows[0] = ['序号', '事项名称', '子项名称', '实施主体', '行使层级'];
    rows[1] = ['1', '户口迁移审批', '市外迁入', '区公安分局', '区县级'];
    rows[2] = ['2', undefined, '市内迁移', '区公安分局', '区县级'];
    rows[4] = ['3', '居民身份证核发', undefined, '区公安分局', '区县级、乡镇级'];
    const { rows: read } = readList(workbook(rows), { file: 'list.csv' });
    expect(read.map((r) => [r.row, r.name, r.detail ?? null, r.tiers, r.domain])).toEqual([
      [2, '户口迁移审批', '市外迁入', ['county'], '户籍管理'],
      [3, '户口迁移审批', '市内迁移', ['county'], '户籍管理'],
      [5, '居民身份证核发', null, ['county', 'township'], '户籍管理'],
    ]);
  });

  it('skips a two-row header repeated at a page break', () => {
    const rows: (string | undefined)[][] = [
      ['事项名称', '事项名称', '行使层级'],
      ['主项', '子项', '行使层级'],
      ['户口迁移审批', '市外迁入', '区县级'],
      ['事项名称', '事项名称', '行使层级'],
      ['主项', '子项', '行使层级'],
      ['居民身份证核发', '首次申领', '区县级'],
    ];
    expect(readList(workbook(rows), { file: 'list.csv' }).rows.map((r) => [r.row, r.name])).toEqual([[3, '户口迁移审批'], [6, '居民身份证核发']]);
  });
});
