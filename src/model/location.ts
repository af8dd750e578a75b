// The location model, fixed before any rule: the row a person sees in Excel (1-based),
// the column letter, and the address "Sheet1!G7". Internals use 0-based indices.
import type { CellRef } from './types.js';
import type { MergeRange } from '../read/types.js';

/** 1-based column index → letters (1 → "A", 27 → "AA"). */
export function columnLetter(col: number): string {
  let n = col;
  let letters = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    letters = String.fromCharCode(65 + m) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Letters → 1-based column index. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "G7" → 0-based {row, col}; null when it is not an A1 reference. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) - 1 };
}

/** "A1:C3" → 0-based inclusive range; a single cell is a 1×1 range. */
export function parseRange(ref: string): MergeRange | null {
  const [a, b = a] = ref.split(':');
  const start = parseA1(a);
  const end = parseA1(b);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** Quotes a sheet name the way Excel does in references when it needs it. */
export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

// A CellRef is made for every cell of every item; the letters and the quoted sheet name are
// the same for thousands of them, so each is computed once and shared.
const LETTERS: string[] = [];
const QUOTED = new Map<string, string>();

const letters = (col0: number) => (LETTERS[col0] ??= columnLetter(col0 + 1));

/** The address "Sheet1!G7" (sheet quoted as Excel does when needed) from 0-based indices. */
export function cellAddress(sheet: string, row0: number, col0: number): string {
  let quoted = QUOTED.get(sheet);
  if (quoted === undefined) {
    quoted = quoteSheetName(sheet);
    if (QUOTED.size < 1000) QUOTED.set(sheet, quoted);
  }
  return `${quoted}!${letters(col0)}${row0 + 1}`;
}

/** A CellRef from 0-based indices. */
export function cellRef(sheet: string, row0: number, col0: number): CellRef {
  return { sheet, row: row0 + 1, column: letters(col0), col: col0 + 1 };
}

/** "Sheet1!G7" for a CellRef. */
export function addressOf(ref: CellRef): string {
  return cellAddress(ref.sheet, ref.row - 1, ref.col - 1);
}

/** A number naming a cell within one sheet (1-based row and column), for sets of cells already seen. */
export function positionKey(row: number, col: number): number {
  return row * 65536 + col;
}

/** positionKey of a CellRef. */
export function refKey(ref: CellRef): number {
  return positionKey(ref.row, ref.col);
}
