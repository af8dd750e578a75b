// Many inputs: a folder (recursively), a glob, a list of files on stdin (`-`), config
// `ignore`; every report lists the files in one order, whatever the order of the arguments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, REPO_FILES, run, runJson } from './helpers.js';

// Code-unit order of the path: ASCII before Han characters, "-" before ".".
const ALL = [
  'a-first.xlsx',
  '北碚区/公共法律服务.xlsx',
  '北碚区/卫生健康.xlsx',
  '江北区/乡镇/三龙镇_救灾.xlsx',
  '江北区/安全生产.xlsx',
  '渝北区/户籍管理.xlsx',
  '渝北区/社会救助-导出.csv',
  '渝北区/社会救助.xlsx',
];

let repo: string;
beforeAll(() => {
  repo = makeRepo();
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const paths = (report: { files: { path: string }[] }) => report.files.map((f) => f.path);

describe('inputs', () => {
  it('a folder is read recursively, catalogs only, in path order', () => {
    const { report } = runJson(repo, ['.']);
    expect(paths(report)).toEqual(ALL);
    expect(Object.keys(REPO_FILES).sort()).toEqual([...ALL].sort());
    // Every finding belongs to a listed file, and findings follow the order of the files.
    const order = report.findings.map((f) => ALL.indexOf(f.file));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('the order of the arguments does not change the report', () => {
    const forward = run(repo, ['渝北区', '江北区', 'a-first.xlsx', '--format', 'json']);
    const backward = run(repo, ['a-first.xlsx', '江北区', '渝北区', '--format', 'json']);
    expect(forward.stdout).toBe(backward.stdout);
  });

  it('a glob expands to the catalogs it matches', () => {
    const { report } = runJson(repo, ['**/*.xlsx']);
    expect(paths(report)).toEqual(ALL.filter((p) => p.endsWith('.xlsx')));
    const district = runJson(repo, ['江北区/**/*.xlsx']).report;
    expect(paths(district)).toEqual(['江北区/乡镇/三龙镇_救灾.xlsx', '江北区/安全生产.xlsx']);
  });

  it('a glob that matches nothing is an unreadable input with its own message (exit 2)', () => {
    const { code, report } = runJson(repo, ['a-first.xlsx', '没有这个区/*.xlsx']);
    expect(code).toBe(2);
    const missing = report.files.find((f) => f.path === '没有这个区/*.xlsx');
    expect(missing?.error).toMatch(/没有与“没有这个区\/\*\.xlsx”匹配的目录文件/);
    expect(report.files.find((f) => f.path === 'a-first.xlsx')?.error).toBeNull();
  });

  it('- reads a list of files from stdin, one per line; duplicates are checked once', () => {
    const list = '江北区/安全生产.xlsx\r\n\n./a-first.xlsx\na-first.xlsx\n';
    const { report } = runJson(repo, ['-'], list);
    expect(paths(report)).toEqual(['./a-first.xlsx', '江北区/安全生产.xlsx']);
    // NUL-separated, as `find -print0` writes it, and mixed with a folder argument.
    const mixed = runJson(repo, ['-', '北碚区'], '渝北区/户籍管理.xlsx\0').report;
    expect(paths(mixed)).toEqual(['北碚区/公共法律服务.xlsx', '北碚区/卫生健康.xlsx', '渝北区/户籍管理.xlsx']);
  });

  it('config ignore skips files found in folders, not files named on the command line', () => {
    writeFileSync(join(repo, 'catalog-check.config.json'), JSON.stringify({ ignore: ['渝北区/**', '**/*.csv'] }));
    try {
      expect(paths(runJson(repo, ['.']).report)).toEqual(ALL.filter((p) => !p.startsWith('渝北区/')));
      expect(paths(runJson(repo, ['.', '渝北区/户籍管理.xlsx']).report)).toContain('渝北区/户籍管理.xlsx');
    } finally {
      rmSync(join(repo, 'catalog-check.config.json'));
    }
  });
});
