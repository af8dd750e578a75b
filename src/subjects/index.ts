// The classifier of body names in 公开主体 cells (checkpoint 4), and the context a table gives it.
import { basename, extname } from 'node:path';
import type { CatalogTable, SubjectValue } from '../model/types.js';
import { classifyBodies, type BodyClass, type BodyKind } from './classify.js';
import { inferContext, type SubjectContext } from './places.js';

export { classifyBodies, classifyBody, normaliseBody, type BodyClass, type BodyKind, type PlaceholderReason } from './classify.js';
export { inferContext, parsePlaceChain, EMPTY_CONTEXT, type SubjectContext, type Tier } from './places.js';
export { suggestBody } from './suggest.js';

const contexts = new WeakMap<CatalogTable, SubjectContext>();

/** The jurisdiction a table's file name, title, sheet name and level headers point to; cached per table. */
export function tableContext(table: CatalogTable, path: string): SubjectContext {
  let ctx = contexts.get(table);
  if (!ctx) {
    const stem = basename(path, extname(path));
    const levelLabels = table.levelColumns.map((c) => c.labels[c.labels.length - 1] ?? c.header);
    ctx = inferContext([stem, table.title, table.sheet], levelLabels);
    contexts.set(table, ctx);
  }
  return ctx;
}

/** Kinds a district catalog accepts as 公开主体. */
export const ACCEPTED_KINDS: ReadonlySet<BodyKind> = new Set<BodyKind>(['district', 'township']);

/** Classifies a subject cell's bodies in a table's context. */
export function classifySubject(subject: SubjectValue, table: CatalogTable, path: string): BodyClass[] {
  return classifyBodies(subject.bodies, tableContext(table, path), subject.value.text);
}
