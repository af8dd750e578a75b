// Safe outputs, across every command and output that exists: the inputs are byte-identical
// after every command (--fix and --annotate included), no output option (nor the lint cache)
// ever overwrites an input (by path, symlink or hard link; reference files, the config and input reports count
// as inputs), catalog text beginning with = + - @ stays text in every spreadsheet and markdown
// output, and HTML escapes everything. Runs in a scratch copy, so a failure cannot harm the repo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { ROOT, STACK, runMeasured } from './run.js';
import { readWorkbook } from '../../src/read/index.js';

const HOSTILE = join(ROOT, 'fixtures/office/hostile/hostile.xlsx');
/** Formula-like catalog text in the inputs: must never become a formula or lead a cell. */
const FORMULAS = ['=HYPERLINK("http://x","y")', '-1+2', '+SUM(1,2)', '@SUM(1)', "=cmd|' /C calc'!A0", '@SUM(9)', '-2+3', '+1'];
const MARKUP = ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=2">'];

let dir: string;
const inDir = () => join(dir, 'in');
const out = (name: string) => join(dir, 'out', name);
const run = (args: string[]) => runMeasured(args, { cwd: dir });

function hashTree(root: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const name of readdirSync(root, { recursive: true }) as string[]) {
    const path = join(root, name);
    try {
      hashes[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
    } catch {
      /* a folder */
    }
  }
  return hashes;
}

/** A CSV version of the hostile catalog with changed and added formula-like cells, for diff. */
function hostileCsv(): string {
  const rows = readWorkbook(HOSTILE).sheets[0].rows.map((r) => Array.from({ length: 14 }, (_, c) => r?.[c] ?? ''));
  rows[3][2] = "=cmd|' /C calc'!A0";
  rows[4][4] = '@SUM(9)';
  rows.push(['3', '-2+3', '死亡登记', '+1', '《户口登记条例》', '实时', '区公安分局', '■政府网站', '√', '', '√', '', '√', '']);
  return rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-outputs-'));
  mkdirSync(join(dir, 'in'));
  mkdirSync(join(dir, 'out'));
  copyFileSync(HOSTILE, join(dir, 'in/hostile.xlsx'));
  writeFileSync(join(dir, 'in/hostile-new.csv'), hostileCsv());
  copyFileSync(join(ROOT, 'fixtures/cli/one-error.xlsx'), join(dir, 'in/one-error.xlsx'));
  copyFileSync(join(ROOT, 'fixtures/samples/01_福建省泉州市洛江区_户籍管理.gbk.csv'), join(dir, 'in/户籍管理.gbk.csv'));
  copyFileSync(join(ROOT, 'fixtures/cli/warnings-only.xlsx'), join(dir, 'baseline.xlsx'));
  writeFileSync(join(dir, 'catalog-check.config.json'), '{ "lang": "zh" }\n');
  linkSync(join(dir, 'in/one-error.xlsx'), join(dir, 'hard-link.xlsx'));
  symlinkSync('in/one-error.xlsx', join(dir, 'soft-link.xlsx'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every command and every output format, each writing into out/. */
const COMMANDS: string[][] = [
  ['in'],
  ['in', '-f', 'json', '-o', 'out/report.json'],
  ['in', '-f', 'sarif', '-o', 'out/report.sarif'],
  ['in', '-f', 'html', '-o', 'out/report.html'],
  ['in/hostile.xlsx', '--annotate', 'out/annotated.xlsx'],
  ['in', '--annotate', 'out/annotated/'],
  ['in/hostile.xlsx', '--fix', '-o', 'out/fixed.xlsx'],
  ['in', '--baseline', 'baseline.xlsx', '-f', 'json', '--shard', '1/2', '-o', 'out/shard-1.json'],
  ['in', '--baseline', 'baseline.xlsx', '-f', 'json', '--shard', '2/2', '-o', 'out/shard-2.json'],
  ['merge', 'out/shard-1.json', 'out/shard-2.json', '-o', 'out/merged.json'],
  ['diff', 'in/hostile.xlsx', 'in/hostile-new.csv'],
  ['diff', 'in/hostile.xlsx', 'in/hostile-new.csv', '-f', 'json', '-o', 'out/diff.json'],
  ['diff', 'in/hostile.xlsx', 'in/hostile-new.csv', '-f', 'markdown', '-o', 'out/diff.md'],
  ['diff', 'in/hostile.xlsx', 'in/hostile-new.csv', '-f', 'html', '-o', 'out/diff.html'],
  ['dump', 'in/hostile.xlsx'],
  ['dump', 'in/hostile-new.csv', '-f', 'json'],
  ['rules'],
  ['init', '--domain', '户籍管理', '-o', 'out/init.xlsx'],
];

describe('every command leaves its inputs byte-identical', () => {
  it('after lint (every format), --annotate, --fix, shards and merge, diff (every format), dump, rules and init', () => {
    const before = { ...hashTree(inDir()), baseline: hashTree(dir)['baseline.xlsx'] };
    for (const args of COMMANDS) {
      const r = run(args);
      expect([0, 1], `${args.join(' ')}: ${r.stderr}`).toContain(r.code);
      expect(r.stderr).not.toMatch(STACK);
    }
    expect({ ...hashTree(inDir()), baseline: hashTree(dir)['baseline.xlsx'] }).toEqual(before);
    for (const f of ['report.json', 'report.sarif', 'report.html', 'annotated.xlsx', 'fixed.xlsx', 'merged.json', 'diff.md', 'diff.html', 'init.xlsx']) {
      expect(existsSync(out(f)), f).toBe(true);
    }
  }, 600_000); // eighteen CLI runs on a shared two-core machine
});

describe('no output option overwrites an input', () => {
  const REFUSED: [string, string[]][] = [
    ['-o onto a catalog', ['in/one-error.xlsx', '-o', 'in/one-error.xlsx']],
    ['-o spelt differently', ['in/one-error.xlsx', '-o', './in/../in/one-error.xlsx']],
    ['-o onto a hard link to a catalog', ['in/one-error.xlsx', '-o', 'hard-link.xlsx']],
    ['-o onto a symlink to a catalog', ['in', '-o', 'soft-link.xlsx']],
    ['-o onto a reference file', ['in/one-error.xlsx', '--baseline', 'baseline.xlsx', '-o', 'baseline.xlsx']],
    ['-o onto the config file', ['in/one-error.xlsx', '-o', 'catalog-check.config.json']],
    ['--annotate onto a catalog', ['in/hostile.xlsx', '--annotate', 'in/hostile.xlsx']],
    ['--annotate onto a hard link', ['in/one-error.xlsx', '--annotate', 'hard-link.xlsx']],
    ['--annotate into the inputs\' own folder', ['in/one-error.xlsx', 'in/hostile.xlsx', '--annotate', 'in']],
    ['--fix -o onto a catalog', ['in/hostile.xlsx', '--fix', '-o', 'in/hostile.xlsx']],
    ['--fix -o onto a reference file', ['in/hostile.xlsx', '--baseline', 'baseline.xlsx', '--fix', '-o', 'baseline.xlsx']],
    ['diff -o onto the old version', ['diff', 'in/hostile.xlsx', 'in/hostile-new.csv', '-o', 'in/hostile.xlsx']],
    ['diff -o onto a hard link to an input', ['diff', 'in/one-error.xlsx', 'in/hostile.xlsx', '-o', 'hard-link.xlsx']],
    ['--cache-location onto a catalog', ['in/one-error.xlsx', '--cache', '--cache-location', 'in/one-error.xlsx']],
    ['merge -o onto an input report', ['merge', 'out/shard-1.json', 'out/shard-2.json', '-o', 'out/shard-1.json']],
    ['init -o onto an existing file (without --force)', ['init', '--domain', '户籍管理', '-o', 'in/one-error.xlsx']],
  ];

  it('refuses each with one line and exit 2, and every input is unchanged', () => {
    if (!existsSync(out('shard-1.json'))) run(COMMANDS[7]);
    if (!existsSync(out('shard-2.json'))) run(COMMANDS[8]);
    const before = hashTree(dir);
    for (const [what, args] of REFUSED) {
      const r = run(args);
      expect(r.code, what).toBe(2);
      expect(r.stderr, what).not.toMatch(STACK);
      expect(r.stderr.trim().split('\n'), what).toHaveLength(1);
      expect(r.stderr, what).toMatch(/不能覆盖|不会覆盖|已存在|not overwritten|never overwritten/);
    }
    expect(hashTree(dir)).toEqual(before);
  }, 600_000);
});

/** Cells of every worksheet: [text, isFormula] for each cell with a value. */
function xlsxCells(path: string): { formulas: string[]; texts: string[] } {
  const parts = unzipSync(readFileSync(path));
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const shared = parts['xl/sharedStrings.xml'] ? [...strFromU8(parts['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => unescape(m[1].replace(/<[^>]+>/g, ''))) : [];
  const formulas: string[] = [];
  const texts: string[] = [...shared];
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = strFromU8(bytes);
    for (const m of xml.matchAll(/<f[^>]*>([^<]*)<\/f>/g)) formulas.push(unescape(m[1]));
    for (const m of xml.matchAll(/<is>([\s\S]*?)<\/is>/g)) texts.push(unescape(m[1].replace(/<[^>]+>/g, '')));
  }
  return { formulas, texts };
}

describe('formula-like catalog text stays text', () => {
  for (const name of ['annotated.xlsx', 'fixed.xlsx', 'annotated/hostile.xlsx']) {
    it(`${name}: no catalog text became a formula; it is kept as string cells`, () => {
      const path = out(name);
      if (!existsSync(path)) run(COMMANDS.find((c) => c.join(' ').includes(name.split('/')[0]))!);
      const { formulas, texts } = xlsxCells(path);
      for (const payload of [...FORMULAS, ...MARKUP]) {
        expect(formulas.filter((f) => f.includes(payload.replace(/^[=+\-@]/, ''))), payload).toEqual([]);
      }
      for (const payload of ['=HYPERLINK("http://x","y")', '+SUM(1,2)', '@SUM(1)', MARKUP[0]]) expect(texts).toContain(payload);
    });
  }

  it('diff markdown: no table cell begins with = + - @, and no raw HTML', () => {
    const md = readFileSync(out('diff.md'), 'utf8');
    const rows = md.split('\n').filter((l) => l.startsWith('|') && !/^\|[\s:|-]+\|$/.test(l));
    expect(rows.length).toBeGreaterThan(2);
    const cells = rows.flatMap((l) => l.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim()));
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(md).toMatch(/\| '=HYPERLINK/); // the hostile cells are there, neutralised
    expect(md).not.toMatch(/<script|<img/);
  });
});

describe('HTML escapes everything', () => {
  for (const name of ['report.html', 'diff.html']) {
    it(`${name}: catalog markup appears only escaped`, () => {
      const html = readFileSync(out(name), 'utf8');
      for (const payload of MARKUP) expect(html).not.toContain(payload);
      expect(html).not.toMatch(/<img\b/);
      expect(html).toMatch(/&lt;img ?src=x ?onerror=&quot;window\.__pwned=2&quot;&gt;/);
    });
  }
});
