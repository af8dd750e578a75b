// CSV exports: UTF-8 with or without BOM, or GBK/GB18030 as Excel saves on a Chinese
// desktop. The encoding is detected, never asked for. Rows keep their physical line numbers.
import { lazyRequire } from '../util/lazy.js';
import { basename, extname } from 'node:path';
import { InputError } from './errors.js';
import type { RawSheet, RawWorkbook, ReadLimits, ReadWarning } from './types.js';
import { columnLetter } from '../model/location.js';

// Loaded with the first CSV file: an xlsx-only run does not pay for them.
const csvParse = lazyRequire<typeof import('csv-parse/sync')>('csv-parse/sync');
const iconvLite = lazyRequire<typeof import('iconv-lite')>('iconv-lite');

export interface DecodedCsv {
  text: string;
  encoding: string;
  /** Set when lines disagree: some are UTF-8, others GB18030 (files pasted together). */
  mixed?: { utf8Lines: number[]; gbLines: number[] };
}

export function decodeCsv(data: Uint8Array): DecodedCsv {
  if (data[0] === 0xff && data[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(data.subarray(2)), encoding: 'utf-16le' };
  if (data[0] === 0xfe && data[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(data.subarray(2)), encoding: 'utf-16be' };
  const bom = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
  const body = bom ? data.subarray(3) : data;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not valid UTF-8 as a whole. GB18030 is a superset of GBK and GB2312, so it reads all
    // three; but a file pasted together from two exports can hold both, line by line.
    return decodeByLine(body);
  }
}

/**
 * Decides the encoding of each physical line. Both encodings leave 0x0A alone (GB18030 trail
 * bytes are never below 0x30), so splitting the bytes on it is safe. A line that is valid
 * UTF-8 with non-ASCII text is UTF-8; a line that is not is GB18030.
 */
function decodeByLine(body: Uint8Array): DecodedCsv {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const lines: { start: number; end: number; utf8: boolean }[] = [];
  const utf8Lines: number[] = [];
  const gbLines: number[] = [];
  for (let start = 0, n = 1; start <= buf.length; n++) {
    let end = buf.indexOf(0x0a, start);
    if (end < 0) end = buf.length;
    const line = buf.subarray(start, end);
    let utf8 = true;
    if (line.some((b) => b >= 0x80)) {
      try {
        strict.decode(line);
        utf8Lines.push(n);
      } catch {
        utf8 = false;
        gbLines.push(n);
      }
    }
    lines.push({ start, end, utf8 });
    start = end + 1;
  }
  if (utf8Lines.length === 0) return { text: iconvLite().decode(buf, 'gb18030'), encoding: 'gb18030' };
  const text = lines
    .map(({ start, end, utf8 }) => (utf8 ? buf.toString('utf8', start, end) : iconvLite().decode(buf.subarray(start, end), 'gb18030')))
    .join('\n');
  return { text, encoding: 'mixed', mixed: { utf8Lines, gbLines } };
}

export function readCsv(path: string, data: Uint8Array, limits: ReadLimits): RawWorkbook {
  const { text: decoded, encoding, mixed } = decodeCsv(data);
  const warnings: ReadWarning[] = [];
  if (mixed) {
    // The fewer lines are the odd ones out: those are the ones a person should look at.
    const utf8Fewer = mixed.utf8Lines.length <= mixed.gbLines.length;
    const odd = utf8Fewer ? mixed.utf8Lines : mixed.gbLines;
    warnings.push({ kind: 'csv-mixed-encoding', detail: odd.slice(0, 5).join('、'), lines: odd.length, encoding: utf8Fewer ? 'utf-8' : 'gb18030' });
  }
  // A BOM in the middle (files concatenated) and NUL bytes are noise, never content.
  const text = decoded.replace(/[\uFEFF\u0000]/g, '');
  const delimiter = sniffDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  let lastLine = 0;
  try {
    records = csvParse().parse(text, {
      delimiter,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
      bom: false,
      // A field cannot outgrow a cell: a stray quote swallowing the rest of the file stops here.
      max_record_size: limits.maxCellChars + 1,
      on_record: (record, context) => {
        lastLine = context.lines;
        return record;
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const e = err as Error & { code?: string; lines?: number };
    // The record that failed starts on the line after the last good one, where a person should look.
    const line = lastLine + 1;
    if (e.code === 'CSV_MAX_RECORD_SIZE') throw new InputError('csv-field-too-long', { line, limit: limits.maxCellChars });
    throw new InputError('csv-malformed', { line, detail: CSV_ERRORS[e.code ?? ''] ?? e.message.split(':')[0] });
  }
  const rows: (string | undefined)[][] = [];
  let cells = 0;
  let nextLine = 1;
  for (const { record, info } of records) {
    const startLine = nextLine;
    nextLine = info.lines + 1;
    const row: (string | undefined)[] = [];
    const swallowed = swallowedLines(record, delimiter);
    if (swallowed > 0) warnings.push({ kind: 'csv-quote-span', detail: String(startLine), lines: swallowed });
    record.forEach((value, c) => {
      if (value === '') return;
      if (value.length > limits.maxCellChars) throw new InputError('csv-field-too-long', { line: startLine, limit: limits.maxCellChars });
      if (c >= limits.maxColumns) throw new InputError('cell-out-of-range', { address: `${columnLetter(c + 1)}${startLine}`, rows: limits.maxRows, columns: limits.maxColumns });
      if (++cells > limits.maxCells) throw new InputError('too-many-cells', { path, limit: limits.maxCells });
      row[c] = value;
    });
    if (row.length > 0) {
      if (startLine > limits.maxRows) throw new InputError('cell-out-of-range', { address: `A${startLine}`, rows: limits.maxRows, columns: limits.maxColumns });
      rows[startLine - 1] = row;
    }
  }
  const sheet: RawSheet = {
    name: basename(path, extname(path)).replace(/\.(gbk|gb18030|utf-?8)$/i, ''),
    hidden: false,
    rows,
    info: new Map(),
    merges: [],
    hiddenRows: new Set(),
    hiddenCols: new Set(),
  };
  return { path, format: 'csv', encoding, sheets: [sheet], ...(warnings.length ? { warnings } : {}) };
}

const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: '引号没有闭合 / a quote is never closed',
  CSV_INVALID_CLOSING_QUOTE: '引号后面多了字符 / text after a closing quote',
};

/**
 * A quoted field that runs over several lines, some of which hold two or more delimiters,
 * is most likely a stray quote that swallowed the rows below it: returns how many lines it
 * took, or 0. A cell with line breaks inside (Excel quotes those) rarely looks like rows.
 */
function swallowedLines(record: string[], delimiter: string): number {
  for (const value of record) {
    if (!value.includes('\n')) continue;
    const inner = value.split('\n');
    if (inner.slice(1).some((l) => l.split(delimiter).length - 1 >= 2)) return inner.length - 1;
  }
  return 0;
}

/** Comma unless the first lines clearly use tabs or semicolons. */
function sniffDelimiter(text: string): string {
  const head = text.slice(0, 4096);
  const count = (ch: string) => head.split(ch).length - 1;
  const comma = count(',');
  if (count('\t') > comma) return '\t';
  if (count(';') > comma * 2) return ';';
  return ',';
}
