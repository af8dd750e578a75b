// Opening an input as an exceljs workbook to write a copy of it. exceljs is loaded lazily:
// it costs a few hundred milliseconds of start-up that a plain lint run does not pay.
// An .xlsx input is copied as it is (merges, widths, styles, comments kept); a CSV input
// becomes a one-sheet workbook of text cells read by our own reader (encoding detected).
import type { Workbook, Worksheet } from 'exceljs';
import { readWorkbook, type ReadLimits } from '../read/index.js';
import { verifyPackage } from '../read/package.js';

export type ExcelModule = typeof import('exceljs');

let excel: ExcelModule | undefined;
export async function loadExcel(): Promise<ExcelModule> {
  // exceljs is CommonJS: under NodeNext its namespace arrives as the default export.
  excel ??= ((await import('exceljs')) as unknown as { default: ExcelModule }).default;
  return excel;
}

export async function openForCopy(path: string, limits: ReadLimits): Promise<{ workbook: Workbook; format: 'xlsx' | 'csv' }> {
  const raw = readWorkbook(path, limits);
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  if (raw.format === 'xlsx') {
    verifyPackage(path, limits); // exceljs inflates every part: none may be a bomb or hold a DTD
    await workbook.xlsx.readFile(path);
    return { workbook, format: 'xlsx' };
  }
  for (const sheet of raw.sheets) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31) || 'Sheet1');
    sheet.rows.forEach((row, r) => {
      row?.forEach((text, c) => {
        // Strings stay string cells: "=1+1" in a CSV is text, never a formula.
        if (text !== undefined && text !== '') ws.getCell(r + 1, c + 1).value = text;
      });
    });
    sizeColumns(ws);
  }
  return { workbook, format: 'csv' };
}

/** Column widths from the longest line in each column (CJK counts double), within 8..50. */
export function sizeColumns(ws: Worksheet): void {
  const widths: number[] = [];
  ws.eachRow((row) => {
    row.eachCell((cell, col) => {
      const text = typeof cell.value === 'string' ? cell.value : String(cell.text ?? '');
      const longest = Math.max(...text.split('\n').map(displayWidth));
      widths[col] = Math.max(widths[col] ?? 0, longest);
    });
  });
  widths.forEach((w, col) => {
    if (w) ws.getColumn(col).width = Math.min(50, Math.max(8, w + 2));
  });
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}
