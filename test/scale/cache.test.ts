// --cache: a file whose content and settings are unchanged is not linted again; its findings
// are replayed from the cache. A changed file, rule setting or language is linted afresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../cli/helpers.js';
import { makeRepo, run, runJson, runStats } from './helpers.js';

let repo: string;
beforeAll(() => {
  repo = makeRepo();
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const CACHE = () => join(repo, '.catalog-check-cache');

describe('--cache', () => {
  it('a second run replays every file from the cache, with the same report', () => {
    const first = run(repo, ['.', '--cache', '--debug', '--format', 'json']);
    expect(runStats(first.stderr)).toMatchObject({ files: 8, cached: 0, linted: 8 });
    expect(existsSync(CACHE())).toBe(true);
    const second = run(repo, ['.', '--cache', '--debug', '--format', 'json']);
    expect(runStats(second.stderr)).toMatchObject({ files: 8, cached: 8, linted: 0 });
    expect(second.stdout).toBe(first.stdout);
    expect(second.code).toBe(first.code);
  });

  it('a hit is not linted: what the cache holds is what the report says', () => {
    run(repo, ['.', '--cache']);
    // Plant a finding in the cache entry of one file; only a replay can report it.
    const cache = JSON.parse(readFileSync(CACHE(), 'utf8')) as { entries: Record<string, { result: { findings: Record<string, unknown>[] } }> };
    const entry = cache.entries['江北区/安全生产.xlsx'];
    expect(entry).toBeDefined();
    entry.result.findings = [{ ...(entry.result.findings[0] ?? {}), ruleId: 'planted-by-test', message: '来自缓存', file: 'whatever', severity: 'warning', checkpoint: null, sheet: null, row: null, column: null, element: null, item: null, hint: '', address: null }];
    writeFileSync(CACHE(), JSON.stringify(cache));
    const { report } = runJson(repo, ['江北区', '--cache']);
    const planted = report.findings.filter((f) => f.ruleId === 'planted-by-test');
    // Replayed under the path as given now, not the one stored.
    expect(planted).toEqual([expect.objectContaining({ file: '江北区/安全生产.xlsx', message: '来自缓存' })]);
  });

  it('a changed file is linted again; the others still come from the cache', () => {
    rmSync(CACHE(), { force: true });
    run(repo, ['.', '--cache']);
    copyFileSync(join(ROOT, 'fixtures/cli/one-error.xlsx'), join(repo, 'a-first.xlsx'));
    const after = runJson(repo, ['.', '--cache', '--debug']);
    expect(runStats(after.stderr)).toMatchObject({ cached: 7, linted: 1 });
    const fresh = runJson(repo, ['.']).report;
    expect(after.report).toEqual(fresh);
  });

  it('the text report is the same from lint threads, from the cache, and from both', () => {
    // Lint threads render their files' text blocks; replayed files are rendered by the reporter.
    rmSync(CACHE(), { force: true });
    const fresh = run(repo, ['.']);
    expect(run(repo, ['.', '--cache']).stdout).toBe(fresh.stdout);
    const replayed = run(repo, ['.', '--cache', '--debug']);
    expect(runStats(replayed.stderr)).toMatchObject({ cached: 8, linted: 0 });
    expect(replayed.stdout).toBe(fresh.stdout);
    const file = join(repo, '北碚区/卫生健康.xlsx');
    const original = readFileSync(file);
    try {
      copyFileSync(join(ROOT, 'fixtures/cli/one-error.xlsx'), file);
      const mixed = run(repo, ['.', '--cache', '--debug']);
      expect(runStats(mixed.stderr)).toMatchObject({ cached: 7, linted: 1 });
      expect(mixed.stdout).toBe(run(repo, ['.']).stdout);
      expect(mixed.stdout).not.toBe(fresh.stdout);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('a different rule setting or language empties the cache', () => {
    rmSync(CACHE(), { force: true });
    run(repo, ['.', '--cache']);
    expect(runStats(run(repo, ['.', '--cache', '--debug', '--rule', 'element-empty=off']).stderr)).toMatchObject({ cached: 0, linted: 8 });
    const en = run(repo, ['.', '--cache', '--debug', '--lang', 'en', '--format', 'json']);
    expect(runStats(en.stderr)).toMatchObject({ cached: 0, linted: 8 });
    const enAgain = run(repo, ['.', '--cache', '--debug', '--lang', 'en', '--format', 'json']);
    expect(runStats(enAgain.stderr)).toMatchObject({ cached: 8, linted: 0 });
    expect(enAgain.stdout).toBe(en.stdout); // English messages replayed in English
  });

  it('refuses a cache location that is an input, and leaves the input as it was (exit 2)', () => {
    const before = readFileSync(join(repo, '渝北区/户籍管理.xlsx'));
    const r = run(repo, ['渝北区', '--cache-location', '渝北区/户籍管理.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/缓存文件 .*是输入文件/);
    expect(readFileSync(join(repo, '渝北区/户籍管理.xlsx')).equals(before)).toBe(true);
  });

  it('--cache-location takes a file or a folder; a damaged cache is rebuilt, not an error', () => {
    const inFolder = run(repo, ['渝北区', '--cache-location', 'ci-cache/']);
    expect(inFolder.code).not.toBe(2);
    expect(existsSync(join(repo, 'ci-cache/.catalog-check-cache'))).toBe(true);
    writeFileSync(join(repo, 'my.cache'), '{ damaged');
    const damaged = run(repo, ['渝北区', '--cache-location', 'my.cache', '--debug']);
    expect(damaged.code).not.toBe(2);
    expect(runStats(damaged.stderr)).toMatchObject({ cached: 0, linted: 3 });
    expect(JSON.parse(readFileSync(join(repo, 'my.cache'), 'utf8')).entries).toBeDefined();
  });
});
