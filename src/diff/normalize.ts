// Comparison keys for the diff. Two texts that differ only by noise a reviewer does not care
// about (full/half-width punctuation, spaces and line breaks, bracket and quote style, list
// separators, a trailing full stop) get the same key; everything else stays distinct.
// Merges, 同上 and rich text never reach here: the model has already resolved them to text.
import { matchKey } from '../model/text.js';
import type { CatalogItem } from '../model/types.js';

// 、，；and their half-width forms separate list entries interchangeably in real catalogs.
const SEPARATORS = /[、,;]/g;

// Keys are asked for many times per text (identity, leaf, parent, each element) and catalogs
// repeat their 依据, 时限 and 主体 wording on every row, so keys are remembered. The cache is
// emptied when it grows large, which bounds memory on any input.
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 200_000;

/** The key an element's text is compared by. */
export function textKey(text: string | undefined): string {
  if (!text) return '';
  let key = keyCache.get(text);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    key = matchKey(text).replace(SEPARATORS, ',').replace(/,+$/, '');
    keyCache.set(text, key);
  }
  return key;
}

/** The key an item is identified by: its 一级/二级/三级 names, each normalised, empty levels skipped. */
export function identityKey(item: CatalogItem): string {
  return item.name.levels.map((l) => textKey(l.text)).filter(Boolean).join('/');
}

/** The deepest non-empty name level (the 二级 or 三级 事项 itself). */
export function leafName(item: CatalogItem): string {
  for (let i = item.name.levels.length - 1; i >= 0; i--) {
    const key = textKey(item.name.levels[i].text);
    if (key) return key;
  }
  return '';
}

/** The levels above the leaf, joined: the group an item sits in. */
export function parentName(item: CatalogItem): string {
  const keys = item.name.levels.map((l) => textKey(l.text)).filter(Boolean);
  return keys.slice(0, -1).join('/');
}

/** A set compared as sorted keys, with the display text of each key kept for the report. */
export interface KeyedSet {
  keys: Set<string>;
  display: Map<string, string>;
}

export function keyedSet(values: readonly string[], key: (v: string) => string = textKey): KeyedSet {
  const keys = new Set<string>();
  const display = new Map<string, string>();
  for (const v of values) {
    const k = key(v);
    if (!k || keys.has(k)) continue;
    keys.add(k);
    display.set(k, v.replace(/\s+/g, ' ').trim());
  }
  return { keys, display };
}

/** Entries only in `b`, then only in `a`, as display text, in their own order. */
export function setDelta(a: KeyedSet, b: KeyedSet): { added: string[]; removed: string[] } {
  const added = [...b.keys].filter((k) => !a.keys.has(k)).map((k) => b.display.get(k)!);
  const removed = [...a.keys].filter((k) => !b.keys.has(k)).map((k) => a.display.get(k)!);
  return { added, removed };
}
