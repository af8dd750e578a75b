// A fix is a planned change to one cell. Only changes that need no judgement are planned:
// the meaning of the catalog is the same before and after (checked where it can be).

export type FixKind = 'channel-marker' | 'name-space' | 'trim' | 'same-as-above' | 'renumber';

/**
 * How a cell changes. `chars` replaces each character of the cell's text by a string (often
 * itself, '' to delete it), so rich text keeps its runs; `set` writes a whole new value.
 */
export type CellEdit = { type: 'chars'; map: string[] } | { type: 'set'; value: string | number };

export interface FixChange {
  kind: FixKind;
  sheet: string;
  row: number;
  column: string;
  before: string;
  after: string;
  edit: CellEdit;
}

export function applyChars(text: string, map: string[]): string {
  return Array.from(text, (ch, i) => map[i] ?? ch).join('');
}

/** The identity map of a text, one entry per UTF-16 unit (as String indexes it). */
export function identity(text: string): string[] {
  return text.split('');
}
