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

/** A query or entry text, normalised once: its name key and its distinct bigrams as numbers. */
export interface Prepared {
  key: string;
  codes: number[];
}

/**
 * Bigrams as numbers (two UTF-16 code units, 32 bits), so matching a 100,000-row list allocates
 * no strings per bigram. A one-unit text is its own gram.
 */
export function prepare(text: string): Prepared {
  const key = nameKey(text);
  const codes: number[] = [];
  if (key.length === 1) codes.push(key.charCodeAt(0));
  for (let i = 0; i + 1 < key.length; i++) codes.push(key.charCodeAt(i) * 65536 + key.charCodeAt(i + 1));
  codes.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < codes.length; i++) if (i === 0 || codes[i] !== codes[i - 1]) codes[n++] = codes[i];
  codes.length = n;
  return { key, codes };
}

/** Dice coefficient of two texts' bigram sets (0…1). For one-off comparisons; the index does it in bulk. */
export function dice(a: string, b: string): number {
  const ga = prepare(a).codes;
  const gb = new Set(prepare(b).codes);
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
  /** Number of distinct bigrams. */
  size: number;
}

export class MatchIndex<T> {
  private readonly entries: Entry<T>[] = [];
  private readonly exactMap = new Map<string, number[]>();
  private readonly vocabulary = new Map<number, number>();
  private readonly postings: number[][] = [];
  // Scratch space for counting shared bigrams per entry (ScanCount), reused by every query.
  private counts = new Int32Array(0);
  private touched = new Int32Array(0);

  constructor(items: Iterable<{ text: string; payload: T }> = []) {
    for (const item of items) this.add(item.text, item.payload);
  }

  get size(): number {
    return this.entries.length;
  }

  add(text: string, payload: T): void {
    const prepared = prepare(text);
    if (!prepared.key) return;
    const id = this.entries.length;
    const list = this.exactMap.get(prepared.key);
    if (list) list.push(id);
    else this.exactMap.set(prepared.key, [id]);
    for (const code of prepared.codes) {
      let gid = this.vocabulary.get(code);
      if (gid === undefined) {
        gid = this.postings.length;
        this.vocabulary.set(code, gid);
        this.postings.push([]);
      }
      this.postings[gid].push(id);
    }
    this.entries.push({ text, payload, size: prepared.codes.length });
  }

  /** Entries whose normalised name equals the text's, in insertion order. */
  exact(query: string | Prepared): Candidate<T>[] {
    const key = typeof query === 'string' ? nameKey(query) : query.key;
    return (this.exactMap.get(key) ?? []).map((id) => ({ payload: this.entries[id].payload, text: this.entries[id].text, score: 1 }));
  }

  /** Entries scoring at least `threshold` against the text, best first, one per payload. */
  similar(query: string | Prepared, threshold: number, mode: ScoreMode = 'dice', limit = 5): Candidate<T>[] {
    const codes = (typeof query === 'string' ? prepare(query) : query).codes;
    const q = codes.length;
    if (q === 0 || this.entries.length === 0) return [];
    // Fewest shared bigrams any entry needs to reach the threshold. For dice, s ≤ e gives
    // 2s/(q+s) ≥ t, so s ≥ tq/(2−t); cover is the larger of two scores, so the same bound;
    // contain needs s ≥ tq.
    const need = Math.max(1, Math.ceil((mode === 'contain' ? threshold * q : (threshold * q) / (2 - threshold)) - 1e-9));
    if (need > q) return [];
    const gids = codes.map((c) => this.vocabulary.get(c) ?? -1).sort((a, b) => this.frequency(a) - this.frequency(b));
    if (this.counts.length < this.entries.length) {
      this.counts = new Int32Array(this.entries.length);
      this.touched = new Int32Array(this.entries.length);
    }
    const { counts, touched } = this;
    // Any entry with `need` shared bigrams holds one of the q − need + 1 rarest: only those
    // postings make candidates; the commoner bigrams only add to candidates' counts.
    const prefix = q - need + 1;
    let touchedCount = 0;
    for (let k = 0; k < q; k++) {
      const gid = gids[k];
      if (gid < 0) continue;
      const list = this.postings[gid];
      if (k < prefix) {
        for (let i = 0; i < list.length; i++) if (counts[list[i]]++ === 0) touched[touchedCount++] = list[i];
      } else if (touchedCount > 0) {
        for (let i = 0; i < list.length; i++) if (counts[list[i]] > 0) counts[list[i]]++;
      }
    }
    let best: Map<T, Candidate<T>> | undefined;
    for (let t = 0; t < touchedCount; t++) {
      const id = touched[t];
      const shared = counts[id];
      counts[id] = 0;
      if (shared < need) continue;
      const entry = this.entries[id];
      const d = (2 * shared) / (q + entry.size);
      const score = mode === 'dice' ? d : mode === 'contain' ? shared / q : Math.max(d, shared / q);
      if (score < threshold) continue;
      best ??= new Map();
      const prev = best.get(entry.payload);
      if (!prev || score > prev.score) best.set(entry.payload, { payload: entry.payload, text: entry.text, score });
    }
    return best ? [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit) : [];
  }

  private frequency(gid: number): number {
    return gid < 0 ? 0 : this.postings[gid].length;
  }
}
