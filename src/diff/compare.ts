// Element-by-element comparison of two versions of one item. Text elements compare by their
// noise-free key; subjects, channels and marks compare as sets, so reordering bodies,
// switching a ■/□ checklist to a plain list, or moving a tick between two columns that mean
// the same thing is no change, and what was added or taken away is named.
import type { CatalogItem, CatalogTable, CellValue, ColumnMapping, MarkGroup } from '../model/types.js';
import { compactLabel } from '../model/text.js';
import { keyedSet, setDelta, textKey } from './normalize.js';
import type { DiffElement, ElementChange, TableNote } from './types.js';
import { addressOf } from '../model/location.js';

type TextElement = 'content' | 'basis' | 'timeLimit';
type MarkElement = 'audience' | 'mode' | 'level';

const ROLE_ELEMENT: Partial<Record<ColumnMapping['role'], DiffElement>> = {
  content: 'content', basis: 'basis', timeLimit: 'timeLimit', subject: 'subject',
  channel: 'channel', audience: 'audience', mode: 'mode', level: 'level', category: 'category',
};

/** What the two tables have columns for; an element only one side has is a table note, not N item changes. */
export interface ColumnPresence {
  both: Set<DiffElement>;
  extras: string[];
  notes: TableNote[];
}

export function compareColumns(oldTable: CatalogTable, newTable: CatalogTable): ColumnPresence {
  const elements = (t: CatalogTable) => {
    const map = new Map<DiffElement, string>();
    for (const c of t.columns) {
      const el = ROLE_ELEMENT[c.role];
      // A mark group is named by its parent label (公开层级), not by its first column (公开层级/区级).
      if (el && !map.has(el)) map.set(el, c.mark ? (c.labels[0] ?? c.header) : c.header);
    }
    return map;
  };
  const extras = (t: CatalogTable) => new Map(t.columns.filter((c) => c.role === 'extra').map((c) => [compactLabel(c.header || c.column), c.header || c.column]));
  const o = elements(oldTable);
  const n = elements(newTable);
  const notes: TableNote[] = [];
  const both = new Set<DiffElement>();
  for (const [el, header] of n) {
    if (o.has(el)) both.add(el);
    else notes.push({ kind: 'column-added', element: el, column: header });
  }
  for (const [el, header] of o) if (!n.has(el)) notes.push({ kind: 'column-removed', element: el, column: header });
  const oe = extras(oldTable);
  const ne = extras(newTable);
  for (const [key, header] of ne) if (!oe.has(key)) notes.push({ kind: 'column-added', element: 'extra', column: header });
  for (const [key, header] of oe) if (!ne.has(key)) notes.push({ kind: 'column-removed', element: 'extra', column: header });
  return { both, extras: [...ne.keys()].filter((k) => oe.has(k)), notes };
}

const addr = (v: CellValue | undefined) => (v ? addressOf(v.cell) : null);

function textChange(element: DiffElement, a: CellValue | undefined, b: CellValue | undefined, column?: string): ElementChange | null {
  if (textKey(a?.text) === textKey(b?.text)) return null;
  return { element, ...(column ? { column } : {}), old: a?.text ?? '', new: b?.text ?? '', oldAddress: addr(a), newAddress: addr(b) };
}

function setChange(element: DiffElement, a: CellValue | undefined, b: CellValue | undefined, oldSet: string[], newSet: string[]): ElementChange | null {
  const [before, after] = [keyedSet(oldSet), keyedSet(newSet)];
  const delta = setDelta(before, after);
  if (delta.added.length === 0 && delta.removed.length === 0) return null;
  return {
    element, old: a?.text ?? '', new: b?.text ?? '', oldAddress: addr(a), newAddress: addr(b),
    oldValues: [...before.display.values()], newValues: [...after.display.values()], added: delta.added, removed: delta.removed,
  };
}

// Default wording for marks whose header label is missing or garbled.
const MARK_LABELS: Record<string, string> = {
  public: '全社会', specific: '特定群体', active: '主动', onRequest: '依申请',
  city: '市级', county: '县级', township: '乡级', village: '村级',
};

const HEADER_WORDS = /^$|^(公开)?(对象|方式|层级|范围)|\//;

/** The ticked marks as labels ("全社会", "依申请"), plus any words written in a mark cell. */
function markLabels(group: MarkGroup<string> | undefined): string[] {
  if (!group) return [];
  const label = (key: string) => {
    const mark = group.marks.find((m) => m.key === key && m.marked);
    // A one-column group ("公开方式: 主动公开") has the column header as label; the key says more.
    const own = mark && !HEADER_WORDS.test(compactLabel(mark.label)) ? compactLabel(mark.label) : '';
    return own || MARK_LABELS[key] || key;
  };
  return [...group.chosen.map(label), ...group.notes.map((n) => `“${n}”`)];
}

// Marks compare by key, so 县级 and 区级 columns are one level; labels are only for display.
function markChange(element: MarkElement, a: MarkGroup<string> | undefined, b: MarkGroup<string> | undefined): ElementChange | null {
  const keysOf = (g: MarkGroup<string> | undefined) => [...(g?.chosen ?? []), ...(g?.notes ?? []).map((n) => `note:${textKey(n)}`)];
  const oldKeys = keysOf(a);
  const newKeys = keysOf(b);
  const same = oldKeys.length === newKeys.length && oldKeys.every((k) => newKeys.includes(k));
  if (same) return null;
  const oldLabels = markLabels(a);
  const newLabels = markLabels(b);
  const added = newLabels.filter((_, i) => !oldKeys.includes(newKeys[i]));
  const removed = oldLabels.filter((_, i) => !newKeys.includes(oldKeys[i]));
  const firstCell = (g: MarkGroup<string> | undefined) => g?.marks[0]?.value;
  return {
    element,
    old: oldLabels.join('、'),
    new: newLabels.join('、'),
    oldAddress: addr(firstCell(a)),
    newAddress: addr(firstCell(b)),
    oldValues: oldLabels,
    newValues: newLabels,
    added,
    removed,
  };
}

/** The element changes between two versions of one item, in the catalog's column order. */
export function compareItems(a: CatalogItem, b: CatalogItem, columns: ColumnPresence): ElementChange[] {
  const out: ElementChange[] = [];
  const push = (c: ElementChange | null) => c && out.push(c);
  if (columns.both.has('category')) push(textChange('category', a.name.category, b.name.category));
  for (const el of ['content', 'basis', 'timeLimit'] as TextElement[]) if (columns.both.has(el)) push(textChange(el, a[el], b[el]));
  if (columns.both.has('subject')) push(setChange('subject', a.subject?.value, b.subject?.value, a.subject?.bodies ?? [], b.subject?.bodies ?? []));
  if (columns.both.has('channel')) push(setChange('channel', a.channel?.value, b.channel?.value, a.channel?.chosen ?? [], b.channel?.chosen ?? []));
  for (const el of ['audience', 'mode', 'level'] as MarkElement[]) {
    if (columns.both.has(el)) push(markChange(el, a[el] as MarkGroup<string> | undefined, b[el] as MarkGroup<string> | undefined));
  }
  for (const key of columns.extras) {
    const find = (item: CatalogItem) => Object.entries(item.extra).find(([h]) => compactLabel(h) === key);
    const [, oldValue] = find(a) ?? [];
    const [header, newValue] = find(b) ?? [];
    push(textChange('extra', oldValue, newValue, header ?? key));
  }
  return out;
}
