// readWorkbook: the single entry point from a path to a RawWorkbook. It sniffs the bytes,
// not just the extension, so a renamed file gets the right message.
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError, formatBytes } from './errors.js';
import { readCsv } from './csv.js';
import { readXlsx } from './xlsx.js';
import { DEFAULT_LIMITS, type RawWorkbook, type ReadLimits } from './types.js';

export { InputError } from './errors.js';
export type { RawWorkbook, RawSheet, ReadLimits } from './types.js';
export { DEFAULT_LIMITS } from './types.js';

export type FileKind = 'xlsx' | 'csv' | 'xls' | 'et' | 'ods' | 'numbers' | 'encrypted' | 'zip' | 'cfb' | 'unknown';

export function readWorkbook(path: string, limits: ReadLimits = DEFAULT_LIMITS): RawWorkbook {
  injectFault('read');
  const data = readInputBytes(path, limits);
  const kind = sniffKind(data, path);
  switch (kind) {
    case 'xlsx': return readXlsx(path, data, limits);
    case 'csv': return readCsv(path, data, limits);
    case 'xls': throw new InputError('xls-format');
    case 'et': throw new InputError('et-format');
    case 'ods': throw new InputError('ods-format');
    case 'numbers': throw new InputError('numbers-format');
    case 'encrypted': throw new InputError('encrypted');
    case 'zip': throw new InputError('not-a-workbook');
    default: throw new InputError('not-a-spreadsheet', { ext: extname(path) || '(none)' });
  }
}

export function readInputBytes(path: string, limits: ReadLimits): Uint8Array {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) {
      // A Numbers document can be a folder (a macOS package), and an unreadable folder is a permission problem.
      if (extname(path).toLowerCase() === '.numbers') throw new InputError('numbers-format');
      accessSync(path, constants.R_OK | constants.X_OK);
      throw new InputError('is-directory');
    }
    // A FIFO or device would block or never end: only regular files are read.
    if (!st.isFile()) throw new InputError('not-a-file');
    size = st.size;
  } catch (err) {
    throw toInputError(err);
  }
  if (size === 0) throw new InputError('empty-file');
  if (size > limits.maxFileBytes) throw new InputError('file-too-large', { limit: formatBytes(limits.maxFileBytes) });
  try {
    return readFileSync(path);
  } catch (err) {
    throw toInputError(err);
  }
}

export function toInputError(err: unknown): InputError | unknown {
  if (err instanceof InputError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError('not-found');
  if (code === 'EACCES' || code === 'EPERM') return new InputError('no-permission');
  if (code === 'EISDIR') return new InputError('is-directory');
  if (code === 'ELOOP') return new InputError('symlink-loop');
  return err;
}

/**
 * Test hook: CATALOG_CHECK_TEST_FAULT=<site> makes that site throw a plain Error, so tests can
 * see how an internal failure reaches the user (one line, or the stack with --debug) in every
 * command. Inert unless the variable names the site.
 */
export function injectFault(site: string): void {
  if (process.env.CATALOG_CHECK_TEST_FAULT === site) throw new TypeError(`injected fault at ${site}`);
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(data: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => data[i] === b);
}

function containsAscii(data: Uint8Array, text: string, utf16 = false): boolean {
  const needle = utf16 ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'latin1');
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(needle) >= 0;
}

export function sniffKind(data: Uint8Array, path: string): FileKind {
  const ext = extname(path).toLowerCase();
  if (startsWith(data, ZIP_MAGIC) || startsWith(data, [0x50, 0x4b, 0x05, 0x06])) {
    if (containsAscii(data, 'xl/workbook.xml')) return 'xlsx';
    if (containsAscii(data, 'application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (containsAscii(data, 'Index/Document.iwa') || ext === '.numbers') return 'numbers';
    return 'zip';
  }
  if (startsWith(data, CFB_MAGIC)) {
    // An encrypted .xlsx is a compound file holding an EncryptedPackage stream.
    if (containsAscii(data, 'EncryptedPackage', true)) return 'encrypted';
    if (ext === '.et' || ext === '.ett') return 'et';
    return 'xls';
  }
  if (ext === '.xlsx' || ext === '.xlsm' || ext === '.xls' || ext === '.et' || ext === '.ods' || ext === '.numbers') return 'unknown';
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return looksLikeText(data) ? 'csv' : 'unknown';
  return 'unknown';
}

/** Text files have no NUL runs in their first kilobytes (a stray NUL or two is tolerated). */
function looksLikeText(data: Uint8Array): boolean {
  const head = data.subarray(0, 8192);
  let nul = 0;
  for (const b of head) if (b === 0) nul++;
  return nul <= 2 || (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}
