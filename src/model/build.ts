// buildCatalog: RawWorkbook → CatalogWorkbook. Resolves merges, finds each sheet's header,
// reads every data row into an item, resolves 同上 and carries hierarchy names down.
import { basename, extname } from 'node:path';
import type { RawSheet, RawWorkbook } from '../read/types.js';
import { cellKey } from '../read/types.js';
import { cellRef } from './location.js';
import { detectHeader, looksLikeHeaderRow } from './header.js';
import { guessDomain } from './domains.js';
import { isMarked, markNote, parseChannel, parseSubject } from './elements.js';
import { cleanCellText, compactLabel, isSameAsAbove } from './text.js';
import {
  REQUIRED_ELEMENTS,
  type AudienceKey,
  type CatalogItem,
  type CatalogTable,
  type CatalogWorkbook,
  type CellValue,
  type ChannelValue,
  type ColumnMapping,
  type ElementKey,
  type LevelTier,
  type MarkGroup,
  type MarkValue,
  type ModeKey,
  type ReadNote,
  type SheetModel,
  type SubjectValue,
} from './types.js';

export function buildCatalog(raw: RawWorkbook): CatalogWorkbook {
  const notes: ReadNote[] = [];
  const fileStem = basename(raw.path, extname(raw.path));
  const sheets = raw.sheets.map((sheet) => buildSheet(sheet, fileStem, notes));
  if (raw.encoding && raw.format === 'csv') notes.push({ kind: 'csv-encoding', detail: raw.encoding });
  for (const w of raw.warnings ?? []) notes.push({ ...w });
  return { path: raw.path, format: raw.format, ...(raw.encoding ? { encoding: raw.encoding } : {}), sheets, notes };
}

/** The sheet's grid with every merged range's text copied into each of its cells. */
interface FilledGrid {
  rows: (string | undefined)[][];
  /** Covered cell → the merge's top-left cell, both as gridKey: numbers, not "r,c" strings,
   *  because a 100,000-row catalog has tens of thousands of covered cells looked up per item. */
  continuation: Map<number, number>;
  richOrFormula: RawSheet['info'];
  /** Parses of channel and subject cells by text: a checklist repeated on every row is parsed
   *  once and its entries shared (read-only data), which saves time and most of their memory. */
  parsed: { channel: Map<string, ChannelValue>; subject: Map<string, SubjectValue> };
}

const GRID_COLS = 2 ** 20;
const gridKey = (r: number, c: number): number => r * GRID_COLS + c;

function fillMerges(sheet: RawSheet): FilledGrid {
  const rows = sheet.rows;
  const continuation = new Map<number, number>();
  const lastRow = rows.length - 1;
  let lastCol = 0;
  for (const row of rows) if (row && row.length - 1 > lastCol) lastCol = row.length - 1;
  for (const m of sheet.merges) {
    const text = rows[m.top]?.[m.left];
    // A merge drawn far past the data (a stray A1:XFD1048576) is clipped to the data.
    const bottom = Math.min(m.bottom, lastRow);
    const right = Math.min(m.right, lastCol);
    for (let r = m.top; r <= bottom; r++) {
      for (let c = m.left; c <= right; c++) {
        if (r === m.top && c === m.left) continue;
        continuation.set(gridKey(r, c), gridKey(m.top, m.left));
        if (text !== undefined) (rows[r] ??= [])[c] = text;
        else if (rows[r]) rows[r][c] = undefined;
      }
    }
  }
  return { rows, continuation, richOrFormula: sheet.info, parsed: { channel: new Map(), subject: new Map() } };
}

function buildSheet(sheet: RawSheet, fileStem: string, notes: ReadNote[]): SheetModel {
  let cellCount = 0;
  for (const row of sheet.rows) if (row) for (const v of row) if (v !== undefined) cellCount++;
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
  const isContinuation = (r: number, c: number) => grid.continuation.has(gridKey(r, c));
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
  const lastText: string[] = []; // resolved text per column (0-based), for 同上
  let r = header.bottom + 1;
  for (; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (!row || !row.some((v) => v !== undefined && v.trim() !== '')) continue;
    if (looksLikeHeaderRow(row)) {
      const again = detectHeader(grid.rows, (rr, cc) => grid.continuation.has(gridKey(rr, cc)), r, 1);
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
    items.push(readItem(sheetName, grid, r, columns, nameCols, items[items.length - 1], lastText, items.length));
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

function isNoteRow(row: (string | undefined)[], r: number, grid: FilledGrid, width: number): boolean {
  const first = row.findIndex((v) => v !== undefined && v.trim() !== '');
  const text = row[first] ?? '';
  if (NOTE_ROW.test(compactLabel(text))) return true;
  // One text spread over most of the width by a merge: a continuation or note row.
  const distinct = new Set(row.filter((v) => v !== undefined && v.trim() !== ''));
  if (distinct.size !== 1) return false;
  let spanned = 0;
  for (let c = 0; c < width; c++) if (row[c] === text) spanned++;
  return spanned >= Math.max(3, Math.ceil(width * 0.6)) && !grid.continuation.has(gridKey(r, first));
}

function hasOwnContent(row: (string | undefined)[], r: number, grid: FilledGrid, columns: ColumnMapping[]): boolean {
  return columns.some((col) => {
    if (col.role === 'seq') return false;
    const v = row[col.col - 1];
    return v !== undefined && v.trim() !== '' && !grid.continuation.has(gridKey(r, col.col - 1));
  });
}

function readItem(
  sheet: string,
  grid: FilledGrid,
  r: number,
  columns: ColumnMapping[],
  nameCols: (ColumnMapping | undefined)[],
  previous: CatalogItem | undefined,
  lastText: string[],
  index: number,
): CatalogItem {
  const row = grid.rows[r];
  const value = (col: ColumnMapping): CellValue => {
    const c = col.col - 1;
    const own = row[c] ?? '';
    const originKey = grid.continuation.get(gridKey(r, c));
    // `| 0` keeps them small integers: a double here would box the row of every CellRef.
    const originRow = originKey === undefined ? r : Math.floor(originKey / GRID_COLS) | 0;
    const originCol = originKey === undefined ? c : (originKey % GRID_COLS) | 0;
    // Most sheets have no rich text, formulas or links: skip building a key for every cell.
    const info = grid.richOrFormula.size === 0 ? undefined : grid.richOrFormula.get(cellKey(originRow, originCol));
    const cv: CellValue = { text: cleanCellText(own), raw: originKey === undefined ? own : '', cell: cellRef(sheet, r, c) };
    if (originKey !== undefined) cv.mergedFrom = cellRef(sheet, originRow, originCol);
    if (info?.richText) cv.richText = true;
    if (info?.formula) cv.formula = info.formula;
    if (originKey === undefined && isSameAsAbove(own)) {
      cv.sameAsAbove = true;
      cv.text = lastText[c] ?? '';
    }
    lastText[c] = cv.text;
    return cv;
  };

  const levels: CellValue[] = [];
  for (let depth = 0; depth < nameCols.length; depth++) {
    const col = nameCols[depth];
    if (!col) continue;
    const v = value(col);
    // A CSV export or an unmerged sheet leaves the parent name blank under its first row.
    let deeper = false;
    for (let d = depth + 1; d < nameCols.length && !deeper; d++) {
      const dc = nameCols[d];
      deeper = dc !== undefined && (row[dc.col - 1] ?? '').trim() !== '';
    }
    const parent = previous?.name.levels[depth];
    if (v.text === '' && deeper && parent && parent.text !== '') {
      v.text = parent.text;
      v.inherited = true;
      lastText[col.col - 1] = v.text;
    }
    levels.push(v);
  }

  let full = '';
  for (const l of levels) {
    const t = l.text.replace(/\s+/g, '');
    if (t) full = full ? `${full}/${t}` : t;
  }
  const item: CatalogItem = { index, row: r + 1, name: { levels: exact(levels), full }, extra: {} };
  const joined = (cols: ColumnMapping[]): CellValue | undefined => {
    if (cols.length === 0) return undefined;
    const values = cols.map(value);
    if (values.length === 1) return values[0];
    return { ...values[0], text: values.map((v) => v.text).filter(Boolean).join('\n'), raw: values.map((v) => v.raw).filter(Boolean).join('\n') };
  };
  const of = columnsByRole(columns);

  const seq = of('seq')[0];
  if (seq) item.seq = value(seq);
  const category = of('category')[0];
  if (category) item.name.category = value(category);
  const domain = of('domain')[0];
  if (domain) item.domain = value(domain);
  // Absent elements are never assigned: deleting them afterwards turned every item into a
  // slow dictionary-mode object.
  const content = joined(of('content'));
  if (content) item.content = content;
  const basis = joined(of('basis'));
  if (basis) item.basis = basis;
  const timeLimit = joined(of('timeLimit'));
  if (timeLimit) item.timeLimit = timeLimit;
  const subject = joined(of('subject'));
  if (subject) item.subject = parsedOnce(grid.parsed.subject, subject, parseSubject);
  const channel = joined(of('channel'));
  if (channel) item.channel = parsedOnce(grid.parsed.channel, channel, parseChannel);
  const audience = markGroup<AudienceKey>(of('audience'), value, AUDIENCE_WORDS);
  if (audience) item.audience = audience;
  const mode = markGroup<ModeKey>(of('mode'), value, MODE_WORDS);
  if (mode) item.mode = mode;
  const level = markGroup<LevelTier>(of('level'), value, LEVEL_WORDS);
  if (level) item.level = level;
  for (const col of of('extraAll')) item.extra[col.header || col.column] = value(col);
  return item;
}

type RoleLookup = (role: ColumnMapping['role'] | 'extraAll') => ColumnMapping[];
const ROLE_LOOKUPS = new WeakMap<ColumnMapping[], RoleLookup>();

/** The table's columns by role, grouped once per table instead of filtered for every item. */
function columnsByRole(columns: ColumnMapping[]): RoleLookup {
  let lookup = ROLE_LOOKUPS.get(columns);
  if (!lookup) {
    const groups = new Map<string, ColumnMapping[]>();
    for (const c of columns) (groups.get(c.role) ?? groups.set(c.role, []).get(c.role)!).push(c);
    const none: ColumnMapping[] = [];
    const get = (role: string) => groups.get(role) ?? none;
    groups.set('extraAll', get('extra').concat(get('category').slice(1), get('seq').slice(1)));
    lookup = get;
    ROLE_LOOKUPS.set(columns, lookup);
  }
  return lookup;
}

const PARSED_MEMO_LIMIT = 20_000;

function parsedOnce<T extends { value: CellValue }>(memo: Map<string, T>, value: CellValue, parse: (v: CellValue) => T): T {
  const known = memo.get(value.text);
  if (known) return { ...known, value };
  const parsed = parse(value);
  if (memo.size < PARSED_MEMO_LIMIT) memo.set(value.text, parsed);
  return parsed;
}

// When a mark group is one text column ("公开方式: 主动公开"), the words say which marks apply.
const AUDIENCE_WORDS: [RegExp, AudienceKey][] = [[/全社会|社会公众|公众/, 'public'], [/特定|申请人|群众|对象/, 'specific']];
const MODE_WORDS: [RegExp, ModeKey][] = [[/主动/, 'active'], [/申请/, 'onRequest']];
const LEVEL_WORDS: [RegExp, LevelTier][] = [[/市级/, 'city'], [/县|区/, 'county'], [/乡|镇|街/, 'township'], [/村/, 'village']];

function markGroup<K extends string>(cols: ColumnMapping[], value: (c: ColumnMapping) => CellValue, words: [RegExp, K][]): MarkGroup<K> | undefined {
  if (cols.length === 0) return undefined;
  const marks: MarkValue<K>[] = [];
  const notes: string[] = [];
  for (const col of cols) {
    const v = value(col);
    if (col.mark) {
      marks.push({ key: col.mark as K, label: col.labels[col.labels.length - 1] ?? col.header, marked: isMarked(v.text), value: v });
      const note = markNote(v.text);
      if (note) notes.push(note);
    } else {
      const text = compactLabel(v.text);
      for (const [re, key] of words) {
        if (re.test(text)) marks.push({ key, label: col.header, marked: true, value: v });
      }
      if (text && !words.some(([re]) => re.test(text)) && isMarked(text)) notes.push(v.text);
      if (marks.length === 0) marks.push({ key: '' as K, label: col.header, marked: false, value: v });
    }
  }
  const chosen: K[] = [];
  for (const m of marks) if (m.marked && m.key && !chosen.includes(m.key)) chosen.push(m.key);
  return { marks: exact(marks), chosen: exact(chosen), notes: exact(notes) };
}

/**
 * An array grown by push() keeps room for 17 elements; three per mark group and one for the
 * name levels made up a fifth of a large catalog's model. Items keep exact-size copies.
 */
function exact<T>(list: T[]): T[] {
  return list.length === 0 ? [] : list.slice();
}

function missingElements(columns: ColumnMapping[]): ElementKey[] {
  const roles = new Set(columns.map((c) => c.role));
  return REQUIRED_ELEMENTS.filter((el) => (el === 'name' ? !['name1', 'name2', 'name3'].some((r) => roles.has(r as never)) : !roles.has(el as never)));
}
