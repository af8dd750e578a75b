// buildCatalog: RawWorkbook → CatalogWorkbook. Resolves merges, finds each sheet's header,
// reads every data row into an item, resolves 同上 and carries hierarchy names down.
import { basename, extname } from 'node:path';
import type { RawSheet, RawWorkbook } from '../read/types.js';
import { cellKey } from '../read/types.js';
import { cellRef } from './location.js';
import { cellValue, type ColumnPlace } from './cell-value.js';
import { detectHeader, looksLikeHeaderRow } from './header.js';
import { guessDomain } from './domains.js';
import { isMarked, markNote, parseChannel, parseSubject, readMark } from './elements.js';
import { cleanCellText, compactLabel, isSameAsAbove } from './text.js';
import {
  REQUIRED_ELEMENTS,
  type AudienceKey,
  type CatalogItem,
  type CatalogTable,
  type CatalogWorkbook,
  type CellRef,
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

const gridKey = (grid: FilledGrid, r: number, c: number): number => r * grid.stride + c;
const isCovered = (grid: FilledGrid, r: number, c: number): boolean =>
  grid.continuation.size !== 0 && c < grid.stride && grid.continuation.has(gridKey(grid, r, c));

function fillMerges(sheet: RawSheet): FilledGrid {
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

/** What every item of a table reads, worked out once per table. */
interface ItemPlan {
  sheet: string;
  grid: FilledGrid;
  /** Shared CellRef places per 0-based column (see cell-value.ts). */
  places: ColumnPlace[];
  nameCols: (ColumnMapping | undefined)[];
  /** How many of the name columns exist. */
  nameCount: number;
  seq?: ColumnMapping;
  category?: ColumnMapping;
  domain?: ColumnMapping;
  content: ColumnMapping[];
  basis: ColumnMapping[];
  timeLimit: ColumnMapping[];
  subject: ColumnMapping[];
  channel: ColumnMapping[];
  audience?: MarkPlan<AudienceKey>;
  mode?: MarkPlan<ModeKey>;
  level?: MarkPlan<LevelTier>;
  extra: { col: ColumnMapping; key: string }[];
  /** Resolved text per 0-based column, for 同上. */
  lastText: string[];
  /** The row being read. */
  row: (string | undefined)[];
  r: number;
}

interface MarkPlan<K extends string> {
  cols: ColumnMapping[];
  /** Per column: the label a mark carries (the leaf header label). */
  labels: string[];
  words: [RegExp, K][];
  /** Every column carries a mark: `chosen` depends only on which are ticked, so it is shared. */
  allMarked: boolean;
  chosenByMask: Map<number, K[]>;
}

function itemPlan(sheet: string, grid: FilledGrid, columns: ColumnMapping[], nameCols: (ColumnMapping | undefined)[], lastText: string[]): ItemPlan {
  const of = columnsByRole(columns);
  const markPlan = <K extends string>(cols: ColumnMapping[], words: [RegExp, K][]): MarkPlan<K> | undefined =>
    cols.length === 0
      ? undefined
      : {
          cols,
          labels: cols.map((col) => col.labels[col.labels.length - 1] ?? col.header),
          words,
          allMarked: cols.every((col) => col.mark),
          chosenByMask: new Map(),
        };
  return {
    sheet,
    grid,
    places: [],
    nameCols,
    nameCount: nameCols.filter(Boolean).length,
    seq: of('seq')[0],
    category: of('category')[0],
    domain: of('domain')[0],
    content: of('content'),
    basis: of('basis'),
    timeLimit: of('timeLimit'),
    subject: of('subject'),
    channel: of('channel'),
    audience: markPlan<AudienceKey>(of('audience'), AUDIENCE_WORDS),
    mode: markPlan<ModeKey>(of('mode'), MODE_WORDS),
    level: markPlan<LevelTier>(of('level'), LEVEL_WORDS),
    extra: of('extraAll').map((col) => ({ col, key: col.header || col.column })),
    lastText,
    row: [],
    r: 0,
  };
}

/** The value of one cell of the current row: merges, rich text, formulas and 同上 resolved. */
function value(plan: ItemPlan, col: ColumnMapping): CellValue {
  const c = col.col - 1;
  const r = plan.r;
  const grid = plan.grid;
  const own = plan.row[c] ?? '';
  const place = (plan.places[c] ??= cellRef(plan.sheet, -1, c));
  const originKey = grid.continuation.size === 0 || c >= grid.stride ? undefined : grid.continuation.get(gridKey(grid, r, c));
  let cv: CellValue;
  if (originKey === undefined) {
    cv = cellValue(cleanCellText(own), own, place, r + 1);
  } else {
    // Every cell a merge covers shares one CellRef of its top-left cell.
    let origin = grid.origins.get(originKey);
    if (origin === undefined) {
      origin = cellRef(plan.sheet, Math.floor(originKey / grid.stride) | 0, originKey % grid.stride | 0);
      grid.origins.set(originKey, origin);
    }
    cv = cellValue(cleanCellText(own), '', place, r + 1, origin);
  }
  // Most sheets have no rich text, formulas or links: skip building a key for every cell.
  if (grid.richOrFormula.size !== 0) {
    const info = originKey === undefined ? grid.richOrFormula.get(cellKey(r, c)) : grid.richOrFormula.get(cellKey(cv.mergedFrom!.row - 1, cv.mergedFrom!.col - 1));
    if (info?.richText) cv.richText = true;
    if (info?.formula) cv.formula = info.formula;
  }
  if (originKey === undefined && isSameAsAbove(own)) {
    cv.sameAsAbove = true;
    cv.text = plan.lastText[c] ?? '';
  }
  plan.lastText[c] = cv.text;
  return cv;
}

function readItem(plan: ItemPlan, r: number, previous: CatalogItem | undefined, index: number): CatalogItem {
  const row = plan.grid.rows[r];
  plan.row = row;
  plan.r = r;
  const nameCols = plan.nameCols;
  const levels: CellValue[] = new Array(plan.nameCount);
  let n = 0;
  for (let depth = 0; depth < nameCols.length; depth++) {
    const col = nameCols[depth];
    if (!col) continue;
    const v = value(plan, col);
    // A CSV export or an unmerged sheet leaves the parent name blank under its first row.
    if (v.text === '') {
      let deeper = false;
      for (let d = depth + 1; d < nameCols.length && !deeper; d++) {
        const dc = nameCols[d];
        deeper = dc !== undefined && (row[dc.col - 1] ?? '').trim() !== '';
      }
      const parent = previous?.name.levels[depth];
      if (deeper && parent && parent.text !== '') {
        v.text = parent.text;
        v.inherited = true;
        plan.lastText[col.col - 1] = v.text;
      }
    }
    levels[n++] = v;
  }

  let full = '';
  for (const l of levels) {
    const t = WHITESPACE.test(l.text) ? l.text.replace(/\s+/g, '') : l.text;
    if (t) full = full ? `${full}/${t}` : t;
  }
  const category = plan.category ? value(plan, plan.category) : undefined;
  const seq = plan.seq ? value(plan, plan.seq) : undefined;
  const name = category ? { levels, full, category } : { levels, full };
  let extra = NO_EXTRA;
  if (plan.extra.length > 0) {
    extra = {};
    for (const { col, key } of plan.extra) extra[key] = value(plan, col);
  }
  const subject = joined(plan, plan.subject);
  const channel = joined(plan, plan.channel);
  return new Item(
    index,
    r + 1,
    name,
    extra,
    seq,
    plan.domain ? value(plan, plan.domain) : undefined,
    joined(plan, plan.content),
    joined(plan, plan.basis),
    joined(plan, plan.timeLimit),
    subject ? parsedOnce(plan.grid.parsed.subject, subject, parseSubject) : undefined,
    channel ? parsedOnce(plan.grid.parsed.channel, channel, parseChannel) : undefined,
    plan.audience ? markGroup(plan, plan.audience) : undefined,
    plan.mode ? markGroup(plan, plan.mode) : undefined,
    plan.level ? markGroup(plan, plan.level) : undefined,
  );
}

// Items of a table without unknown columns share one empty, frozen `extra`.
const NO_EXTRA: Record<string, CellValue> = Object.freeze({}) as Record<string, CellValue>;

/**
 * A CatalogItem made in one go, fields in the order the dump shows them. Absent elements are
 * never assigned (not even as undefined), and a constructor lets V8 keep every field inside the
 * object: an item grown property by property carried a separate property array.
 * Data only, no methods: a copy sent to a worker (v8.serialize) is an equal plain object.
 */
class Item implements CatalogItem {
  declare index: number;
  declare row: number;
  declare name: CatalogItem['name'];
  declare extra: Record<string, CellValue>;
  declare seq?: CellValue;
  declare domain?: CellValue;
  declare content?: CellValue;
  declare basis?: CellValue;
  declare timeLimit?: CellValue;
  declare subject?: SubjectValue;
  declare channel?: ChannelValue;
  declare audience?: MarkGroup<AudienceKey>;
  declare mode?: MarkGroup<ModeKey>;
  declare level?: MarkGroup<LevelTier>;

  constructor(
    index: number,
    row: number,
    name: CatalogItem['name'],
    extra: Record<string, CellValue>,
    seq: CellValue | undefined,
    domain: CellValue | undefined,
    content: CellValue | undefined,
    basis: CellValue | undefined,
    timeLimit: CellValue | undefined,
    subject: SubjectValue | undefined,
    channel: ChannelValue | undefined,
    audience: MarkGroup<AudienceKey> | undefined,
    mode: MarkGroup<ModeKey> | undefined,
    level: MarkGroup<LevelTier> | undefined,
  ) {
    this.index = index;
    this.row = row;
    this.name = name;
    this.extra = extra;
    if (seq) this.seq = seq;
    if (domain) this.domain = domain;
    if (content) this.content = content;
    if (basis) this.basis = basis;
    if (timeLimit) this.timeLimit = timeLimit;
    if (subject) this.subject = subject;
    if (channel) this.channel = channel;
    if (audience) this.audience = audience;
    if (mode) this.mode = mode;
    if (level) this.level = level;
  }
}

const WHITESPACE = /\s/;

function joined(plan: ItemPlan, cols: ColumnMapping[]): CellValue | undefined {
  if (cols.length === 0) return undefined;
  if (cols.length === 1) return value(plan, cols[0]);
  const values = cols.map((col) => value(plan, col));
  return { ...values[0], text: values.map((v) => v.text).filter(Boolean).join('\n'), raw: values.map((v) => v.raw).filter(Boolean).join('\n') };
}

type RoleLookup = (role: ColumnMapping['role'] | 'extraAll') => ColumnMapping[];

/** The table's columns by role. */
function columnsByRole(columns: ColumnMapping[]): RoleLookup {
  const groups = new Map<string, ColumnMapping[]>();
  for (const c of columns) (groups.get(c.role) ?? groups.set(c.role, []).get(c.role)!).push(c);
  const none: ColumnMapping[] = [];
  const get = (role: string) => groups.get(role) ?? none;
  groups.set('extraAll', get('extra').concat(get('category').slice(1), get('seq').slice(1)));
  return get;
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

// Read-only lists shared by every mark group that has no notes / the same chosen keys: three
// small arrays per group were a tenth of a large catalog's model. Nothing downstream mutates them.
const NO_NOTES: string[] = [];

function markGroup<K extends string>(plan: ItemPlan, group: MarkPlan<K>): MarkGroup<K> {
  const cols = group.cols;
  if (group.allMarked) {
    const marks: MarkValue<K>[] = new Array(cols.length);
    let notes = NO_NOTES;
    let mask = 0;
    for (let i = 0; i < cols.length; i++) {
      const v = value(plan, cols[i]);
      const { marked, note } = readMark(v.text);
      if (marked) mask |= 1 << i;
      marks[i] = { key: cols[i].mark as K, label: group.labels[i], marked, value: v };
      if (note) (notes === NO_NOTES ? (notes = []) : notes).push(note);
    }
    let chosen = mask < 2 ** 30 ? group.chosenByMask.get(mask) : undefined;
    if (chosen === undefined) {
      chosen = chosenKeys(marks);
      if (mask < 2 ** 30) group.chosenByMask.set(mask, chosen);
    }
    return { marks, chosen, notes: notes === NO_NOTES ? notes : exact(notes) };
  }
  const marks: MarkValue<K>[] = [];
  const notes: string[] = [];
  for (const col of cols) {
    const v = value(plan, col);
    if (col.mark) {
      marks.push({ key: col.mark as K, label: col.labels[col.labels.length - 1] ?? col.header, marked: isMarked(v.text), value: v });
      const note = markNote(v.text);
      if (note) notes.push(note);
    } else {
      const text = compactLabel(v.text);
      for (const [re, key] of group.words) {
        if (re.test(text)) marks.push({ key, label: col.header, marked: true, value: v });
      }
      if (text && !group.words.some(([re]) => re.test(text)) && isMarked(text)) notes.push(v.text);
      if (marks.length === 0) marks.push({ key: '' as K, label: col.header, marked: false, value: v });
    }
  }
  return { marks: exact(marks), chosen: chosenKeys(marks), notes: notes.length === 0 ? NO_NOTES : exact(notes) };
}

function chosenKeys<K extends string>(marks: MarkValue<K>[]): K[] {
  const chosen: K[] = [];
  for (const m of marks) if (m.marked && m.key && !chosen.includes(m.key)) chosen.push(m.key);
  return exact(chosen);
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
