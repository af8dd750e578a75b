// --annotate: the copy carries a fill and a comment on the cell of every finding (the top-left
// cell of a merge), a 检查结果 sheet lists every finding with a link, the original's merges,
// widths and formatting are kept, LibreOffice opens it, and the input is never touched.
import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../src/read/index.js';
import { cli, cliJson, convertWithLibreOffice, noteText, OFFICE, openXlsx, ROOT, sha256, tempDir, textOf, type JsonFinding } from './helpers.js';

const FILL: Record<string, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };

describe('--annotate on a catalog with findings', () => {
  const dir = tempDir('cc-annotate-');
  const out = join(dir, '批注.xlsx');
  let findings: JsonFinding[];
  let before: string;
  let run: ReturnType<typeof cli>;

  beforeAll(() => {
    before = sha256(OFFICE.annotate);
    findings = cliJson([OFFICE.annotate]).report.findings;
    run = cli([OFFICE.annotate, '--annotate', out]);
  });

  it('writes the copy, says where, and leaves the input byte-identical', () => {
    expect(run.code).toBe(1); // the catalog has errors; annotating does not change the exit status
    expect(run.stderr).toContain(`已生成 1 个批注副本：${out}`);
    expect(existsSync(out)).toBe(true);
    expect(sha256(OFFICE.annotate)).toBe(before);
  });

  it('fills and comments exactly the cells of the findings', async () => {
    const wb = await openXlsx(out);
    const ws = wb.getWorksheet('Sheet1')!;
    const onCells = findings.filter((f) => f.row !== null && f.column);
    expect(onCells.length).toBeGreaterThan(4);
    for (const f of onCells) {
      const cell = ws.getCell(`${f.column}${f.row}`);
      const note = noteText(cell.note);
      expect(note, `${f.column}${f.row}`).toContain(f.message);
      expect(note).toContain(f.ruleId);
      expect(note).toContain('修改：');
      const fill = cell.fill as { fgColor?: { argb?: string } };
      const worst = onCells.filter((g) => g.column === f.column && g.row === f.row).some((g) => g.severity === 'error') ? 'error' : f.severity;
      expect(fill.fgColor?.argb).toBe(FILL[worst]);
    }
    // and no other cell got a comment
    const commented: string[] = [];
    ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => { if (cell.note) commented.push(cell.address); }));
    expect(new Set(commented)).toEqual(new Set(onCells.map((f) => `${f.column}${f.row}`)));
  });

  it('does not paint neighbours that shared a style with a finding cell', async () => {
    const wb = await openXlsx(out);
    const ws = wb.getWorksheet('Sheet1')!;
    const clean = ws.getCell('D4'); // a content cell with no finding, same style as E5
    expect((clean.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb).not.toBe(FILL.error);
  });

  it('lists every finding on a 检查结果 sheet with a link to its cell, and opens on it', async () => {
    const wb = await openXlsx(out);
    const results = wb.getWorksheet('检查结果')!;
    expect(results).toBeDefined();
    expect(textOf(results.getCell('A1').value)).toContain('检查结果');
    expect(results.getRow(2).values).toContain('问题');
    for (const [i, f] of findings.entries()) {
      const row = results.getRow(i + 3);
      expect(textOf(row.getCell(7).value)).toBe(f.message);
      expect(textOf(row.getCell(9).value)).toBe(f.ruleId);
      const link = row.getCell(4).value as { formula?: string; result?: string };
      expect(link.formula).toBe(`HYPERLINK("#Sheet1!${f.column}${f.row}","Sheet1!${f.column}${f.row}")`);
    }
    expect(results.rowCount).toBe(findings.length + 2);
    expect(wb.views[0].activeTab).toBe(wb.worksheets.indexOf(results));
  });

  it('keeps the merges, the column widths and the cell text of the original', async () => {
    const original = readWorkbook(join(ROOT, OFFICE.annotate)).sheets[0];
    const copy = readWorkbook(out).sheets.find((s) => s.name === 'Sheet1')!;
    const sorted = (m: typeof copy.merges) => [...m].sort((x, y) => x.top - y.top || x.left - y.left);
    expect(sorted(copy.merges)).toEqual(sorted(original.merges));
    expect(copy.rows).toEqual(original.rows);
    const [a, b] = [await openXlsx(join(ROOT, OFFICE.annotate)), await openXlsx(out)];
    const widths = (wb: typeof a) => wb.getWorksheet('Sheet1')!.columns.map((c) => c.width);
    expect(widths(b)).toEqual(widths(a));
    const bold = (wb: typeof a, addr: string) => wb.getWorksheet('Sheet1')!.getCell(addr).font;
    expect(bold(b, 'B2')).toEqual(bold(a, 'B2'));
  });

  it('opens in LibreOffice headless without errors', () => {
    const { files, log } = convertWithLibreOffice(out, 'pdf');
    expect(log).not.toMatch(/Error/i);
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(1);
    expect(statSync(files[0]).size).toBeGreaterThan(1000);
  });
});

describe('--annotate keeps merges: findings inside a merged range go to its top-left cell', () => {
  it('puts a finding on a covered cell on the merge master', async () => {
    const dir = tempDir('cc-annotate-merge-');
    const out = join(dir, 'merged.xlsx');
    const { report } = cliJson([OFFICE.merged]);
    const run = cli([OFFICE.merged, '--annotate', out]);
    expect(run.code).not.toBe(2);
    const wb = await openXlsx(out);
    for (const f of report.findings.filter((g) => g.row !== null && g.column)) {
      const cell = wb.getWorksheet(f.sheet!)!.getCell(`${f.column}${f.row}`);
      expect(noteText(cell.master.note)).toContain(f.message);
    }
  });
});

describe('--annotate refuses to overwrite an input, and handles folders and CSV', () => {
  it('refuses an output that is the input, with a clear message, and writes nothing', () => {
    const before = sha256(OFFICE.annotate);
    const run = cli([OFFICE.annotate, '--annotate', OFFICE.annotate]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/是输入文件.*覆盖输入/);
    expect(sha256(OFFICE.annotate)).toBe(before);
  });

  it('refuses a file name for several inputs', () => {
    const dir = tempDir('cc-annotate-many-');
    const run = cli([OFFICE.annotate, OFFICE.folder, '--annotate', join(dir, 'one.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('请给一个文件夹');
  });

  it('writes one copy per input into a folder, table-level findings on the 检查结果 sheet', async () => {
    const dir = tempDir('cc-annotate-folder-');
    const run = cli(['fixtures/office/annotate', 'fixtures/office/folder', '--annotate', dir]);
    expect(run.stderr).toContain('已生成 2 个批注副本');
    expect(readdirSync(join(dir, 'annotate'))).toEqual(['渝北区户籍管理标准目录.xlsx']);
    const wb = await openXlsx(join(dir, 'folder', '渝北区救灾标准目录.xlsx'));
    const results = wb.getWorksheet('检查结果')!;
    expect((results.getCell('D3').value as { result?: string }).result).toBe('Sheet1（整张表）');
    expect(textOf(results.getCell('G3').value)).toContain('公开时限');
  });

  it('annotates a GBK CSV as an .xlsx copy of text cells', async () => {
    const dir = tempDir('cc-annotate-csv-');
    const out = join(dir, 'csv.xlsx');
    const before = sha256(OFFICE.csv);
    const run = cli([OFFICE.csv, '--annotate', out]);
    expect(run.code).not.toBe(2);
    expect(sha256(OFFICE.csv)).toBe(before);
    const copy = readWorkbook(out).sheets[0];
    const original = readWorkbook(join(ROOT, OFFICE.csv)).sheets[0];
    expect(copy.rows.slice(0, 5)).toEqual(original.rows.slice(0, 5));
  });
});
