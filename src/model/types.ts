// The typed catalog model. Readers produce a RawWorkbook (src/read), buildCatalog turns it
// into this model, and everything downstream (rules, diff, coverage, reporters) reads only
// this model: no rule ever sees a spreadsheet library's objects.

/** Where a value came from, as a person sees it in Excel (or the physical CSV line). */
export interface CellRef {
  sheet: string;
  /** 1-based row number as Excel shows it; for CSV, the physical line. */
  row: number;
  /** Column letter(s), e.g. "G". */
  column: string;
  /** 1-based column index. */
  col: number;
  // No address string here: one per cell cost ~45 MB at 100,000 rows. addressOf() makes it
  // when a finding or a diff needs it.
}

/** A cell value turned into plain text, with what the reader learned on the way. */
export interface CellValue {
  /** Text after merges and 同上 are resolved, whitespace normalised (inner line breaks kept). */
  text: string;
  /** The text the cell itself held (empty for a covered merged cell). */
  raw: string;
  cell: CellRef;
  /** The cell said 同上 (or a variant) and `text` is the value it stands for. */
  sameAsAbove?: boolean;
  /** The value comes from a merged range whose top-left cell is elsewhere. */
  mergedFrom?: CellRef;
  /** The cell was empty and the value was carried down from the item above (hierarchy names). */
  inherited?: boolean;
  /** The cell was Excel rich text (runs of fonts). */
  richText?: boolean;
  /** The cell held a formula; `text` is its cached result. */
  formula?: string;
}

export type ElementKey =
  | 'name'
  | 'content'
  | 'basis'
  | 'timeLimit'
  | 'subject'
  | 'channel'
  | 'audience'
  | 'mode'
  | 'level';

/** The eight elements the self-check notice requires (名称、内容、依据、时限、主体、方式、渠道、公开对象). */
export const REQUIRED_ELEMENTS: readonly ElementKey[] = [
  'name',
  'content',
  'basis',
  'timeLimit',
  'subject',
  'mode',
  'channel',
  'audience',
];

/** What a column holds: an element (the name split by level), or a column around them. */
export type ColumnRole =
  | Exclude<ElementKey, 'name'>
  | 'seq'
  | 'category' // 一级目录, 事项类型, 过程: grouping above the item names
  | 'domain' // 所属领域
  | 'name1'
  | 'name2'
  | 'name3'
  | 'extra';

export type AudienceKey = 'public' | 'specific';
export type ModeKey = 'active' | 'onRequest';
export type LevelTier = 'city' | 'county' | 'township' | 'village';

/** A column of a catalog table and what the header says it holds. */
export interface ColumnMapping {
  col: number;
  column: string;
  /** Header labels from top to bottom, as written (e.g. ["公开对象", "全社会"]). */
  labels: string[];
  /** The labels joined with "/", whitespace removed: what a person would call the column. */
  header: string;
  role: ColumnRole;
  /** For audience/mode/level mark columns: which mark this column carries. */
  mark?: AudienceKey | ModeKey | LevelTier;
}

export interface MarkValue<K extends string> {
  key: K;
  /** The header label of the column, e.g. "特定群众" or "乡、村级". */
  label: string;
  marked: boolean;
  value: CellValue;
}

/** A group of mark columns (公开对象, 公开方式, 公开层级) for one item. */
export interface MarkGroup<K extends string> {
  marks: MarkValue<K>[];
  /** Keys marked, deduplicated, in column order. */
  chosen: K[];
  /** Text in a mark cell that is neither a mark nor empty (e.g. "申请人"), kept for rules. */
  notes: string[];
}

export type ChannelMarker = 'chosen' | 'unchosen' | 'none';

export interface ChannelEntry {
  label: string;
  chosen: boolean;
  /** The glyph that marked it (■ □ 口 ▄ ▲ R £ ☑ ☐ √), or "" for a plain list. */
  marker: string;
}

export interface ChannelValue {
  value: CellValue;
  /** "checklist" when markers were found, "list" for plain names, "empty" when blank. */
  style: 'checklist' | 'list' | 'empty';
  entries: ChannelEntry[];
  chosen: string[];
}

export interface SubjectValue {
  value: CellValue;
  /** The bodies the cell names, split on 、，,；;/ and line breaks. */
  bodies: string[];
}

export interface ItemName {
  /** 一级, 二级, 三级 in order; missing levels are absent. */
  levels: CellValue[];
  /** The levels' texts joined with "/" (empty levels skipped). */
  full: string;
  category?: CellValue;
}

export interface CatalogItem {
  /** Index within its table, 0-based. */
  index: number;
  /** The first spreadsheet row of the item. */
  row: number;
  seq?: CellValue;
  name: ItemName;
  content?: CellValue;
  basis?: CellValue;
  timeLimit?: CellValue;
  subject?: SubjectValue;
  channel?: ChannelValue;
  audience?: MarkGroup<AudienceKey>;
  mode?: MarkGroup<ModeKey>;
  level?: MarkGroup<LevelTier>;
  /** Value of a 所属领域 column, when the table has one. */
  domain?: CellValue;
  /** Columns the reader does not know, keyed by header; kept, never dropped. */
  extra: Record<string, CellValue>;
}

export interface DomainGuess {
  /** Canonical pilot-domain name (e.g. "国有土地上房屋征收"), or the raw text when unknown. */
  name: string | null;
  known: boolean;
  /** Where it was found. */
  source: 'title' | 'sheet' | 'file' | 'column' | 'none';
  /** The text it was recognised in. */
  evidence?: string;
}

export interface CatalogTable {
  sheet: string;
  title?: string;
  domain: DomainGuess;
  /** First and last spreadsheet row of the header block. */
  headerRows: [number, number];
  columns: ColumnMapping[];
  /** Level columns (公开层级), in order. */
  levelColumns: ColumnMapping[];
  /** Element of the eight that have no column at all. */
  missingElements: ElementKey[];
  items: CatalogItem[];
  /** Rows that were read as a repeated header, a note or a blank separator, for the dump. */
  skippedRows: { row: number; reason: 'repeated-header' | 'note' }[];
  /** Text of note rows below or inside the table (标准目录要素说明 …). */
  notes: string[];
  /** First and last data row. */
  dataRows: [number, number] | null;
}

export interface SheetModel {
  name: string;
  hidden: boolean;
  hiddenRows: number[];
  hiddenColumns: string[];
  /** "catalog" when a header was found; otherwise why it was skipped. */
  kind: 'catalog' | 'skipped';
  skipReason?: 'empty' | 'no-header' | 'instructions';
  tables: CatalogTable[];
  /** Number of non-empty cells read. */
  cellCount: number;
}

export interface CatalogWorkbook {
  /** Path as given on the command line. */
  path: string;
  format: 'xlsx' | 'csv';
  /** For CSV, the detected encoding. */
  encoding?: string;
  sheets: SheetModel[];
  /** Notes for the user about how the file was read (skipped sheets, encodings). */
  notes: ReadNote[];
}

/** Something the reader wants the user to know; reporters word it in the user's language. */
export interface ReadNote {
  kind: 'sheet-skipped' | 'hidden-sheet' | 'csv-encoding' | 'csv-mixed-encoding' | 'csv-quote-span';
  sheet?: string;
  reason?: SheetModel['skipReason'];
  detail?: string;
  /** csv-mixed-encoding: the encoding of the lines listed in `detail`. */
  encoding?: string;
  /** csv-quote-span: how many lines one field took. */
  lines?: number;
}
