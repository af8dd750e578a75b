// Pairs the catalog tables of two workbooks. One domain is one table, so a workbook with
// several sheets is paired by domain first: sheets may be renamed, reordered or split into
// files between versions. Sheet names and then position settle what domains cannot.
import { compactLabel } from '../model/text.js';
import type { CatalogTable, CatalogWorkbook } from '../model/types.js';

export interface TablePair {
  old: CatalogTable | null;
  new: CatalogTable | null;
  pairedBy: 'domain' | 'sheet' | 'position' | null;
}

export function catalogTables(wb: CatalogWorkbook): CatalogTable[] {
  return wb.sheets.flatMap((s) => s.tables);
}

export function pairTables(oldTables: CatalogTable[], newTables: CatalogTable[]): TablePair[] {
  const pairs: TablePair[] = [];
  const leftOld = [...oldTables];
  const leftNew = [...newTables];
  const take = (key: (t: CatalogTable) => string | null, pairedBy: TablePair['pairedBy']) => {
    for (const n of [...leftNew]) {
      const k = key(n);
      if (!k) continue;
      const candidates = leftOld.filter((o) => key(o) === k);
      // Two old tables with one domain (a catalog split over two sheets) cannot be told apart here.
      if (candidates.length !== 1 || leftNew.filter((x) => key(x) === k).length !== 1) continue;
      const o = candidates[0];
      pairs.push({ old: o, new: n, pairedBy });
      leftOld.splice(leftOld.indexOf(o), 1);
      leftNew.splice(leftNew.indexOf(n), 1);
    }
  };
  take((t) => (t.domain.name ? compactLabel(t.domain.name) : null), 'domain');
  take((t) => compactLabel(t.sheet) || null, 'sheet');
  // Whatever is left (unknown domains, renamed sheets) pairs in order: the usual case is one
  // table on each side.
  while (leftOld.length && leftNew.length) pairs.push({ old: leftOld.shift()!, new: leftNew.shift()!, pairedBy: 'position' });
  for (const o of leftOld) pairs.push({ old: o, new: null, pairedBy: null });
  for (const n of leftNew) pairs.push({ old: null, new: n, pairedBy: null });
  // Report in the newer workbook's order, tables that went away last.
  const order = (p: TablePair) => (p.new ? newTables.indexOf(p.new) : newTables.length + oldTables.indexOf(p.old!));
  return pairs.sort((a, b) => order(a) - order(b));
}
