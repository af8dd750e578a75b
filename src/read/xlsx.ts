// A lean .xlsx reader: fflate to unzip, saxes to read the XML once. It keeps only what the
// model needs (cell text, merges, hidden flags) so memory follows the data, not a library's
// object graph. exceljs is kept for writing workbooks; its readers corrupt Chinese text that
// straddles a stream chunk (exceljs #2063) and check merges pairwise (#2689).
import { unzipSync, type Unzipped } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from './errors.js';
import { cellKey, type MergeRange, type RawCellInfo, type RawSheet, type RawWorkbook, type ReadLimits } from './types.js';
import { parseA1, parseRange } from '../model/location.js';
import { formatDateSerial, isDateFormat, BUILTIN_DATE_FORMATS } from './dates.js';

const CHUNK = 1 << 20;

export function readXlsx(path: string, data: Uint8Array, limits: ReadLimits): RawWorkbook {
  const parts = unzipParts(data, limits);
  const workbookXml = parts['xl/workbook.xml'];
  if (!workbookXml) throw new InputError('not-a-workbook', { path });

  const relTargets = readRelationships(parts['xl/_rels/workbook.xml.rels']);
  const sheetEntries = readSheetList(workbookXml);
  if (sheetEntries.length === 0) throw new InputError('no-sheets', { path });
  const sharedStrings = parts['xl/sharedStrings.xml'] ? readSharedStrings(parts['xl/sharedStrings.xml'], limits) : { texts: [], rich: [] };
  const dateStyles = parts['xl/styles.xml'] ? readDateStyles(parts['xl/styles.xml']) : new Set<number>();
  const date1904 = /date1904="(1|true)"/.test(decodeHead(workbookXml));

  const budget = { cells: 0 };
  const sheets: RawSheet[] = [];
  for (const entry of sheetEntries) {
    const target = relTargets.get(entry.relId);
    if (!target) continue;
    const partName = resolvePartName(target);
    const xml = parts[partName];
    if (!xml) continue; // chartsheets and dialog sheets have no cells
    sheets.push(readSheet(entry.name, entry.hidden, xml, sharedStrings, dateStyles, date1904, limits, budget, path));
  }
  if (sheets.length === 0) throw new InputError('no-sheets', { path });
  return { path, format: 'xlsx', sheets };
}

function unzipParts(data: Uint8Array, limits: ReadLimits): Unzipped {
  let total = 0;
  const wanted = (name: string) =>
    name === 'xl/workbook.xml' ||
    name === 'xl/_rels/workbook.xml.rels' ||
    name === 'xl/sharedStrings.xml' ||
    name === 'xl/styles.xml' ||
    /^xl\/worksheets\/[^/]+\.xml$/.test(name);
  try {
    return unzipSync(data, {
      filter(file) {
        if (!wanted(file.name)) return false;
        // Declared sizes come from the central directory; a zip bomb is refused before inflating.
        if (file.originalSize > limits.maxPartBytes) {
          throw new InputError('too-large-part', { part: file.name, limit: limits.maxPartBytes });
        }
        total += file.originalSize;
        if (total > limits.maxTotalBytes) throw new InputError('too-large-total', { limit: limits.maxTotalBytes });
        return true;
      },
    });
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('corrupt-zip', { detail: (err as Error).message });
  }
}

function decodeHead(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
}

/** Runs saxes over UTF-8 bytes in chunks; the streaming decoder keeps multi-byte characters whole. */
function parseXml(bytes: Uint8Array, onOpen: (tag: SaxesTagPlain) => void, onClose: (name: string) => void, onText: (text: string) => void): void {
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => onOpen(tag as SaxesTagPlain));
  parser.on('closetag', (tag) => onClose(tag.name));
  parser.on('text', onText);
  parser.on('cdata', onText);
  let failure: Error | undefined;
  parser.on('error', (err) => {
    failure ??= err;
  });
  const decoder = new TextDecoder('utf-8');
  for (let offset = 0; offset < bytes.length && !failure; offset += CHUNK) {
    parser.write(decoder.decode(bytes.subarray(offset, offset + CHUNK), { stream: true }));
  }
  if (!failure) parser.write(decoder.decode()).close();
  if (failure) {
    if (failure instanceof InputError) throw failure;
    throw new InputError('corrupt-xml', { detail: failure.message.split('\n')[0] });
  }
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

function readRelationships(bytes: Uint8Array | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (!bytes) return map;
  parseXml(bytes, (tag) => {
    if (localName(tag.name) === 'Relationship') map.set(String(tag.attributes.Id), String(tag.attributes.Target));
  }, noop, noop);
  return map;
}

function resolvePartName(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ('xl/' + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
}

interface SheetEntry { name: string; relId: string; hidden: boolean }

function readSheetList(bytes: Uint8Array): SheetEntry[] {
  const entries: SheetEntry[] = [];
  parseXml(bytes, (tag) => {
    if (localName(tag.name) !== 'sheet') return;
    const attrs = tag.attributes;
    const relId = Object.keys(attrs).find((k) => localName(k) === 'id' && k !== 'sheetId');
    const state = String(attrs.state ?? 'visible');
    entries.push({ name: String(attrs.name ?? ''), relId: relId ? String(attrs[relId]) : '', hidden: state !== 'visible' });
  }, noop, noop);
  return entries;
}

interface SharedStrings { texts: string[]; rich: boolean[] }

function readSharedStrings(bytes: Uint8Array, limits: ReadLimits): SharedStrings {
  const texts: string[] = [];
  const rich: boolean[] = [];
  let current = '';
  let isRich = false;
  let inText = false;
  let phoneticDepth = 0; // <rPh> holds furigana-style readings that are not part of the text
  parseXml(bytes, (tag) => {
    const name = localName(tag.name);
    if (name === 'si') { current = ''; isRich = false; }
    else if (name === 'r') isRich = true;
    else if (name === 'rPh') phoneticDepth++;
    else if (name === 't' && phoneticDepth === 0) inText = true;
  }, (tagName) => {
    const name = localName(tagName);
    if (name === 'si') { texts.push(current); rich.push(isRich); }
    else if (name === 'rPh') phoneticDepth--;
    else if (name === 't') inText = false;
  }, (text) => {
    if (!inText) return;
    current += text;
    if (current.length > limits.maxCellChars) throw new InputError('cell-too-long', { address: `sharedStrings #${texts.length + 1}`, limit: limits.maxCellChars });
  });
  return { texts, rich };
}

function readDateStyles(bytes: Uint8Array): Set<number> {
  const customDate = new Set<number>();
  const dateXf = new Set<number>();
  let inCellXfs = false;
  let xfIndex = 0;
  parseXml(bytes, (tag) => {
    const name = localName(tag.name);
    if (name === 'numFmt' && isDateFormat(String(tag.attributes.formatCode ?? ''))) {
      customDate.add(Number(tag.attributes.numFmtId));
    } else if (name === 'cellXfs') {
      inCellXfs = true;
    } else if (name === 'xf' && inCellXfs) {
      const id = Number(tag.attributes.numFmtId ?? 0);
      if (BUILTIN_DATE_FORMATS.has(id) || customDate.has(id)) dateXf.add(xfIndex);
      xfIndex++;
    }
  }, (tagName) => {
    if (localName(tagName) === 'cellXfs') inCellXfs = false;
  }, noop);
  return dateXf;
}

function readSheet(
  name: string,
  hidden: boolean,
  bytes: Uint8Array,
  shared: SharedStrings,
  dateStyles: Set<number>,
  date1904: boolean,
  limits: ReadLimits,
  budget: { cells: number },
  path: string,
): RawSheet {
  const rows: (string | undefined)[][] = [];
  const info = new Map<string, RawCellInfo>();
  const merges: MergeRange[] = [];
  const hiddenRows = new Set<number>();
  const hiddenCols = new Set<number>();

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

  const onOpen = (tag: SaxesTagPlain) => {
    switch (localName(tag.name)) {
      case 'row': {
        const r = tag.attributes.r;
        rowIndex = r ? Number(r) - 1 : rowIndex + 1;
        colIndex = -1;
        const h = tag.attributes.hidden;
        if (h === '1' || h === 'true') hiddenRows.add(rowIndex);
        break;
      }
      case 'c': {
        const ref = tag.attributes.r;
        if (ref) {
          const pos = parseA1(String(ref));
          if (pos) { colIndex = pos.col; if (pos.row !== rowIndex) rowIndex = pos.row; }
          else colIndex++;
        } else colIndex++;
        cellType = String(tag.attributes.t ?? 'n');
        cellStyle = Number(tag.attributes.s ?? 0);
        value = '';
        formula = '';
        inlineRich = false;
        break;
      }
      case 'v': capture = 'v'; break;
      case 'f': capture = 'f'; break;
      case 'is': inInline = true; break;
      case 'r': if (inInline) inlineRich = true; break;
      case 'rPh': phoneticDepth++; break;
      case 't': if (inInline && phoneticDepth === 0) capture = 't'; break;
      case 'mergeCell': {
        const range = parseRange(String(tag.attributes.ref ?? ''));
        if (range) merges.push(range);
        break;
      }
      case 'col': {
        const h = tag.attributes.hidden;
        if (h === '1' || h === 'true') {
          const min = Number(tag.attributes.min), max = Math.min(Number(tag.attributes.max), 16384);
          for (let c = min; c <= max; c++) hiddenCols.add(c - 1);
        }
        break;
      }
      case 'hyperlink': {
        const pos = parseA1(String(tag.attributes.ref ?? '').split(':')[0]);
        if (pos) {
          const key = cellKey(pos.row, pos.col);
          info.set(key, { ...info.get(key), hyperlink: String(tag.attributes.location ?? tag.attributes.display ?? 'link') });
        }
        break;
      }
    }
  };

  const onClose = (tagName: string) => {
    switch (localName(tagName)) {
      case 'v': case 'f': capture = null; break;
      case 't': if (capture === 't') capture = null; break;
      case 'rPh': phoneticDepth--; break;
      case 'is': inInline = false; break;
      case 'c': finishCell(); break;
    }
  };

  const onText = (text: string) => {
    if (capture === 'v' || capture === 't') {
      value += text;
      if (value.length > limits.maxCellChars) {
        throw new InputError('cell-too-long', { address: `${name}!${colLetterSafe(colIndex)}${rowIndex + 1}`, limit: limits.maxCellChars });
      }
    } else if (capture === 'f') formula += text;
  };

  function finishCell(): void {
    let text: string;
    let cellInfo: RawCellInfo | undefined;
    switch (cellType) {
      case 's': {
        const idx = Number(value);
        text = shared.texts[idx] ?? '';
        if (shared.rich[idx]) cellInfo = { richText: true };
        break;
      }
      case 'inlineStr': text = value; if (inlineRich) cellInfo = { richText: true }; break;
      case 'b': text = value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value; break;
      case 'e': text = value; cellInfo = { error: value }; break;
      case 'str': case 'd': text = value; break;
      default:
        text = value !== '' && dateStyles.has(cellStyle) ? formatDateSerial(Number(value), date1904) : value;
    }
    if (formula) cellInfo = { ...cellInfo, formula };
    if (cellInfo) info.set(cellKey(rowIndex, colIndex), { ...info.get(cellKey(rowIndex, colIndex)), ...cellInfo });
    if (text === '') return;
    if (++budget.cells > limits.maxCells) throw new InputError('too-many-cells', { path, limit: limits.maxCells });
    (rows[rowIndex] ??= [])[colIndex] = text;
  }

  parseXml(bytes, onOpen, onClose, onText);
  return { name, hidden, rows, info, merges, hiddenRows, hiddenCols };
}

function colLetterSafe(col: number): string {
  let n = col + 1, s = '';
  while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
  return s;
}

function noop(): void {}
