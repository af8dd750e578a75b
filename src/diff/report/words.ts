// What the diff reports say, in Chinese and English, and the small wording helpers every
// format shares, so text, markdown and HTML name a change the same way.
import { ELEMENT_LABELS } from '../../i18n/elements.js';
import type { Lang } from '../../i18n/index.js';
import type { CatalogDiff, DiffElement, ElementChange, ItemDiff, ItemStatus, TableDiff, TableNote } from '../types.js';

export const WORDS = {
  zh: {
    title: '标准目录对比',
    status: { added: '新增', removed: '删除', renamed: '更名', changed: '修改' } as Record<ItemStatus, string>,
    breaking: '不符合“只增不减”',
    breakingSummary: (n: number) => `删除了 ${n} 个事项，不符合“只增不减”（公开事项只增不减）`,
    summary: (s: CatalogDiff['summary']) => `新增 ${s.added} 项，删除 ${s.removed} 项，更名 ${s.renamed} 项，修改 ${s.changed} 项（未变 ${s.unchanged} 项）`,
    noChange: '两个版本的事项和要素没有实质变化',
    row: (n: number) => `第${n}行`,
    oldRow: (n: number) => `原第${n}行`,
    newRow: (n: number) => `新第${n}行`,
    similarity: (x: number) => `相似度 ${x.toFixed(2)}`,
    sheet: (s: string) => `工作表“${s}”`,
    domainUnknown: '未识别领域',
    tableAdded: '新增的表格',
    tableRemoved: '删除的表格',
    items: (n: number) => `${n} 个事项`,
    columnAdded: (c: string) => `新增要素列：${c}`,
    columnRemoved: (c: string) => `删除要素列：${c}`,
    channelAdded: '新增渠道：', channelRemoved: '取消渠道：',
    subjectAdded: '新增主体：', subjectRemoved: '删除主体：',
    markAdded: '新增：', markRemoved: '取消：',
    category: '事项分类',
    old: '原内容', new: '新内容', change: '变化', item: '事项', where: '位置', element: '要素',
    empty: '（空）',
    sep: '；', list: '、', colon: '：',
  },
  en: {
    title: 'Catalog diff',
    status: { added: 'added', removed: 'removed', renamed: 'renamed', changed: 'changed' } as Record<ItemStatus, string>,
    breaking: 'breaks "only add, never remove" (只增不减)',
    breakingSummary: (n: number) => `${n} item(s) removed: this breaks "only add, never remove" (只增不减)`,
    summary: (s: CatalogDiff['summary']) => `${s.added} added, ${s.removed} removed, ${s.renamed} renamed, ${s.changed} changed (${s.unchanged} unchanged)`,
    noChange: 'no change to items or elements between the two versions',
    row: (n: number) => `row ${n}`,
    oldRow: (n: number) => `old row ${n}`,
    newRow: (n: number) => `new row ${n}`,
    similarity: (x: number) => `similarity ${x.toFixed(2)}`,
    sheet: (s: string) => `sheet "${s}"`,
    domainUnknown: 'unknown domain',
    tableAdded: 'new table',
    tableRemoved: 'table removed',
    items: (n: number) => `${n} item(s)`,
    columnAdded: (c: string) => `element column added: ${c}`,
    columnRemoved: (c: string) => `element column removed: ${c}`,
    channelAdded: 'added: ', channelRemoved: 'dropped: ',
    subjectAdded: 'added: ', subjectRemoved: 'dropped: ',
    markAdded: 'added: ', markRemoved: 'dropped: ',
    category: 'category',
    old: 'old', new: 'new', change: 'change', item: 'item', where: 'where', element: 'element',
    empty: '(empty)',
    sep: '; ', list: ', ', colon: ': ',
  },
};

export type Words = (typeof WORDS)['zh'];

export function elementLabel(change: Pick<ElementChange, 'element' | 'column'>, lang: Lang): string {
  if (change.element === 'extra') return change.column ?? '';
  if (change.element === 'category') return change.column ?? WORDS[lang].category;
  return ELEMENT_LABELS[change.element as Exclude<DiffElement, 'extra' | 'category'>][lang];
}

/** "新增渠道：两微一端；取消渠道：政府公报" for set changes; null for plain text changes. */
export function deltaText(change: ElementChange, lang: Lang): string | null {
  if (!change.added && !change.removed) return null;
  const w = WORDS[lang];
  const [plus, minus] =
    change.element === 'channel' ? [w.channelAdded, w.channelRemoved]
      : change.element === 'subject' ? [w.subjectAdded, w.subjectRemoved]
        : [w.markAdded, w.markRemoved];
  const parts: string[] = [];
  if (change.added?.length) parts.push(plus + change.added.join(w.list));
  if (change.removed?.length) parts.push(minus + change.removed.join(w.list));
  return parts.join(w.sep);
}

/** Where an item is: one row when it did not move, otherwise old → new. */
export function whereText(item: ItemDiff, lang: Lang): string {
  const w = WORDS[lang];
  if (item.old && item.new) return item.old.row === item.new.row ? w.row(item.new.row) : `${w.oldRow(item.old.row)} → ${w.newRow(item.new.row)}`;
  if (item.new) return w.newRow(item.new.row);
  return w.oldRow(item.old!.row);
}

export function itemName(item: ItemDiff): string {
  if (item.status === 'renamed') return `${item.old!.name} → ${item.new!.name}`;
  return (item.new ?? item.old)!.name;
}

/** "社会救助（工作表“Sheet1” → 工作表“社会救助”）" */
export function tableHeading(table: TableDiff, lang: Lang): string {
  const w = WORDS[lang];
  const side = table.new ?? table.old!;
  const domain = side.domain ?? w.domainUnknown;
  const [open, close] = lang === 'zh' ? ['（', '）'] : [' (', ')'];
  if (!table.old) return `${domain}${open}${w.tableAdded}${lang === 'zh' ? '，' : ', '}${w.sheet(table.new!.sheet)}${lang === 'zh' ? '，' : ', '}${w.items(table.new!.items)}${close}`;
  if (!table.new) return `${domain}${open}${w.tableRemoved}${lang === 'zh' ? '，' : ', '}${w.sheet(table.old.sheet)}${lang === 'zh' ? '，' : ', '}${w.items(table.old.items)}${close}`;
  const sheets = table.old.sheet === table.new.sheet ? w.sheet(table.new.sheet) : `${w.sheet(table.old.sheet)} → ${w.sheet(table.new.sheet)}`;
  return `${domain}${open}${sheets}${close}`;
}

export function noteText(note: TableNote, lang: Lang): string {
  return note.kind === 'column-added' ? WORDS[lang].columnAdded(note.column) : WORDS[lang].columnRemoved(note.column);
}
