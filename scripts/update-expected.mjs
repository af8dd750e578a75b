#!/usr/bin/env node
// Regenerates fixtures/e2e/<case>/expected.json from the built CLI:
//   npm run update-expected            (every case)
//   npm run update-expected checkpoint-4
// The expected files are reviewed artifacts: read the diff line by line before committing,
// and fix the tool or the fixture when a finding is wrong. test/cli/e2e.test.ts compares.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const E2E_DIR = 'fixtures/e2e';
/** The version is not part of what a case expects. */
const VERSION_PLACEHOLDER = '*';

function runCase(dir) {
  let stdout;
  try {
    stdout = execFileSync(process.execPath, ['bin/catalog-check.js', dir, '--format', 'json'], { encoding: 'utf8' });
  } catch (err) {
    if (err.status !== 1 || !err.stdout) throw err;
    stdout = err.stdout; // exit 1: error-level findings, the report is still complete
  }
  const report = JSON.parse(stdout);
  report.tool.version = VERSION_PLACEHOLDER;
  return report;
}

const wanted = process.argv.slice(2);
for (const name of readdirSync(E2E_DIR).sort()) {
  const dir = join(E2E_DIR, name);
  if (!statSync(dir).isDirectory() || (wanted.length && !wanted.includes(name))) continue;
  const report = runCase(dir);
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(report, null, 2) + '\n');
  const { errors, warnings, infos } = report.summary;
  console.log(`${dir}/expected.json: ${report.findings.length} finding(s) (${errors} errors, ${warnings} warnings, ${infos} infos)`);
}
