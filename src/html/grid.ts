// A sheet as the HTML report draws it: the raw grid the reader saw, merged ranges turned
// into rowspan/colspan, trailing empty rows and columns dropped, and very large sheets cut
// to a size a browser renders comfortably (the report says so).
import type { RawSheet } from '../read/types.js';

export const MAX_ROWS = 3000;
export const MAX_COLS = 80;

export interface GridCell {
  /** 0-based. */
  row: number;
  col: number;
  text: string;
  rowspan: number;
  colspan: number;
}

export interface SheetGrid {
  /** rows[r] = the cells that start on row r (covered cells of merges are absent). */
  rows: GridCell[][];
  width: number;
  height: number;
  /** Rows or columns beyond the caps were left out. */
  truncated: boolean;
  /** 0-based covered cell "r,c" → its merge's top-left "r,c". */
  masterOf: Map<string, string>;
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
}

/** `extra` are cells that must be drawn even when empty (cells with findings). */
export function buildGrid(sheet: RawSheet, extra: { row: number; col: number }[] = []): SheetGrid {
  let height = 0;
  let width = 0;
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    for (let c = row.length - 1; c >= 0; c--) {
      if (row[c] !== undefined && row[c]!.trim() !== '') {
        height = Math.max(height, r + 1);
        width = Math.max(width, c + 1);
        break;
      }
    }
  });
  for (const p of extra) {
    height = Math.max(height, p.row + 1);
    width = Math.max(width, p.col + 1);
  }
  const truncated = height > MAX_ROWS || width > MAX_COLS;
  height = Math.min(height, MAX_ROWS);
  width = Math.min(width, MAX_COLS);

  const masterOf = new Map<string, string>();
  const spans = new Map<string, [number, number]>();
  for (const m of sheet.merges) {
    if (m.top >= height || m.left >= width) continue;
    // A stray merge drawn far past the data (A1:XFD1048576) is clipped to the data.
    const bottom = Math.min(m.bottom, height - 1);
    const right = Math.min(m.right, width - 1);
    if (bottom === m.top && right === m.left) continue;
    const key = `${m.top},${m.left}`;
    if (masterOf.has(key)) continue; // overlapping merges: the first one wins
    spans.set(key, [bottom - m.top + 1, right - m.left + 1]);
    for (let r = m.top; r <= bottom; r++) {
      for (let c = m.left; c <= right; c++) if (r !== m.top || c !== m.left) masterOf.set(`${r},${c}`, key);
    }
  }

  const rows: GridCell[][] = [];
  for (let r = 0; r < height; r++) {
    const cells: GridCell[] = [];
    for (let c = 0; c < width; c++) {
      if (masterOf.has(`${r},${c}`)) continue;
      const [rowspan, colspan] = spans.get(`${r},${c}`) ?? [1, 1];
      cells.push({ row: r, col: c, text: sheet.rows[r]?.[c] ?? '', rowspan, colspan });
    }
    rows.push(cells);
  }
  return { rows, width, height, truncated, masterOf, hiddenRows: sheet.hiddenRows, hiddenCols: sheet.hiddenCols };
}
