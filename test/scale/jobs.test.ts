// --jobs: worker threads give the same report as one thread, byte for byte, in every format;
// bad values are a failed run. Progress is drawn only on a terminal, after a moment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Progress, fitLeft, displayWidth } from '../../src/run/progress.js';
import { makeRepo, run, runStats } from './helpers.js';
import { BIN } from '../cli/helpers.js';

let repo: string;
beforeAll(() => {
  repo = makeRepo();
  writeFileSync(join(repo, '损坏.xlsx'), 'not a zip');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('--jobs', () => {
  for (const format of ['json', 'text', 'sarif']) {
    it(`--jobs 2 writes the same ${format} report as --jobs 1`, () => {
      const one = run(repo, ['.', '--jobs', '1', '--debug', '--format', format]);
      const two = run(repo, ['.', '--jobs', '2', '--debug', '--format', format]);
      expect(runStats(one.stderr)?.mode).toBe('in-process');
      expect(runStats(two.stderr)?.mode).toBe('threads: 2');
      expect(two.stdout).toBe(one.stdout);
      expect(two.code).toBe(one.code);
    });
  }

  for (const format of ['text', 'json']) {
    it(`the ${format} report is the same bytes through a pipe, to stdout redirected to a file, and with -o`, () => {
      const piped = run(repo, ['.', '--jobs', '2', '--format', format]);
      const redirected = join(repo, `..-stdout-${format}.out`);
      const fd = openSync(redirected, 'w');
      try {
        spawnSync(process.execPath, [BIN, '.', '--jobs', '2', '--format', format], { cwd: repo, stdio: ['ignore', fd, 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
      } finally {
        closeSync(fd);
      }
      const output = join(repo, `..-o-${format}.out`);
      run(repo, ['.', '--jobs', '2', '--format', format, '-o', output]);
      try {
        expect(piped.stdout.length).toBeGreaterThan(0);
        expect(readFileSync(redirected, 'utf8')).toBe(piped.stdout);
        expect(readFileSync(output, 'utf8')).toBe(piped.stdout);
      } finally {
        rmSync(redirected, { force: true });
        rmSync(output, { force: true });
      }
    });
  }

  it('a text report (whose findings stay in the lint threads) counts them as the JSON report does, for the summary and --max-warnings', () => {
    const good = ['渝北区', '江北区', '北碚区', 'a-first.xlsx'];
    type Json = { summary: { errors: number; warnings: number; infos: number }; findings: { ruleId: string; severity: string }[] };
    const json = JSON.parse(run(repo, [...good, '--format', 'json']).stdout) as Json;
    const { errors, warnings, infos } = json.summary;
    expect(errors + warnings).toBeGreaterThan(0);
    // Every error rule made a warning: then the count of warnings alone decides the exit code.
    const asWarnings = [...new Set(json.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))].flatMap((id) => ['--rule', `${id}=warn`]);
    for (const jobs of ['1', '2']) {
      expect(run(repo, [...good, '--jobs', jobs, '--lang', 'en']).stdout, jobs).toContain(`${errors} error(s), ${warnings} warning(s), ${infos} info`);
      const total = errors + warnings;
      expect(run(repo, [...good, '--jobs', jobs, ...asWarnings, '--max-warnings', String(total)]).code, jobs).toBe(0);
      expect(run(repo, [...good, '--jobs', jobs, ...asWarnings, '--max-warnings', String(total - 1)]).code, jobs).toBe(1);
    }
  });

  it('a single file is checked without starting threads', () => {
    expect(runStats(run(repo, ['a-first.xlsx', '--debug']).stderr)?.mode).toBe('in-process');
  });

  it('--jobs must be a positive integer (exit 2)', () => {
    for (const bad of ['0', '-1', 'two', '1.5']) {
      const r = run(repo, ['.', '--jobs', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr, bad).toMatch(/--jobs/);
    }
  });
});

describe('progress', () => {
  const stream = (isTTY: boolean) => ({ isTTY, columns: 40, text: '', write(s: string) { this.text += s; } });

  it('is silent when stderr is not a terminal', () => {
    let now = 0;
    const s = stream(false);
    const p = new Progress(s, 10, 'zh', () => now);
    for (let i = 0; i < 10; i++) { now += 500; p.start(`f${i}.xlsx`); p.fileDone(); }
    p.end();
    expect(s.text).toBe('');
  });

  it('on a terminal, waits a moment, then shows done/total and the current file, and clears itself', () => {
    let now = 0;
    const s = stream(true);
    const p = new Progress(s, 3, 'zh', () => now);
    p.start('渝北区/户籍管理.xlsx');
    expect(s.text).toBe(''); // a quick run shows nothing
    now = 1000;
    p.fileDone();
    now = 1200;
    p.start('渝北区/社会救助.xlsx');
    expect(s.text).toContain('检查中 1/3');
    expect(s.text).toContain('渝北区/社会救助.xlsx');
    p.end();
    expect(s.text.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('cuts a long path from the left to the terminal width, counting Han characters as two columns', () => {
    const cut = fitLeft('很长的区县名称/很长的乡镇名称/标准目录.xlsx', 20);
    expect(displayWidth(cut)).toBeLessThanOrEqual(20);
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('标准目录.xlsx')).toBe(true);
  });
});
