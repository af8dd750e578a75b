// Runs the built CLI (bin/catalog-check.js → dist/) the way a user or a CI job does, and
// returns what they see. `npm test` builds first; run `npm run build` before vitest alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin/catalog-check.js');

/** Fixtures, relative to ROOT (the CLI runs there unless told otherwise). */
export const FIXTURES = {
  clean: 'fixtures/e2e/clean/渝北区救灾标准目录.xlsx',
  oneError: 'fixtures/cli/one-error.xlsx',
  warningsOnly: 'fixtures/cli/warnings-only.xlsx',
  checkpoint3: 'fixtures/e2e/checkpoint-3',
  checkpoint4: 'fixtures/e2e/checkpoint-4',
  missing: 'fixtures/cli/不存在的目录.xlsx',
};

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const memo = new Map<string, CliRun>();

/**
 * Runs the CLI. The same arguments in the same directory give the same output, so runs are
 * remembered within a test file (the machine is shared; every spawn costs seconds), except
 * those that write a file.
 */
export function cli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): CliRun {
  const key = JSON.stringify([args, options]);
  const writes = args.includes('-o') || args.includes('--output');
  if (!writes && memo.has(key)) return memo.get(key)!;
  const run = spawnCli(args, options);
  if (!writes) memo.set(key, run);
  return run;
}

function spawnCli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> }): CliRun {
  if (!existsSync(join(ROOT, 'dist/src/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` before the CLI tests');
  // A clean environment: colour settings of the developer's shell must not leak in.
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', env: env as NodeJS.ProcessEnv });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI and parses its JSON report. */
export function cliJson(args: string[], options: { cwd?: string } = {}): { code: number | null; report: JsonReport; stderr: string } {
  const run = cli([...args, '--format', 'json'], options);
  let report: JsonReport;
  try {
    report = JSON.parse(run.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  }
  return { code: run.code, report, stderr: run.stderr };
}

export function tempDir(prefix = 'catalog-check-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface JsonFinding {
  ruleId: string;
  checkpoint: number | null;
  severity: 'error' | 'warning' | 'info';
  message: string;
  hint: string;
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  element: string | null;
  item: string | null;
}

export interface JsonReport {
  tool: { name: string; version: string };
  files: { path: string; sheets: { name: string; domain: string | null; items: number }[]; error: string | null }[];
  findings: JsonFinding[];
  summary: { files: number; items: number; errors: number; warnings: number; infos: number };
}

export const ANSI = /\u001b\[/;
