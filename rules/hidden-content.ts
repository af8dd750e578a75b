import type { Rule } from '../src/engine/types.js';
import type { CatalogItem, CatalogTable, CellValue, SheetModel } from '../src/model/types.js';
import { itemCells } from '../src/model/cells.js';
import { cellRef, columnIndex } from '../src/model/location.js';

/** Runs of consecutive row numbers: [3,4,5,9] → [[3,5],[9,9]]. */
function blocks(rows: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/**
 * The items on rows from–to, in table order. A filtered sheet hides thousands of scattered
 * rows, so a table whose items are in row order (the model's order) is searched, not scanned.
 */
function itemsInRows(table: CatalogTable, sorted: boolean, from: number, to: number): CatalogItem[] {
  const items = table.items;
  if (!sorted) return items.filter((it) => it.row >= from && it.row <= to);
  // The first item at or below `from`, then every item up to `to`.
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].row < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < items.length && items[end].row <= to) end++;
  return items.slice(lo, end);
}

function inRowOrder(items: CatalogItem[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i].row < items[i - 1].row) return false;
  return true;
}

function firstColumn(table: CatalogTable): number {
  return Math.min(...table.columns.map((c) => c.col));
}

/** Hidden sheets, rows and columns that hold catalog data: hiding does not keep them from being published. */
export const hiddenContent: Rule = {
  meta: {
    id: 'hidden-content',
    checkpoint: null,
    element: null,
    severity: 'warning',
    description: {
      zh: '隐藏的工作表、行或列中有目录内容；隐藏并不能阻止这些内容随文件一起被发布',
      en: 'A hidden sheet, hidden rows or a hidden column hold catalog data; hiding does not keep them from being published with the file',
    },
    messages: {
      sheet: {
        zh: '工作表“{sheet}”被隐藏，其中有 {count} 个事项；隐藏的工作表仍会随文件被发布，下载者可以取消隐藏',
        en: 'sheet "{sheet}" is hidden and holds {count} items; a hidden sheet is still published with the file and anyone can unhide it',
      },
      rows: {
        zh: '第 {rows} 行被隐藏，其中有 {count} 个事项（如“{example}”）；隐藏的行仍会被发布，下载者可以取消隐藏',
        en: 'hidden {rowsEn}: {count} item(s) (e.g. "{example}"); hidden rows are still published and anyone can unhide them',
      },
      notes: {
        zh: '第 {rows} 行被隐藏，其中有表格注释；隐藏的行仍会被发布，下载者可以取消隐藏',
        en: 'hidden {rowsEn}: notes of the table; hidden rows are still published and anyone can unhide them',
      },
      column: {
        zh: '“{header}”列（{column} 列）被隐藏，其中 {count} 个单元格有内容；隐藏的列仍会被发布，下载者可以取消隐藏',
        en: 'column {column} ("{header}") is hidden and has {count} cell(s) with text; hidden columns are still published and anyone can unhide them',
      },
    },
    fix: {
      zh: '不应公开的内容请从文件中删除，而不是隐藏；应公开的内容请取消隐藏',
      en: 'delete what must not be published instead of hiding it; unhide what belongs in the catalog',
    },
  },
  create(context) {
    const checkSheet = (sheet: SheetModel) => {
      const tables = sheet.tables.filter((t) => t.items.length > 0);
      if (tables.length === 0) return;
      if (sheet.hidden) {
        context.report({ at: { table: tables[0] }, messageId: 'sheet', data: { count: tables.reduce((n, t) => n + t.items.length, 0) } });
        return; // every row of a hidden sheet is hidden: one finding says it all
      }
      const sorted = sheet.hiddenRows.length > 0 ? tables.map((table) => inRowOrder(table.items)) : [];
      for (const [from, to] of blocks(sheet.hiddenRows)) {
        tables.forEach((table, t) => {
          const items = itemsInRows(table, sorted[t], from, to);
          const noteRows = table.skippedRows.filter((s) => s.reason === 'note' && s.row >= from && s.row <= to);
          if (items.length === 0 && noteRows.length === 0) return;
          const at = { cell: cellRef(sheet.name, from - 1, firstColumn(table) - 1), table };
          const rows = { rows: from === to ? `${from}` : `${from}–${to}`, rowsEn: from === to ? `row ${from}` : `rows ${from}–${to}` };
          if (items.length > 0) context.report({ at, messageId: 'rows', data: { ...rows, count: items.length, example: items[0].name.full } });
          else context.report({ at, messageId: 'notes', data: rows });
        });
      }
      if (sheet.hiddenColumns.length === 0) return;
      // Each table's cells are grouped by column once: a sheet can hide thousands of columns,
      // and scanning every item for each of them took minutes (found by test/bad/fuzz.test.ts).
      const byColumn = tables.map((table) => {
        const groups = new Map<number, CellValue[]>();
        for (const v of table.items.flatMap((it) => itemCells(it, { ownOnly: true }))) {
          if (v.text.trim() !== '') (groups.get(v.cell.col) ?? groups.set(v.cell.col, []).get(v.cell.col)!).push(v);
        }
        return groups;
      });
      for (const column of sheet.hiddenColumns) {
        const col = columnIndex(column);
        tables.forEach((table, t) => {
          const cells = byColumn[t].get(col) ?? [];
          if (cells.length > 0) context.report({ at: { cell: cells[0], table }, messageId: 'column', data: { column, count: cells.length } });
        });
      }
    };
    return {
      workbook(workbook) {
        for (const sheet of workbook.sheets) checkSheet(sheet);
      },
    };
  },
};
