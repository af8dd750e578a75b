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
  // Called by several rules for every item: no intermediate arrays, and cells are told apart
  // by a numeric key that does not make their CellRefs.
  const seen = new Set<number>();
  const out: CellValue[] = [];
  const add = (v: CellValue | undefined) => {
    if (!v) return;
    const key = cellValueKey(v);
    if (seen.has(key)) return;
    seen.add(key);
    if (ownOnly && (v.mergedFrom || v.sameAsAbove || v.inherited)) return;
    out.push(v);
  };
  const addMarks = (group: MarkGroup<string> | undefined) => {
    if (group) for (const m of group.marks) add(m.value);
  };
  add(item.seq);
  add(item.name.category);
  for (const level of item.name.levels) add(level);
  add(item.domain);
  add(item.content);
  add(item.basis);
  add(item.timeLimit);
  add(item.subject?.value);
  add(item.channel?.value);
  addMarks(item.audience);
  addMarks(item.mode);
  addMarks(item.level);
  for (const key in item.extra) add(item.extra[key]);
  return out;
}
