// Catalog cells holding markup and formula-like text stay text in every office output:
// the HTML report (escaped, no script runs), the annotated workbook (string cells, not
// formulas, also when LibreOffice opens them) and its 检查结果 sheet, and the fixed copy.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { artifactsDir, CHROMIUM_ARGS, cli, convertWithLibreOffice, noteText, OFFICE, openXlsx, sha256, tempDir } from './helpers.js';

const HYPERLINK = '=HYPERLINK("http://x","y")';
const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=2">';
const dir = tempDir('cc-hostile-');
const before = sha256(OFFICE.hostile);

describe('hostile cells in the HTML report', () => {
  let browser: Browser;
  beforeAll(async () => {
    cli([OFFICE.hostile, '--format', 'html', '-o', join(dir, 'report.html')]);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  afterAll(async () => browser?.close());

  it('escapes everything: the text shows as text and nothing runs', async () => {
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toContain('<img');
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dir, 'report.html')).href);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.locator('img').count()).resolves.toBe(0);
    const cells = await page.locator('table.grid td').allTextContents();
    expect(cells).toContain(HYPERLINK);
    expect(cells).toContain(SCRIPT);
    expect(cells).toContain(IMG);
    // a finding whose message quotes the hostile item name shows it verbatim in the panel
    await page.locator('td.f[data-where="户籍管理!E4"]').click();
    await expect(page.locator('#panel').innerText()).resolves.toContain(`事项“${HYPERLINK}/出生登记”`);
    await page.screenshot({ path: join(artifactsDir(), 'html-report-hostile.png') });
  });
});

describe('hostile cells in the annotated workbook and its 检查结果 sheet', () => {
  const out = join(dir, 'annotated.xlsx');
  beforeAll(() => {
    cli([OFFICE.hostile, '--annotate', out]);
  });

  it('keeps catalog text as string cells and writes item names and messages as strings', async () => {
    const wb = await openXlsx(out);
    const sheet = wb.getWorksheet('户籍管理')!;
    expect(sheet.getCell('B4').value).toBe(HYPERLINK);
    expect(sheet.getCell('D4').value).toBe(SCRIPT);
    expect(sheet.getCell('D5').value).toBe('+SUM(1,2)');
    expect(sheet.getCell('E5').value).toBe('@SUM(1)');
    const results = wb.getWorksheet('检查结果')!;
    const items: unknown[] = [];
    results.eachRow((row, n) => { if (n > 2) items.push(row.getCell(6).value); });
    expect(items).toContain(`${HYPERLINK}/出生登记`);
    expect(items.every((v) => typeof v === 'string')).toBe(true);
  });

  it('keeps a comment the author wrote and adds the finding below it', async () => {
    const note = (await openXlsx(out)).getWorksheet('户籍管理')!.getCell('G5').note;
    expect(noteText(note)).toMatch(/^请核实主体\n\n【错误】公开主体“相关部门”是模板文字/);
  });

  it('is not evaluated by LibreOffice: the text comes back verbatim', () => {
    const { files } = convertWithLibreOffice(out, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1');
    const catalog = readFileSync(files.find((f) => f.endsWith('户籍管理.csv'))!, 'utf8');
    const results = readFileSync(files.find((f) => f.endsWith('检查结果.csv'))!, 'utf8');
    expect(catalog).toContain('"=HYPERLINK(""http://x"",""y"")"');
    expect(catalog).toContain('+SUM(1,2)');
    expect(catalog).not.toMatch(/(^|,)3(,|$)/m); // +SUM(1,2) was not computed
    expect(results).toContain('"=HYPERLINK(""http://x"",""y"")/出生登记"');
    expect(sha256(OFFICE.hostile)).toBe(before);
  });
});

describe('hostile cells in the fixed copy', () => {
  it('stay strings', async () => {
    const out = join(dir, 'fixed.xlsx');
    cli([OFFICE.hostile, '--fix', '-o', out]);
    const wb = await openXlsx(out);
    const sheet = wb.getWorksheet('户籍管理')!;
    expect(sheet.getCell('B4').value).toBe(HYPERLINK);
    expect(sheet.getCell('C5').value).toBe('-1+2');
    expect(sha256(OFFICE.hostile)).toBe(before);
  });
});
