// End to end: each fixtures/e2e/<case>/ folder holds realistic catalogs made by LibreOffice and
// expected.json, the reviewed JSON report for the folder. `npm run update-expected` rewrites
// them; review the diff before committing. The clean case must have no error-level finding.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliJson, ROOT, type JsonReport } from './helpers.js';

const E2E = 'fixtures/e2e';
const cases = readdirSync(join(ROOT, E2E)).filter((name) => statSync(join(ROOT, E2E, name)).isDirectory()).sort();

describe('end-to-end catalogs', () => {
  it('has a case per checkpoint with catalog defects, and a clean case', () => {
    expect(cases).toEqual(expect.arrayContaining(['checkpoint-3', 'checkpoint-4', 'clean']));
  });

  for (const name of cases) {
    it(`${name}: the JSON report equals expected.json`, () => {
      const dir = `${E2E}/${name}`;
      const expectedPath = join(ROOT, dir, 'expected.json');
      expect(existsSync(expectedPath), `${dir}/expected.json is missing: run npm run update-expected ${name}`).toBe(true);
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as JsonReport;
      const { code, report } = cliJson([dir]);
      report.tool.version = '*';
      expect(report).toEqual(expected);
      expect(code).toBe(expected.summary.errors > 0 ? 1 : 0);
    });
  }

  it('clean: no error-level finding', () => {
    const { code, report } = cliJson([`${E2E}/clean`]);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.files.every((f) => f.error === null && f.sheets.length > 0)).toBe(true);
    expect(code).toBe(0);
  });

  it('checkpoint-3 and checkpoint-4 each have findings of their checkpoint', () => {
    for (const checkpoint of [3, 4]) {
      const expected = JSON.parse(readFileSync(join(ROOT, E2E, `checkpoint-${checkpoint}`, 'expected.json'), 'utf8')) as JsonReport;
      expect(expected.findings.some((f) => f.checkpoint === checkpoint), `checkpoint-${checkpoint}`).toBe(true);
    }
  });
});
