// buildCatalog: RawWorkbook → CatalogWorkbook. Resolves merges, finds each sheet's header,
// reads every data row into an item, resolves 同上 and carries hierarchy names down.
import { basename, extname } from 'node:path';
import type { RawSheet, RawWorkbook } from '../read/types.js';
import { cellRef } from './location.js';
import { detectHeader, looksLikeHeaderRow } from './header.js';
import { guessDomain } from './domains.js';
import { cleanCellText, compactLabel } from './text.js';
import { fillMerges, isCovered, type FilledGrid } from './grid.js';
import { itemPlan, readItem } from './items.js';
import {
  REQUIRED_ELEMENTS,
  type CatalogItem,
  type CatalogTable,
  type CatalogWorkbook,
  type ColumnMapping,
  type ElementKey,
  type ReadNote,
  type SheetModel,
} from './types.js';

/**
 * Consumes `raw`: each data row is released as soon as its item is read, so the raw cells and
 * the growing model are not both held in full (at 100,000 rows the raw cells are ~50 MB).
 * No caller reads a RawWorkbook after building from it; build another from the file if needed.
 */
export function buildCatalog(raw: RawWorkbook): CatalogWorkbook {
  const notes: ReadNote[] = [];
  const fileStem = basename(raw.path, extname(raw.path));
  const sheets = raw.sheets.map((sheet) => buildSheet(sheet, fileStem, notes));
  if (raw.encoding && raw.format === 'csv') notes.push({ kind: 'csv-encoding', detail: raw.encoding });
  for (const w of raw.warnings ?? []) notes.push({ ...w });
  return { path: raw.path, format: raw.format, ...(raw.encoding ? { encoding: raw.encoding } : {}), sheets, notes };
}

function buildSheet(sheet: RawSheet, fileStem: string, notes: ReadNote[]): SheetModel {
  let cellCount = 0;
  for (const row of sheet.rows) {
    if (row) for (let c = 0; c < row.length; c++) if (row[c] !== undefined) cellCount++;
  }
  const base: Omit<SheetModel, 'kind' | 'tables'> = {
    name: sheet.name,
    hidden: sheet.hidden,
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b).map((r) => r + 1),
    hiddenColumns: [...sheet.hiddenCols].sort((a, b) => a - b).map((c) => cellRef(sheet.name, 0, c).column),
    cellCount,
  };
  if (sheet.hidden) notes.push({ kind: 'hidden-sheet', sheet: sheet.name });
  if (cellCount === 0) {
    notes.push({ kind: 'sheet-skipped', sheet: sheet.name, reason: 'empty' });
    return { ...base, kind: 'skipped', skipReason: 'empty', tables: [] };
  }
  const grid = fillMerges(sheet);
  const isContinuation = (r: number, c: number) => isCovered(grid, r, c);
  const tables: CatalogTable[] = [];
  let from = 0;
  while (from < grid.rows.length) {
    const header = detectHeader(grid.rows, isContinuation, from, tables.length === 0 ? 40 : grid.rows.length);
    if (!header) break;
    const table = readTable(sheet.name, grid, header, from, fileStem);
    tables.push(table.table);
    from = table.nextRow;
    if (table.nextRow >= grid.rows.length) break;
  }
  if (tables.length === 0) {
    const firstText = grid.rows.find((r) => r?.some(Boolean))?.find(Boolean) ?? '';
    const reason = /说明|填报|填表|注意事项|instructions?/i.test(sheet.name + firstText.slice(0, 20)) ? 'instructions' : 'no-header';
    notes.push({ kind: 'sheet-skipped', sheet: sheet.name, reason });
    return { ...base, kind: 'skipped', skipReason: reason, tables };
  }
  return { ...base, kind: 'catalog', tables };
}

// What a consumed row becomes: an empty row (not a hole), so the array keeps its elements kind.
const RELEASED: (string | undefined)[] = Object.freeze([]) as unknown as (string | undefined)[];

const NOTE_ROW = /^(注|备注|说明|标准目录要素说明|填表说明|附注)\s*[:：\d１-９一二三、.]/;

function readTable(sheetName: string, grid: FilledGrid, header: NonNullable<ReturnType<typeof detectHeader>>, from: number, fileStem: string) {
  const columns = header.columns.map((col, i) =>
    // A blank header over the first column of a numbered table is its 序号.
    i === 0 && col.role === 'extra' && col.header === '' ? { ...col, role: 'seq' as const } : col,
  );
  const title = findTitle(grid.rows, from, header.top);
  const byRole = (role: ColumnMapping['role']) => columns.filter((c) => c.role === role);
  const nameCols = [byRole('name1')[0], byRole('name2')[0], byRole('name3')[0]];
  const width = columns.length;
  const headerSignature = columns.map((c) => c.role).join(',');

  const items: CatalogItem[] = [];
  const skippedRows: CatalogTable['skippedRows'] = [];
  const notes: string[] = [];
  const plan = itemPlan(sheetName, grid, columns, nameCols, []);
  let r = header.bottom + 1;
  for (; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (!row || !hasText(row)) continue;
    if (looksLikeHeaderRow(row)) {
      const again = detectHeader(grid.rows, (rr, cc) => isCovered(grid, rr, cc), r, 1);
      if (again && again.columns.map((c) => c.role).join(',') === headerSignature) {
        skippedRows.push({ row: r + 1, reason: 'repeated-header' });
        r = again.bottom;
        continue;
      }
      break; // a different table starts here
    }
    if (isNoteRow(row, r, grid, width)) {
      skippedRows.push({ row: r + 1, reason: 'note' });
      notes.push(cleanCellText(row.find((v) => v && v.trim()) ?? ''));
      continue;
    }
    if (!hasOwnContent(row, r, grid, columns)) continue; // covered entirely by merges from above
    items.push(readItem(plan, r, items[items.length - 1], items.length));
    grid.rows[r] = RELEASED; // read for the last time: the item holds what it needs
  }

  const domainColumn = byRole('domain')[0];
  const domain = guessDomain({
    column: domainColumn ? items.map((it) => it.domain?.text ?? '') : undefined,
    title,
    sheet: sheetName,
    file: fileStem,
  });
  const table: CatalogTable = {
    sheet: sheetName,
    ...(title ? { title } : {}),
    domain,
    headerRows: [header.top + 1, header.bottom + 1],
    columns,
    levelColumns: byRole('level'),
    missingElements: missingElements(columns),
    items,
    skippedRows,
    notes,
    dataRows: items.length ? [items[0].row, items[items.length - 1].row] : null,
  };
  return { table, nextRow: r };
}

function findTitle(rows: (string | undefined)[][], from: number, headerTop: number): string | undefined {
  for (let r = headerTop - 1; r >= from; r--) {
    const text = rows[r]?.find((v) => v && v.trim());
    if (text && /目录|标准|领域/.test(text)) return cleanCellText(text);
  }
  for (let r = from; r < headerTop; r++) {
    const text = rows[r]?.find((v) => v && v.trim());
    if (text) return cleanCellText(text);
  }
  return undefined;
}

// The row loops below run for every data row: plain indexed loops, no closures or sets.
const isBlank = (v: string | undefined): boolean => v === undefined || v.trim() === '';

function hasText(row: (string | undefined)[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return true;
  return false;
}

function isNoteRow(row: (string | undefined)[], r: number, grid: FilledGrid, width: number): boolean {
  let first = 0;
  while (first < row.length && isBlank(row[first])) first++;
  const text = row[first] ?? '';
  if (NOTE_ROW.test(compactLabel(text))) return true;
  // One text spread over most of the width by a merge: a continuation or note row.
  for (let c = first + 1; c < row.length; c++) if (row[c] !== text && !isBlank(row[c])) return false;
  let spanned = 0;
  for (let c = 0; c < width; c++) if (row[c] === text) spanned++;
  return spanned >= Math.max(3, Math.ceil(width * 0.6)) && !isCovered(grid, r, first);
}

function hasOwnContent(row: (string | undefined)[], r: number, grid: FilledGrid, columns: ColumnMapping[]): boolean {
  for (const col of columns) {
    if (col.role === 'seq') continue;
    const c = col.col - 1;
    if (!isBlank(row[c]) && !isCovered(grid, r, c)) return true;
  }
  return false;
}

function missingElements(columns: ColumnMapping[]): ElementKey[] {
  const roles = new Set(columns.map((c) => c.role));
  return REQUIRED_ELEMENTS.filter((el) => (el === 'name' ? !['name1', 'name2', 'name3'].some((r) => roles.has(r as never)) : !roles.has(el as never)));
}
