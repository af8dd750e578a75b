// Every cell an item holds, for rules that scan all of them (privacy, hidden content).
import type { CatalogItem, CellValue, MarkGroup } from './types.js';
import { cellValueKey } from './cell-value.js';

/**
 * The item's cells, each once: name levels, 序号, grouping, 所属领域, the element cells, the
 * mark cells and the unknown columns. With `ownOnly`, cells whose text is a copy of another
 * cell (covered by a merge, 同上, or a name carried down) are left out, so a value is seen
 * once, at the cell that holds it.
 */
export function itemCells(item: CatalogItem, { ownOnly = false } = {}): CellValue[] {
  // Called for every item: no closures, and an item's dozen or two cells are told apart by a
  // numeric key (one that does not make their CellRefs) in a small array rather than a set.
  const seen: number[] = [];
  const out: CellValue[] = [];
  add(item.seq, ownOnly, seen, out);
  add(item.name.category, ownOnly, seen, out);
  for (const level of item.name.levels) add(level, ownOnly, seen, out);
  add(item.domain, ownOnly, seen, out);
  add(item.content, ownOnly, seen, out);
  add(item.basis, ownOnly, seen, out);
  add(item.timeLimit, ownOnly, seen, out);
  add(item.subject?.value, ownOnly, seen, out);
  add(item.channel?.value, ownOnly, seen, out);
  addMarks(item.audience, ownOnly, seen, out);
  addMarks(item.mode, ownOnly, seen, out);
  addMarks(item.level, ownOnly, seen, out);
  for (const key in item.extra) add(item.extra[key], ownOnly, seen, out);
  return out;
}

function add(v: CellValue | undefined, ownOnly: boolean, seen: number[], out: CellValue[]): void {
  if (!v) return;
  const key = cellValueKey(v);
  if (seen.includes(key)) return;
  seen.push(key);
  if (ownOnly && (v.mergedFrom || v.sameAsAbove || v.inherited)) return;
  out.push(v);
}

function addMarks(group: MarkGroup<string> | undefined, ownOnly: boolean, seen: number[], out: CellValue[]): void {
  if (group) for (const m of group.marks) add(m.value, ownOnly, seen, out);
}
