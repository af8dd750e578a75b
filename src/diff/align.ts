// Pairs the items of two versions of one table. First by identity (the normalised
// 一级/二级/三级 names, through a hash map), so moving rows or renumbering 序号 changes
// nothing; then the items left over on both sides are paired by similarity (similarity.ts),
// which is how a renamed item is found.
import type { CatalogItem } from '../model/types.js';
import { identityKey } from './normalize.js';
import { bodySimilarity, GramTable, pairBySimilarity, profile } from './similarity.js';

export interface ItemPair {
  old: CatalogItem;
  new: CatalogItem;
  /** Same identity, or paired by similarity (a rename). */
  kind: 'same' | 'renamed';
  similarity?: number;
}

export interface Alignment {
  pairs: ItemPair[];
  removed: CatalogItem[];
  added: CatalogItem[];
}

export function alignItems(oldItems: readonly CatalogItem[], newItems: readonly CatalogItem[]): Alignment {
  const pairs: ItemPair[] = [];
  const byKey = new Map<string, CatalogItem[]>();
  for (const item of newItems) {
    const key = identityKey(item);
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(item);
  }
  const oldByKey = new Map<string, CatalogItem[]>();
  for (const item of oldItems) {
    const key = identityKey(item);
    (oldByKey.get(key) ?? oldByKey.set(key, []).get(key)!).push(item);
  }

  const leftOld: CatalogItem[] = [];
  const pairedNew = new Set<CatalogItem>();
  for (const [key, olds] of oldByKey) {
    const news = byKey.get(key) ?? [];
    const matched = pairDuplicates(olds, news);
    for (const [o, n] of matched) {
      pairs.push({ old: o, new: n, kind: 'same' });
      pairedNew.add(n);
    }
    const used = new Set(matched.map(([o]) => o));
    for (const o of olds) if (!used.has(o)) leftOld.push(o);
  }
  const leftNew = newItems.filter((n) => !pairedNew.has(n));

  const renames = pairBySimilarity(leftOld, leftNew).map((p): ItemPair => ({ old: leftOld[p.old], new: leftNew[p.new], kind: 'renamed', similarity: p.score }));
  const renamedOld = new Set(renames.map((p) => p.old));
  const renamedNew = new Set(renames.map((p) => p.new));
  pairs.push(...renames);
  return {
    pairs,
    removed: leftOld.filter((o) => !renamedOld.has(o)),
    added: leftNew.filter((n) => !renamedNew.has(n)),
  };
}

/**
 * Items sharing one name (a catalog may list "政策文件" twice) are paired by how alike their
 * contents are, so dropping the first of two twins is not read as editing both. Groups are
 * small; a very large one falls back to document order.
 */
function pairDuplicates(olds: CatalogItem[], news: CatalogItem[]): [CatalogItem, CatalogItem][] {
  if (olds.length === 1 && news.length === 1) return [[olds[0], news[0]]];
  if (olds.length * news.length > 2500) return olds.slice(0, news.length).map((o, i) => [o, news[i]]);
  const names = new GramTable();
  const texts = new GramTable();
  const po = olds.map((it) => profile(it, names, texts));
  const pn = news.map((it) => profile(it, names, texts));
  const scored: { o: number; n: number; score: number }[] = [];
  po.forEach((o, i) => pn.forEach((n, j) => scored.push({ o: i, n: j, score: bodySimilarity(o, n) - Math.abs(i - j) * 1e-6 })));
  scored.sort((a, b) => b.score - a.score || a.o - b.o || a.n - b.n);
  const usedO = new Set<number>();
  const usedN = new Set<number>();
  const out: [CatalogItem, CatalogItem][] = [];
  for (const s of scored) {
    if (usedO.has(s.o) || usedN.has(s.n)) continue;
    usedO.add(s.o);
    usedN.add(s.n);
    out.push([olds[s.o], news[s.n]]);
  }
  return out;
}
