#!/usr/bin/env node
// Regenerates fixtures/e2e/<case>/expected.json from the built CLI (scripts/e2e-case.mjs says
// how a case is run):
//   npm run update-expected              (every case)
//   npm run update-expected checkpoint-4 (one case)
// The expected files are reviewed artifacts, not snapshots: read the diff line by line
// before committing, and fix the tool or the fixture when a finding is wrong.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_DIR, listCases, runCase } from './e2e-case.mjs';

const wanted = process.argv.slice(2);
for (const name of listCases()) {
  if (wanted.length && !wanted.includes(name)) continue;
  const { code, report } = runCase(name);
  if (code === 2) console.warn(`${name}: exit 2 (an input could not be read, or bad arguments); check the report`);
  writeFileSync(join(E2E_DIR, name, 'expected.json'), JSON.stringify(report, null, 2) + '\n');
  const { errors, warnings, infos } = report.summary;
  console.log(`${E2E_DIR}/${name}/expected.json: ${report.findings.length} finding(s) (${errors} errors, ${warnings} warnings, ${infos} infos)`);
}
