// One end-to-end case: fixtures/e2e/<case>/ holds realistic catalogs (the .xlsx/.csv files
// directly in the folder), optionally reference data in a subfolder (reference/) and a
// catalog-check.config.json naming it ("references": {"city": "reference/…"}; paths are
// relative to the config file), and expected.json, the reviewed JSON report.
// Used by scripts/update-expected.mjs and test/cli/e2e.test.ts, so both run the case alike.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const E2E_DIR = 'fixtures/e2e';
/** The version is not part of what a case expects. */
export const VERSION_PLACEHOLDER = '*';

export function listCases(root = '.') {
  return readdirSync(join(root, E2E_DIR)).filter((name) => statSync(join(root, E2E_DIR, name)).isDirectory()).sort();
}

/** The command-line arguments for a case, relative to the repository root. */
export function caseArgs(name, root = '.') {
  const dir = `${E2E_DIR}/${name}`;
  const catalogs = readdirSync(join(root, dir)).filter((f) => /\.(xlsx|csv)$/i.test(f) && statSync(join(root, dir, f)).isFile()).sort().map((f) => `${dir}/${f}`);
  const config = `${dir}/catalog-check.config.json`;
  return [...catalogs, ...(existsSync(join(root, config)) ? ['--config', config] : []), '--format', 'json'];
}

/** Runs the built CLI on a case from the repository root; the report with its version normalised. */
export function runCase(name, root = '.') {
  const args = caseArgs(name, root);
  const run = spawnSync(process.execPath, ['bin/catalog-check.js', ...args], { cwd: root, encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`catalog-check ${args.join(' ')} gave no JSON report (exit ${run.status}):\n${run.stderr}`);
  }
  report.tool.version = VERSION_PLACEHOLDER;
  return { code: run.status, report, args };
}
