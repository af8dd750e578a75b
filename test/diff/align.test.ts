// Alignment on model items built in memory: the cases fixtures cannot show cheaply —
// twins with one name, a removal and an addition side by side, a whole group renamed, and
// renames found among thousands of items.
import { describe, expect, it } from 'vitest';
import { alignItems } from '../../src/diff/align.js';
import { textKey } from '../../src/diff/normalize.js';
import type { CatalogItem, CellValue } from '../../src/model/types.js';

const cell = (text: string, row: number, column: string): CellValue => ({ text, raw: text, cell: { sheet: 'S', row, column, col: column.charCodeAt(0) - 64 } });

function items(rows: [string, string, string][]): CatalogItem[] {
  return rows.map(([group, name, content], index) => ({
    index,
    row: index + 4,
    name: { levels: [cell(group, index + 4, 'B'), cell(name, index + 4, 'C')], full: `${group}/${name}` },
    content: cell(content, index + 4, 'D'),
    basis: cell('●《中华人民共和国政府信息公开条例》', index + 4, 'E'),
    extra: {},
  }));
}

const names = (list: CatalogItem[]) => list.map((i) => i.name.full);

describe('alignItems', () => {
  it('pairs twins that share a name by their content, so dropping one is one removal', () => {
    const old = items([['综合', '政策文件', '社会救助政策'], ['综合', '政策文件', '养老服务政策'], ['综合', '监督', '投诉电话']]);
    const neu = items([['综合', '政策文件', '养老服务政策'], ['综合', '监督', '投诉电话']]);
    const a = alignItems(old, neu);
    expect(a.removed.map((i) => i.content?.text)).toEqual(['社会救助政策']);
    expect(a.added).toEqual([]);
    expect(a.pairs.every((p) => p.kind === 'same' && p.old.content?.text === p.new.content?.text)).toBe(true);
  });

  it('does not call an unrelated addition a rename of a removal in the same group', () => {
    const old = items([['户口登记', '刑满释放人员恢复户口', '办理条件、申请材料、办理流程'], ['户口登记', '出生登记', '出生医学证明、户口簿']]);
    const neu = items([['户口登记', '出国人员回国恢复户口', '回国定居证明、护照'], ['户口登记', '出生登记', '出生医学证明、户口簿']]);
    const a = alignItems(old, neu);
    expect(names(a.removed)).toEqual(['户口登记/刑满释放人员恢复户口']);
    expect(names(a.added)).toEqual(['户口登记/出国人员回国恢复户口']);
  });

  it('a renamed group renames each of its items', () => {
    const old = items([['出生', '新生儿户口登记', '出生医学证明'], ['出生', '国外出生子女户口登记', '护照、入境证明']]);
    const neu = items([['出生登记', '新生儿户口登记', '出生医学证明'], ['出生登记', '国外出生子女户口登记', '护照、入境证明']]);
    const a = alignItems(old, neu);
    expect(a.pairs.map((p) => [p.kind, p.old.name.full, p.new.name.full])).toEqual([
      ['renamed', '出生/新生儿户口登记', '出生登记/新生儿户口登记'],
      ['renamed', '出生/国外出生子女户口登记', '出生登记/国外出生子女户口登记'],
    ]);
  });

  it('names differing only by punctuation, brackets, spaces or width are one item', () => {
    const old = items([['综合业务', '政策（法规）', '文件'], ['综合业务', '办事指南。', '条件']]);
    const neu = items([['综合 业务', '政策(法规)', '文件'], ['综合业务', '办事指南', '条件']]);
    const a = alignItems(old, neu);
    expect(a.pairs.map((p) => p.kind)).toEqual(['same', 'same']);
    expect(textKey('《条例》、办法；规定。')).toBe(textKey('条例,办法;规定'));
  });

  it('finds renames among thousands of items, each paired with its own', () => {
    const n = 3000;
    const words = '社会救助保障最低生活特困人员供养临时医疗教育住房就业养老服务残疾儿童福利慈善登记审批备案许可处罚检查监督管理';
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const word = (k: number) => Array.from({ length: k }, () => words[Math.floor(rand() * words.length)]).join('');
    const rows: [string, string, string][] = Array.from({ length: n }, (_, i) => [`${word(4)}${Math.floor(i / 20)}`, `${word(7)}${i}`, `${word(20)}、联系方式`]);
    const old = items(rows);
    const renamedAt = Array.from({ length: 30 }, (_, k) => k * 97);
    const neu = items(rows.map(([g, name, c], i) => [g, renamedAt.includes(i) ? `${name.slice(0, 3)}和${name.slice(3)}` : name, c]).reverse() as [string, string, string][]);
    const a = alignItems(old, neu);
    const renames = a.pairs.filter((p) => p.kind === 'renamed');
    expect(renames).toHaveLength(30);
    expect(renames.every((p) => p.new.name.full.replace('和', '') === p.old.name.full)).toBe(true);
    expect(a.added).toEqual([]);
    expect(a.removed).toEqual([]);
  });
});
