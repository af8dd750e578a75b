// The sheet's grid as the model builder reads it: every merged range's text copied into each
// cell it covers, and which cells are covered, by whom.
import type { RawSheet } from '../read/types.js';
import type { CellRef, ChannelValue, SubjectValue } from './types.js';

/** The sheet's grid with every merged range's text copied into each of its cells. */
export interface FilledGrid {
  rows: (string | undefined)[][];
  /** Covered cell → the merge's top-left cell, both as key(r, c): numbers, not "r,c" strings,
   *  because a 100,000-row catalog has tens of thousands of covered cells looked up per item. */
  continuation: Map<number, number>;
  /** Row stride of those keys: the grid's width, so that keys stay small integers. */
  stride: number;
  /** Covered cell's origin (gridKey) → the CellRef every covered cell's `mergedFrom` shares. */
  origins: Map<number, CellRef>;
  richOrFormula: RawSheet['info'];
  /** Parses of channel and subject cells by text: a checklist repeated on every row is parsed
   *  once and its entries shared (read-only data), which saves time and most of their memory. */
  parsed: { channel: Map<string, ChannelValue>; subject: Map<string, SubjectValue> };
}

export const gridKey = (grid: FilledGrid, r: number, c: number): number => r * grid.stride + c;
export const isCovered = (grid: FilledGrid, r: number, c: number): boolean =>
  grid.continuation.size !== 0 && c < grid.stride && grid.continuation.has(gridKey(grid, r, c));

export function fillMerges(sheet: RawSheet): FilledGrid {
  const rows = sheet.rows;
  const continuation = new Map<number, number>();
  const lastRow = rows.length - 1;
  let lastCol = 0;
  for (const row of rows) if (row && row.length - 1 > lastCol) lastCol = row.length - 1;
  const stride = lastCol + 1;
  for (const m of sheet.merges) {
    const text = rows[m.top]?.[m.left];
    // A merge drawn far past the data (a stray A1:XFD1048576) is clipped to the data.
    const bottom = Math.min(m.bottom, lastRow);
    const right = Math.min(m.right, lastCol);
    for (let r = m.top; r <= bottom; r++) {
      for (let c = m.left; c <= right; c++) {
        if (r === m.top && c === m.left) continue;
        // Only cells inside the grid are keyed, so a key names exactly one cell.
        continuation.set(r * stride + c, m.top * stride + m.left);
        if (text !== undefined) (rows[r] ??= [])[c] = text;
        else if (rows[r]) rows[r][c] = undefined;
      }
    }
  }
  return { rows, continuation, stride, origins: new Map(), richOrFormula: sheet.info, parsed: { channel: new Map(), subject: new Map() } };
}

