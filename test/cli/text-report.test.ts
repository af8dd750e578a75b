// The text report as an office worker reads it: where (row, column letter and header), what is
// wrong and how to fix it, in the `row:column severity message rule-id` line shape.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { cli, cliJson, FIXTURES } from './helpers.js';

const LINE = /^ {2,}(\d+:[A-Z]{1,3}|\d+|表格|文件|table|file) +(错误|警告|提示|error|warning|info) {2}(.+) {2}([a-z0-9-]+)$/;

describe('text report', () => {
  it('one line per finding: position, severity, where in Excel and what, rule id; the fix below', () => {
    const run = cli([FIXTURES.checkpoint3]);
    const { report } = cliJson([FIXTURES.checkpoint3]);
    const lines = run.stdout.split('\n');
    const findingLines = lines.filter((l) => LINE.test(l));
    expect(findingLines).toHaveLength(report.findings.length);
    report.findings.forEach((f, i) => {
      const [, pos, , text, ruleId] = LINE.exec(findingLines[i])!;
      expect(ruleId).toBe(f.ruleId);
      expect(text).toContain(f.message);
      if (f.row !== null) {
        expect(pos).toBe(`${f.row}:${f.column}`);
        expect(text.startsWith(`第${f.row}行 ${f.column}列（`)).toBe(true);
      } else {
        expect(pos).toBe('表格');
        expect(text.startsWith('整张表格：')).toBe(true);
      }
      const next = lines[lines.indexOf(findingLines[i]) + 1];
      if (f.hint) expect(next.trim()).toBe(`修改：${f.hint}`);
    });
    expect(run.stdout).toMatch(/第6行 E列（公开依据）：/);
  });

  it('groups by file, the file path as given on its own line', () => {
    const run = cli([FIXTURES.checkpoint3]);
    const { report } = cliJson([FIXTURES.checkpoint3]);
    for (const file of report.files) expect(run.stdout.split('\n')).toContain(file.path);
  });

  it('ends with a summary line that counts errors, warnings, files and items', () => {
    const { report } = cliJson([FIXTURES.checkpoint3]);
    const last = cli([FIXTURES.checkpoint3]).stdout.trimEnd().split('\n').at(-1)!;
    const { errors, warnings, infos, files, items } = report.summary;
    expect(last).toBe(`✖ ${errors} 个错误，${warnings} 个警告，${infos} 个提示（检查了 ${files} 个文件、${items} 个事项）`);
    expect(cli([FIXTURES.clean]).stdout.trimEnd().split('\n').at(-1)).toMatch(/^✔ 未发现问题（检查了 1 个文件、\d+ 个事项）$/);
  });

  it('never says “未发现问题” alone when a file could not be read', () => {
    const run = cli([FIXTURES.clean, FIXTURES.missing]);
    const last = run.stdout.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(/^✖ /);
    expect(last).not.toMatch(/^✔/);
    expect(last).toContain('1 个文件无法读取');
    expect(run.stdout).toContain('无法读取：');
  });

  const needsReferences = RULES.filter((r) => (r.meta.requires ?? []).length > 0);
  it.skipIf(needsReferences.length === 0)('says once which checks were not run for lack of reference data', () => {
    const run = cli([FIXTURES.clean, FIXTURES.oneError]);
    expect(run.stdout.match(/未提供参考数据/g)).toHaveLength(1);
    for (const r of needsReferences) expect(run.stdout).toContain(r.meta.id);
    expect(cli([FIXTURES.oneError, '--lang', 'en']).stdout.match(/No reference data given/g)).toHaveLength(1);
  });

  it('runs every shared sample without a crash, in Chinese', () => {
    const run = cli(['fixtures/samples']);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    expect(run.stdout).toMatch(/检查了 \d+ 个文件/);
  });
});

describe('text reporter on a workbook with several catalog sheets', () => {
  const finding = (sheet: string | null, row: number | null, column: string | null, header: string | null) => ({
    ruleId: 'element-empty', checkpoint: 3 as const, severity: 'error' as const, message: '事项“出生/登记”的“公开依据”为空', hint: '填写该单元格',
    file: '目录.xlsx', sheet, row, column, element: 'basis' as const, item: '出生/登记', address: row && column ? `${sheet}!${column}${row}` : null, header,
  });
  const result = {
    files: [{ path: '目录.xlsx', sheets: [{ name: '户籍管理', domain: '户籍管理', items: 3 }, { name: '社会救助', domain: '社会救助', items: 5 }], error: null, notes: [] }],
    findings: [finding(null, null, null, null), finding('户籍管理', 7, 'E', '公开依据'), finding('社会救助', null, null, null)],
    skippedForReferences: [],
    toolVersion: '1.0.0',
  };

  it('names each sheet once, with its domain and item count, and says 表格/文件 for whole tables and files', async () => {
    const { textReporter } = await import('../../src/report/text.js');
    const text = textReporter(result, { lang: 'zh', color: false, rules: [] });
    expect(text).toContain('  工作表“户籍管理”（户籍管理，3 个事项）\n');
    expect(text).toContain('  工作表“社会救助”（社会救助，5 个事项）\n');
    expect(text).toMatch(/^ {2}文件 +错误 {2}整个文件：/m);
    expect(text).toMatch(/^ {4}7:E +错误 {2}第7行 E列（公开依据）：事项“出生\/登记”的“公开依据”为空 {2}element-empty$/m);
    expect(text).toMatch(/^ {4}表格 +错误 {2}整张表格：/m);
    const en = textReporter(result, { lang: 'en', color: false, rules: [] });
    expect(en).toContain('sheet "户籍管理" (户籍管理, 3 item(s))');
    expect(en).toMatch(/7:E +error {2}row 7, column E \(公开依据\): /);
  });
});
