// The matching index behind every coverage check: an exact hash map on normalised names,
// then similarity through an inverted index of character bigrams. Candidates come only from
// the postings of the query's rarest bigrams (prefix filtering), so a query never compares
// against every entry, and a 100,000-row list is matched in about the time it takes to read.
import { matchKey } from '../model/text.js';

/** Only the characters that carry meaning: letters, digits, CJK. Punctuation, brackets, quotes and spaces go. */
export function nameKey(text: string): string {
  return matchKey(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/** The distinct character bigrams of a text's name key; a one-character text is its own gram. */
export function bigrams(text: string): string[] {
  const key = nameKey(text);
  if (key.length <= 1) return key ? [key] : [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) out.add(key.slice(i, i + 2));
  return [...out];
}

/** Dice coefficient of two texts' bigram sets (0…1). For one-off comparisons; the index does it in bulk. */
export function dice(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = new Set(bigrams(b));
  if (ga.length === 0 || gb.size === 0) return 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.length + gb.size);
}

/**
 * How a similarity score is computed from s shared bigrams, q in the query and e in the entry:
 * - dice: 2s/(q+e), symmetric: for names against names (renamed items);
 * - cover: the larger of dice and s/q: a query written out inside a longer name also counts;
 * - contain: s/q only: the query's wording found inside a long text (an item's content).
 */
export type ScoreMode = 'dice' | 'cover' | 'contain';

export interface Candidate<T> {
  payload: T;
  text: string;
  score: number;
}

interface Entry<T> {
  text: string;
  payload: T;
  grams: Int32Array; // sorted bigram ids
}

export class MatchIndex<T> {
  private readonly entries: Entry<T>[] = [];
  private readonly exactMap = new Map<string, number[]>();
  private readonly vocabulary = new Map<string, number>();
  private readonly postings: number[][] = [];

  constructor(items: Iterable<{ text: string; payload: T }> = []) {
    for (const item of items) this.add(item.text, item.payload);
  }

  get size(): number {
    return this.entries.length;
  }

  add(text: string, payload: T): void {
    const key = nameKey(text);
    if (!key) return;
    const id = this.entries.length;
    const list = this.exactMap.get(key);
    if (list) list.push(id);
    else this.exactMap.set(key, [id]);
    const ids = bigrams(text).map((g) => {
      let gid = this.vocabulary.get(g);
      if (gid === undefined) {
        gid = this.postings.length;
        this.vocabulary.set(g, gid);
        this.postings.push([]);
      }
      this.postings[gid].push(id);
      return gid;
    });
    this.entries.push({ text, payload, grams: Int32Array.from(ids).sort() });
  }

  /** Entries whose normalised name equals the text's, in insertion order. */
  exact(text: string): Candidate<T>[] {
    return (this.exactMap.get(nameKey(text)) ?? []).map((id) => ({ payload: this.entries[id].payload, text: this.entries[id].text, score: 1 }));
  }

  /** Entries scoring at least `threshold` against the text, best first, one per payload. */
  similar(text: string, threshold: number, mode: ScoreMode = 'dice', limit = 5): Candidate<T>[] {
    const grams = bigrams(text);
    const q = grams.length;
    if (q === 0 || this.entries.length === 0) return [];
    // Fewest shared bigrams any entry needs to reach the threshold. For dice, s ≤ e gives
    // 2s/(q+s) ≥ t, so s ≥ tq/(2−t); cover is the larger of two scores, so the same bound;
    // contain needs s ≥ tq.
    const need = Math.max(1, Math.ceil((mode === 'contain' ? threshold * q : (threshold * q) / (2 - threshold)) - 1e-9));
    if (need > q) return [];
    const ids = grams.map((g) => this.vocabulary.get(g) ?? -1);
    // Any entry with `need` shared bigrams holds at least one of the q − need + 1 rarest ones.
    const byRarity = [...ids].sort((a, b) => this.frequency(a) - this.frequency(b));
    const seen = new Set<number>();
    for (const gid of byRarity.slice(0, q - need + 1)) {
      if (gid < 0) continue;
      for (const id of this.postings[gid]) seen.add(id);
    }
    const best = new Map<T, Candidate<T>>();
    for (const id of seen) {
      const entry = this.entries[id];
      let shared = 0;
      for (const gid of ids) if (gid >= 0 && contains(entry.grams, gid)) shared++;
      if (shared < need) continue;
      const d = (2 * shared) / (q + entry.grams.length);
      const score = mode === 'dice' ? d : mode === 'contain' ? shared / q : Math.max(d, shared / q);
      if (score < threshold) continue;
      const prev = best.get(entry.payload);
      if (!prev || score > prev.score) best.set(entry.payload, { payload: entry.payload, text: entry.text, score });
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  private frequency(gid: number): number {
    return gid < 0 ? 0 : this.postings[gid].length;
  }
}

function contains(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid];
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
