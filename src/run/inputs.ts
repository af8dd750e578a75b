// Expands command-line inputs (files, folders recursively, globs, `-` for a list on stdin)
// into one sorted list of files. A path that does not exist stays in the list, so it is
// reported as unreadable; a glob that matches nothing is kept apart for its own message.
// Every report lists files in comparePaths order, whatever the order of the arguments, the
// number of jobs or the shard: that is what lets `catalog-check merge` rebuild a single run.
import { readdirSync, statSync } from 'node:fs';
import { join, extname, basename, isAbsolute, relative, resolve, sep } from 'node:path';

// Folders yield spreadsheets of every kind, so an .xls or .et among the catalogs gets its
// "save it as .xlsx" message instead of being silently passed over.
export const CATALOG_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.csv', '.xls', '.et', '.ods', '.numbers']);

export interface InputOptions {
  /** The text of stdin, read only when an argument is `-`. */
  readStdin?: () => Promise<string>;
  /** Glob patterns (config `ignore`) of files to skip among folder and glob results. */
  ignore?: string[];
  /** The directory `ignore` patterns are relative to (the config file's folder). */
  ignoreBase?: string;
}

export interface InputList {
  /** Files to check, sorted by comparePaths, each once. */
  files: string[];
  /** Glob patterns that matched no file. */
  unmatched: string[];
}

/**
 * Report order: code units of the path with "./" and doubled slashes folded (as a SARIF
 * artifact URI spells it, so `merge` orders SARIF and JSON alike), then of the path as given.
 * Code units, not a locale: the same order on every machine.
 */
export function comparePaths(a: string, b: string): number {
  return compareText(pathSortKey(a), pathSortKey(b)) || compareText(a, b);
}

export function pathSortKey(path: string): string {
  if (isAbsolute(path)) return resolve(path).split(sep).join('/');
  const slashed = process.platform === 'win32' ? path.replace(/\\/g, '/') : path;
  return slashed.split('/').filter((s, i) => !(s === '.' && i === 0) && s !== '').join('/');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const GLOB_CHARS = /[*?[\]{}]|^!|[@!+]\(/;

export async function collectInputs(args: string[], options: InputOptions = {}): Promise<InputList> {
  const candidates: { path: string; explicit: boolean }[] = [];
  const unmatched: string[] = [];
  const isIgnored = await ignoreMatcher(options);
  for (const arg of await withStdinList(args, options)) {
    let st;
    try {
      st = statSync(arg);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      for (const f of walk(arg)) candidates.push({ path: f, explicit: false });
    } else if (!st && GLOB_CHARS.test(arg)) {
      const matches = await expandGlob(arg);
      if (matches.length === 0) unmatched.push(arg);
      for (const f of matches) candidates.push({ path: f, explicit: false });
    } else {
      candidates.push({ path: arg, explicit: true }); // a file, or a missing path reported later
    }
  }
  // A file named on the command line is checked even when `ignore` matches it, as ESLint does,
  // also when a folder argument finds it too.
  const named = new Set(candidates.filter((c) => c.explicit).map((c) => resolve(c.path)));
  // The first spelling of a file wins; "./a.xlsx" and "a.xlsx" are one input.
  const seen = new Set<string>();
  const files: string[] = [];
  for (const { path } of candidates) {
    const key = resolve(path);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!named.has(key) && isIgnored(key)) continue;
    files.push(path);
  }
  return { files: files.sort(comparePaths), unmatched: [...new Set(unmatched)].sort(comparePaths) };
}

/** Replaces `-` with the paths listed on stdin: one per line, or NUL-separated (find -print0). */
async function withStdinList(args: string[], options: InputOptions): Promise<string[]> {
  if (!args.includes('-')) return args;
  const text = options.readStdin ? await options.readStdin() : '';
  const listed = text
    .split(text.includes('\0') ? '\0' : /\r?\n/)
    .map((line) => line.replace(/^\uFEFF/, '').trim())
    .filter((line) => line !== '');
  return args.flatMap((a) => (a === '-' ? listed : [a]));
}

export function readStdinText(): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

async function expandGlob(pattern: string): Promise<string[]> {
  // Loaded only when a glob is given: the common single-file run does not pay for it.
  const { globSync } = await import('tinyglobby');
  const matches = globSync(process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern, { onlyFiles: true, dot: false, ignore: ['**/node_modules/**'], expandDirectories: false });
  return matches.filter((f) => CATALOG_EXTENSIONS.has(extname(f).toLowerCase()) && !basename(f).startsWith('~$'));
}

async function ignoreMatcher(options: InputOptions): Promise<(absolute: string) => boolean> {
  const patterns = options.ignore ?? [];
  if (patterns.length === 0) return () => false;
  const { default: picomatch } = await import('picomatch');
  const match = picomatch(patterns, { dot: true });
  const base = resolve(options.ignoreBase ?? '.');
  return (absolute) => {
    const rel = relative(base, absolute).split(sep).join('/');
    return match(rel) || match(basename(absolute));
  };
}

function walk(dir: string, visited = new Set<string>()): string[] {
  let real: string;
  try {
    const st = statSync(dir);
    real = `${st.ino}:${st.dev}`;
  } catch {
    return [];
  }
  if (visited.has(real)) return []; // a symlink loop
  visited.add(real);
  const files: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [dir];
  }
  for (const name of entries) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = join(dir, name);
    let st;
    // ~$ files are Office lock files, not catalogs.
    const catalogName = CATALOG_EXTENSIONS.has(extname(name).toLowerCase()) && !basename(name).startsWith('~$');
    try {
      st = statSync(full);
    } catch {
      // A looping or broken link with a catalog's name is reported as unreadable, never dropped unseen.
      if (catalogName) files.push(full);
      continue;
    }
    // A .numbers folder is a macOS document package: reported as a Numbers file, not searched.
    if (st.isDirectory() && extname(name).toLowerCase() !== '.numbers') files.push(...walk(full, visited));
    else if (catalogName) files.push(full);
  }
  return files;
}

/** Keeps the files of shard `index` (1-based) of `count`: a stable hash of the path, so a file
 *  stays in its shard when others are added or removed and each shard's cache stays warm. */
export function shardFiles(files: string[], index: number, count: number): string[] {
  return files.filter((f) => shardOf(f, count) === index - 1);
}

export function shardOf(path: string, count: number): number {
  // The path relative to the working directory with forward slashes: the same on every CI runner.
  const key = relative(process.cwd(), resolve(path)).split(sep).join('/');
  let h = 0x811c9dc5; // FNV-1a, 32 bits, over UTF-8 bytes
  for (const byte of Buffer.from(key, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % count;
}

export function parseShard(spec: string): { index: number; count: number } | null {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) return null;
  const index = Number(m[1]), count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}
