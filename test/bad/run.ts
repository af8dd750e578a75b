// Runs the built CLI over bad inputs and measures what a user (and the CI machine) pays:
// output, exit status and the child's peak memory. `npm test` builds first.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, BIN } from '../cli/helpers.js';

export { ROOT, BIN };
const PROBE = join(ROOT, 'test/bad/rss-probe.mjs');

export interface MeasuredRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size of the CLI process, in MiB. */
  rssMiB: number;
}

/**
 * The kill timeout is a safety net that turns a hang into a failure, not a timing assertion.
 * `prefix` runs the CLI through another command (runuser) as is.
 */
export function runMeasured(args: string[], options: { cwd?: string; prefix?: string[]; env?: Record<string, string> } = {}): MeasuredRun {
  const dir = mkdtempSync(join(tmpdir(), 'cc-rss-'));
  chmodSync(dir, 0o777); // the CLI may run as another user (the no-permission case)
  const out = join(dir, 'rss');
  try {
    const command = [...(options.prefix ?? []), process.execPath, '--import', PROBE, BIN, ...args];
    const run = spawnSync(command[0], command.slice(1), {
      cwd: options.cwd ?? ROOT,
      encoding: 'utf8',
      timeout: 180_000,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: '1', CATALOG_CHECK_RSS_OUT: out, ...options.env },
    });
    let rss = NaN;
    try {
      rss = Number(readFileSync(out, 'utf8')) / 1024;
    } catch {
      /* the child died before exiting normally; the assertions on code say so */
    }
    return { code: run.status, stdout: run.stdout, stderr: run.stderr, rssMiB: rss };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A stack trace has lines that start with "at ". */
export const STACK = /^\s+at .+[(:]\d+/m;

export interface JsonReport {
  files: { path: string; error: string | null; sheets: { name: string; items: number }[] }[];
  findings: { ruleId: string; file: string; row: number | null; column: string | null; message: string }[];
}
