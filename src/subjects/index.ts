// The classifier of body names in 公开主体 cells (checkpoint 4), and the context a table gives it.
import { basename, extname } from 'node:path';
import type { CatalogTable, SubjectValue } from '../model/types.js';
import { classifyBodies, type BodyClass, type BodyKind } from './classify.js';
import { inferContext, type SubjectContext } from './places.js';

export { classifyBodies, classifyBody, normaliseBody, type BodyClass, type BodyKind, type PlaceholderReason } from './classify.js';
export { inferContext, parsePlaceChain, EMPTY_CONTEXT, type SubjectContext, type Tier } from './places.js';
export { suggestBody } from './suggest.js';

// Three rules classify every subject cell, and a column repeats a few subjects over thousands
// of rows: each distinct (context, cell text, bodies) is classified once. Tables whose
// contexts are equal (most files name no place) share one cache. Bounded for long runs.
interface Classified {
  bodies: readonly string[];
  result: readonly BodyClass[];
}
const caches = new Map<string, Map<string, Classified>>();
const CONTEXTS_MAX = 100;
// Over all contexts together: a run over thousands of files, each naming its own district,
// makes many small caches.
const CLASSIFIED_MAX = 20000;
const LONGEST_CACHED = 1000;
let classifiedCount = 0;

/** Forgets every classification (the maps stay, so tables being linted keep theirs working). */
function forgetAll(): void {
  for (const map of caches.values()) map.clear();
  classifiedCount = 0;
}

interface TableContext {
  ctx: SubjectContext;
  /** Classifications in this context, by cell text. */
  classified: Map<string, Classified>;
}

const contexts = new WeakMap<CatalogTable, TableContext>();

function contextOf(table: CatalogTable, path: string): TableContext {
  let entry = contexts.get(table);
  if (!entry) {
    const stem = basename(path, extname(path));
    const levelLabels = table.levelColumns.map((c) => c.labels[c.labels.length - 1] ?? c.header);
    const ctx = inferContext([stem, table.title, table.sheet], levelLabels);
    // Everything classification reads from the context.
    const key = JSON.stringify([[...ctx.places], ctx.countyLevelCity, ctx.localCounty ?? null]);
    let classified = caches.get(key);
    if (!classified) {
      if (caches.size >= CONTEXTS_MAX) {
        forgetAll();
        caches.clear();
      }
      caches.set(key, (classified = new Map()));
    }
    entry = { ctx, classified };
    contexts.set(table, entry);
  }
  return entry;
}

/** The jurisdiction a table's file name, title, sheet name and level headers point to; cached per table. */
export function tableContext(table: CatalogTable, path: string): SubjectContext {
  return contextOf(table, path).ctx;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Classifies a subject cell's bodies in a table's context. The result is shared: do not modify it. */
export function classifySubject(subject: SubjectValue, table: CatalogTable, path: string): readonly BodyClass[] {
  const { ctx, classified } = contextOf(table, path);
  const text = subject.value.text;
  const hit = classified.get(text);
  if (hit && sameList(hit.bodies, subject.bodies)) return hit.result;
  const result = classifyBodies(subject.bodies, ctx, text);
  // A long subject text is rarely repeated; kept, 20,000 of them could hold hundreds of MB.
  if (text.length > LONGEST_CACHED) return result;
  if (classifiedCount >= CLASSIFIED_MAX) forgetAll();
  classified.set(text, { bodies: subject.bodies, result });
  classifiedCount++;
  return result;
}

/** Kinds a district catalog accepts as 公开主体. */
export const ACCEPTED_KINDS: ReadonlySet<BodyKind> = new Set<BodyKind>(['district', 'township']);
