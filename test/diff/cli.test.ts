// `catalog-check diff` as CI and reviewers run it: the built CLI spawned with real fixture
// pairs, asserting exit status, what lands on stdout or in the file, and the one-line
// message for an input that cannot be read. `npm test` builds first.
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANSI, cli, tempDir } from '../cli/helpers.js';
import { failsOn } from '../../src/diff/index.js';

const f = (name: string) => `fixtures/diff/${name}`;
const diff = (...args: string[]) => cli(['diff', ...args]);

describe('exit status', () => {
  it('0 when nothing changed, and says so', () => {
    const run = diff(f('base.xlsx'), f('reordered.xlsx'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✔ 两个版本的事项和要素没有实质变化');
    expect(run.stdout).toContain('新增 0 项，删除 0 项，更名 0 项，修改 0 项（未变 9 项）');
    expect(run.stderr).toBe('');
  });

  it('0 without --fail-on, whatever changed', () => {
    expect(diff(f('base.xlsx'), f('revised.xlsx')).code).toBe(0);
  });

  // Each spawn costs seconds on a shared machine; the full ladder is checked on failsOn below.
  const table: [string, string, number][] = [
    ['removed', 'removed.xlsx', 1],
    ['removed', 'added.xlsx', 0],
    ['changed', 'edited.xlsx', 1],
    ['changed', 'added.xlsx', 0],
    ['any', 'added.xlsx', 1],
  ];
  for (const [level, file, code] of table) {
    it(`--fail-on ${level} with ${file}: ${code}`, () => {
      expect(diff(f('base.xlsx'), f(file), '--fail-on', level).code).toBe(code);
    });
  }

  it('--fail-on is a ladder: removed ⊂ changed ⊂ any; additions fail only "any"', () => {
    const base = { added: 0, removed: 0, renamed: 0, changed: 0, unchanged: 9, breaking: false };
    const cases: [Partial<typeof base>, boolean, boolean, boolean][] = [
      [{}, false, false, false],
      [{ added: 1 }, false, false, true],
      [{ changed: 1 }, false, true, true],
      [{ renamed: 1 }, false, true, true],
      [{ removed: 1, breaking: true }, true, true, true],
    ];
    for (const [counts, removed, changed, any] of cases) {
      const s = { ...base, ...counts };
      expect([failsOn(s, 'removed'), failsOn(s, 'changed'), failsOn(s, 'any')], JSON.stringify(counts)).toEqual([removed, changed, any]);
    }
  });

  it('2 for an unknown --fail-on value', () => {
    const run = diff(f('base.xlsx'), f('added.xlsx'), '--fail-on', 'everything');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});

describe('unreadable input', () => {
  it('exits 2 with one line per file, no stack trace', () => {
    const run = diff(f('不存在.xlsx'), f('base.xlsx'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('catalog-check: fixtures/diff/不存在.xlsx: 文件不存在，请检查路径\n');
  });

  it('names both files when both fail, in English with --lang en', () => {
    const run = diff(f('sources.mjs'), f('nope.csv'), '--lang', 'en');
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^catalog-check: fixtures\/diff\/sources\.mjs: the content is not a spreadsheet/);
    expect(lines[1]).toBe('catalog-check: fixtures/diff/nope.csv: file not found; check the path');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a workbook without a catalog table is unreadable too', () => {
    const run = diff(f('base.xlsx'), f('not-a-catalog.xlsx'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^catalog-check: fixtures\/diff\/not-a-catalog\.xlsx: 没有找到目录表格/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('output', () => {
  it('text by default, no colour when stdout is not a terminal', () => {
    const run = diff(f('base.xlsx'), f('channel-ticked.xlsx'));
    expect(run.stdout).not.toMatch(ANSI);
    expect(run.stdout).toContain('公开渠道和载体：新增渠道：两微一端');
  });

  it('json, markdown (and its alias md) and html on stdout', () => {
    const json = JSON.parse(diff(f('base.xlsx'), f('removed.xlsx'), '--format', 'json').stdout);
    expect(json.summary).toMatchObject({ removed: 1, breaking: true });
    const md = diff(f('base.xlsx'), f('removed.xlsx'), '-f', 'md').stdout;
    expect(md).toBe(diff(f('base.xlsx'), f('removed.xlsx'), '-f', 'markdown').stdout);
    expect(md).toMatch(/^## 标准目录对比/);
    expect(diff(f('base.xlsx'), f('removed.xlsx'), '-f', 'html').stdout).toMatch(/^<!DOCTYPE html>/);
  });

  it('-o writes the report to a file and nothing to stdout', () => {
    const out = join(tempDir('diff-out-'), 'review.md');
    const run = diff(f('base.xlsx'), f('revised.xlsx'), '-f', 'markdown', '-o', out, '--fail-on', 'removed');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('| 删除 ⚠️ | 特困人员救助供养/审核信息 |');
  });

  it('-o never overwrites an input', () => {
    const dir = tempDir('diff-input-');
    const input = join(dir, 'new.xlsx');
    copyFileSync(f('edited.xlsx'), input);
    const before = readFileSync(input);
    const run = diff(f('base.xlsx'), input, '-o', input);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/不能覆盖输入/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('a file given as output that exists and is not an input is replaced', () => {
    const out = join(tempDir('diff-out-'), 'old-report.json');
    writeFileSync(out, 'stale');
    expect(diff(f('base.xlsx'), f('edited.xlsx'), '-f', 'json', '-o', out).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.changed).toBe(1);
    expect(statSync(out).size).toBeGreaterThan(100);
  });

  it('CSV against xlsx', () => {
    const run = diff(f('export.gbk.csv'), f('edited.xlsx'), '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0 added, 0 removed, 0 renamed, 1 changed (8 unchanged)');
  });
});
