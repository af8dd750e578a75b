// Shared by the office-output tests: hashing inputs, opening outputs with exceljs, converting
// with LibreOffice headless, and driving Debian's Chromium through playwright-core.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT } from '../cli/helpers.js';

export { cli, cliJson, tempDir, ROOT, type JsonFinding } from '../cli/helpers.js';

export const OFFICE = {
  annotate: 'fixtures/office/annotate/渝北区户籍管理标准目录.xlsx',
  fix: 'fixtures/office/fix/渝北区社会救助标准目录.xlsx',
  folder: 'fixtures/office/folder/渝北区救灾标准目录.xlsx',
  hostile: 'fixtures/office/hostile/hostile.xlsx',
  csv: 'fixtures/samples/01_福建省泉州市洛江区_户籍管理.gbk.csv',
  merged: 'fixtures/samples/04_辽宁省营口市盖州市_社会救助.xlsx',
};

export const ARTIFACTS = join(ROOT, 'test-artifacts');

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(join(ROOT, path))).digest('hex');
}

export async function openXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Plain text of an exceljs cell value, whatever its kind. */
export function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'formula' in value) return `=${value.formula}`;
  return String(value);
}

export function noteText(note: string | ExcelJS.Comment | undefined): string {
  if (!note) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
}

/**
 * Converts with LibreOffice headless in a private profile; returns the files written. A
 * failed load exits 0 with "Error: source file could not be loaded", so the output is checked.
 */
export function convertWithLibreOffice(input: string, to: string): { files: string[]; log: string } {
  const work = mkdtempSync(join(tmpdir(), 'cc-lo-'));
  const out = join(work, 'out');
  mkdirSync(out);
  const log = execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', to, '--outdir', out, input], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 180_000,
  });
  return { files: readdirSync(out).map((f) => join(out, f)), log };
}

export function artifactsDir(): string {
  if (!existsSync(ARTIFACTS)) mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
