// The one small interface between the spreadsheet readers and the model builder.
// A reader turns a file into plain text cells, merges and hidden flags; nothing else
// about the file format leaks past this point.

export interface RawCellInfo {
  richText?: boolean;
  formula?: string;
  hyperlink?: string;
  /** A formula error such as "#REF!". */
  error?: string;
}

export interface MergeRange {
  /** 0-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RawSheet {
  name: string;
  hidden: boolean;
  /** rows[r][c] = plain text of the cell (0-based); holes for empty cells. */
  rows: (string | undefined)[][];
  /** Extra facts about some cells, keyed by `${r},${c}` (0-based). */
  info: Map<string, RawCellInfo>;
  merges: MergeRange[];
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
}

export interface RawWorkbook {
  path: string;
  format: 'xlsx' | 'csv';
  encoding?: string;
  sheets: RawSheet[];
  /** What the reader repaired or suspects, for the user to check (mixed encodings, stray quotes). */
  warnings?: ReadWarning[];
}

export interface ReadWarning {
  kind: 'csv-mixed-encoding' | 'csv-quote-span';
  /** csv-mixed-encoding: the first few odd lines ("3、7、12"); csv-quote-span: the line the field starts on. */
  detail: string;
  /** For csv-mixed-encoding: the encoding of the odd lines. */
  encoding?: string;
  /** csv-mixed-encoding: how many odd lines; csv-quote-span: how many lines the field took. */
  lines?: number;
}

export interface ReadLimits {
  /** Largest uncompressed size of one part of an xlsx package, in bytes. */
  maxPartBytes: number;
  /** Largest uncompressed size of the whole package, in bytes. */
  maxTotalBytes: number;
  /** Most non-empty cells in one workbook. */
  maxCells: number;
  /** Longest text of one cell, in characters. */
  maxCellChars: number;
  /** Largest input file, in bytes. */
  maxFileBytes: number;
  /** Rows a sheet may reach (a cell below is refused). Excel's own limit by default. */
  maxRows: number;
  /** Columns a sheet may reach (a cell further right is refused). Excel's own limit by default. */
  maxColumns: number;
}

// README "Limits and bad input" states these; keep the two in step. The sizes leave room for
// ten times the largest real catalog seen (100,000 rows is the bench's biggest) while keeping
// a zip bomb or a runaway file well inside a CI runner's memory.
export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxPartBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxCells: 5_000_000,
  maxCellChars: 32_767,
  maxRows: 1_048_576,
  maxColumns: 16_384,
};

export const cellKey = (r: number, c: number): string => `${r},${c}`;
