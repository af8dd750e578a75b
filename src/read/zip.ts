// A small zip reader for xlsx packages that never trusts the numbers a zip states about
// itself. fflate's unzipSync sizes its output from the central directory, so a zip bomb
// whose directory lies would inflate in full before any check could run. Here inflating
// stops as soon as a part outgrows what it declared, its own limit, or the workbook's total,
// and the CRC is checked so damaged bytes are never read as catalog text.
// Parts declared up to WHOLE_PART_MAX are inflated by Node's zlib in one call whose output is
// capped at the smallest of those limits (several times faster than a JS inflater); larger
// ones stream through fflate in small compressed slices with a running count, so memory
// stays flat however big a part claims to be.
import * as zlib from 'node:zlib';
import { Inflate } from 'fflate';
import { InputError, formatBytes } from './errors.js';
import type { ReadLimits } from './types.js';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** The uncompressed size the central directory declares; a claim, checked while inflating. */
  size: number;
  localOffset: number;
}

/** Bounds the work of a directory with millions of entries; real xlsx files hold a few hundred. */
const MAX_ENTRIES = 100_000;
/** Compressed bytes per inflate step: deflate expands at most ~1032:1, so one step yields ≤ ~17 MB. */
const SLICE = 16 * 1024;
/** The largest part inflated whole: a 100,000-row sheet is ~45 MB of XML. */
const WHOLE_PART_MAX = 64 * 1024 * 1024;

const corrupt = (detail: string) => new InputError('corrupt-zip', { detail });

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  /** Bytes inflated so far across all parts, against limits.maxTotalBytes. */
  private inflatedTotal = 0;
  /** The most bytes any reading of each part has produced (and counted) so far. */
  private readonly countedByPart = new Map<string, number>();

  constructor(private readonly data: Uint8Array, private readonly limits: ReadLimits) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const { count, offset, size } = findDirectory(view);
    if (offset + size > data.length) throw corrupt('central directory past the end of the file');
    let p = offset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > data.length || view.getUint32(p, true) !== 0x02014b50) throw corrupt('bad central directory entry');
      const nameLen = view.getUint16(p + 28, true);
      const extraLen = view.getUint16(p + 30, true);
      const commentLen = view.getUint16(p + 32, true);
      const end = p + 46 + nameLen + extraLen + commentLen;
      if (end > data.length) throw corrupt('central directory past the end of the file');
      const entry: ZipEntry = {
        name: new TextDecoder().decode(data.subarray(p + 46, p + 46 + nameLen)),
        flags: view.getUint16(p + 8, true),
        method: view.getUint16(p + 10, true),
        crc: view.getUint32(p + 16, true),
        compressedSize: view.getUint32(p + 20, true),
        size: view.getUint32(p + 24, true),
        localOffset: view.getUint32(p + 42, true),
      };
      applyZip64(entry, view, p + 46 + nameLen, extraLen);
      if (!this.entries.has(entry.name)) this.entries.set(entry.name, entry); // the first of duplicates, as Excel
      p = end;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Refuses, before inflating anything, parts whose declared sizes already break the limits. */
  checkDeclared(names: string[]): void {
    let total = 0;
    for (const name of names) {
      const entry = this.entries.get(name);
      if (!entry) continue;
      if (entry.size > this.limits.maxPartBytes) throw new InputError('too-large-part', { part: name, limit: formatBytes(this.limits.maxPartBytes) });
      total += entry.size;
      if (total > this.limits.maxTotalBytes) throw new InputError('too-large-total', { limit: formatBytes(this.limits.maxTotalBytes) });
    }
  }

  /**
   * Inflates one part, handing its bytes to `sink` in pieces (one piece when inflated whole).
   * A part read again (the fast XML reader gave it up to saxes, during the stream or after it)
   * counts against the total once: only bytes past what an earlier reading produced are added.
   */
  stream(name: string, sink: (bytes: Uint8Array) => void): void {
    const entry = this.entries.get(name);
    if (!entry) throw corrupt(`missing part ${name}`);
    if (entry.flags & 1) throw new InputError('encrypted');
    const partLimit = Math.min(entry.size, this.limits.maxPartBytes);
    const compressed = this.compressedBytes(entry);
    let produced = 0;
    let crc = 0;
    let sinkFailure: unknown;
    const counted = this.countedByPart.get(name) ?? 0;
    const count = (length: number) => {
      produced += length;
      if (produced > counted) {
        this.inflatedTotal += produced - Math.max(counted, produced - length);
        this.countedByPart.set(name, produced);
      }
      if (produced > partLimit) {
        if (produced > this.limits.maxPartBytes) throw new InputError('too-large-part', { part: name, limit: formatBytes(this.limits.maxPartBytes) });
        throw new InputError('zip-size-mismatch', { part: name });
      }
      if (this.inflatedTotal > this.limits.maxTotalBytes) throw new InputError('too-large-total', { limit: formatBytes(this.limits.maxTotalBytes) });
    };
    const give = (bytes: Uint8Array) => {
      try {
        sink(bytes);
      } catch (err) {
        sinkFailure = err;
        throw err;
      }
    };
    const take = (bytes: Uint8Array) => {
      count(bytes.length);
      crc = crc32(crc, bytes);
      give(bytes);
    };
    if (entry.method === 0) {
      for (let i = 0; i < compressed.length; i += SLICE * 64) take(compressed.subarray(i, i + SLICE * 64));
    } else if (entry.method === 8 && entry.size <= WHOLE_PART_MAX) {
      // zlib stops once its output passes the cap; which limit that was decides the error.
      // (What an earlier reading of this part counted is already in the total.)
      const cap = Math.min(partLimit, this.limits.maxTotalBytes - this.inflatedTotal + counted);
      let bytes: Buffer;
      try {
        bytes = zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(cap, 1), chunkSize: Math.max(64, Math.min(entry.size, cap) + 1) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') count(cap + 1);
        throw corrupt(`${name}: ${(err as Error).message}`);
      }
      count(bytes.length);
      if (produced === entry.size) crc = crc32(crc, bytes);
      checkWhole(name, entry, produced, crc);
      give(bytes);
      return;
    } else if (entry.method === 8) {
      let done = false;
      const inflater = new Inflate((chunk, final) => {
        if (chunk.length) take(chunk);
        if (final) done = true;
      });
      try {
        for (let i = 0; i < compressed.length && !done; i += SLICE) {
          const end = Math.min(i + SLICE, compressed.length);
          inflater.push(compressed.subarray(i, end), end === compressed.length);
        }
      } catch (err) {
        if (err instanceof InputError || err === sinkFailure) throw err;
        throw corrupt(`${name}: ${(err as Error).message}`);
      }
      if (!done) throw corrupt(`${name}: unexpected end of data`);
    } else {
      throw corrupt(`${name}: unsupported compression method ${entry.method}`);
    }
    checkWhole(name, entry, produced, crc);
  }

  /** A small part whole (workbook.xml, rels): still inflated through the same counted path. */
  read(name: string): Uint8Array {
    const pieces: Uint8Array[] = [];
    this.stream(name, (bytes) => pieces.push(bytes.slice()));
    return Buffer.concat(pieces);
  }

  private compressedBytes(entry: ZipEntry): Uint8Array {
    const p = entry.localOffset;
    const view = new DataView(this.data.buffer, this.data.byteOffset, this.data.byteLength);
    if (p + 30 > this.data.length || view.getUint32(p, true) !== 0x04034b50) throw corrupt(`${entry.name}: bad local header`);
    const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.data.length) throw corrupt(`${entry.name}: data past the end of the file`);
    return this.data.subarray(start, end);
  }
}

function findDirectory(view: DataView): { count: number; offset: number; size: number } {
  const len = view.byteLength;
  const stop = Math.max(0, len - 22 - 0xffff);
  for (let p = len - 22; p >= stop; p--) {
    if (view.getUint32(p, true) !== 0x06054b50) continue;
    let count = view.getUint16(p + 10, true);
    let size = view.getUint32(p + 12, true);
    let offset = view.getUint32(p + 16, true);
    if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && p >= 20 && view.getUint32(p - 20, true) === 0x07064b50) {
      const z = safeNumber(view.getBigUint64(p - 12, true));
      if (z + 56 > len || view.getUint32(z, true) !== 0x06064b50) throw corrupt('bad zip64 directory');
      count = safeNumber(view.getBigUint64(z + 32, true));
      size = safeNumber(view.getBigUint64(z + 40, true));
      offset = safeNumber(view.getBigUint64(z + 48, true));
    }
    if (count > MAX_ENTRIES) throw corrupt(`${count} entries`);
    return { count, offset, size };
  }
  throw corrupt('no central directory; the file is cut short');
}

/** Zip64 extra field (0x0001): the 64-bit values for whichever fields were set to all ones. */
function applyZip64(entry: ZipEntry, view: DataView, start: number, length: number): void {
  for (let p = start; p + 4 <= start + length;) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        if (q + 8 > p + 4 + size) throw corrupt('bad zip64 field');
        const v = safeNumber(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    p += 4 + size;
  }
}

function safeNumber(v: bigint): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt('size out of range');
  return Number(v);
}

/** A part is read only when it inflated to the size it declared and its CRC matches. */
function checkWhole(name: string, entry: ZipEntry, produced: number, crc: number): void {
  if (produced !== entry.size) throw new InputError('zip-size-mismatch', { part: name });
  if (crc !== entry.crc) throw corrupt(`${name}: CRC mismatch`);
}

// zlib.crc32 is native from Node 20.15 / 22.2; older Node 20 releases get the table.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
let CRC_TABLE: Uint32Array | undefined;

/** The CRC-32 of what came before (`crc`, 0 at the start) continued over `bytes`. */
export function crc32(crc: number, bytes: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(bytes, crc);
  return jsCrc32(crc, bytes);
}

export function jsCrc32(crc: number, bytes: Uint8Array): number {
  const table = (CRC_TABLE ??= makeCrcTable());
  let c = crc ^ 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function makeCrcTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}
