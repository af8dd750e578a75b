// The reader's guards, in-process and measured from inside: how many bytes a zip bomb gets to
// inflate before it is stopped, that a damaged byte is caught by the CRC, that a run of text is
// cut before saxes holds it whole, and how CSV encodings are told apart line by line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { ZipArchive } from '../../src/read/zip.js';
import { parseXml } from '../../src/read/xml.js';
import { decodeCsv } from '../../src/read/csv.js';
import { readXlsx } from '../../src/read/xlsx.js';
import { DEFAULT_LIMITS, InputError } from '../../src/read/index.js';
import { ROOT } from './run.js';
import { inputErrorCode } from '../helpers/input-error.js';

const SHEET = 'xl/worksheets/sheet1.xml';
const bad = (name: string) => readFileSync(join(ROOT, 'fixtures/bad', name));
const codeOf = inputErrorCode;

describe('zip bombs', () => {
  it('an honest bomb is refused from its declared size: not one byte is inflated', () => {
    const zip = new ZipArchive(bad('zip-bomb.xlsx'), DEFAULT_LIMITS);
    expect(zip.entries.get(SHEET)!.size).toBe(1_100_000_000);
    expect(codeOf(() => zip.checkDeclared([SHEET]))).toBe('too-large-part');
  });

  it('a lying directory is stopped as soon as the part outgrows its claim (7.6 KB, not 1.1 GB)', () => {
    const zip = new ZipArchive(bad('zip-bomb-lying.xlsx'), DEFAULT_LIMITS);
    const declared = zip.entries.get(SHEET)!.size;
    expect(declared).toBeLessThan(10_000);
    zip.checkDeclared([SHEET]); // the lie passes the declared check…
    let seen = 0;
    expect(codeOf(() => zip.stream(SHEET, (bytes) => { seen += bytes.length; }))).toBe('zip-size-mismatch');
    expect(seen).toBeLessThanOrEqual(declared); // …and nothing past the claim reaches the parser
  });

  it('overlapping entries count against the total before inflating', () => {
    const zip = new ZipArchive(bad('zip-bomb-overlap.xlsx'), DEFAULT_LIMITS);
    const sheets = [...zip.entries.keys()].filter((n) => n.startsWith('xl/worksheets/'));
    expect(sheets).toHaveLength(8);
    expect(codeOf(() => zip.checkDeclared(sheets))).toBe('too-large-total');
  });
});

describe('damaged parts', () => {
  it('a changed byte in stored data is caught by the CRC, not read as text', () => {
    const good = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), [SHEET]: strToU8('<worksheet><sheetData/></worksheet>') }, { level: 0 });
    const data = Buffer.from(good);
    data[data.indexOf('sheetData') + 2] ^= 0x20; // "sheetData" → "shEetData" in the stored bytes
    const zip = new ZipArchive(data, DEFAULT_LIMITS);
    expect(codeOf(() => zip.read(SHEET))).toBe('corrupt-zip');
  });
});

describe('long runs of text', () => {
  it('are cut before the parser holds them, and the cell is named', () => {
    const huge = '>公开'.repeat(400_000); // '>' is legal in text and must not reset the guard
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="C2" t="inlineStr"><is><t>${huge}</t></is></c></row></sheetData></worksheet>`;
    const xlsx = zipSync({
      'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      [SHEET]: strToU8(sheet),
    });
    try {
      readXlsx('long.xlsx', xlsx, DEFAULT_LIMITS);
      expect.unreachable();
    } catch (err) {
      expect((err as InputError).code).toBe('cell-too-long');
      expect((err as InputError).describe('zh')).toContain('S!C2');
    }
    const texts: string[] = [];
    parseXml('t.xml', (sink) => sink(strToU8(`<a>${'x'.repeat(100_000)}</a>`)), { text: (t) => texts.push(t) }, { maxRun: 1000 });
    expect(texts.join('').length).toBeLessThanOrEqual(1000);
  });

  it('a DTD is refused before any entity could expand', () => {
    const doc = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xxxxxxxx"><!ENTITY y "&x;&x;&x;&x;">]><a>&y;</a>';
    expect(codeOf(() => parseXml('a.xml', (sink) => sink(strToU8(doc)), {}, { maxRun: 1000 }))).toBe('xml-doctype');
  });
});

describe('CSV encodings', () => {
  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  const gbk = (s: string) => iconv.encode(s, 'gb18030');

  it('tells UTF-8, GBK and UTF-8 with BOM apart without being told', () => {
    expect(decodeCsv(utf8('公开事项,公开内容\n户口,登记\n')).encoding).toBe('utf-8');
    expect(decodeCsv(gbk('公开事项,公开内容\n户口,登记\n')).encoding).toBe('gb18030');
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('公开事项\n')])).encoding).toBe('utf-8-bom');
  });

  it('decodes a file that mixes them line by line and names the odd lines', () => {
    const mixed = decodeCsv(Buffer.concat([utf8('公开事项,公开内容\n户口,登记\n'), gbk('迁移,证明\n'), utf8('出生,申报\n')]));
    expect(mixed.encoding).toBe('mixed');
    expect(mixed.text).toBe('公开事项,公开内容\n户口,登记\n迁移,证明\n出生,申报\n');
    expect(mixed.mixed).toEqual({ utf8Lines: [1, 2, 4], gbLines: [3] });
  });
});
