// Reads one worksheet part into plain text cells, merges and hidden flags. Everything a
// hostile file could use to make the model huge is bounded here: the non-empty cell budget,
// the characters of a cell, the row and column extents, merges and hidden column ranges.
import { InputError } from './errors.js';
import { cellKey, type MergeRange, type RawCellInfo, type RawSheet, type ReadLimits } from './types.js';
import { parseA1, parseRange, cellAddress } from '../model/location.js';
import { formatDateSerial } from './dates.js';
import { readXml, type Attributes, type Source, type XmlReading } from './xml.js';
import { ownString } from './strings.js';

export interface SharedStrings {
  texts: string[];
  rich: boolean[];
  /** Indexes of strings longer than limits.maxCellChars: an error only where a cell uses one. */
  overlong: Set<number>;
}

export interface SheetContext {
  shared: SharedStrings;
  dateStyles: Set<number>;
  date1904: boolean;
  limits: ReadLimits;
  budget: { cells: number };
  path: string;
}

export function readSheet(name: string, hidden: boolean, part: string, source: Source, ctx: SheetContext): RawSheet {
  const cellsBefore = ctx.budget.cells;
  const maxRun = ctx.limits.maxCellChars * 6 + 4096;
  return readXml(part, source, { maxRun }, () => {
    ctx.budget.cells = cellsBefore; // a second reading starts from the same count
    return sheetReading(name, hidden, part, ctx);
  });
}

function sheetReading(name: string, hidden: boolean, part: string, ctx: SheetContext): XmlReading<RawSheet> {
  const { limits, shared } = ctx;
  const rows: (string | undefined)[][] = [];
  const info = new Map<string, RawCellInfo>();
  const merges: MergeRange[] = [];
  const hiddenRows = new Set<number>();
  const hiddenColRanges: [number, number][] = [];

  let rowIndex = -1;
  let colIndex = -1;
  let cellType = 'n';
  let cellStyle = 0;
  let value = '';
  let formula = '';
  let capture: 'v' | 'f' | 't' | null = null;
  let inInline = false;
  let phoneticDepth = 0;
  let inlineRich = false;
  let overlong = false;

  const address = () => cellAddress(name, Math.max(rowIndex, 0), Math.max(colIndex, 0));
  const tooLong = () => new InputError('cell-too-long', { address: address(), limit: limits.maxCellChars });
  const checkExtent = () => {
    if (rowIndex >= limits.maxRows || colIndex >= limits.maxColumns) {
      throw new InputError('cell-out-of-range', { address: address(), rows: limits.maxRows, columns: limits.maxColumns });
    }
  };

  const open = (tagName: string, a: Attributes) => {
    switch (tagName) {
      case 'row': {
        const r = a.get('r');
        rowIndex = r !== undefined ? positiveInt(r, part) - 1 : rowIndex + 1;
        colIndex = -1;
        if (isTrue(a.get('hidden')) || (isTrue(a.get('customHeight')) && Number(a.get('ht')) === 0)) hiddenRows.add(rowIndex);
        checkExtent();
        break;
      }
      case 'c': {
        const r = a.get('r');
        if (r === undefined) colIndex++;
        else if (readA1(r)) {
          colIndex = refCol;
          rowIndex = refRow;
        } else {
          throw new InputError('corrupt-xml', { detail: `${part}: cell reference "${r.slice(0, 20)}"` });
        }
        if (rowIndex < 0) rowIndex = 0;
        checkExtent();
        cellType = a.get('t') ?? 'n';
        cellStyle = Number(a.get('s') ?? 0);
        value = '';
        formula = '';
        inlineRich = false;
        overlong = false;
        break;
      }
      case 'v': capture = 'v'; break;
      case 'f': capture = 'f'; break;
      case 'is': inInline = true; break;
      case 'r': if (inInline) inlineRich = true; break;
      case 'rPh': phoneticDepth++; break;
      case 't': if (inInline && phoneticDepth === 0) capture = 't'; break;
      case 'mergeCell': {
        const range = parseRange(a.get('ref') ?? '');
        if (range && range.top >= 0 && range.left >= 0) merges.push(range);
        break;
      }
      case 'col': {
        // Zero width hides a column as surely as the hidden flag.
        const width = a.get('width');
        if (isTrue(a.get('hidden')) || (width !== undefined && Number(width) === 0)) {
          const min = Math.max(1, Number(a.get('min')) || 1);
          const max = Math.min(Number(a.get('max')) || min, limits.maxColumns);
          if (max >= min) hiddenColRanges.push([min - 1, max - 1]);
        }
        break;
      }
      case 'hyperlink': {
        const pos = parseA1((a.get('ref') ?? '').split(':')[0]);
        if (pos && pos.row >= 0 && pos.col >= 0) {
          const key = cellKey(pos.row, pos.col);
          info.set(key, { ...info.get(key), hyperlink: ownString((a.get('location') ?? a.get('display') ?? 'link').slice(0, 2048)) });
        }
        break;
      }
    }
  };

  const close = (tagName: string) => {
    switch (tagName) {
      case 'v': case 'f': capture = null; break;
      case 't': if (capture === 't') capture = null; break;
      case 'rPh': phoneticDepth--; break;
      case 'is': inInline = false; break;
      case 'c': finishCell(); break;
    }
  };

  const text = (t: string) => {
    if (capture === 'v' || capture === 't') {
      value += t;
      if (value.length > limits.maxCellChars) throw tooLong();
    } else if (capture === 'f') {
      if (formula.length < 8192) formula += t; // Excel's own formula limit; only kept as a fact
    }
  };

  function finishCell(): void {
    if (overlong) throw tooLong();
    let cellText: string;
    let cellInfo: RawCellInfo | undefined;
    switch (cellType) {
      case 's': {
        const idx = Number(value);
        if (shared.overlong.size !== 0 && shared.overlong.has(idx)) throw tooLong();
        cellText = shared.texts[idx] ?? '';
        if (shared.rich[idx]) cellInfo = { richText: true };
        break;
      }
      // Text read here (not a shared string, which is its own string already) may be a view into the decoded XML.
      case 'inlineStr': cellText = ownString(value); if (inlineRich) cellInfo = { richText: true }; break;
      case 'b': cellText = value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value; break;
      case 'e': cellText = ownString(value); cellInfo = { error: cellText }; break;
      case 'str': case 'd': cellText = ownString(value); break;
      default:
        cellText = value !== '' && ctx.dateStyles.has(cellStyle) ? formatDateSerial(Number(value), ctx.date1904) : ownString(value);
    }
    if (formula) cellInfo = { ...cellInfo, formula: ownString(formula) };
    if (cellInfo) info.set(cellKey(rowIndex, colIndex), { ...info.get(cellKey(rowIndex, colIndex)), ...cellInfo });
    if (cellText === '') return;
    if (++ctx.budget.cells > limits.maxCells) throw new InputError('too-many-cells', { path: ctx.path, limit: limits.maxCells });
    (rows[rowIndex] ??= [])[colIndex] = cellText;
  }

  const result = (): RawSheet => {
    // Hidden rows past the last cell hold nothing that could be published.
    for (const r of hiddenRows) if (r >= rows.length) hiddenRows.delete(r);
    return { name, hidden, rows, info, merges: clipMerges(merges, rows, ctx), hiddenRows, hiddenCols: hiddenColumns(hiddenColRanges, rows) };
  };
  return { handlers: { open, close, text, overlong: () => { overlong = true; } }, result };
}

// readA1's answer, kept here rather than in a new object per cell.
let refRow = 0;
let refCol = 0;

/**
 * A cell's r attribute as parseA1 reads it, true when it names a cell. Excel writes "B12":
 * that form is read here directly; anything else ($, lower case, spaces, long numbers) goes
 * through parseA1 itself so the answer never differs.
 */
function readA1(ref: string): boolean {
  const n = ref.length;
  let i = 0;
  let col = 0;
  for (; i < n && i < 3; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  const digits = n - i;
  if (i > 0 && digits > 0 && digits <= 9) {
    let row = 0;
    for (; i < n; i++) {
      const c = ref.charCodeAt(i);
      if (c < 48 || c > 57) break;
      row = row * 10 + (c - 48);
    }
    if (i === n) {
      refRow = row - 1;
      refCol = col - 1;
      return refRow >= 0;
    }
  }
  const pos = parseA1(ref);
  if (!pos || pos.row < 0 || pos.col < 0) return false;
  refRow = pos.row;
  refCol = pos.col;
  return true;
}

/**
 * Merges reach no further than the data: a stray A1:XFD1048576 would otherwise make the model
 * fill seventeen billion cells. What is left still counts against the cell budget, because
 * the model copies a merge's text into every cell it covers.
 */
function clipMerges(merges: MergeRange[], rows: (string | undefined)[][], ctx: SheetContext): MergeRange[] {
  const lastRow = rows.length - 1;
  let lastCol = -1;
  for (const row of rows) if (row && row.length - 1 > lastCol) lastCol = row.length - 1;
  const out: MergeRange[] = [];
  for (const m of merges) {
    const clipped = { ...m, bottom: Math.min(m.bottom, lastRow), right: Math.min(m.right, lastCol) };
    if (clipped.bottom < clipped.top || clipped.right < clipped.left) continue;
    ctx.budget.cells += (clipped.bottom - clipped.top + 1) * (clipped.right - clipped.left + 1) - 1;
    if (ctx.budget.cells > ctx.limits.maxCells) throw new InputError('too-many-cells', { path: ctx.path, limit: ctx.limits.maxCells });
    out.push(clipped);
  }
  return out;
}

/** Hidden columns that could hold something: Excel files often hide every column right of the table. */
function hiddenColumns(ranges: [number, number][], rows: (string | undefined)[][]): Set<number> {
  let lastCol = -1;
  for (const row of rows) if (row && row.length - 1 > lastCol) lastCol = row.length - 1;
  const cols = new Set<number>();
  for (const [min, max] of ranges) for (let c = min; c <= Math.min(max, lastCol); c++) cols.add(c);
  return cols;
}

function isTrue(v: unknown): boolean {
  return v === '1' || v === 'true';
}

function positiveInt(v: unknown, part: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InputError('corrupt-xml', { detail: `${part}: row number "${String(v).slice(0, 20)}"` });
  return n;
}
