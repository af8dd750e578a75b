// The annotated copy: the user's own workbook with every cell that has a finding filled in
// the finding's colour and carrying a comment (批注) that says what is wrong and how to fix
// it, plus a 检查结果 sheet listing every finding with a link to its cell. Only fills and
// comments are added to the catalog sheets; merges, widths and formatting stay as they were.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Cell, Comment, Workbook } from 'exceljs';
import type { Finding, Severity } from '../engine/types.js';
import type { Lang } from '../i18n/index.js';
import type { ReadLimits } from '../read/index.js';
import { openForCopy } from './workbook.js';
import { addResultsSheet } from './results-sheet.js';
import { OFFICE_WORDS, SEVERITY_FILLS, SEVERITY_NAMES } from './words.js';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface AnnotateOptions {
  lang: Lang;
  limits: ReadLimits;
  /** The name shown for the file (as given on the command line). */
  displayName: string;
}

export async function annotateFile(input: string, output: string, findings: Finding[], options: AnnotateOptions): Promise<void> {
  const { workbook } = await openForCopy(input, options.limits);
  markCells(workbook, findings, options.lang);
  addResultsSheet(workbook, findings, options.displayName, options.lang);
  mkdirSync(dirname(output), { recursive: true });
  await workbook.xlsx.writeFile(output);
}

/** The cell a finding is shown on: the top-left cell of a merged range, where Excel shows it. */
export function targetCell(workbook: Workbook, finding: Finding): Cell | undefined {
  if (!finding.sheet || finding.row === null || !finding.column) return undefined;
  const ws = workbook.getWorksheet(finding.sheet);
  if (!ws) return undefined;
  const cell = ws.getCell(`${finding.column}${finding.row}`);
  return cell.isMerged ? cell.master : cell;
}

function markCells(workbook: Workbook, findings: Finding[], lang: Lang): void {
  const byCell = new Map<Cell, Finding[]>();
  for (const f of findings) {
    const cell = targetCell(workbook, f);
    if (cell) (byCell.get(cell) ?? byCell.set(cell, []).get(cell)!).push(f);
  }
  for (const [cell, list] of byCell) {
    const worst = list.reduce<Severity>((s, f) => (RANK[f.severity] > RANK[s] ? f.severity : s), 'info');
    // Styles are shared between cells in exceljs: give this cell its own copy before filling.
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILLS[worst] } } };
    cell.note = mergeNote(cell.note, commentText(list, lang));
  }
}

export function commentText(findings: Finding[], lang: Lang): string {
  const w = OFFICE_WORDS[lang];
  return findings
    .map((f) => [`【${SEVERITY_NAMES[lang][f.severity]}】${f.message}`, f.hint ? `${w.fix}${f.hint}` : '', `（${w.rule} ${f.ruleId}）`].filter(Boolean).join('\n'))
    .join('\n\n');
}

/** Keeps a comment the author already wrote and adds ours below it. */
function mergeNote(existing: string | Comment | undefined, ours: string): string | Comment {
  if (!existing) return ours;
  if (typeof existing === 'string') return `${existing}\n\n${ours}`;
  return { ...existing, texts: [...(existing.texts ?? []), { text: `\n\n${ours}` }] };
}
