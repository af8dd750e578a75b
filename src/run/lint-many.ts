// Lints many files: replays cached results, spreads the rest over this thread and worker
// threads (or this thread alone when that is cheaper), reports progress, and returns results in
// input order.
import { statSync } from 'node:fs';
import { lintFile, type FileLintResult, type LintFileOptions } from './lint.js';
import { leaveFindings, runPool, serializeReferences, type ThreadResult, type WorkerSetup, type WorkerTask } from './pool.js';
import type { LintCache } from './cache.js';
import type { JsonBlockStyle } from '../report/json.js';
import type { Progress } from './progress.js';

export interface LintManyOptions {
  /** Threads that lint: this one and jobs - 1 workers; 1 lints in this thread alone. */
  jobs: number;
  /** --jobs was given: use the threads even for a small run (the user asked for them). */
  jobsExplicit?: boolean;
  /** What a worker needs to rebuild the rules: the config and --rule overrides. */
  setup: Pick<WorkerSetup, 'config' | 'overrides'>;
  cache?: LintCache;
  progress?: Progress;
  /** Keep each file's model (html, annotate): forces this thread and bypasses the cache. */
  keepModel?: boolean;
  /** Text report alone: files whose text block is rendered come back with counts, not findings (leaveFindings). */
  countsOnly?: boolean;
  /** With countsOnly, for a JSON report: files come back with their part of the report (leaveFindings). */
  jsonBlock?: JsonBlockStyle;
}

/**
 * Below this much input a worker's start-up (~0.1 s to load the modules again) costs more than
 * the second core gives back, so small runs stay in this thread unless --jobs asks otherwise.
 * Measured in bench/RESULTS.md.
 */
export const PARALLEL_MIN_BYTES = 512 * 1024;

/**
 * The same when every file is small (under BIG_FILE_BYTES): a worker spends ~1.6 s of CPU
 * warming up (JIT), which small files do not pay back. 100-row files of ~14.5 KB, main thread
 * linting too, 2 cores shared with other work, medians of 5, --jobs 1 → 2 wall (CPU):
 * 35 files 0.74 → 0.97 s (1.14 → 1.65), 70: 1.11 → 1.29 (1.67 → 2.24), 140: 1.46 → 1.68
 * (2.23 → 3.09), 280: 2.17 → 2.14 (3.33 → 3.97), 500: 2.41 → 2.80 (3.44 → 5.24),
 * 1,000: 3.79 → 3.65 (4.9 → 6.86). So about 8 MiB, ~550 such files.
 */
export const PARALLEL_MIN_SMALL_BYTES = 8 * 1024 * 1024;

/** A file this big (~2,000 rows of a catalog) takes long enough to be worth starting first. */
const BIG_FILE_BYTES = 256 * 1024;

export interface LintManyStats {
  mode: 'in-process' | 'threads';
  /** Threads that linted: this one and threads - 1 workers. */
  threads: number;
}

export async function lintMany(files: string[], options: LintFileOptions, many: LintManyOptions, stats?: LintManyStats): Promise<ThreadResult[]> {
  const results: ThreadResult[] = new Array(files.length);
  const pending: (WorkerTask & { hash: string | null; size: number })[] = [];
  const cache = many.keepModel ? undefined : many.cache;
  // The cache stores findings: with it, every thread sends them back.
  const countsOnly = many.countsOnly === true && !cache && !many.keepModel;
  const lintHere = countsOnly ? (path: string) => leaveFindings(lintFile(path, options), many.jsonBlock) : (path: string) => lintFile(path, options, many.keepModel);
  files.forEach((path, id) => {
    const cached = cache?.lookup(path);
    if (cached?.result) {
      results[id] = cached.result;
      many.progress?.fileDone();
      return;
    }
    pending.push({ id, path, hash: cached?.hash ?? null, size: sizeOf(path) });
  });

  const record = (task: (typeof pending)[number], result: FileLintResult) => {
    results[task.id] = result;
    cache?.store(task.path, task.hash, result);
    many.progress?.fileDone();
  };
  const inProcess = () => {
    for (const task of pending) {
      if (results[task.id]) continue;
      many.progress?.start(task.path);
      record(task, lintHere(task.path));
    }
  };

  const totalBytes = pending.reduce((n, t) => n + t.size, 0);
  const minBytes = pending.some((t) => t.size >= BIG_FILE_BYTES) ? PARALLEL_MIN_BYTES : PARALLEL_MIN_SMALL_BYTES;
  const threads = Math.min(many.jobs, pending.length);
  if (many.keepModel || threads <= 1 || (!many.jobsExplicit && totalBytes < minBytes)) {
    if (stats) Object.assign(stats, { mode: 'in-process', threads: 1 });
    inProcess();
    return results;
  }

  // Big files first, largest first: the run ends when the last big file does, so start those
  // early. The others keep their input order, so each thread lints neighbouring files (pool.ts).
  const big = (t: (typeof pending)[number]) => t.size >= BIG_FILE_BYTES;
  const tasks = [...pending.filter(big).sort((a, b) => b.size - a.size || a.id - b.id), ...pending.filter((t) => !big(t))];
  const byId = new Map(pending.map((t) => [t.id, t]));
  let references: Uint8Array | null;
  try {
    references = serializeReferences(options.references);
  } catch {
    // Reference data that cannot cross threads (one holding a function) is not a
    // reason to fail the run: lint here instead.
    if (stats) Object.assign(stats, { mode: 'in-process', threads: 1 });
    inProcess();
    return results;
  }
  const setup: WorkerSetup = { ...many.setup, references, lang: options.lang, limits: options.limits, textBlock: options.textBlock, countsOnly, jsonBlock: many.jsonBlock };
  // This thread is one of the `threads`: it would otherwise sit idle while the workers lint,
  // and one worker fewer is one start-up (~0.2 s of CPU loading the tool again) saved.
  await runPool(threads - 1, setup, tasks.map(({ id, path, size }) => ({ id, path, size })), (task, result) => record(byId.get(task.id)!, result), (task) => many.progress?.start(task.path),
    { local: (task) => lintHere(task.path) });
  if (stats) Object.assign(stats, { mode: 'threads', threads });
  return results;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
