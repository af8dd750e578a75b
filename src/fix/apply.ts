// Writes planned fixes into an exceljs copy of the workbook. A change is applied only when
// the cell still holds the text it was planned from; rich text keeps its runs.
import type { Cell, CellRichTextValue, Workbook } from 'exceljs';
import { applyChars, type FixChange } from './types.js';

function cellText(cell: Cell): string | null {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && 'richText' in v) return (v as CellRichTextValue).richText.map((r) => r.text).join('');
  return null; // formulas, dates, errors: never touched
}

/** Applies the changes it can; returns those applied. */
export function applyFixes(workbook: Workbook, changes: FixChange[]): FixChange[] {
  const applied: FixChange[] = [];
  for (const c of changes) {
    const ws = workbook.getWorksheet(c.sheet);
    if (!ws) continue;
    const cell = ws.getCell(`${c.column}${c.row}`);
    if (cell.isMerged && cell.master !== cell) continue;
    const current = cellText(cell);
    if (current === null || (current !== c.before && !(c.kind === 'renumber' && current.trim() === c.before.trim()))) continue;
    const edit = c.edit;
    if (edit.type === 'set') {
      // Text stays a string cell (never a formula); a number stays a number when the cell held one or nothing.
      cell.value = typeof edit.value === 'number' && typeof cell.value === 'string' ? String(edit.value) : edit.value;
    } else if (typeof cell.value === 'object' && cell.value && 'richText' in cell.value) {
      let offset = 0;
      const runs = (cell.value as CellRichTextValue).richText.map((run) => {
        const text = applyChars(run.text, edit.map.slice(offset, offset + run.text.length));
        offset += run.text.length;
        return { ...run, text };
      });
      cell.value = { richText: runs.filter((r) => r.text !== '') };
    } else {
      cell.value = applyChars(String(cell.value ?? ''), edit.map);
    }
    applied.push(c);
  }
  return applied;
}
