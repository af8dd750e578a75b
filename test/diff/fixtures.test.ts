// Pairs of catalogs made by LibreOffice (fixtures/diff, see sources.mjs there): each new
// version differs from base.xlsx by one kind of change, or by noise only. What is asserted
// is what a reviewer sees: the status, the item, the element, old and new text.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/model/index.js';
import { diffCatalogs } from '../../src/diff/index.js';
import type { CatalogDiff } from '../../src/diff/types.js';

const dir = 'fixtures/diff';
const diff = (oldName: string, newName: string): CatalogDiff => diffCatalogs(loadCatalog(`${dir}/${oldName}`), loadCatalog(`${dir}/${newName}`));
const items = (d: CatalogDiff) => d.tables.flatMap((t) => t.items);

describe('one change against base', () => {
  it('an item added', () => {
    const d = diff('base.xlsx', 'added.xlsx');
    expect(d.summary).toMatchObject({ added: 1, removed: 0, renamed: 0, changed: 0, unchanged: 9, breaking: false });
    const [item] = items(d);
    expect(item).toMatchObject({ status: 'added', old: null, new: { name: '最低生活保障/救助资金发放', row: 9 }, breaking: false });
    expect(item.new!.content).toBe('最低生活保障金发放对象、发放标准、发放金额、发放时间');
  });

  it('an item removed is breaking (只增不减)', () => {
    const d = diff('base.xlsx', 'removed.xlsx');
    expect(d.summary).toMatchObject({ added: 0, removed: 1, renamed: 0, changed: 0, breaking: true });
    expect(items(d)).toEqual([expect.objectContaining({ status: 'removed', breaking: true, new: null, old: expect.objectContaining({ name: '最低生活保障/审批结果', row: 8, address: 'Sheet1!C8' }) })]);
  });

  it('an item renamed is paired, not removed and added', () => {
    const d = diff('base.xlsx', 'renamed.xlsx');
    expect(d.summary).toMatchObject({ added: 0, removed: 0, renamed: 1, changed: 0 });
    const [item] = items(d);
    expect(item.status).toBe('renamed');
    expect(item.old!.name).toBe('最低生活保障/办事指南');
    expect(item.new!.name).toBe('最低生活保障/低保办事指南');
    expect(item.similarity).toBeGreaterThan(0.6);
    expect(item.changes).toEqual([expect.objectContaining({ element: 'name', old: '最低生活保障/办事指南', new: '最低生活保障/低保办事指南' })]);
  });

  it('an element edited shows old and new text', () => {
    const d = diff('base.xlsx', 'edited.xlsx');
    expect(d.summary).toMatchObject({ changed: 1, added: 0, removed: 0, renamed: 0 });
    const [item] = items(d);
    expect(item.new!.name).toBe('最低生活保障/审核信息');
    expect(item.changes).toEqual([
      { element: 'timeLimit', old: '信息形成或者变更之日起20个工作日内', new: '初审结束后5个工作日内，公示期7天', oldAddress: 'Sheet1!F7', newAddress: 'Sheet1!F7' },
    ]);
  });

  it('a channel ticked is named, not shown as a cell edit', () => {
    const [item] = items(diff('base.xlsx', 'channel-ticked.xlsx'));
    expect(item.new!.name).toBe('最低生活保障/审批结果');
    expect(item.changes).toHaveLength(1);
    expect(item.changes[0]).toMatchObject({ element: 'channel', added: ['两微一端'], removed: [] });
    expect(item.changes[0].newValues).toContain('两微一端');
  });

  it('a mark taken away is named', () => {
    const [item] = items(diff('base.xlsx', 'mode-unticked.xlsx'));
    expect(item.new!.name).toBe('综合业务/政策法规');
    expect(item.changes).toEqual([expect.objectContaining({ element: 'mode', old: '主动、依申请', new: '主动', added: [], removed: ['依申请'] })]);
  });
});

describe('noise is not a change', () => {
  const cases: [string, string][] = [
    ['rows reordered and 序号 renumbered', 'reordered.xlsx'],
    ['merged cells unmerged', 'unmerged.xlsx'],
    ['同上 written out', 'written-out.xlsx'],
    ['rich text, half-width punctuation, spaces, ✓ marks, a plain channel list', 'noise.xlsx'],
    ['the same catalog saved as GB18030 CSV without merges', 'export.gbk.csv'],
  ];
  for (const [what, file] of cases) {
    it(what, () => {
      const d = diff('base.xlsx', file);
      expect(items(d)).toEqual([]);
      expect(d.summary).toEqual({ added: 0, removed: 0, renamed: 0, changed: 0, unchanged: 9, breaking: false });
    });
  }

  it('the noise fixtures really carry the noise', () => {
    const base = loadCatalog(`${dir}/base.xlsx`).sheets[0].tables[0].items;
    expect(base.some((i) => i.timeLimit?.sameAsAbove)).toBe(true);
    expect(base.some((i) => i.basis?.mergedFrom)).toBe(true);
    expect(base.some((i) => i.name.levels[0].mergedFrom)).toBe(true);
    const noisy = loadCatalog(`${dir}/noise.xlsx`).sheets[0].tables[0].items;
    expect(noisy.some((i) => i.content?.richText)).toBe(true);
    expect(noisy[0].channel?.style).toBe('list');
    const reordered = loadCatalog(`${dir}/reordered.xlsx`).sheets[0].tables[0].items;
    expect(reordered[0].name.full).toBe('临时救助/救助结果');
  });
});

describe('several domains in one workbook', () => {
  it('pairs sheets by domain even when renamed and swapped', () => {
    const d = diff('multi-old.xlsx', 'multi-new.xlsx');
    expect(d.tables.map((t) => [t.pairedBy, t.old?.sheet, t.new?.sheet, t.new?.domain])).toEqual([
      ['domain', '养老服务', 'Sheet1', '养老服务'],
      ['domain', '社会救助', 'Sheet2', '社会救助'],
    ]);
    expect(d.summary).toMatchObject({ added: 1, removed: 0, renamed: 0, changed: 0, unchanged: 12 });
    expect(d.tables[0].items[0]).toMatchObject({ status: 'added', new: { name: '高龄津贴/办事指南', sheet: 'Sheet1' } });
  });

  it('a domain only one version has: its table is added or removed whole', () => {
    const d = diff('base.xlsx', 'multi-new.xlsx');
    const yl = d.tables.find((t) => t.new?.domain === '养老服务')!;
    expect(yl).toMatchObject({ pairedBy: null, old: null });
    expect(yl.items.every((i) => i.status === 'added')).toBe(true);
    expect(d.summary).toMatchObject({ added: 4, removed: 0, unchanged: 9 });
    const back = diff('multi-new.xlsx', 'base.xlsx');
    expect(back.summary).toMatchObject({ removed: 4, breaking: true });
  });
});

describe('a revision with several changes', () => {
  it('lists each in the new order, removed items where they stood', () => {
    const d = diff('base.xlsx', 'revised.xlsx');
    expect(d.summary).toEqual({ added: 1, removed: 1, renamed: 1, changed: 4, unchanged: 3, breaking: true });
    expect(items(d).map((i) => [i.status, (i.new ?? i.old)!.name])).toEqual([
      ['changed', '综合业务/政策法规'],
      ['changed', '综合业务/监督管理'],
      ['renamed', '最低生活保障/低保办事指南'],
      ['changed', '最低生活保障/审核信息'],
      ['changed', '最低生活保障/审批结果'],
      ['removed', '特困人员救助供养/审核信息'],
      ['added', '临时救助/咨询服务'],
    ]);
  });
});
