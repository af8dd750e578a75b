// The comparisons the checkpoint-1 and baseline rules share, computed once per table and
// reference (the three city rules read the same matches), and the wording of a reference row.
import type { CatalogTable, CatalogWorkbook } from '../model/types.js';
import { matchItems, referenceItems, selectFor, type ItemMatch, type RefItem } from './catalog-match.js';
import type { References } from './types.js';

/** A city item the district must carry: marked for 区县级, 乡镇级 or 村级, or any item when the city table has no level columns. */
export function isRequiredCityItem(ref: RefItem): boolean {
  if (ref.table.levelColumns.length === 0 && !ref.item.level) return true;
  const chosen = ref.item.level?.chosen ?? [];
  return chosen.includes('county') || chosen.includes('township') || chosen.includes('village');
}

export interface Comparison {
  /** Every reference item of the table's domain. */
  all: RefItem[];
  /** Those the table must carry. */
  required: RefItem[];
  matches: ItemMatch[];
  undecided: boolean;
}

export function compareWithCity(table: CatalogTable, references: References, threshold: number): Comparison | null {
  const workbooks = references.city?.workbooks;
  if (!workbooks) return null;
  const selection = selectFor(table, workbooks.flatMap(referenceItems));
  const required = selection.items.filter(isRequiredCityItem);
  return { all: selection.items, required, matches: matchItems(required, table, threshold, 'city'), undecided: selection.undecided };
}

export function compareWithBaseline(table: CatalogTable, references: References, threshold: number): Comparison | null {
  const workbook = references.baseline?.workbook;
  if (!workbook) return null;
  const selection = selectFor(table, referenceItems(workbook));
  return { all: selection.items, required: selection.items, matches: matchItems(selection.items, table, threshold, 'baseline'), undecided: selection.undecided };
}

/** Whether the reference workbook has more than one catalog table, so its messages name the sheet. */
function manyTables(workbook: CatalogWorkbook): boolean {
  return workbook.sheets.reduce((n, s) => n + s.tables.length, 0) > 1;
}

/**
 * Message data naming a reference row: {refFile}, {refRow}, and {refSheetZh}/{refSheetEn}
 * (empty unless the reference has several sheets). Keys avoid item/sheet/header, which the
 * engine fills itself.
 */
export function refData(ref: { file: string; sheet: string; row: number }, sheetMatters: boolean): Record<string, unknown> {
  return {
    refFile: ref.file,
    refRow: ref.row,
    refSheetZh: sheetMatters ? `工作表“${ref.sheet}”` : '',
    refSheetEn: sheetMatters ? ` sheet "${ref.sheet}"` : '',
  };
}

export function refItemData(ref: RefItem): Record<string, unknown> {
  return { ...refData({ file: ref.file, sheet: ref.table.sheet, row: ref.item.row }, manyTables(ref.workbook)), name: ref.item.name.full };
}
