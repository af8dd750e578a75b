// The JSON report of CONTRACT.md; schema/report.schema.json describes it.
import type { Reporter } from './types.js';
import { resultCounts } from './types.js';

export const jsonReporter: Reporter = (result, context) => {
  const counts = resultCounts(result);
  // --quiet lists errors only; the summary still counts the whole run.
  const shown = context.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const doc = {
    tool: { name: 'catalog-check', version: result.toolVersion },
    files: result.files.map((f) => ({ path: f.path, sheets: f.sheets, error: f.error })),
    findings: shown.map((f) => ({
      ruleId: f.ruleId,
      checkpoint: f.checkpoint,
      severity: f.severity,
      message: f.message,
      hint: f.hint,
      file: f.file,
      sheet: f.sheet,
      row: f.row,
      column: f.column,
      element: f.element,
      item: f.item,
    })),
    summary: {
      files: result.files.length,
      items: result.files.reduce((n, f) => n + f.sheets.reduce((m, s) => m + s.items, 0), 0),
      errors: counts.errors,
      warnings: counts.warnings,
      infos: counts.infos,
    },
  };
  return JSON.stringify(doc, null, 2) + '\n';
};
