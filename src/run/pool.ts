// A small pool of lint worker threads. Files go out one message each with two in flight per
// worker, so a worker never waits for the main thread between files; results come back by
// index, so the report's order never depends on which worker finished first.
import { deserialize, serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/load.js';
import type { References } from '../coverage/types.js';
import type { SeveritySetting } from '../engine/types.js';
import type { Lang } from '../i18n/index.js';
import type { ReadLimits } from '../read/types.js';
import type { FileLintResult } from './lint.js';

/** What every worker receives once: enough to rebuild the rules, and the reference data. */
export interface WorkerSetup {
  config: Config;
  overrides: Record<string, SeveritySetting>;
  /** The run's reference data, serialized once by the main thread (see serializeReferences). */
  references: Uint8Array | null;
  lang: Lang;
  limits: ReadLimits;
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
}

export type WorkerReply =
  | { id: number; result: FileLintResult; error?: undefined }
  | { id: number; error: { message: string; stack?: string }; result?: undefined };

const IN_FLIGHT = 2;

export class WorkerCrash extends Error {
  constructor(message: string, workerStack?: string) {
    super(message);
    // --debug prints the stack: the worker's is the one that says where it broke.
    if (workerStack) this.stack = workerStack;
  }
}

/**
 * Lints `tasks` on `size` worker threads; `onResult` is called in completion order, `onStart`
 * when a file is handed to a worker. Rejects on the first crash, as a single-thread run would.
 */
export function runPool(
  size: number,
  setup: WorkerSetup,
  tasks: WorkerTask[],
  onResult: (task: WorkerTask, result: FileLintResult) => void,
  onStart: (task: WorkerTask) => void = () => {},
): Promise<void> {
  return new Promise((resolvePool, rejectPool) => {
    const queue = tasks.slice();
    const byId = new Map(tasks.map((t) => [t.id, t]));
    let remaining = tasks.length;
    let failed = false;
    const workers: Worker[] = [];

    const finish = (err?: Error) => {
      if (failed) return;
      if (err) failed = true;
      for (const w of workers) void w.terminate();
      if (err) rejectPool(err);
      else resolvePool();
    };
    if (remaining === 0) return finish();

    const feed = (worker: Worker) => {
      const task = queue.shift();
      if (!task) return;
      onStart(task);
      worker.postMessage(task);
    };

    const count = Math.max(1, Math.min(size, tasks.length));
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (failed) return;
        if (reply.error) return finish(new WorkerCrash(reply.error.message, reply.error.stack));
        onResult(byId.get(reply.id)!, reply.result);
        if (--remaining === 0) return finish();
        feed(worker);
      });
      worker.on('error', (err) => finish(err));
      worker.on('exit', (code) => {
        if (!failed && remaining > 0) finish(new Error(`worker thread stopped (exit code ${code})`));
      });
      for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
    }
  });
}
