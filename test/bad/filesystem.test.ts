// What the file system can throw at the tool, made at run time in a scratch folder (git cannot
// carry permissions, FIFOs or looping links): symlink loops in a folder, a file and a folder
// without read permission, a FIFO with a catalog's name, a file name with escape sequences.
// Each is reported in one line, the good file beside it is still checked, nothing hangs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, STACK, runMeasured, type JsonReport } from './run.js';

const GOOD = join(ROOT, 'fixtures/read/title-two-row-header.xlsx');
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'cc-fs-'));
  chmodSync(scratch, 0o755);
  // loops/: a file linked to itself, two links to each other, a folder linked to its parent.
  mkdirSync(join(scratch, 'loops/sub'), { recursive: true });
  copyFileSync(GOOD, join(scratch, 'loops/good.xlsx'));
  symlinkSync('self.xlsx', join(scratch, 'loops/self.xlsx'));
  symlinkSync('b.csv', join(scratch, 'loops/a.csv'));
  symlinkSync('a.csv', join(scratch, 'loops/b.csv'));
  symlinkSync('..', join(scratch, 'loops/sub/up'));
  symlinkSync('gone.xlsx', join(scratch, 'loops/dangling.xlsx'));
  // perm/: a file and a folder no one but root may read.
  mkdirSync(join(scratch, 'perm/locked-folder'), { recursive: true });
  copyFileSync(GOOD, join(scratch, 'perm/good.xlsx'));
  copyFileSync(GOOD, join(scratch, 'perm/locked.xlsx'));
  copyFileSync(GOOD, join(scratch, 'perm/locked-folder/inside.xlsx'));
  chmodSync(join(scratch, 'perm'), 0o755);
  chmodSync(join(scratch, 'perm/good.xlsx'), 0o644);
  chmodSync(join(scratch, 'perm/locked.xlsx'), 0o000);
  chmodSync(join(scratch, 'perm/locked-folder'), 0o000);
  // odd/: a FIFO named like a catalog (reading it would block forever), a name with escapes.
  mkdirSync(join(scratch, 'odd'));
  copyFileSync(GOOD, join(scratch, 'odd/good.xlsx'));
  spawnSync('mkfifo', [join(scratch, 'odd/pipe.csv')]);
  writeFileSync(join(scratch, 'odd/evil\u001b[31m\u202ename.xlsx'), 'not a workbook');
});

afterAll(() => {
  chmodSync(join(scratch, 'perm/locked-folder'), 0o755);
  rmSync(scratch, { recursive: true, force: true });
});

const json = (stdout: string) => JSON.parse(stdout) as JsonReport;

describe('symlink loops in a folder', () => {
  it('reports each looping or broken link in one line and checks the real file once', () => {
    const run = runMeasured(['loops', '--format', 'json'], { cwd: scratch });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK);
    const files = json(run.stdout).files;
    expect(files.map((f) => f.path)).toEqual(['loops/a.csv', 'loops/b.csv', 'loops/dangling.xlsx', 'loops/good.xlsx', 'loops/self.xlsx']);
    for (const p of ['loops/a.csv', 'loops/b.csv', 'loops/self.xlsx']) {
      expect(files.find((f) => f.path === p)!.error).toMatch(/符号链接形成循环.*请把链接改为指向真实文件/);
    }
    expect(files.find((f) => f.path === 'loops/dangling.xlsx')!.error).toMatch(/文件不存在/);
    expect(files.find((f) => f.path === 'loops/good.xlsx')!.error).toBeNull();
  });
});

// root reads everything: the check runs the CLI as root without the capabilities that bypass
// file permissions (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so a mode-000 file is unreadable
// while the tool's own files, wherever the checkout lives, still are.
const UNPRIVILEGED = ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--'];
const canDropPrivileges = process.getuid?.() === 0 && spawnSync(UNPRIVILEGED[0], [...UNPRIVILEGED.slice(1), 'true']).status === 0;

describe('no read permission', () => {
  it.skipIf(!canDropPrivileges)('says so for a file and a folder, and checks the readable file (runs the CLI without permission-bypassing capabilities; skipped unless root with setpriv)', () => {
    const run = runMeasured(['perm/locked.xlsx', 'perm/locked-folder', 'perm/good.xlsx', '--format', 'json'], {
      cwd: scratch,
      prefix: UNPRIVILEGED,
    });
    expect(run.stderr).not.toMatch(STACK);
    expect(run.code).toBe(2);
    const files = json(run.stdout).files;
    expect(files.find((f) => f.path === 'perm/locked.xlsx')!.error).toMatch(/没有读取权限，请检查文件权限或用有权限的账号运行/);
    expect(files.find((f) => f.path === 'perm/locked-folder')!.error).toMatch(/没有读取权限/);
    expect(files.find((f) => f.path === 'perm/good.xlsx')!.error).toBeNull();
  });
});

describe('odd files in a folder', () => {
  it('a FIFO is refused at once instead of blocking, and a file name with escape sequences cannot drive the terminal', () => {
    const run = runMeasured(['odd'], { cwd: scratch });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stdout).toMatch(/odd\/pipe\.csv\n {2}无法读取：这不是普通文件/);
    // The name is shown with visible escapes, so it can still be found.
    expect(run.stdout).toContain('odd/evil\\u001b[31m\\u202ename.xlsx');
    expect(run.stdout).not.toMatch(/[\u001b\u202e]/);
  });
});

describe('report paths', () => {
  it('stay relative to the working directory for folders and globs, spaces, Chinese and emoji included', () => {
    const folder = json(runMeasured(['fixtures/bad/names', '--format', 'json']).stdout);
    expect(folder.files.map((f) => f.path)).toEqual(['fixtures/bad/names/户籍 管理（导出）✅.csv', 'fixtures/bad/names/救灾 目录 2024 🏠.xlsx']);
    const glob = json(runMeasured(['fixtures/bad/names/*.xlsx', '--format', 'json']).stdout);
    expect(glob.files.map((f) => f.path)).toEqual(['fixtures/bad/names/救灾 目录 2024 🏠.xlsx']);
    const inside = json(runMeasured(['names', '--format', 'json'], { cwd: join(ROOT, 'fixtures/bad') }).stdout);
    expect(inside.files.map((f) => f.path)).toEqual(['names/户籍 管理（导出）✅.csv', 'names/救灾 目录 2024 🏠.xlsx']);
    expect(inside.findings.every((f) => f.file.startsWith('names/'))).toBe(true);
  });
});
