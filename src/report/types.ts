import type { Lang } from '../i18n/index.js';
import type { Finding, FileResult, RuleMeta } from '../engine/types.js';
import type { RawWorkbook } from '../read/types.js';

/** Everything a reporter may use; reporters never read files. */
export interface LintResult {
  files: FileResult[];
  findings: Finding[];
  /** Rules that were enabled but skipped because their reference data was not given. */
  skippedForReferences: { ruleId: string; requires: string[] }[];
  toolVersion: string;
  /** The run's counts when some files' findings stayed in the lint threads (text report); else counted from findings. */
  counts?: SeverityCounts;
}

export interface ReportContext {
  lang: Lang;
  color: boolean;
  rules: RuleMeta[];
  /** Only errors are shown (--quiet). */
  quiet?: boolean;
  /** The inputs as read, by path, for reporters that draw the catalog (html); loaded by the CLI. */
  sources?: ReadonlyMap<string, RawWorkbook>;
  /** Text report blocks rendered by the lint threads (textFileBlock, in UTF-8), by file; others are rendered here. */
  textBlocks?: ReadonlyMap<FileResult, Uint8Array>;
  /** The JSON report's findings in report order: blocks rendered by the lint threads (jsonFindingsBlock, UTF-8), or findings to render here. */
  findingPieces?: readonly (Uint8Array | Finding[])[];
}

/**
 * The report: text, or its UTF-8 bytes in pieces to write one after the other (the text report
 * made of blocks from the lint threads: joining ~20 MB into one buffer or string cost ~0.2 s).
 */
export type Reporter = (result: LintResult, context: ReportContext) => string | Uint8Array[];

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** The run's counts: result.counts when the lint threads kept findings, else counted here. */
export function resultCounts(result: LintResult): SeverityCounts {
  return result.counts ?? countBySeverity(result.findings);
}

export function countBySeverity(findings: Finding[]): SeverityCounts {
  let errors = 0, warnings = 0, infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
