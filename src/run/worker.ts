// A lint worker thread: rebuilds the enabled rules from the config (rules hold functions, which
// cannot cross threads), takes the reference data it was given once at start-up, then lints
// each batch of files it is sent. Results are plain data and go back by structured clone, one
// message per batch.
import { parentPort, workerData } from 'node:worker_threads';
import { RULES } from '../../rules/index.js';
import { enableRules } from './rules.js';
import { lintFile, type LintFileOptions } from './lint.js';
import { deserializeReferences, leaveFindings, type WorkerSetup, type WorkerBatch, type WorkerReply } from './pool.js';

const setup = workerData as WorkerSetup;
const options: LintFileOptions = {
  rules: enableRules(RULES, setup.config, setup.overrides),
  references: deserializeReferences(setup.references),
  lang: setup.lang,
  limits: setup.limits,
  textBlock: setup.textBlock,
};

parentPort!.on('message', (batch: WorkerBatch) => {
  let reply: WorkerReply;
  try {
    const lint = setup.countsOnly ? (path: string) => leaveFindings(lintFile(path, options), setup.jsonBlock) : (path: string) => lintFile(path, options);
    reply = { results: batch.map((task) => ({ id: task.id, result: lint(task.path) })) };
  } catch (err) {
    // A crash is the run's failure, as it would be in one thread; the main thread reports it.
    reply = { error: { message: (err as Error)?.message ?? String(err), stack: (err as Error)?.stack } };
  }
  parentPort!.postMessage(reply);
});
