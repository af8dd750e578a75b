// --format html in a real headless Chromium (Debian's, through playwright-core): problem cells
// are highlighted, hovering or clicking shows their findings, the lists link to the cells,
// nothing is fetched from the network, and the page prints on A4 landscape.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { artifactsDir, CHROMIUM_ARGS, cli, cliJson, OFFICE, tempDir, type JsonFinding } from './helpers.js';

let browser: Browser;
let page: Page;
const requests: string[] = [];
const dir = tempDir('cc-html-');
const report = join(dir, 'report.html');
let findings: JsonFinding[];

beforeAll(async () => {
  findings = cliJson([OFFICE.annotate, OFFICE.folder]).report.findings;
  const run = cli([OFFICE.annotate, OFFICE.folder, '--format', 'html', '-o', report]);
  expect(run.code).toBe(1);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(report).href);
});

afterAll(async () => {
  await browser?.close();
});

describe('the HTML report', () => {
  it('is one self-contained file: no external resources, nothing requested but itself', () => {
    const html = readFileSync(report, 'utf8');
    expect(html).not.toMatch(/<link|<img|src=|@import|url\(|https?:\/\//i);
    expect(html).toContain('Content-Security-Policy');
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
  });

  it('highlights the cell of every finding, coloured by its worst severity', async () => {
    const cells = new Map<string, string>();
    for (const f of findings.filter((g) => g.row !== null && g.column)) {
      const key = `${f.file}|${f.column}${f.row}`;
      if (cells.get(key) !== 'error') cells.set(key, f.severity);
    }
    await expect(page.locator('td.f').count()).resolves.toBe(cells.size);
    const e5 = page.locator('section#file-0 td.f[data-where="Sheet1!E5"]');
    await expect(e5.getAttribute('class')).resolves.toContain('error');
    const f7 = page.locator('section#file-0 td.f[data-where="Sheet1!F7"]');
    await expect(f7.getAttribute('class')).resolves.toContain('warning');
  });

  it('shows a cell’s findings on click, and on hover', async () => {
    await page.locator('section#file-0 td.f[data-where="Sheet1!G5"]').click();
    const panel = page.locator('#panel');
    await expect(panel.isVisible()).resolves.toBe(true);
    const text = await panel.innerText();
    expect(text).toContain('Sheet1!G5');
    expect(text).toContain('公开主体“相关部门”是模板文字，应填写具体单位');
    expect(text).toContain('subject-placeholder');
    expect(text).toContain('修改：');
    await page.keyboard.press('Escape');
    await expect(panel.isVisible()).resolves.toBe(false);

    await page.locator('section#file-0 td.f[data-where="Sheet1!F7"]').hover();
    await expect(panel.innerText()).resolves.toContain('“及时”没有明确期限');
    await page.screenshot({ path: join(artifactsDir(), 'html-report-hover.png') });
    await page.mouse.move(0, 0);
  });

  it('groups findings under the four checkpoints with counts per file', async () => {
    const counts = await page.locator('section#file-0 .group h4 .count').allInnerTexts();
    const expected = [1, 2, 3, 4, null].map((cp) => String(findings.filter((f) => f.file === OFFICE.annotate && f.checkpoint === cp).length));
    expect(counts).toEqual(expected);
    const titles = await page.locator('section#file-0 .group h4').allInnerTexts();
    expect(titles[2]).toContain('要素完备度');
    expect(titles[3]).toContain('公开主体完备度');
    // table-level finding of the second file is listed, without a cell
    await expect(page.locator('section#file-1 .group.cp-3').innerText()).resolves.toContain('缺少“公开时限”列');
  });

  it('jumps to a cell from the list and shows its findings', async () => {
    await page.locator('section#file-0 a.loc[data-cell]', { hasText: 'Sheet1!H6' }).click();
    const target = page.locator('section#file-0 td.f[data-where="Sheet1!H6"]');
    await expect(target.getAttribute('class')).resolves.toContain('selected');
    await expect(page.locator('#panel').innerText()).resolves.toContain('一个也没有选');
    await page.screenshot({ path: join(artifactsDir(), 'html-report.png') });
  });

  it('draws merged cells with rowspan and colspan', async () => {
    await expect(page.locator('section#file-0 table.grid td[colspan="14"]').first().innerText()).resolves.toContain('户籍管理领域基层政务公开标准目录');
    await expect(page.locator('section#file-0 table.grid td[rowspan="3"]').first().innerText()).resolves.toBe('户籍登记');
  });

  it('prints on A4 landscape', async () => {
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(box).not.toBeNull();
    const [w, h] = [Number(box![1]), Number(box![2])];
    expect(Math.round(w)).toBe(842); // 297 mm
    expect(Math.round(h)).toBe(595); // 210 mm
  });
});
