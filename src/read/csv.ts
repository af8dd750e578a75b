// CSV exports: UTF-8 with or without BOM, or GBK/GB18030 as Excel saves on a Chinese
// desktop. The encoding is detected, never asked for. Rows keep their physical line numbers.
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { basename, extname } from 'node:path';
import { InputError } from './errors.js';
import type { RawSheet, RawWorkbook, ReadLimits } from './types.js';

export function decodeCsv(data: Uint8Array): { text: string; encoding: string } {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(data.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (data[0] === 0xff && data[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(data.subarray(2)), encoding: 'utf-16le' };
  if (data[0] === 0xfe && data[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(data.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: GB18030 is a superset of GBK and GB2312, so it reads all three.
    return { text: iconv.decode(Buffer.from(data.buffer, data.byteOffset, data.byteLength), 'gb18030'), encoding: 'gb18030' };
  }
}

export function readCsv(path: string, data: Uint8Array, limits: ReadLimits): RawWorkbook {
  const { text: decoded, encoding } = decodeCsv(data);
  // A BOM in the middle (files concatenated) and NUL bytes are noise, never content.
  const text = decoded.replace(/[\uFEFF\u0000]/g, '');
  const delimiter = sniffDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
      bom: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new InputError('csv-malformed', { line: e.lines ?? '?', detail: e.message.split(':')[0] });
  }
  const rows: (string | undefined)[][] = [];
  let cells = 0;
  let nextLine = 1;
  for (const { record, info } of records) {
    const startLine = nextLine;
    nextLine = info.lines + 1;
    const row: (string | undefined)[] = [];
    record.forEach((value, c) => {
      if (value === '') return;
      if (value.length > limits.maxCellChars) throw new InputError('cell-too-long', { address: `${c + 1}@${startLine}`, limit: limits.maxCellChars });
      if (++cells > limits.maxCells) throw new InputError('too-many-cells', { path, limit: limits.maxCells });
      row[c] = value;
    });
    if (row.length > 0) rows[startLine - 1] = row;
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
  return { path, format: 'csv', encoding, sheets: [sheet] };
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
