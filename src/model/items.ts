// One catalog item from one data row: each cell's value with merges, 同上 and carried-down
// names resolved, the channel and subject parsed, the mark groups read.
import { cellKey } from '../read/types.js';
import { cellRef } from './location.js';
import { cellValue, type ColumnPlace } from './cell-value.js';
import { isMarked, markNote, parseChannel, parseSubject, readMark } from './elements.js';
import { cleanCellText, compactLabel, isSameAsAbove } from './text.js';
import { gridKey, type FilledGrid } from './grid.js';
import type {
  AudienceKey,
  CatalogItem,
  CellValue,
  ChannelValue,
  ColumnMapping,
  LevelTier,
  MarkGroup,
  MarkValue,
  ModeKey,
  SubjectValue,
} from './types.js';

/** What every item of a table reads, worked out once per table. */
export interface ItemPlan {
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

export function itemPlan(sheet: string, grid: FilledGrid, columns: ColumnMapping[], nameCols: (ColumnMapping | undefined)[], lastText: string[]): ItemPlan {
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

export function readItem(plan: ItemPlan, r: number, previous: CatalogItem | undefined, index: number): CatalogItem {
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
    // The mask names the marked columns only while they fit in 31 bits (1 << 31 is negative,
    // 1 << 32 is 1 again); wider groups are worked out every time.
    const cacheable = cols.length <= 30;
    let chosen = cacheable ? group.chosenByMask.get(mask) : undefined;
    if (chosen === undefined) {
      chosen = chosenKeys(marks);
      if (cacheable) group.chosenByMask.set(mask, chosen);
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

