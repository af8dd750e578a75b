// Every file of fixtures/bad (see its README), run through the CLI next to a good catalog, the
// way an office worker or a CI job would. For each: a one-line message naming the file and
// what to do, exit 2 — or findings, where the problem is in the catalog — the good file still
// checked, no stack trace, and the child's peak memory under a generous bound.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, STACK, runMeasured, type JsonReport } from './run.js';
import { loadCatalog } from '../../src/model/index.js';

const GOOD = 'fixtures/read/title-two-row-header.xlsx';
/** Generous: a normal run peaks near 100 MiB; inflating the 1.1 GB bomb would pass 1 GiB. */
const RSS_BOUND_MIB = 400;

type Expect =
  | { unreadable: RegExp }
  | { checked: true; rules?: Record<string, number>; note?: RegExp; items?: number };

const unreadable = (says: RegExp): Expect => ({ unreadable: says });
const checked = (more: { rules?: Record<string, number>; note?: RegExp; items?: number } = {}): Expect => ({ checked: true, ...more });

const CASES: Record<string, Expect> = {
  'truncated.xlsx': unreadable(/已损坏，无法解压.*请重新保存或重新下载/),
  'not-a-spreadsheet.xlsx': unreadable(/不是电子表格/),
  'password-protected.xlsx': unreadable(/打开密码.*取消密码/),
  'legacy.xls': unreadable(/旧版 Excel（\.xls）.*另存为 \.xlsx/),
  'xls-renamed.xlsx': unreadable(/旧版 Excel（\.xls）/),
  'wps-table.et': unreadable(/WPS 表格（\.et）.*另存为 \.xlsx/),
  'wps-renamed.xlsx': unreadable(/另存为 \.xlsx/),
  'opendocument.ods': unreadable(/OpenDocument.*另存为 \.xlsx/),
  'ods-renamed.xlsx': unreadable(/OpenDocument/),
  'apple.numbers': unreadable(/Apple Numbers.*导出为 \.xlsx/),
  'numbers-renamed.xlsx': unreadable(/Apple Numbers/),
  'xlsx-renamed.xls': checked({ items: 6 }),
  'empty.xlsx': unreadable(/空的（0 字节）.*重新导出/),
  'empty.csv': unreadable(/空的（0 字节）/),
  'no-sheets.xlsx': unreadable(/没有工作表/),
  'no-rows.xlsx': unreadable(/没有找到目录表格.*空工作表/),
  'empty-sheet.xlsx': unreadable(/没有找到目录表格.*空工作表/),
  'no-header.xlsx': unreadable(/没有找到目录表格.*没有找到目录表头/),
  'cell-10mb.xlsx': unreadable(/单元格 Sheet1!D11 的文字超过 32767 个字符/),
  'columns-16384.xlsx': checked({ items: 6 }),
  'row-1048576.xlsx': checked(),
  'row-beyond-excel.xlsx': unreadable(/Sheet1!A1048577 超出了 1048576 行、16384 列的上限.*limits\.maxRows/),
  'merge-whole-sheet.xlsx': unreadable(/超过 5000000 个的上限/),
  'zip-bomb.xlsx': unreadable(/sheet1\.xml”解压后超过 256 MiB 的上限（可能是压缩炸弹）/),
  'zip-bomb-lying.xlsx': unreadable(/sheet1\.xml”解压后的大小与文件记录的不符/),
  'zip-bomb-overlap.xlsx': unreadable(/解压后超过 512 MiB 的上限/),
  'part-bomb.xlsx': checked({ items: 6 }), // the linter never inflates the image; see the office test below
  'billion-laughs.xlsx': unreadable(/sharedStrings\.xml”含有 DTD 声明/),
  'external-entity.xlsx': unreadable(/sheet1\.xml”含有 DTD 声明/),
  'formula-errors.xlsx': checked({ rules: { 'formula-error': 4 } }),
  'hidden-content.xlsx': checked({ rules: { 'hidden-content': 3 } }),
  'mixed-encoding.csv': checked({ items: 6, note: /混用了 UTF-8 和 GBK 两种编码（第 7、8 行是 GBK）/ }),
  'stray-quote-unclosed.csv': unreadable(/第 5 行：引号没有闭合/),
  'stray-quote-swallow.csv': checked({ items: 4, note: /第 4 行的一个单元格把后面 2 行也并了进去/ }),
  'nul-bytes.csv': checked({ items: 6 }),
  'bom-in-middle.csv': checked({ items: 6 }),
  'names/救灾 目录 2024 🏠.xlsx': checked({ items: 6 }),
  'names/户籍 管理（导出）✅.csv': checked({ items: 2 }),
};

const path = (name: string) => `fixtures/bad/${name}`;
const ALL = Object.keys(CASES).map(path);

function listCorpus(dir = join(ROOT, 'fixtures/bad'), prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (statSync(join(dir, name)).isDirectory()) return listCorpus(join(dir, name), `${prefix}${name}/`);
    return /\.(md|fods|html)$/.test(name) ? [] : [`${prefix}${name}`];
  });
}

describe('the bad-input corpus', () => {
  it('every file in fixtures/bad has its case here, and every case its file', () => {
    expect(listCorpus().sort()).toEqual(Object.keys(CASES).sort());
  });

  // One run over the whole corpus: each bad file is reported and every other file still checked.
  const json = runMeasured([...ALL, GOOD, '--format', 'json']);
  const report = JSON.parse(json.stdout) as JsonReport;
  const text = runMeasured([...ALL, GOOD]);

  it('exits 2, prints no stack trace, and stays within the memory bound', () => {
    expect(json.code).toBe(2);
    expect(json.stderr).not.toMatch(STACK);
    expect(text.stderr).not.toMatch(STACK);
    expect(json.rssMiB).toBeLessThan(RSS_BOUND_MIB);
    expect(text.rssMiB).toBeLessThan(RSS_BOUND_MIB);
  });

  it('still checks the good file among them', () => {
    const good = report.files.find((f) => f.path === GOOD)!;
    expect(good.error).toBeNull();
    expect(good.sheets).toEqual([{ name: 'Sheet1', domain: '户籍管理', items: 4 }]);
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(`${name}: ${'unreadable' in expected ? 'one line saying what to do' : 'read and checked'}`, () => {
      const file = report.files.find((f) => f.path === path(name));
      expect(file, 'reported under the path as given').toBeDefined();
      const findings = report.findings.filter((f) => f.file === path(name));
      if ('unreadable' in expected) {
        expect(file!.error).toMatch(expected.unreadable);
        expect(file!.error).not.toContain('\n');
        expect(findings).toEqual([]);
        // The text report names the file, then says what is wrong on the next line.
        const lines = text.stdout.split('\n');
        const at = lines.indexOf(path(name));
        expect(at, 'the text report names the file').toBeGreaterThanOrEqual(0);
        expect(lines[at + 1]).toMatch(/^ {2}无法读取：/);
        expect(lines[at + 1]).toMatch(expected.unreadable);
      } else {
        expect(file!.error).toBeNull();
        if (expected.items !== undefined) expect(file!.sheets.reduce((n, s) => n + s.items, 0)).toBe(expected.items);
        for (const [rule, count] of Object.entries(expected.rules ?? {})) {
          expect(findings.filter((f) => f.ruleId === rule), rule).toHaveLength(count);
        }
        if (expected.note) expect(text.stdout).toMatch(expected.note);
      }
    });
  }

  it('says the same in English with --lang en', () => {
    const en = runMeasured([...ALL, GOOD, '--lang', 'en']);
    expect(en.code).toBe(2);
    const lines = en.stdout.split('\n').filter((l) => l.startsWith('  cannot read: '));
    expect(lines).toHaveLength(Object.values(CASES).filter((c) => 'unreadable' in c).length);
    for (const line of lines) expect(line).toMatch(/^ {2}cannot read: (the|this|cell|"|a |more|no |malformed|symbolic)/);
    expect(en.stdout).toMatch(/inflates past the limit of 256 MiB \(possibly a zip bomb\)/);
    expect(en.stdout).toMatch(/holds a DTD declaration/);
  });

  it('catalog problems are findings, not failed runs: formula errors exit 1, hidden content is reported', () => {
    const formulas = runMeasured([path('formula-errors.xlsx'), '--format', 'json']);
    expect(formulas.code).toBe(1);
    const hidden = runMeasured([path('hidden-content.xlsx'), '--format', 'json']);
    expect(hidden.code).not.toBe(2);
    const findings = (JSON.parse(hidden.stdout) as JsonReport).findings.filter((f) => f.ruleId === 'hidden-content');
    const said = findings.map((f) => f.message).join('\n');
    expect(said).toMatch(/“公开渠道和载体”列（H 列）被隐藏/);
    expect(said).toMatch(/第 5 行被隐藏/);
    expect(said).toMatch(/工作表“旧版目录”被隐藏/);
  });

  it('a bomb in a part only exceljs would read: --annotate and --fix refuse it in one line, bounded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-part-bomb-'));
    for (const args of [['--annotate', join(dir, 'annotated.xlsx')], ['--fix', '-o', join(dir, 'fixed.xlsx')]]) {
      const run = runMeasured([path('part-bomb.xlsx'), ...args]);
      expect(run.stderr).not.toMatch(STACK);
      expect(run.rssMiB).toBeLessThan(RSS_BOUND_MIB);
      expect(existsSync(args[args.length - 1]), args.join(' ')).toBe(false);
      if (args[0] === '--annotate') {
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/无法为 fixtures\/bad\/part-bomb\.xlsx 生成批注副本：.*image1\.png”解压后超过 256 MiB/);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('drops NUL bytes and stray BOMs instead of keeping them as text', () => {
    for (const name of ['nul-bytes.csv', 'bom-in-middle.csv']) {
      const workbook = loadCatalog(join(ROOT, path(name)));
      const texts = workbook.sheets.flatMap((s) => s.tables.flatMap((t) => t.items.map((i) => JSON.stringify(i))));
      expect(texts.join('')).not.toMatch(/\\u0000|\uFEFF/);
    }
  });
});
