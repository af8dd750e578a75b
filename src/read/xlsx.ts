// A lean .xlsx reader: our own counted unzip (zip.ts) and a fast XML tokenizer with saxes
// behind it for anything unusual (xml.ts), reading each part's XML once, in pieces. It keeps
// only what the model needs (cell text, merges, hidden flags) so memory follows the data,
// not the file or a library's object graph. exceljs is kept for
// writing workbooks; its readers corrupt Chinese text that straddles a stream chunk
// (exceljs #2063) and check merges pairwise (#2689).
import { InputError } from './errors.js';
import type { RawSheet, RawWorkbook, ReadLimits } from './types.js';
import { isDateFormat, BUILTIN_DATE_FORMATS } from './dates.js';
import { ZipArchive } from './zip.js';
import { localName, readXml, type XmlGuard, type XmlReading } from './xml.js';
import { readSheet, type SharedStrings } from './sheet.js';
import { ownString } from './strings.js';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';

export function readXlsx(path: string, data: Uint8Array, limits: ReadLimits): RawWorkbook {
  const zip = new ZipArchive(data, limits);
  if (!zip.has(WORKBOOK)) throw new InputError('not-a-workbook', { path });
  const parse: Parse = (part, start, guard = { maxRun: 1 << 16 }) => {
    // Every package part goes through the same guard; only cell text may be long.
    zip.checkDeclared([part]);
    return readXml(part, (sink) => zip.stream(part, sink), guard, start);
  };

  const { entries: sheetEntries, date1904 } = readSheetList(parse);
  if (sheetEntries.length === 0) throw new InputError('no-sheets', { path });
  const relTargets = zip.has(WORKBOOK_RELS) ? readRelationships(parse) : new Map<string, string>();
  const sheetParts = sheetEntries.map((e) => {
    const target = relTargets.get(e.relId);
    return target ? resolvePartName(target) : '';
  });
  // Declared sizes are checked before anything is inflated; the counted inflate catches lies.
  zip.checkDeclared([WORKBOOK, WORKBOOK_RELS, SHARED_STRINGS, STYLES, ...new Set(sheetParts.filter((p) => zip.has(p)))]);

  const shared = zip.has(SHARED_STRINGS) ? readSharedStrings(parse, limits) : { texts: [], rich: [], overlong: new Set<number>() };
  const dateStyles = zip.has(STYLES) ? readDateStyles(parse) : new Set<number>();

  const ctx = { shared, dateStyles, date1904, limits, budget: { cells: 0 }, path };
  const sheets: RawSheet[] = [];
  sheetEntries.forEach((entry, i) => {
    const part = sheetParts[i];
    if (!part || !zip.has(part)) return; // chartsheets and dialog sheets have no cells
    sheets.push(readSheet(entry.name, entry.hidden, part, (sink) => zip.stream(part, sink), ctx));
  });
  if (sheets.length === 0) throw new InputError('no-sheets', { path });
  return { path, format: 'xlsx', sheets };
}

type Parse = <T>(part: string, start: () => XmlReading<T>, guard?: XmlGuard) => T;

function readRelationships(parse: Parse): Map<string, string> {
  return parse(WORKBOOK_RELS, () => {
    const map = new Map<string, string>();
    return {
      handlers: {
        open(name, attrs) {
          // External targets (TargetMode="External") name files and URLs outside the package: never followed.
          if (name === 'Relationship' && attrs.get('TargetMode') !== 'External') {
            map.set(String(attrs.get('Id')), String(attrs.get('Target')));
          }
        },
      },
      result: () => map,
    };
  });
}

/** A relationship target resolved inside the package; ".." never climbs above its root. */
function resolvePartName(target: string): string {
  const parts = target.startsWith('/') ? target.slice(1).split('/') : ('xl/' + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

interface SheetEntry { name: string; relId: string; hidden: boolean }

function readSheetList(parse: Parse): { entries: SheetEntry[]; date1904: boolean } {
  return parse(WORKBOOK, () => {
    const entries: SheetEntry[] = [];
    let date1904 = false;
    return {
      handlers: {
        open(name, attrs) {
          if (name === 'workbookPr') date1904 = attrs.get('date1904') === '1' || attrs.get('date1904') === 'true';
          if (name !== 'sheet') return;
          let relId: string | undefined;
          for (let k = 0; k < attrs.length && relId === undefined; k++) {
            const key = attrs.name(k);
            if (localName(key) === 'id' && key !== 'sheetId') relId = attrs.value(k);
          }
          const state = attrs.get('state') ?? 'visible';
          entries.push({ name: (attrs.get('name') ?? '').slice(0, 255), relId: relId ?? '', hidden: state !== 'visible' });
        },
      },
      result: () => ({ entries, date1904 }),
    };
  });
}

function readSharedStrings(parse: Parse, limits: ReadLimits): SharedStrings {
  const { maxCellChars } = limits;
  return parse(SHARED_STRINGS, () => {
    const texts: string[] = [];
    const rich: boolean[] = [];
    const overlong = new Set<number>();
    let current = '';
    let isRich = false;
    let inText = false;
    let tooLong = false;
    let phoneticDepth = 0; // <rPh> holds furigana-style readings that are not part of the text
    return {
      handlers: {
        open(name) {
          if (name === 'si') { current = ''; isRich = false; tooLong = false; }
          else if (name === 'r') isRich = true;
          else if (name === 'rPh') phoneticDepth++;
          else if (name === 't' && phoneticDepth === 0) inText = true;
        },
        close(name) {
          if (name === 'si') {
            if (tooLong) overlong.add(texts.length);
            texts.push(ownString(current));
            rich.push(isRich);
          } else if (name === 'rPh') phoneticDepth--;
          else if (name === 't') inText = false;
        },
        text(text) {
          if (!inText || tooLong) return;
          current += text;
          // Kept short: a too-long string is an error only where a cell uses it, named by that cell.
          if (current.length > maxCellChars) { tooLong = true; current = ''; }
        },
        overlong: () => { tooLong = true; },
      },
      result: () => ({ texts, rich, overlong }),
    };
  }, { maxRun: maxCellChars * 6 + 4096 });
}

function readDateStyles(parse: Parse): Set<number> {
  return parse(STYLES, () => {
    const customDate = new Set<number>();
    const dateXf = new Set<number>();
    let inCellXfs = false;
    let xfIndex = 0;
    return {
      handlers: {
        open(name, attrs) {
          if (name === 'numFmt' && isDateFormat(attrs.get('formatCode') ?? '')) {
            customDate.add(Number(attrs.get('numFmtId')));
          } else if (name === 'cellXfs') {
            inCellXfs = true;
          } else if (name === 'xf' && inCellXfs) {
            const id = Number(attrs.get('numFmtId') ?? 0);
            if (BUILTIN_DATE_FORMATS.has(id) || customDate.has(id)) dateXf.add(xfIndex);
            xfIndex++;
          }
        },
        close(name) {
          if (name === 'cellXfs') inCellXfs = false;
        },
      },
      result: () => dateXf,
    };
  });
}
