// The JSON report of CONTRACT.md; schema/report.schema.json describes it.
import type { Finding } from '../engine/types.js';
import type { Reporter } from './types.js';
import { resultCounts } from './types.js';

/** What the findings' part of a JSON report depends on besides the findings: see jsonFindingsBlock. */
export interface JsonBlockStyle {
  quiet?: boolean;
}

function jsonFinding(f: Finding) {
  return {
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
  };
}

/**
 * The elements of the report's `findings` array for these findings, exactly as jsonReporter
 * writes them (indented for their depth, joined by ",\n"); '' when none is shown. Lint threads
 * render them while they lint, so the main thread neither receives nor keeps the findings.
 * Exact because JSON text has no raw line break inside a value: nesting only indents lines.
 */
export function jsonFindingsBlock(findings: Finding[], style: JsonBlockStyle): string {
  let out = '';
  for (const f of findings) {
    if (style.quiet && f.severity !== 'error') continue;
    if (out) out += ',\n';
    out += '    ' + JSON.stringify(jsonFinding(f), null, 2).replace(/\n/g, '\n    ');
  }
  return out;
}

// Stands in for the findings array while the rest of the document is stringified.
const HOLE = '\u0000findings\u0000';

export const jsonReporter: Reporter = (result, context) => {
  const counts = resultCounts(result);
  // --quiet lists errors only; the summary still counts the whole run.
  const shown = context.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const pieces = context.findingPieces;
  const doc = {
    tool: { name: 'catalog-check', version: result.toolVersion },
    files: result.files.map((f) => ({ path: f.path, sheets: f.sheets, error: f.error })),
    findings: pieces ? HOLE : shown.map(jsonFinding),
    summary: {
      files: result.files.length,
      items: result.files.reduce((n, f) => n + f.sheets.reduce((m, s) => m + s.items, 0), 0),
      errors: counts.errors,
      warnings: counts.warnings,
      infos: counts.infos,
    },
  };
  const text = JSON.stringify(doc, null, 2) + '\n';
  if (!pieces) return text;
  // The findings from the lint threads' blocks and from findings still here, in report order.
  const at = text.indexOf(JSON.stringify(HOLE));
  const parts: Uint8Array[] = [];
  let any = false;
  const add = (bytes: Uint8Array) => {
    if (bytes.length === 0) return;
    parts.push(Buffer.from(any ? ',\n' : '[\n'), bytes);
    any = true;
  };
  for (const piece of pieces) add(piece instanceof Uint8Array ? piece : Buffer.from(jsonFindingsBlock(piece, { quiet: context.quiet }), 'utf8'));
  parts.unshift(Buffer.from(text.slice(0, at), 'utf8'));
  parts.push(Buffer.from((any ? '\n  ]' : '[]') + text.slice(at + JSON.stringify(HOLE).length), 'utf8'));
  return parts;
};
