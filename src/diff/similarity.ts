// Pairing by similarity, for the items that found no partner by name: this is how a renamed
// item is told from one removed and another added. Nothing compares every item with every
// other. Each text is cut into character bigrams, interned as integers; an inverted index
// (bigram → new items) lets each old item's bigrams vote for new items, bigrams too common to
// tell items apart are skipped, and only the few most-voted candidates are scored in full.
import type { CatalogItem } from '../model/types.js';
import { leafName, parentName, textKey } from './normalize.js';

/** Interns bigrams as small integers, so sets are sorted Int32Arrays and comparing them is a merge. */
export class GramTable {
  // Keyed by the two UTF-16 code units as one number: no substring is allocated per bigram.
  private ids = new Map<number, number>();

  /** The sorted, distinct bigram ids of a text (one id for a one-character text). */
  of(text: string): Int32Array {
    const out: number[] = [];
    const add = (key: number) => {
      let id = this.ids.get(key);
      if (id === undefined) this.ids.set(key, (id = this.ids.size));
      out.push(id);
    };
    if (text.length === 1) add(text.charCodeAt(0));
    for (let i = 0; i + 1 < text.length; i++) add(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1) + 65536);
    out.sort((a, b) => a - b);
    let n = 0;
    for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i];
    return Int32Array.from(out.slice(0, n));
  }

  get size(): number {
    return this.ids.size;
  }
}

/** Dice coefficient of two sorted id sets; two empty sets say nothing, so they score 0. */
export function dice(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0, j = 0, shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { shared++; i++; j++; }
    else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

export interface Profile {
  leaf: Int32Array;
  parent: Int32Array;
  content: Int32Array;
  basis: Int32Array;
}

export function profile(item: CatalogItem, names: GramTable, texts: GramTable): Profile {
  return {
    leaf: names.of(leafName(item)),
    parent: names.of(parentName(item)),
    // Long cells are cut: the first few hundred characters say what the item is.
    content: texts.of(textKey(item.content?.text).slice(0, 400)),
    basis: texts.of(textKey(item.basis?.text).slice(0, 400)),
  };
}

/** How alike two names are: the item's own name weighs most, the group it sits in the rest. */
function nameSimilarity(a: Profile, b: Profile): number {
  const parent = a.parent.length === 0 && b.parent.length === 0 ? 1 : dice(a.parent, b.parent);
  return 0.7 * dice(a.leaf, b.leaf) + 0.3 * parent;
}

export function bodySimilarity(a: Profile, b: Profile): number {
  return 0.7 * dice(a.content, b.content) + 0.3 * dice(a.basis, b.basis);
}

/**
 * Whether two items are one item renamed, and how sure: null when not. Content is the
 * strongest evidence; catalogs of a domain share their 依据 wording, so that alone never
 * makes a pair.
 */
export function renameScore(a: Profile, b: Profile): number | null {
  const name = nameSimilarity(a, b);
  const content = dice(a.content, b.content);
  const accepted = name >= 0.8 || (name >= 0.4 && content >= 0.6) || (name >= 0.2 && content >= 0.9);
  return accepted ? 0.55 * name + 0.35 * content + 0.1 * dice(a.basis, b.basis) : null;
}

/** Candidates scored in full per old item. */
const CANDIDATES = 12;
/** A bigram held by more new items than this proposes none of them (it is like a stop word). */
const commonCutoff = (n: number) => Math.max(64, Math.ceil(Math.sqrt(n) * 4));

/** The k most-voted items, best first (ties to the earlier item), without sorting them all. */
function topVoted(touched: number[], votes: Float64Array, k: number): number[] {
  const top: number[] = [];
  const better = (x: number, y: number) => votes[x] > votes[y] || (votes[x] === votes[y] && x < y);
  for (const j of touched) {
    if (top.length === k && !better(j, top[k - 1])) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && better(j, top[at - 1])) {
      if (at < k) top[at] = top[at - 1];
      at--;
    }
    top[at] = j;
  }
  return top;
}

export interface SimilarPair {
  old: number;
  new: number;
  score: number;
}

/** Pairs old and new items (indices into the arrays) by similarity; each item pairs at most once. */
export function pairBySimilarity(olds: readonly CatalogItem[], news: readonly CatalogItem[]): SimilarPair[] {
  if (olds.length === 0 || news.length === 0) return [];
  const names = new GramTable();
  const texts = new GramTable();
  const oldProfiles = olds.map((it) => profile(it, names, texts));
  const newProfiles = news.map((it) => profile(it, names, texts));

  // Inverted indexes: name bigram → new items, content bigram → new items.
  const namePostings: number[][] = Array.from({ length: names.size }, () => []);
  const textPostings: number[][] = Array.from({ length: texts.size }, () => []);
  newProfiles.forEach((p, j) => {
    for (const g of p.leaf) namePostings[g].push(j);
    for (const g of p.parent) if (!p.leaf.includes(g)) namePostings[g].push(j);
    for (const g of p.content) textPostings[g].push(j);
  });
  const cutoff = commonCutoff(news.length);
  const votes = new Float64Array(news.length);
  const touched: number[] = [];
  const vote = (list: number[], weight: number) => {
    if (list.length > cutoff) return;
    for (const j of list) {
      if (votes[j] === 0) touched.push(j);
      votes[j] += weight;
    }
  };

  const candidates: SimilarPair[] = [];
  for (let i = 0; i < oldProfiles.length; i++) {
    const p = oldProfiles[i];
    // The item's own name votes double: it is what a rename mostly keeps.
    for (const g of p.leaf) vote(namePostings[g], 2);
    for (const g of p.parent) vote(namePostings[g], 1);
    for (const g of p.content) vote(textPostings[g], 1);
    for (const j of topVoted(touched, votes, CANDIDATES)) {
      const score = renameScore(p, newProfiles[j]);
      if (score !== null) candidates.push({ old: i, new: j, score });
    }
    for (const j of touched) votes[j] = 0;
    touched.length = 0;
  }

  // Best pairs first. Ties go to document order, so a run repeats exactly.
  candidates.sort((a, b) => b.score - a.score || a.old - b.old || a.new - b.new);
  const usedOld = new Uint8Array(olds.length);
  const usedNew = new Uint8Array(news.length);
  const out: SimilarPair[] = [];
  for (const c of candidates) {
    if (usedOld[c.old] || usedNew[c.new]) continue;
    usedOld[c.old] = usedNew[c.new] = 1;
    out.push({ ...c, score: Math.round(c.score * 100) / 100 });
  }
  return out;
}
