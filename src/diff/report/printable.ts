// Catalog text and file names reach the terminal, a PR comment or a reviewer's browser. An
// escape sequence could recolour or clear the terminal, and a bidi override could reorder what
// the reviewer reads ("Trojan Source"), so the human-readable formats show such characters as
// visible escapes (src/util/printable.ts, as the lint text report does). JSON keeps the data exact.
import { printable } from '../../util/printable.js';
import type { CatalogDiff, ElementChange, ItemSide, TableSide } from '../types.js';

const p = <T extends string | null | undefined>(s: T): T => (typeof s === 'string' ? (printable(s) as T) : s);
const list = (xs: string[] | undefined) => xs?.map(printable);

const side = (s: ItemSide | null): ItemSide | null => s && { ...s, sheet: p(s.sheet), address: p(s.address), name: p(s.name), content: p(s.content) };
const tableSide = (s: TableSide | null): TableSide | null => s && { ...s, sheet: p(s.sheet), title: p(s.title), domain: p(s.domain) };

function change(c: ElementChange): ElementChange {
  const out: ElementChange = { ...c, old: p(c.old), new: p(c.new), oldAddress: p(c.oldAddress), newAddress: p(c.newAddress) };
  if (c.column !== undefined) out.column = p(c.column);
  if (c.oldValues) out.oldValues = list(c.oldValues);
  if (c.newValues) out.newValues = list(c.newValues);
  if (c.added) out.added = list(c.added);
  if (c.removed) out.removed = list(c.removed);
  return out;
}

export function printableDiff(diff: CatalogDiff): CatalogDiff {
  return {
    ...diff,
    old: { path: p(diff.old.path) },
    new: { path: p(diff.new.path) },
    tables: diff.tables.map((t) => ({
      ...t,
      old: tableSide(t.old),
      new: tableSide(t.new),
      notes: t.notes.map((n) => ({ ...n, column: p(n.column) })),
      items: t.items.map((i) => ({ ...i, old: side(i.old), new: side(i.new), changes: i.changes.map(change) })),
    })),
  };
}
