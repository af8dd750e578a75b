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
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxPartBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxCells: 5_000_000,
  maxCellChars: 32_767,
  maxFileBytes: 200 * 1024 * 1024,
};

export const cellKey = (r: number, c: number): string => `${r},${c}`;
