// Pairs the items of two versions of one table. First by identity (the normalised
// 一级/二级/三级 names, through a hash map), so moving rows or renumbering 序号 changes
// nothing; then the items left over on both sides are paired by similarity, which is how a
// renamed item is found. Similarity never compares every item with every other: an inverted
// index of character bigrams proposes a few candidates per item, and only those are scored.
import type { CatalogItem } from '../model/types.js';
import { dice, grams, identityKey, leafName, parentName, textKey } from './normalize.js';

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

  const renames = pairBySimilarity(leftOld, leftNew);
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
  const scored: { o: number; n: number; score: number }[] = [];
  olds.forEach((o, i) => news.forEach((n, j) => scored.push({ o: i, n: j, score: bodySimilarity(o, n) - Math.abs(i - j) * 1e-6 })));
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

interface Profile {
  item: CatalogItem;
  leaf: Set<string>;
  parent: Set<string>;
  content: Set<string>;
  basis: Set<string>;
}

function profile(item: CatalogItem): Profile {
  return {
    item,
    leaf: grams(leafName(item)),
    parent: grams(parentName(item)),
    // Long cells are cut: the first few hundred characters say what the item is.
    content: grams(textKey(item.content?.text).slice(0, 400)),
    basis: grams(textKey(item.basis?.text).slice(0, 400)),
  };
}

/** How alike two names are: the item's own name weighs most, the group it sits in the rest. */
function nameSimilarity(a: Profile, b: Profile): number {
  const parent = a.parent.size === 0 && b.parent.size === 0 ? 1 : dice(a.parent, b.parent);
  return 0.7 * dice(a.leaf, b.leaf) + 0.3 * parent;
}

function bodySimilarity(a: CatalogItem, b: CatalogItem): number {
  const pa = profile(a);
  const pb = profile(b);
  return 0.7 * dice(pa.content, pb.content) + 0.3 * dice(pa.basis, pb.basis);
}

/**
 * Whether two items are one item renamed. Content is the strongest evidence: catalogs of a
 * domain share their 依据 and 时限 wording, so those alone never make a pair.
 */
function renameScore(a: Profile, b: Profile): number | null {
  const name = nameSimilarity(a, b);
  const content = dice(a.content, b.content);
  const basis = dice(a.basis, b.basis);
  const score = 0.55 * name + 0.35 * content + 0.1 * basis;
  const accepted = name >= 0.8 || (name >= 0.4 && content >= 0.6) || (name >= 0.2 && content >= 0.9);
  return accepted ? score : null;
}

/** Most candidates scored per item, and the posting-list length past which a bigram is too common to propose anything. */
const CANDIDATES = 12;
const commonCutoff = (n: number) => Math.max(64, Math.ceil(Math.sqrt(n) * 4));

function pairBySimilarity(olds: CatalogItem[], news: CatalogItem[]): ItemPair[] {
  if (olds.length === 0 || news.length === 0) return [];
  const oldProfiles = olds.map(profile);
  const newProfiles = news.map(profile);

  // Inverted index: bigram → the new items holding it. Name bigrams count double.
  const postings = new Map<string, number[]>();
  const add = (gram: string, j: number) => (postings.get(gram) ?? postings.set(gram, []).get(gram)!).push(j);
  newProfiles.forEach((p, j) => {
    for (const g of p.leaf) add('n' + g, j);
    for (const g of p.parent) add('n' + g, j);
    for (const g of p.content) add('c' + g, j);
  });
  const cutoff = commonCutoff(news.length);
  const votes = new Float64Array(news.length);
  const touched: number[] = [];

  const candidates: { o: number; n: number; score: number }[] = [];
  oldProfiles.forEach((p, i) => {
    const vote = (key: string, weight: number) => {
      const list = postings.get(key);
      if (!list || list.length > cutoff) return;
      for (const j of list) {
        if (votes[j] === 0) touched.push(j);
        votes[j] += weight;
      }
    };
    for (const g of p.leaf) vote('n' + g, 2);
    for (const g of p.parent) vote('n' + g, 1);
    for (const g of p.content) vote('c' + g, 1);
    const top = touched.sort((x, y) => votes[y] - votes[x] || x - y).slice(0, CANDIDATES);
    for (const j of top) {
      const score = renameScore(p, newProfiles[j]);
      if (score !== null) candidates.push({ o: i, n: j, score });
    }
    for (const j of touched) votes[j] = 0;
    touched.length = 0;
  });

  // Best pairs first; each item pairs at most once. Ties go to document order, so runs repeat.
  candidates.sort((a, b) => b.score - a.score || a.o - b.o || a.n - b.n);
  const usedO = new Set<number>();
  const usedN = new Set<number>();
  const out: ItemPair[] = [];
  for (const c of candidates) {
    if (usedO.has(c.o) || usedN.has(c.n)) continue;
    usedO.add(c.o);
    usedN.add(c.n);
    out.push({ old: olds[c.o], new: news[c.n], kind: 'renamed', similarity: Math.round(c.score * 100) / 100 });
  }
  return out;
}
