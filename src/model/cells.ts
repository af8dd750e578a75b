// Every cell an item holds, for rules that scan all of them (privacy, hidden content).
import type { CatalogItem, CellValue } from './types.js';
import { cellKey } from './location.js';

/**
 * The item's cells, each once: name levels, 序号, grouping, 所属领域, the element cells, the
 * mark cells and the unknown columns. With `ownOnly`, cells whose text is a copy of another
 * cell (covered by a merge, 同上, or a name carried down) are left out, so a value is seen
 * once, at the cell that holds it.
 */
export function itemCells(item: CatalogItem, { ownOnly = false } = {}): CellValue[] {
  const all: (CellValue | undefined)[] = [
    item.seq,
    item.name.category,
    ...item.name.levels,
    item.domain,
    item.content,
    item.basis,
    item.timeLimit,
    item.subject?.value,
    item.channel?.value,
    ...(item.audience?.marks.map((m) => m.value) ?? []),
    ...(item.mode?.marks.map((m) => m.value) ?? []),
    ...(item.level?.marks.map((m) => m.value) ?? []),
    ...Object.values(item.extra),
  ];
  const seen = new Set<number>();
  const out: CellValue[] = [];
  for (const v of all) {
    if (!v || seen.has(cellKey(v.cell))) continue;
    seen.add(cellKey(v.cell));
    if (ownOnly && (v.mergedFrom || v.sameAsAbove || v.inherited)) continue;
    out.push(v);
  }
  return out;
}
