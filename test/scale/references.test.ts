// Reference data is loaded once per run and reaches the worker threads intact: the coverage
// findings of a run on two threads equal those of a run on one. A changed reference file
// empties the cache, because the findings depend on it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { join } from 'node:path';
import { ROOT, tempDir } from '../cli/helpers.js';
import { run, runStats } from './helpers.js';

const CASE = join(ROOT, 'fixtures/e2e/checkpoint-2');
const CATALOG = '渝北区养老服务标准目录.xlsx';
let dir: string;

beforeAll(() => {
  dir = tempDir('catalog-check-refs-');
  cpSync(CASE, dir, { recursive: true });
  // Three districts' copies of the catalog, so there is work for two threads.
  for (const name of ['江北区养老服务标准目录.xlsx', '北碚区养老服务标准目录.xlsx']) copyFileSync(join(dir, CATALOG), join(dir, name));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reference data and threads', () => {
  it('coverage findings are the same on two threads as on one', () => {
    const one = run(dir, ['*.xlsx', '--jobs', '1', '--format', 'json', '--debug']);
    const two = run(dir, ['*.xlsx', '--jobs', '2', '--format', 'json', '--debug']);
    expect(runStats(two.stderr)?.mode).toBe('threads: 2');
    const report = JSON.parse(one.stdout) as { findings: { ruleId: string; checkpoint: number | null }[] };
    // The lists reached the rules: checkpoint-2 findings exist.
    expect(report.findings.some((f) => f.checkpoint === 2)).toBe(true);
    expect(two.stdout).toBe(one.stdout);
  });

  it('a changed reference file is a cache miss for every catalog', () => {
    const first = run(dir, ['*.xlsx', '--cache', '--debug']);
    expect(runStats(first.stderr)).toMatchObject({ files: 3 });
    expect(runStats(run(dir, ['*.xlsx', '--cache', '--debug']).stderr)).toMatchObject({ cached: 3, linted: 0 });
    // The power list saved again (its parts stored instead of deflated): the same rows, new bytes.
    const list = join(dir, 'reference/渝北区民政局权责清单.xlsx');
    writeFileSync(list, zipSync(unzipSync(readFileSync(list)), { level: 0 }));
    const after = run(dir, ['*.xlsx', '--cache', '--debug']);
    expect(runStats(after.stderr), after.stderr).toMatchObject({ cached: 0, linted: 3 });
  });
});
