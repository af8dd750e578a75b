// Element comparison on model items built by the model's own parsers: sets (subjects,
// channels, marks) compare by meaning, text by its noise-free key.
import { describe, expect, it } from 'vitest';
import { compareItems, type ColumnPresence } from '../../src/diff/compare.js';
import { parseChannel, parseSubject } from '../../src/model/elements.js';
import type { CatalogItem, CellValue, MarkGroup, ModeKey } from '../../src/model/types.js';

const cell = (text: string, column = 'D'): CellValue => ({ text, raw: text, cell: { sheet: 'S', row: 5, column, col: column.charCodeAt(0) - 64 } });
const ALL: ColumnPresence = { both: new Set(['content', 'basis', 'timeLimit', 'subject', 'channel', 'audience', 'mode', 'level']), extras: ['备注'], notes: [] };

function mode(marks: [ModeKey, string, string][]): MarkGroup<ModeKey> {
  const list = marks.map(([key, label, text]) => ({ key, label, marked: text !== '', value: cell(text, 'K') }));
  return { marks: list, chosen: list.filter((m) => m.marked).map((m) => m.key), notes: [] };
}

function item(over: { subject?: string; channel?: string; content?: string; mode?: MarkGroup<ModeKey>; note?: string }): CatalogItem {
  return {
    index: 0,
    row: 5,
    name: { levels: [cell('综合业务', 'B'), cell('政策法规', 'C')], full: '综合业务/政策法规' },
    content: cell(over.content ?? '《社会救助暂行办法》（国务院令第649号）'),
    subject: parseSubject(cell(over.subject ?? '区民政局、各镇人民政府（街道办事处）', 'G')),
    channel: parseChannel(cell(over.channel ?? '■政府网站 □政府公报 ■两微一端', 'H')),
    mode: over.mode ?? mode([['active', '主动', '√'], ['onRequest', '依申请', '']]),
    extra: { 备注: cell(over.note ?? '', 'O') },
  };
}

describe('compareItems', () => {
  it('reordered or re-separated bodies, a plain channel list, ✓ for √ and half-width brackets are no change', () => {
    const a = item({});
    const b = item({
      subject: '各镇人民政府(街道办事处)\n区民政局',
      channel: '两微一端，政府网站',
      content: '社会救助暂行办法(国务院令第649号)。',
      mode: mode([['active', '主动公开', '✓'], ['onRequest', '依申请公开', '']]),
    });
    expect(compareItems(a, b, ALL)).toEqual([]);
  });

  it('names the bodies, channels and marks added or taken away', () => {
    const a = item({});
    const b = item({
      subject: '区民政局',
      channel: '□政府网站 ■政府公报 ■两微一端',
      mode: mode([['active', '主动', '√'], ['onRequest', '依申请', '√']]),
    });
    const changes = compareItems(a, b, ALL);
    expect(changes.map((c) => [c.element, c.added, c.removed])).toEqual([
      ['subject', [], ['各镇人民政府（街道办事处）']],
      ['channel', ['政府公报'], ['政府网站']],
      ['mode', ['依申请'], []],
    ]);
    expect(changes[2]).toMatchObject({ old: '主动', new: '主动、依申请', oldValues: ['主动'], newValues: ['主动', '依申请'] });
  });

  it('compares an extra column both versions have, by its header', () => {
    const [change] = compareItems(item({ note: '' }), item({ note: '2025年新增' }), ALL);
    expect(change).toMatchObject({ element: 'extra', column: '备注', old: '', new: '2025年新增', newAddress: 'S!O5' });
  });

  it('skips elements whose column only one version has', () => {
    const only = { ...ALL, both: new Set<never>(), extras: [] };
    expect(compareItems(item({}), item({ content: '完全不同', subject: '区财政局' }), only)).toEqual([]);
  });
});
