// The JSON report (CONTRACT.md) validated against the schema that ships in the package,
// on real output: several catalogs, an unreadable input, --quiet, --lang en, CSV samples.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { cliJson, FIXTURES, ROOT, type JsonReport } from './helpers.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function expectValid(report: unknown): void {
  const ok = validate(report);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

const RUNS: [string, string[]][] = [
  ['checkpoint fixtures, a clean one and an unreadable input', [FIXTURES.checkpoint3, FIXTURES.checkpoint4, FIXTURES.clean, FIXTURES.missing]],
  ['--quiet --lang en', [FIXTURES.checkpoint3, '--quiet', '--lang', 'en']],
  ['the shared samples, xlsx and GBK CSV', ['fixtures/samples']],
];

describe('JSON report schema', () => {
  for (const [name, args] of RUNS) {
    it(`validates real output: ${name}`, () => {
      const { report } = cliJson(args);
      expectValid(report);
      const paths = new Set(report.files.map((f) => f.path));
      for (const f of report.findings) expect(paths.has(f.file), f.file).toBe(true);
      expect(report.summary.files).toBe(report.files.length);
    });
  }

  it('covers a non-null files[].error, table-level findings and every severity it saw', () => {
    const { report } = cliJson([FIXTURES.checkpoint3, FIXTURES.missing]);
    expectValid(report);
    expect(report.files.some((f) => typeof f.error === 'string' && f.error.length > 0)).toBe(true);
    expect(report.findings.some((f) => f.row === null && f.column === null && f.sheet !== null)).toBe(true);
  });

  it('is closed: an undocumented field is rejected', () => {
    const { report } = cliJson([FIXTURES.oneError]);
    const extra = structuredClone(report) as JsonReport & { findings: Record<string, unknown>[] };
    extra.findings[0].address = 'Sheet1!E7';
    expect(validate(extra)).toBe(false);
  });
});
