// --shard i/n splits the inputs so that the shards together check every file exactly once,
// and `catalog-check merge` turns the shards' reports into the report of a single run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shardFiles } from '../../src/run/inputs.js';
import { makeRepo, run, runJson } from './helpers.js';

let repo: string;
beforeAll(() => {
  repo = makeRepo();
  // An unreadable input and a glob that matches nothing belong to exactly one shard too.
  writeFileSync(join(repo, '损坏.xlsx'), 'not a zip');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('shardFiles', () => {
  it('puts every file in exactly one shard, for any number of shards', () => {
    const files = Array.from({ length: 500 }, (_, i) => `区县${i % 41}/目录_${i}.xlsx`);
    for (const count of [1, 2, 3, 4, 7]) {
      const shards = Array.from({ length: count }, (_, i) => shardFiles(files, i + 1, count));
      expect(shards.flat().sort()).toEqual([...files].sort());
      // Spread evenly enough for a job matrix: no shard more than twice its share.
      for (const s of shards) expect(s.length).toBeLessThan((2 * files.length) / count);
    }
  });

  it('keeps a file in its shard when other files come and go', () => {
    const files = Array.from({ length: 50 }, (_, i) => `d/${i}.xlsx`);
    const before = shardFiles(files, 2, 3);
    const after = shardFiles([...files, 'd/new-1.xlsx', 'd/new-2.xlsx'].filter((f) => f !== 'd/7.xlsx'), 2, 3);
    expect(after.filter((f) => !f.startsWith('d/new'))).toEqual(before.filter((f) => f !== 'd/7.xlsx'));
  });
});

describe('--shard and merge', () => {
  const inputs = ['.', '没有这个区/*.xlsx'];
  const shardReports = (format: 'json' | 'sarif', count: number) =>
    Array.from({ length: count }, (_, i) => {
      const out = `shard-${i + 1}.${format}`;
      const r = run(repo, [...inputs, '--shard', `${i + 1}/${count}`, '--format', format, '-o', join('..', `${repo.split('/').pop()}-${out}`)]);
      // 1 for findings; 2 in the shards that hold the unreadable inputs, as in a single run.
      expect([1, 2], r.stderr).toContain(r.code);
      return join(repo, '..', `${repo.split('/').pop()}-${out}`);
    });

  it('the shards together check every file exactly once', () => {
    const single = runJson(repo, inputs).report.files.map((f) => f.path);
    const shards = [1, 2, 3].map((i) => runJson(repo, [...inputs, '--shard', `${i}/3`]).report.files.map((f) => f.path));
    expect(shards.flat().sort()).toEqual([...single].sort());
    expect(new Set(shards.flat()).size).toBe(single.length);
  });

  it('merged JSON reports equal the single run, byte for byte', () => {
    const single = run(repo, [...inputs, '--format', 'json']).stdout;
    const reports = shardReports('json', 3);
    const merged = run(repo, ['merge', ...reports.reverse()]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(single);
    for (const r of reports) rmSync(r);
  });

  it('merged SARIF reports equal the single run, artifacts and indexes included', () => {
    const single = run(repo, [...inputs, '--format', 'sarif']).stdout;
    const reports = shardReports('sarif', 3);
    const out = join(repo, '..', `${repo.split('/').pop()}-merged.sarif`);
    const merged = run(repo, ['merge', '--format', 'sarif', '-o', out, ...reports]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(single);
    for (const r of [...reports, out]) rmSync(r);
  });

  it('--quiet shard reports merge to the --quiet single run (summary still counts everything)', () => {
    const single = run(repo, [...inputs, '--quiet', '--format', 'json']).stdout;
    const reports = [1, 2].map((i) => {
      const path = join(repo, '..', `${repo.split('/').pop()}-q${i}.json`);
      run(repo, [...inputs, '--quiet', '--shard', `${i}/2`, '--format', 'json', '-o', path]);
      return path;
    });
    expect(run(repo, ['merge', ...reports]).stdout).toBe(single);
    for (const r of reports) rmSync(r);
  });

  it('refuses overlapping shards, mixed formats and bad --shard values (exit 2)', () => {
    const json = join(repo, '..', `${repo.split('/').pop()}-all.json`);
    const sarif = join(repo, '..', `${repo.split('/').pop()}-all.sarif`);
    run(repo, [...inputs, '--format', 'json', '-o', json]);
    run(repo, [...inputs, '--format', 'sarif', '-o', sarif]);
    const twice = run(repo, ['merge', json, json]);
    expect(twice.code).toBe(2);
    expect(twice.stderr, twice.stderr).toMatch(/出现在两份报告中/);
    const mixed = run(repo, ['merge', json, sarif, '--lang', 'en']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/differ in format/);
    for (const bad of ['0/3', '4/3', '1-3', 'a/b']) {
      const r = run(repo, ['.', '--shard', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr, bad).toMatch(/--shard/);
    }
    rmSync(json);
    rmSync(sarif);
  });
});
