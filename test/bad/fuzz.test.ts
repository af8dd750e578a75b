// Fuzzing with fast-check: real fixtures mutated byte by byte, and workbooks whose sheet is
// regenerated with random cells, marks, merges and hidden rows, run in-process through
// reading, the model and every rule (lintFile), then a few through the CLI. Whatever comes
// in, the tool stays inside its own error boundary: an unreadable input is an InputError
// (a one-line message, exit 2), never another exception, and no rule crashes.
// Bounded in CI (FUZZ_RUNS, default 200 per property); more on demand:
//   FUZZ_RUNS=5000 npx vitest run test/bad/fuzz.test.ts     (FUZZ_SEED=<n> replays a run)
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { ROOT, STACK, runMeasured } from './run.js';
import { byteMutations, mutateBytes, mutatePart, mutateSheet, sheetMutation } from './mutate.js';
import { lintFile } from '../../src/run/lint.js';
import { enableRules } from '../../src/run/rules.js';
import { readWorkbook, DEFAULT_LIMITS } from '../../src/read/index.js';
import { RULES } from '../../rules/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const params = { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) };
/** A safety net that grows with the runs asked for (a regenerated sheet takes ~0.1 s here). */
const TIMEOUT = Math.max(120_000, RUNS * 600);

const seedsIn = (dir: string, ext: RegExp) =>
  readdirSync(join(ROOT, dir)).filter((f) => ext.test(f)).sort().map((f) => join(ROOT, dir, f));
const XLSX = [...seedsIn('fixtures/samples', /\.xlsx$/), ...seedsIn('fixtures/read', /\.xlsx$/).filter((f) => !f.includes('10000'))];
const CSV = [...seedsIn('fixtures/samples', /\.csv$/), ...seedsIn('fixtures/read', /\.csv$/)];
const SEEDS = [...XLSX, ...CSV].map((path) => ({ path, ext: extname(path), bytes: readFileSync(path) }));
const GRIDS = XLSX.map((path) => ({ path, bytes: readFileSync(path), rows: readWorkbook(path).sheets[0].rows }));

const scratch = mkdtempSync(join(tmpdir(), 'cc-fuzz-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const rules = enableRules(RULES, {}, {});
// Small limits make the limit paths part of what is fuzzed, and keep each case quick.
const limits = { ...DEFAULT_LIMITS, maxCells: 200_000, maxCellChars: 2_000, maxPartBytes: 8 << 20, maxTotalBytes: 16 << 20 };

/** Lints one file in-process; throws (failing the property) on anything past the boundary. */
function lintsWithinBoundary(path: string): void {
  const result = lintFile(path, { rules, references: {}, lang: 'zh', limits });
  if (result.file.error !== null) expect(result.file.error.split('\n')).toHaveLength(1);
  const crashed = result.findings.filter((f) => f.ruleId === 'internal-error');
  expect(crashed.map((f) => f.message)).toEqual([]);
}

describe('fuzz: the tool never fails past its own error boundary', () => {
  expect(SEEDS.length).toBeGreaterThan(10);

  it(`mutated bytes of real xlsx and CSV fixtures (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SEEDS.length - 1 }), byteMutations, (i, mutations) => {
        const seed = SEEDS[i];
        const path = join(scratch, `bytes${seed.ext}`);
        writeFileSync(path, mutateBytes(seed.bytes, mutations));
        lintsWithinBoundary(path);
      }),
      params,
    );
  }, TIMEOUT);

  it(`mutated bytes of the XML parts inside real workbooks (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: GRIDS.length - 1 }), fc.nat(), byteMutations, (i, part, mutations) => {
        const path = join(scratch, 'part.xlsx');
        writeFileSync(path, mutatePart(GRIDS[i].bytes, part, mutations));
        lintsWithinBoundary(path);
      }),
      params,
    );
  }, TIMEOUT);

  it(`regenerated sheets: random cells, marks, formulas, merges, hidden rows and columns (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: GRIDS.length - 1 }), sheetMutation, (i, m) => {
        const seed = GRIDS[i];
        const path = join(scratch, 'cells.xlsx');
        writeFileSync(path, mutateSheet(seed.bytes, seed.rows, m));
        lintsWithinBoundary(path);
      }),
      params,
    );
  }, TIMEOUT);

  it('a few mutated files through the CLI: exit 0, 1 or 2, and never a stack trace', () => {
    const files: string[] = [];
    fc.sample(fc.tuple(fc.integer({ min: 0, max: GRIDS.length - 1 }), sheetMutation, byteMutations), { numRuns: 6, seed: SEED ?? 42 })
      .forEach(([i, m, bytes], k) => {
        const sheet = mutateSheet(GRIDS[i].bytes, GRIDS[i].rows, m);
        const path = join(scratch, `cli-${k}.xlsx`);
        writeFileSync(path, k % 2 === 0 ? sheet : mutateBytes(sheet, bytes));
        files.push(path);
      });
    for (const format of ['text', 'json', 'sarif', 'html']) {
      const run = runMeasured([...files, '--format', format, ...(format === 'html' ? ['-o', join(scratch, 'report.html')] : [])]);
      expect([0, 1, 2]).toContain(run.code);
      expect(run.stderr).not.toMatch(STACK);
      expect(run.stderr).not.toMatch(/内部错误|internal error/);
    }
  });
});
