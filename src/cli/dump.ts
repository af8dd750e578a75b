// `catalog-check dump`: what the reader understood, for people checking a strange file.
import type { CatalogWorkbook } from '../model/types.js';

export function dumpJson(workbook: CatalogWorkbook): string {
  return JSON.stringify(workbook, null, 2);
}

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
