// `catalog-check dump`: what the reader understood, for people checking a strange file.
import type { CatalogWorkbook, CellRef, CellValue } from '../model/types.js';
import { addressOf } from '../model/location.js';

export function dumpJson(workbook: CatalogWorkbook): string {
  // The model keeps no address strings (addressOf makes them); the dump shows them for people.
  return JSON.stringify(workbook, (key, value) => (CELL_REF_KEYS.has(key) && value ? { ...value, address: addressOf(value as CellRef) } : value), 2);
}

/** The CellValue fields that hold a CellRef (src/model/types.ts). */
const CELL_REF_KEYS = new Set<string>(['cell', 'mergedFrom'] satisfies (keyof CellValue)[]);

export function dumpText(workbook: CatalogWorkbook): string {
  const lines: string[] = [`${workbook.path} (${workbook.format}${workbook.encoding ? ', ' + workbook.encoding : ''})`];
  for (const sheet of workbook.sheets) {
    lines.push(`  工作表“${sheet.name}”${sheet.kind === 'skipped' ? `：已跳过（${sheet.skipReason}）` : ''}`);
    for (const table of sheet.tables) {
      lines.push(`    标题：${table.title ?? '（无）'}  领域：${table.domain.name ?? '（未识别）'}${table.domain.known ? '' : '（未知）'}  表头：第${table.headerRows[0]}-${table.headerRows[1]}行  事项：${table.items.length}`);
      lines.push(`    列：${table.columns.map((c) => `${c.column}=${c.role}${c.mark ? ':' + c.mark : ''}(${c.header})`).join('  ')}`);
      if (table.missingElements.length) lines.push(`    缺少要素列：${table.missingElements.join(', ')}`);
      for (const item of table.items) lines.push(`      第${item.row}行  ${item.name.full}`);
    }
  }
  return lines.join('\n');
}
