// The zip reader's counted inflate: whole parts through Node's zlib, huge ones through fflate,
// the same errors either way, and bytes given back to the running total when the reader
// gives a part up to read it again.
import { describe, expect, it } from 'vitest';
import * as zlib from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { ZipArchive, crc32, jsCrc32 } from '../../src/read/zip.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../../src/read/index.js';
import { inputErrorCode } from '../helpers/input-error.js';

const PART = 'xl/worksheets/sheet1.xml';
const xml = `<worksheet><sheetData>${'<row><c t="s"><v>1</v></c></row>'.repeat(2000)}</sheetData></worksheet>`;

const codeOf = inputErrorCode;

/** A zip whose central directory states `size` as the part's uncompressed size. */
function lyingZip(size: number, level: 0 | 6 = 6): Uint8Array {
  const data = Buffer.from(zipSync({ [PART]: strToU8(xml) }, { level }));
  const dir = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  data.writeUInt32LE(size, dir + 24);
  return data;
}

const stream = (zip: ZipArchive) => {
  let seen = 0;
  const code = codeOf(() => zip.stream(PART, (bytes) => { seen += bytes.length; }));
  return { code, seen };
};

describe('counted inflate', () => {
  it('reads an honest part whole, CRC checked', () => {
    const zip = new ZipArchive(lyingZip(xml.length), DEFAULT_LIMITS);
    expect(Buffer.from(zip.read(PART)).toString()).toBe(xml);
  });

  it('a part that inflates past its claim is refused before the parser sees a byte', () => {
    const zip = new ZipArchive(lyingZip(1000), DEFAULT_LIMITS);
    expect(stream(zip)).toEqual({ code: 'zip-size-mismatch', seen: 0 });
  });

  it('a part that inflates short of its claim is refused too', () => {
    const zip = new ZipArchive(lyingZip(xml.length + 1), DEFAULT_LIMITS);
    expect(stream(zip).code).toBe('zip-size-mismatch');
  });

  it('past the part limit: too-large-part; past the workbook total: too-large-total', () => {
    const small: ReadLimits = { ...DEFAULT_LIMITS, maxPartBytes: 1000 };
    expect(stream(new ZipArchive(lyingZip(xml.length), small)).code).toBe('too-large-part');
    const total: ReadLimits = { ...DEFAULT_LIMITS, maxTotalBytes: 1000 };
    expect(stream(new ZipArchive(lyingZip(xml.length), total))).toEqual({ code: 'too-large-total', seen: 0 });
  });

  it('a part claiming more than 64 MiB streams through fflate, and its lie is caught there', () => {
    const zip = new ZipArchive(lyingZip(100 * 1024 * 1024), DEFAULT_LIMITS);
    expect(stream(zip).code).toBe('zip-size-mismatch');
  });

  it('deflate data cut short is a corrupt zip', () => {
    const data = Buffer.from(lyingZip(xml.length));
    const dir = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    data.writeUInt32LE(Math.floor(data.readUInt32LE(dir + 20) / 2), dir + 20); // compressed size halved
    expect(stream(new ZipArchive(data, DEFAULT_LIMITS))).toEqual({ code: 'corrupt-zip', seen: 0 });
  });

  it('counts a part read again (the reader gave it up to saxes, during the stream or after it) once', () => {
    const limits: ReadLimits = { ...DEFAULT_LIMITS, maxTotalBytes: Math.floor(xml.length * 1.5) };
    for (const level of [0, 6] as const) {
      const zip = new ZipArchive(lyingZip(xml.length, level), limits);
      expect(() => zip.stream(PART, () => { throw new Error('fall back'); })).toThrow('fall back');
      expect(stream(zip)).toEqual({ code: 'no error', seen: xml.length });
      // Given up after the stream ended (the fast reader's last piece): read whole twice, counted once.
      const after = new ZipArchive(lyingZip(xml.length, level), limits);
      expect(stream(after)).toEqual({ code: 'no error', seen: xml.length });
      expect(stream(after)).toEqual({ code: 'no error', seen: xml.length });
      // The total still holds: a limit below one reading of the part refuses it on every reading.
      const small = new ZipArchive(lyingZip(xml.length, level), { ...DEFAULT_LIMITS, maxTotalBytes: xml.length - 1 });
      expect(stream(small).code).toBe('too-large-total');
      expect(stream(small).code).toBe('too-large-total');
    }
  });
});

describe('crc32', () => {
  it('the table fallback agrees with the standard value and with zlib', () => {
    expect(jsCrc32(0, strToU8('123456789'))).toBe(0xcbf43926);
    expect(crc32(0, strToU8('123456789'))).toBe(0xcbf43926);
    const bytes = strToU8(xml);
    // Continued over pieces, as the streaming path does.
    expect(jsCrc32(jsCrc32(0, bytes.subarray(0, 777)), bytes.subarray(777))).toBe(crc32(0, bytes));
    const native = (zlib as { crc32?: (b: Uint8Array) => number }).crc32;
    if (native) expect(jsCrc32(0, bytes)).toBe(native(bytes));
  });
});
