// diffCatalogs: two catalog models in, one CatalogDiff out. No file I/O here: the command
// loads the workbooks, reporters format the result.
import type { CatalogItem, CatalogTable, CatalogWorkbook } from '../model/types.js';
import { alignItems } from './align.js';
import { compareColumns, compareItems } from './compare.js';
import { catalogTables, pairTables } from './tables.js';
import type { CatalogDiff, DiffSummary, ItemDiff, ItemSide, TableDiff, TableSide } from './types.js';
import { addressOf } from '../model/location.js';

export type * from './types.js';

export function diffCatalogs(oldWb: CatalogWorkbook, newWb: CatalogWorkbook): CatalogDiff {
  const tables = pairTables(catalogTables(oldWb), catalogTables(newWb)).map((p) => diffTables(p.old, p.new, p.pairedBy));
  return { old: { path: oldWb.path }, new: { path: newWb.path }, tables, summary: summarize(tables) };
}

function side(item: CatalogItem): ItemSide {
  const levels = item.name.levels.filter((l) => l.text.trim() !== '');
  const deepest = levels[levels.length - 1] ?? item.name.levels[0];
  return {
    sheet: deepest?.cell.sheet ?? '',
    row: item.row,
    address: deepest ? addressOf(deepest.cell) : '',
    name: item.name.full,
    content: item.content?.text ?? '',
  };
}

function tableSide(t: CatalogTable): TableSide {
  return { sheet: t.sheet, title: t.title ?? null, domain: t.domain.name, items: t.items.length };
}

export function diffTables(oldT: CatalogTable | null, newT: CatalogTable | null, pairedBy: TableDiff['pairedBy']): TableDiff {
  const base = { pairedBy, old: oldT ? tableSide(oldT) : null, new: newT ? tableSide(newT) : null };
  if (!oldT || !newT) {
    const items: ItemDiff[] = oldT
      ? oldT.items.map((i) => ({ status: 'removed', old: side(i), new: null, breaking: true, changes: [] }))
      : newT!.items.map((i) => ({ status: 'added', old: null, new: side(i), breaking: false, changes: [] }));
    return { ...base, notes: [], items, unchanged: 0 };
  }

  const columns = compareColumns(oldT, newT);
  const alignment = alignItems(oldT.items, newT.items);
  const placed: { diff: ItemDiff; at: number }[] = [];
  let unchanged = 0;
  for (const pair of alignment.pairs) {
    const changes = compareItems(pair.old, pair.new, columns);
    if (pair.kind === 'renamed') {
      changes.unshift({ element: 'name', old: pair.old.name.full, new: pair.new.name.full, oldAddress: side(pair.old).address, newAddress: side(pair.new).address });
      placed.push({ diff: { status: 'renamed', old: side(pair.old), new: side(pair.new), similarity: pair.similarity, breaking: false, changes }, at: pair.new.index });
    } else if (changes.length > 0) {
      placed.push({ diff: { status: 'changed', old: side(pair.old), new: side(pair.new), breaking: false, changes }, at: pair.new.index });
    } else {
      unchanged++;
    }
  }
  for (const item of alignment.added) placed.push({ diff: { status: 'added', old: null, new: side(item), breaking: false, changes: [] }, at: item.index });

  // A removed item is shown where it stood: just after the new position of the item that
  // preceded it in the old version.
  const newIndexOfOld = new Map(alignment.pairs.map((p) => [p.old.index, p.new.index]));
  const removed = new Set(alignment.removed);
  let anchor = -1;
  for (const item of oldT.items) {
    const mapped = newIndexOfOld.get(item.index);
    if (mapped !== undefined) anchor = mapped;
    else if (removed.has(item)) placed.push({ diff: { status: 'removed', old: side(item), new: null, breaking: true, changes: [] }, at: anchor + 0.5 + item.index * 1e-7 });
  }
  placed.sort((a, b) => a.at - b.at);
  return { ...base, notes: columns.notes, items: placed.map((p) => p.diff), unchanged };
}

export function summarize(tables: TableDiff[]): DiffSummary {
  const s: DiffSummary = { added: 0, removed: 0, renamed: 0, changed: 0, unchanged: 0, breaking: false };
  for (const t of tables) {
    s.unchanged += t.unchanged;
    for (const i of t.items) s[i.status]++;
  }
  s.breaking = s.removed > 0;
  return s;
}

/** Whether `--fail-on` is met: removed ⊂ changed ⊂ any (additions are always allowed by 只增不减). */
export function failsOn(summary: DiffSummary, level: 'removed' | 'changed' | 'any'): boolean {
  if (level === 'removed') return summary.removed > 0;
  if (level === 'changed') return summary.removed + summary.renamed + summary.changed > 0;
  return summary.added + summary.removed + summary.renamed + summary.changed > 0;
}
