// catalog-check init: a blank catalog in the standard shape that passes catalog-check with
// no finding except those about its empty items, and never overwrites without --force.
import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliJson, convertWithLibreOffice, openXlsx, tempDir, textOf, type JsonFinding } from './helpers.js';

const dir = tempDir('cc-init-');
const out = join(dir, '户籍管理.xlsx');

describe('init --domain 户籍管理', () => {
  let run: ReturnType<typeof cli>;
  beforeAll(() => {
    run = cli(['init', '--domain', '户籍管理', '-o', out, '--rows', '5']);
  });

  it('writes the template and says what to do next', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`已生成空白标准目录：${out}`);
    expect(existsSync(out)).toBe(true);
  });

  it('has the title row, the two-row merged header, the □ checklist, √ drop-downs and a frozen header', async () => {
    const wb = await openXlsx(out);
    const ws = wb.getWorksheet('户籍管理')!;
    expect(textOf(ws.getCell('A1').value)).toBe('户籍管理领域基层政务公开标准目录');
    expect(ws.getCell('N1').master.address).toBe('A1');
    expect(ws.getCell('A3').master.address).toBe('A2'); // 序号 spans both header rows
    expect(ws.getCell('C2').master.address).toBe('B2'); // 公开事项 over 一级/二级
    expect(['B3', 'C3', 'I3', 'J3', 'K3', 'L3', 'M3', 'N3'].map((a) => textOf(ws.getCell(a).value))).toEqual(['一级事项', '二级事项', '全社会', '特定群体', '主动', '依申请', '县级', '乡级']);
    const channel = textOf(ws.getCell('H4').value);
    expect(channel.match(/□/g)).toHaveLength(13);
    expect(channel).not.toContain('■');
    for (const addr of ['I4', 'L6', 'N8']) {
      expect(ws.getCell(addr).dataValidation).toMatchObject({ type: 'list', formulae: ['"√"'] });
    }
    expect(ws.getCell('D4').dataValidation).toBeUndefined();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.getColumn('H').width).toBeGreaterThan(30);
  });

  it('passes catalog-check with no finding except those about its empty items', () => {
    const { report } = cliJson([out]);
    const rows = new Set([4, 5, 6, 7, 8]);
    const notOnItems = report.findings.filter((f: JsonFinding) => f.row === null || !rows.has(f.row));
    expect(notOnItems).toEqual([]);
    expect(report.files[0].sheets).toEqual([{ name: '户籍管理', domain: '户籍管理', items: 5 }]);
    expect(report.findings.some((f) => f.ruleId === 'element-empty')).toBe(true);
    // nothing about the table itself: every column is there, the domain is known
    expect(report.findings.filter((f) => f.ruleId.startsWith('element-column') || f.ruleId.startsWith('domain'))).toEqual([]);
  });

  it('opens in LibreOffice', () => {
    const { files } = convertWithLibreOffice(out, 'pdf');
    expect(files.some((f) => f.endsWith('.pdf'))).toBe(true);
  });

  it('never overwrites an existing file without --force', () => {
    const existing = join(dir, 'mine.xlsx');
    writeFileSync(existing, 'my own work');
    const refused = cli(['init', '--domain', '户籍管理', '-o', existing]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('已存在，没有覆盖；如确要覆盖，请加 --force');
    expect(readFileSync(existing, 'utf8')).toBe('my own work');
    const forced = cli(['init', '--domain', '户籍管理', '-o', existing, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(existing).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('init options', () => {
  it('--level 乡镇 has only the 乡级 level column', async () => {
    const file = join(dir, '乡镇.xlsx');
    expect(cli(['init', '--domain', '社会救助', '--level', '乡镇', '-o', file, '--rows', '2']).code).toBe(0);
    const ws = (await openXlsx(file)).getWorksheet('社会救助')!;
    expect(textOf(ws.getCell('M2').value)).toBe('公开层级');
    expect(textOf(ws.getCell('M3').value)).toBe('乡级');
    expect(ws.getCell('N3').value).toBeNull();
    const { report } = cliJson([file]);
    expect(report.findings.filter((f) => f.row === null)).toEqual([]);
  });

  it('an unknown domain gets a clear message listing the domains', () => {
    const run = cli(['init', '--domain', '户口本', '-o', join(dir, 'x.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('不认识的领域“户口本”');
    expect(run.stderr).toContain('户籍管理、社会救助');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  it('speaks English with --lang en', () => {
    const run = cli(['init', '--domain', 'nope', '--lang', 'en', '-o', join(dir, 'y.xlsx')]);
    expect(run.stderr).toContain('unknown domain "nope"');
  });
});
