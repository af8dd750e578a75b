// End to end: each fixtures/e2e/<case>/ folder holds realistic catalogs made by LibreOffice and
// expected.json, the reviewed JSON report (scripts/e2e-case.mjs: how a case is run, reference
// data included). `npm run update-expected` rewrites them; review the diff before committing.
// The clean case must have no error-level finding.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module shared with scripts/update-expected.mjs
import { E2E_DIR, listCases, runCase } from '../../scripts/e2e-case.mjs';
import { ROOT, type JsonReport } from './helpers.js';

const cases: string[] = listCases(ROOT);
const run = (name: string): { code: number; report: JsonReport } => runCase(name, ROOT);

describe('end-to-end catalogs', () => {
  it('has the checkpoint cases and a clean case', () => {
    expect(cases).toEqual(expect.arrayContaining(['checkpoint-3', 'checkpoint-4', 'clean']));
  });

  for (const name of cases) {
    it(`${name}: the JSON report equals expected.json`, () => {
      const expectedPath = join(ROOT, E2E_DIR, name, 'expected.json');
      expect(existsSync(expectedPath), `${E2E_DIR}/${name}/expected.json is missing: run npm run update-expected ${name}, then review it`).toBe(true);
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as JsonReport;
      const { code, report } = run(name);
      expect(report).toEqual(expected);
      expect(code).toBe(expected.files.some((f) => f.error) ? 2 : expected.summary.errors > 0 ? 1 : 0);
    });
  }

  it('clean: every file read, no error-level finding, exit 0', () => {
    const { code, report } = run('clean');
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.files.every((f) => f.error === null && f.sheets.length > 0)).toBe(true);
    expect(code).toBe(0);
  });

  for (const checkpoint of [1, 2, 3, 4]) {
    it.skipIf(!cases.includes(`checkpoint-${checkpoint}`))(`checkpoint-${checkpoint}: has findings of its checkpoint, every file read`, () => {
      const path = join(ROOT, E2E_DIR, `checkpoint-${checkpoint}`, 'expected.json');
      const expected = JSON.parse(readFileSync(path, 'utf8')) as JsonReport;
      expect(expected.findings.some((f) => f.checkpoint === checkpoint)).toBe(true);
      expect(expected.files.every((f) => f.error === null)).toBe(true);
    });
  }
});
