// The classifier of body names in 公开主体 cells (checkpoint 4), and the context a table gives it.
import { basename, extname } from 'node:path';
import type { CatalogTable, SubjectValue } from '../model/types.js';
import { classifyBodies, type BodyClass, type BodyKind } from './classify.js';
import { inferContext, type SubjectContext } from './places.js';

export { classifyBodies, classifyBody, normaliseBody, type BodyClass, type BodyKind, type PlaceholderReason } from './classify.js';
export { inferContext, parsePlaceChain, EMPTY_CONTEXT, type SubjectContext, type Tier } from './places.js';
export { suggestBody } from './suggest.js';

interface TableContext {
  ctx: SubjectContext;
  /** Everything classification reads from the context, as a string: the key of the subject cache. */
  key: string;
}

const contexts = new WeakMap<CatalogTable, TableContext>();

function contextOf(table: CatalogTable, path: string): TableContext {
  let entry = contexts.get(table);
  if (!entry) {
    const stem = basename(path, extname(path));
    const levelLabels = table.levelColumns.map((c) => c.labels[c.labels.length - 1] ?? c.header);
    const ctx = inferContext([stem, table.title, table.sheet], levelLabels);
    entry = { ctx, key: JSON.stringify([[...ctx.places], ctx.countyLevelCity, ctx.localCounty ?? null]) };
    contexts.set(table, entry);
  }
  return entry;
}

/** The jurisdiction a table's file name, title, sheet name and level headers point to; cached per table. */
export function tableContext(table: CatalogTable, path: string): SubjectContext {
  return contextOf(table, path).ctx;
}

/** Kinds a district catalog accepts as 公开主体. */
export const ACCEPTED_KINDS: ReadonlySet<BodyKind> = new Set<BodyKind>(['district', 'township']);

// Three rules classify every subject cell, and a column repeats a few subjects over thousands
// of rows: each distinct (context, cell text, bodies) is classified once. Bounded for long
// runs; tables with equal contexts (most files name no place) share entries.
const classified = new Map<string, { bodies: readonly string[]; result: readonly BodyClass[] }>();
const CLASSIFIED_MAX = 5000;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Classifies a subject cell's bodies in a table's context. The result is shared: do not modify it. */
export function classifySubject(subject: SubjectValue, table: CatalogTable, path: string): readonly BodyClass[] {
  const { ctx, key: ctxKey } = contextOf(table, path);
  // The context key is JSON, which holds no raw U+0000: the first one ends it.
  const key = `${ctxKey}\u0000${subject.value.text}`;
  const hit = classified.get(key);
  if (hit && sameList(hit.bodies, subject.bodies)) return hit.result;
  const result = classifyBodies(subject.bodies, ctx, subject.value.text);
  if (classified.size >= CLASSIFIED_MAX) classified.clear();
  classified.set(key, { bodies: subject.bodies, result });
  return result;
}
