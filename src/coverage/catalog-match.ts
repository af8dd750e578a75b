// Matching the items of a reference catalog (the city catalog, the previous version) with the
// items of one table of the catalog being checked. Exact on the normalised full name, then on
// the last name level, then by similarity of names through the bigram index, one to one.
import { findDomain } from '../model/domains.js';
import type { CatalogItem, CatalogTable, CatalogWorkbook } from '../model/types.js';
import { dice, MatchIndex, nameKey } from './match.js';

/** The default similarity (Dice on bigrams) above which a differently named item is the same item, renamed. */
export const RENAME_THRESHOLD = 0.6;

export interface RefItem {
  /** The reference file, as given on the command line. */
  file: string;
  workbook: CatalogWorkbook;
  table: CatalogTable;
  item: CatalogItem;
  domain: string | null;
}

export interface ItemMatch {
  ref: RefItem;
  kind: 'exact' | 'similar' | 'none';
  target: CatalogItem | null;
  score: number;
}

export interface Selection {
  items: RefItem[];
  /** The table's domain could not be told and the reference spans several domains. */
  undecided: boolean;
}

export function itemDomain(item: CatalogItem, table: CatalogTable): string | null {
  return findDomain(item.domain?.text) ?? (table.domain.known ? table.domain.name : null);
}

/** The pilot domains a table holds: its own, or those of its 所属领域 column. */
export function tableDomains(table: CatalogTable): string[] {
  if (table.domain.known && table.domain.name) return [table.domain.name];
  return [...new Set(table.items.map((it) => findDomain(it.domain?.text)).filter((d): d is string => d !== null))];
}

const refCache = new WeakMap<CatalogWorkbook, RefItem[]>();

export function referenceItems(workbook: CatalogWorkbook): RefItem[] {
  let items = refCache.get(workbook);
  if (!items) {
    items = workbook.sheets.flatMap((s) => s.tables.flatMap((table) => table.items.filter((item) => item.name.full !== '').map((item) => ({ file: workbook.path, workbook, table, item, domain: itemDomain(item, table) }))));
    refCache.set(workbook, items);
  }
  return items;
}

/**
 * The reference items that concern a table: those of the table's domain. Items whose domain is
 * unknown count only when the reference names no domain at all; a table whose domain is unknown
 * takes the whole reference when it spans at most one domain, and otherwise cannot be compared.
 */
export function selectFor(table: CatalogTable, refs: RefItem[]): Selection {
  const domains = tableDomains(table);
  const refDomains = new Set(refs.map((r) => r.domain).filter((d) => d !== null));
  if (domains.length > 0) return { items: refs.filter((r) => (r.domain ? domains.includes(r.domain) : refDomains.size === 0)), undecided: false };
  if (refDomains.size <= 1) return { items: refs, undecided: false };
  const sameSheet = refs.filter((r) => r.table.sheet === table.sheet);
  return sameSheet.length > 0 ? { items: sameSheet, undecided: false } : { items: [], undecided: true };
}

/** The last non-empty name level (二级事项 under its 一级). */
export function leafName(item: CatalogItem): string {
  for (let i = item.name.levels.length - 1; i >= 0; i--) if (item.name.levels[i].text.trim()) return item.name.levels[i].text;
  return item.name.full;
}

/** The name levels above the leaf, joined; empty for a one-level name. */
export function parentName(item: CatalogItem): string {
  const filled = item.name.levels.filter((l) => l.text.trim());
  return filled.slice(0, -1).map((l) => l.text).join('/');
}

const matchCache = new WeakMap<CatalogTable, Map<string, ItemMatch[]>>();

/** Matches reference items with the table's items; cached per table, reference set and threshold. */
export function matchItems(refs: RefItem[], table: CatalogTable, threshold: number, cacheKey: string): ItemMatch[] {
  let perTable = matchCache.get(table);
  if (!perTable) matchCache.set(table, (perTable = new Map()));
  const key = `${cacheKey}@${threshold}`;
  let result = perTable.get(key);
  if (!result) perTable.set(key, (result = computeMatches(refs, table, threshold)));
  return result;
}

function groupBy(items: CatalogItem[], keyOf: (it: CatalogItem) => string): Map<string, CatalogItem[]> {
  const map = new Map<string, CatalogItem[]>();
  for (const it of items) {
    const k = keyOf(it);
    if (k) (map.get(k) ?? map.set(k, []).get(k)!).push(it);
  }
  return map;
}

function computeMatches(refs: RefItem[], table: CatalogTable, threshold: number): ItemMatch[] {
  const targets = table.items.filter((it) => it.name.full !== '');
  const byFull = groupBy(targets, (it) => nameKey(it.name.full));
  const byLeaf = groupBy(targets, (it) => nameKey(leafName(it)));
  const refLeafCount = new Map<string, number>();
  for (const r of refs) refLeafCount.set(nameKey(leafName(r.item)), (refLeafCount.get(nameKey(leafName(r.item))) ?? 0) + 1);
  const taken = new Set<CatalogItem>();
  const matches = new Map<RefItem, ItemMatch>();
  const assign = (ref: RefItem, target: CatalogItem, kind: ItemMatch['kind'], score: number) => {
    matches.set(ref, { ref, kind, target, score });
    taken.add(target);
  };

  // 1. The same full name. A name the district lists once still matches duplicates in the reference.
  for (const ref of refs) {
    const found = byFull.get(nameKey(ref.item.name.full));
    if (found) assign(ref, found.find((t) => !taken.has(t)) ?? found[0], 'exact', 1);
  }
  // 2. The same last level under another grouping (出生登记 under 户口登记 or under 出生入户), when
  //    the grouping is alike, one side has none, or the name is unique on both sides.
  for (const ref of refs) {
    if (matches.has(ref)) continue;
    const leafKey = nameKey(leafName(ref.item));
    const found = (byLeaf.get(leafKey) ?? []).filter((t) => !taken.has(t));
    const refParent = parentName(ref.item);
    const unique = (refLeafCount.get(leafKey) ?? 0) === 1 && (byLeaf.get(leafKey)?.length ?? 0) === 1;
    const fits = (t: CatalogItem) => !refParent || !parentName(t) || unique || dice(refParent, parentName(t)) >= 0.5;
    const best = found.filter(fits).sort((a, b) => dice(refParent, parentName(b)) - dice(refParent, parentName(a)))[0];
    if (best) assign(ref, best, 'exact', 1);
  }
  // 3. Similar names, best pairs first, one to one. Leaves are compared with leaves; the full
  //    name only where one side has a single level, so siblings under a shared 一级 never match.
  const free = targets.filter((t) => !taken.has(t));
  const leafIndex = new MatchIndex(free.map((t) => ({ text: leafName(t), payload: t })));
  const fullIndex = new MatchIndex(free.filter((t) => !parentName(t)).map((t) => ({ text: t.name.full, payload: t })));
  const pairs: { ref: RefItem; target: CatalogItem; score: number; order: number }[] = [];
  refs.forEach((ref, order) => {
    if (matches.has(ref)) return;
    const candidates = leafIndex.similar(leafName(ref.item), threshold, 'dice', 5);
    const alsoFull = parentName(ref.item) ? fullIndex.similar(ref.item.name.full, threshold, 'dice', 5) : [];
    for (const c of [...candidates, ...alsoFull]) {
      const parentBonus = 0.001 * dice(parentName(ref.item), parentName(c.payload));
      pairs.push({ ref, target: c.payload, score: c.score + parentBonus, order });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.order - b.order || a.target.row - b.target.row);
  for (const p of pairs) if (!matches.has(p.ref) && !taken.has(p.target)) assign(p.ref, p.target, 'similar', Math.min(1, p.score));

  return refs.map((ref) => matches.get(ref) ?? { ref, kind: 'none', target: null, score: 0 });
}
