// A small pool of lint threads: worker threads, and optionally this thread too. Files go out in
// small batches with two batches in flight per worker, so a worker never waits for the main
// thread between files; results come back by index, so the report's order never depends on
// which thread finished first.
import { deserialize, serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/load.js';
import type { References } from '../coverage/types.js';
import type { SeveritySetting } from '../engine/types.js';
import type { Lang } from '../i18n/index.js';
import type { ReadLimits } from '../read/types.js';
import type { FileLintResult } from './lint.js';
import type { TextBlockStyle } from '../report/text.js';
import { countBySeverity, type SeverityCounts } from '../report/types.js';
import { jsonFindingsBlock, type JsonBlockStyle } from '../report/json.js';

/** What every worker receives once: enough to rebuild the rules, and the reference data. */
export interface WorkerSetup {
  config: Config;
  overrides: Record<string, SeveritySetting>;
  /** The run's reference data, serialized once by the main thread (see serializeReferences). */
  references: Uint8Array | null;
  lang: Lang;
  limits: ReadLimits;
  textBlock?: TextBlockStyle;
  /** Findings stay in the lint thread when the file's text block carries them (see leaveFindings). */
  countsOnly?: boolean;
  /** Format json: the findings go back as their part of the report instead (see leaveFindings). */
  jsonBlock?: JsonBlockStyle;
}

/** A file's result as a lint thread hands it back: with counts instead of findings (leaveFindings). */
export type ThreadResult = FileLintResult & { counts?: SeverityCounts; json?: Uint8Array };

/**
 * For a text report alone, a file whose block is rendered needs only its severity counts
 * (summary line, exit code) from here on: its findings are not copied to the main thread nor
 * kept there. Copying and keeping ~60 findings per file was the main thread's largest cost
 * (structured clone and GC) in a run over 1,000 files.
 */
export function leaveFindings(result: FileLintResult, jsonBlock?: JsonBlockStyle): ThreadResult {
  if (jsonBlock) {
    // A finding about another file has its place elsewhere in the report: such a file keeps them.
    const path = result.file.path;
    if (!result.findings.every((f) => f.file === path)) return result;
    return { file: result.file, findings: [], json: utf8.encode(jsonFindingsBlock(result.findings, jsonBlock)), counts: countBySeverity(result.findings) };
  }
  if (result.text === undefined) return result;
  return { file: result.file, findings: [], text: result.text, counts: countBySeverity(result.findings) };
}

/**
 * Reference data is loaded once per run, in the main thread, and handed to the workers as one
 * serialized copy in shared memory: each worker only deserializes it. Loading it again in
 * every worker cost ~2.6× as much (10,000-row city catalog: load 2.1 s, deserialize 0.8 s),
 * and cloning it into each worker's start-up data serialized it once per worker.
 * Throws DataCloneError for data that cannot cross threads (a function, a class instance).
 */
export function serializeReferences(references: References): Uint8Array | null {
  if (Object.keys(references).length === 0) return null;
  const bytes = serialize(references);
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  return shared;
}

export function deserializeReferences(data: Uint8Array | null): References {
  return data ? (deserialize(data) as References) : {};
}

export interface WorkerTask {
  id: number;
  path: string;
  /** Bytes on disk, for sizing batches; 0 when unknown. */
  size?: number;
}

/** One message to a worker: the files to lint, in order. */
export type WorkerBatch = WorkerTask[];

/** One message back: the batch's results in order, or the crash that stopped it. */
export type WorkerReply =
  | { results: { id: number; result: FileLintResult }[]; error?: undefined }
  | { results?: undefined; error: { message: string; stack?: string } };

const utf8 = new TextEncoder();

const IN_FLIGHT = 2;
/**
 * A batch holds up to this many files and this many bytes. Each message costs both threads
 * ~50 µs and a wake-up; with 1,000 files of 16 KB, batches of up to 8 send ~130 messages instead
 * of 1,000. Big files still go one by one, and batches shrink near the end of the queue so the
 * threads finish together.
 */
const BATCH_FILES = 8;
const BATCH_BYTES = 256 * 1024;

export class WorkerCrash extends Error {
  constructor(message: string, workerStack?: string) {
    super(message);
    // --debug prints the stack: the worker's is the one that says where it broke.
    if (workerStack) this.stack = workerStack;
  }
}

export interface PoolOptions {
  /** Lints a file in this thread, which then takes files from the queue like a worker. */
  local?: (task: WorkerTask) => FileLintResult;
}

/**
 * Lints `tasks` on `size` worker threads (and this thread when `options.local` is given);
 * `onResult` is called in completion order, `onStart` when a file is handed out. Rejects on
 * the first crash, as a single-thread run would.
 */
export function runPool(
  size: number,
  setup: WorkerSetup,
  tasks: WorkerTask[],
  onResult: (task: WorkerTask, result: FileLintResult) => void,
  onStart: (task: WorkerTask) => void = () => {},
  options: PoolOptions = {},
): Promise<void> {
  return new Promise((resolvePool, rejectPool) => {
    // Workers take files from the front of the queue and this thread from the back: each
    // thread lints a run of neighbouring files (same district, same kind of catalog), which
    // keeps its caches warm, and they meet wherever the work ends.
    const queue = tasks.slice();
    let head = 0;
    let tail = queue.length;
    const byId = new Map(tasks.map((t) => [t.id, t]));
    let remaining = tasks.length;
    let done = false;
    const workers: Worker[] = [];
    const count = Math.max(0, Math.min(size, tasks.length));
    const threads = count + (options.local ? 1 : 0);

    const finish = (err?: unknown) => {
      if (done) return;
      done = true;
      for (const w of workers) void w.terminate();
      if (err) rejectPool(err);
      else resolvePool();
    };
    if (remaining === 0) return finish();

    const take = (): WorkerBatch => {
      const batch: WorkerBatch = [];
      // Near the end, smaller batches: no thread should be left with several files alone.
      const limit = Math.max(1, Math.min(BATCH_FILES, Math.floor((tail - head) / (threads * IN_FLIGHT * 2))));
      let bytes = 0;
      while (head < tail && batch.length < limit) {
        const task = queue[head];
        if (batch.length > 0 && bytes + (task.size ?? 0) > BATCH_BYTES) break;
        head++;
        bytes += task.size ?? 0;
        batch.push(task);
        onStart(task);
      }
      return batch;
    };
    const completed = (task: WorkerTask, result: FileLintResult) => {
      onResult(task, result);
      if (--remaining === 0) finish();
    };

    const feed = (worker: Worker) => {
      if (done || head >= tail) return;
      worker.postMessage(take());
    };

    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (done) return;
        if (reply.error) return finish(new WorkerCrash(reply.error.message, reply.error.stack));
        for (const { id, result } of reply.results) {
          completed(byId.get(id)!, result);
          if (done) return;
        }
        feed(worker);
      });
      worker.on('error', (err) => finish(err));
      worker.on('exit', (code) => {
        if (!done && remaining > 0) finish(new Error(`worker thread stopped (exit code ${code})`));
      });
      for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
    }

    // This thread lints one file per turn of the event loop, so workers' replies are taken
    // (and the workers fed) between its files.
    const local = options.local;
    if (local) {
      const step = () => {
        if (done || head >= tail) return;
        const task = queue[--tail];
        onStart(task);
        let result: FileLintResult;
        try {
          result = local(task);
        } catch (err) {
          return finish(err);
        }
        completed(task, result);
        setImmediate(step);
      };
      setImmediate(step);
    }
  });
}
