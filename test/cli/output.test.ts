// What a user sees: language, colour, -o, paths as given, unreadable inputs next to good ones.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSI, BIN, cli, cliJson, FIXTURES, ROOT, tempDir } from './helpers.js';

describe('--lang', () => {
  it('Chinese by default, English with --lang en', () => {
    const zh = cli([FIXTURES.oneError]);
    expect(zh.stdout).toMatch(/错误/);
    expect(zh.stdout).toMatch(/修改：/);
    const en = cli([FIXTURES.oneError, '--lang', 'en']);
    expect(en.stdout).toMatch(/\berror\b/);
    expect(en.stdout).toMatch(/fix: /);
    expect(en.stdout).not.toMatch(/错误|修改：|未发现问题|个事项/);
    const { report } = cliJson([FIXTURES.oneError, '--lang', 'en']);
    expect(report.findings[0].message).toMatch(/[a-z]{3,}/);
  });
});

describe('colour', () => {
  it('no ANSI escapes when stdout is not a TTY, whatever the format', () => {
    for (const format of ['text', 'json', 'sarif']) expect(cli([FIXTURES.checkpoint3, '--format', format]).stdout).not.toMatch(ANSI);
  });

  // `script` gives the CLI a pseudo-terminal, the way a person runs it.
  const hasScript = spawnSync('script', ['--version']).status === 0;
  const onTty = (extra: string, env: Record<string, string> = {}) =>
    spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" "${FIXTURES.oneError}" ${extra}`, '/dev/null'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
    }).stdout;
  it.skipIf(!hasScript)('colour on a TTY', () => {
    expect(onTty('')).toMatch(ANSI);
  });
  it.skipIf(!hasScript)('none on a TTY with --no-color', () => {
    const out = onTty('--no-color');
    expect(out).toContain('element-empty');
    expect(out).not.toMatch(ANSI);
  });
  it.skipIf(!hasScript)('none on a TTY with NO_COLOR set', () => {
    const out = onTty('', { NO_COLOR: '1' });
    expect(out).toContain('element-empty');
    expect(out).not.toMatch(ANSI);
  });
});

describe('-o, --output', () => {
  it('writes the report to the file and nothing to stdout', () => {
    const out = join(tempDir(), '报告.json');
    const run = cli([FIXTURES.oneError, '--format', 'json', '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).findings.length).toBeGreaterThan(0);
  });

  it('never overwrites an input', () => {
    const dir = tempDir();
    const input = join(dir, '目录.xlsx');
    copyFileSync(resolve(ROOT, FIXTURES.oneError), input);
    const before = readFileSync(input);
    for (const target of [input, join(dir, '.', '目录.xlsx')]) {
      const run = cli([input, '-o', target]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('目录.xlsx');
      expect(readFileSync(input).equals(before)).toBe(true);
    }
    const viaFolder = cli([dir, '-o', input], { cwd: dir });
    expect(viaFolder.code, viaFolder.stderr + viaFolder.stdout.slice(0, 400)).toBe(2);
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});

describe('file paths', () => {
  it('`file` and files[].path are the path as given: relative stays relative', () => {
    const rel = FIXTURES.oneError;
    const { report } = cliJson([rel]);
    expect(report.files.map((f) => f.path)).toEqual([rel]);
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set([rel]));

    const fromFixtures = cliJson(['cli/one-error.xlsx'], { cwd: join(ROOT, 'fixtures') }).report;
    expect(fromFixtures.findings[0].file).toBe('cli/one-error.xlsx');

    const abs = resolve(ROOT, rel);
    expect(cliJson([abs]).report.findings[0].file).toBe(abs);
  });

  it('a folder lists the files under it, relative to the folder as given', () => {
    const { report } = cliJson([FIXTURES.checkpoint3]);
    expect(report.files.length).toBeGreaterThan(1);
    for (const f of report.files) expect(f.path.startsWith(`${FIXTURES.checkpoint3}/`), f.path).toBe(true);
  });
});

describe('unreadable inputs', () => {
  it('are reported while the other inputs are still checked; exit 2', () => {
    const { code, report } = cliJson([FIXTURES.missing, FIXTURES.oneError]);
    expect(code).toBe(2);
    const missing = report.files.find((f) => f.path === FIXTURES.missing)!;
    const good = report.files.find((f) => f.path === FIXTURES.oneError)!;
    expect(missing).toMatchObject({ sheets: [] });
    expect(missing.error).toMatch(/不存在/);
    expect(good.error).toBeNull();
    expect(good.sheets.length).toBe(1);
    expect(report.findings.some((f) => f.file === FIXTURES.oneError)).toBe(true);

    const text = cli([FIXTURES.missing, FIXTURES.oneError]);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain(`${FIXTURES.missing}\n  无法读取：`);
    expect(text.stdout).toContain('1 个文件无法读取');
  });

  it('a file of another kind gets a clear message, never a stack trace', () => {
    const dir = tempDir();
    const notes = join(dir, '说明.docx');
    writeFileSync(notes, 'not a workbook');
    const run = cli([notes]);
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stdout).toMatch(/无法读取：.+/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(notes)).toBe(true);
  });
});
