// The 检查结果 sheet: every finding of the file, one row each, with a link to its cell.
// Findings about a whole table or file (a missing column, coverage) live only here.
// Catalog text is written as string cells, so "=HYPERLINK(…)" in a catalog stays text; the
// only formulas on the sheet are the links the tool builds itself, with their text escaped.
import type { Workbook, Worksheet } from 'exceljs';
import type { Finding } from '../engine/types.js';
import type { Lang } from '../i18n/index.js';
import { quoteSheetName } from '../model/location.js';
import { formulaString } from './safe.js';
import { checkpointName, OFFICE_WORDS, SEVERITY_FILLS, SEVERITY_NAMES } from './words.js';

const WIDTHS = [6, 8, 24, 20, 18, 28, 56, 44, 24];

function uniqueSheetName(workbook: Workbook, wanted: string): string {
  const taken = new Set(workbook.worksheets.map((ws) => ws.name));
  let name = wanted;
  for (let n = 2; taken.has(name); n++) name = `${wanted}${n}`;
  return name;
}

/** Where a finding points: a cell, a row, a whole table (its sheet) or the whole file. */
function location(f: Finding, lang: Lang): { text: string; target: string | null } {
  const w = OFFICE_WORDS[lang];
  if (!f.sheet) return { text: w.wholeFile, target: null };
  const sheet = quoteSheetName(f.sheet);
  if (f.row !== null) {
    const cell = `${f.column ?? 'A'}${f.row}`;
    return { text: `${f.sheet}!${f.column ?? ''}${f.row}`, target: `${sheet}!${cell}` };
  }
  return { text: `${f.sheet}（${w.wholeTable}）`, target: `${sheet}!A1` };
}

export function addResultsSheet(workbook: Workbook, findings: Finding[], displayName: string, lang: Lang): Worksheet {
  const w = OFFICE_WORDS[lang];
  const ws = workbook.addWorksheet(uniqueSheetName(workbook, w.resultsSheet), {
    properties: { tabColor: { argb: 'FFC00000' } },
    views: [{ state: 'frozen', ySplit: 2, activeCell: 'A3', tabSelected: true } as never],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  WIDTHS.forEach((width, i) => (ws.getColumn(i + 1).width = width));

  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  ws.mergeCells(1, 1, 1, WIDTHS.length);
  const title = ws.getCell(1, 1);
  title.value = findings.length ? w.summary(displayName, counts.error, counts.warning, counts.info) : w.none(displayName);
  title.font = { bold: true, size: 12 };
  title.alignment = { wrapText: true, vertical: 'middle' };
  ws.getRow(1).height = 36;

  const header = ws.getRow(2);
  w.columns.forEach((label, i) => (header.getCell(i + 1).value = label));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
  });

  findings.forEach((f, i) => {
    const row = ws.getRow(i + 3);
    const where = location(f, lang);
    const values = [i + 1, SEVERITY_NAMES[lang][f.severity], checkpointName(f.checkpoint, lang), where.text, f.header ?? '', f.item ?? '', f.message, f.hint, f.ruleId];
    values.forEach((v, c) => (row.getCell(c + 1).value = v));
    if (where.target) {
      const link = row.getCell(4);
      link.value = { formula: `HYPERLINK(${formulaString(`#${where.target}`)},${formulaString(where.text)})`, result: where.text };
      link.font = { color: { argb: 'FF0563C1' }, underline: true };
    }
    const sev = row.getCell(2);
    sev.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILLS[f.severity] } };
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  if (findings.length) ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: findings.length + 2, column: WIDTHS.length } };
  // Open the copy on this sheet: it is the summary, and its links lead to the cells.
  // Only one selected tab: two selected tabs are "grouped" in Excel and edits go to both.
  for (const other of workbook.worksheets) {
    if (other !== ws && other.views?.length) other.views = other.views.map((v) => ({ ...v, tabSelected: false }) as never);
  }
  const index = workbook.worksheets.indexOf(ws);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: 'visible' }];
  return ws;
}
