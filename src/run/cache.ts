// The lint cache (--cache), after ESLint's: one JSON file the user can delete. A file's
// result is replayed when its content hash is unchanged and so is everything else that shapes
// findings: tool version, rule set, effective config, --rule overrides, language, read limits
// and the content of every reference file. Any of those changing empties the whole cache.
// Content, not mtime: a CI checkout gives every file a new mtime, so mtimes would never hit.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { FileLintResult } from './lint.js';

export const DEFAULT_CACHE_FILE = '.catalog-check-cache';
const FORMAT = 1;

interface CacheEntry {
  hash: string;
  result: FileLintResult;
}

interface CacheDocument {
  format: number;
  key: string;
  /** By path relative to the cache file's folder, so a restored cache works in a new checkout. */
  entries: Record<string, CacheEntry>;
}

/** --cache-location: a file, or a folder (an existing one, or one written with a trailing slash). */
export function resolveCacheLocation(location: string | undefined): string {
  if (!location) return resolve(DEFAULT_CACHE_FILE);
  const full = resolve(location);
  const isDir = /[\\/]$/.test(location) || (existsSync(full) && statSync(full).isDirectory());
  return isDir ? join(full, DEFAULT_CACHE_FILE) : full;
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Everything besides a file's own bytes that its findings depend on, as one hash. */
export function cacheKey(parts: Record<string, unknown>): string {
  return sha256(stableJson(parts));
}

/** JSON with object keys sorted, so the same config written in another order gives the same key. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  });
}

/** Hashes of the reference files' contents; a missing file hashes as missing (its load fails anyway). */
export function hashFiles(paths: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of [...new Set(paths)].sort()) {
    try {
      out[p] = sha256(readFileSync(p));
    } catch {
      out[p] = 'missing';
    }
  }
  return out;
}

export class LintCache {
  readonly hits: string[] = [];
  readonly misses: string[] = [];
  private entries: Record<string, CacheEntry> = {};
  private dirty = false;
  private readonly base: string;

  constructor(readonly location: string, readonly key: string) {
    this.base = dirname(location);
    let doc: CacheDocument | undefined;
    try {
      doc = JSON.parse(readFileSync(location, 'utf8')) as CacheDocument;
    } catch {
      doc = undefined; // no cache yet, or a damaged one: start afresh
    }
    if (doc && doc.format === FORMAT && doc.key === key && doc.entries && typeof doc.entries === 'object') this.entries = doc.entries;
    else this.dirty = existsSync(location);
  }

  private id(path: string): string {
    return relative(this.base, resolve(path)).split(sep).join('/');
  }

  /**
   * The cached result for `path` when its content is unchanged, with the path as given now.
   * Returns the content hash either way, for store(); null when the file cannot be read.
   */
  lookup(path: string): { hash: string | null; result?: FileLintResult } {
    let hash: string;
    try {
      hash = sha256(readFileSync(path));
    } catch {
      return { hash: null }; // unreadable: lint it, so the user gets the reader's message
    }
    const entry = this.entries[this.id(path)];
    if (!entry || entry.hash !== hash) {
      this.misses.push(path);
      return { hash };
    }
    this.hits.push(path);
    const { file, findings } = entry.result;
    return { hash, result: { file: { ...file, path }, findings: findings.map((f) => ({ ...f, file: path })) } };
  }

  store(path: string, hash: string | null, result: FileLintResult): void {
    if (hash === null) return;
    const { file, findings } = result;
    this.entries[this.id(path)] = { hash, result: { file, findings } };
    this.dirty = true;
  }

  /** Writes the cache atomically; entries of files that no longer exist are dropped. */
  save(): void {
    if (!this.dirty) return;
    for (const id of Object.keys(this.entries)) if (!existsSync(join(this.base, id))) delete this.entries[id];
    const doc: CacheDocument = { format: FORMAT, key: this.key, entries: this.entries };
    mkdirSync(this.base, { recursive: true });
    const tmp = `${this.location}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(doc));
    renameSync(tmp, this.location);
  }
}
