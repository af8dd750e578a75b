// Bad inputs get a one-line message naming the file and what to do, exit status 2, and the
// other files are still checked. Runs the built CLI as a user would (npm test builds first).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const cli = (...args: string[]) => spawnSync('node', ['bin/catalog-check.js', ...args], { encoding: 'utf8' });

const CASES: [file: string, says: RegExp][] = [
  ['not-a-spreadsheet.xlsx', /不是电子表格/],
  ['truncated.xlsx', /已损坏/],
  ['password-protected.xlsx', /密码/],
  ['legacy.xls', /另存为 \.xlsx/],
  ['xls-renamed.xlsx', /旧版 Excel（\.xls）/],
  ['wps-table.et', /WPS 表格（\.et）/],
  ['opendocument.ods', /OpenDocument/],
  ['ods-renamed.xlsx', /OpenDocument/],
  ['empty.xlsx', /空的/],
  ['empty-sheet.xlsx', /没有找到目录表格.*空工作表/],
  ['no-header.xlsx', /没有找到目录表格.*没有找到目录表头/],
];

describe('bad input', () => {
  for (const [file, says] of CASES) {
    it(`${file}: a clear message, exit 2, the good file still checked`, () => {
      const path = `fixtures/read/bad/${file}`;
      const good = 'fixtures/read/title-two-row-header.xlsx';
      const run = cli(path, good, '--format', 'json');
      expect(run.status).toBe(2);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
      const report = JSON.parse(run.stdout) as { files: { path: string; error: string | null; sheets: unknown[] }[] };
      const bad = report.files.find((f) => f.path === path)!;
      expect(bad.error).toMatch(says);
      expect(bad.error!.split('\n')).toHaveLength(1);
      const ok = report.files.find((f) => f.path === good)!;
      expect(ok.error).toBeNull();
      expect(ok.sheets).toEqual([{ name: 'Sheet1', domain: '户籍管理', items: 4 }]);
    });
  }

  it('in text output the message names the file, in English with --lang en', () => {
    const run = cli('fixtures/read/bad/legacy.xls', '--lang', 'en');
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('fixtures/read/bad/legacy.xls');
    expect(run.stdout).toMatch(/save it as \.xlsx/);
  });
});
