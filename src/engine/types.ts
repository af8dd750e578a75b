// The contract between rules and the engine. A rule reads the typed model and reports
// against an item, a cell, a table or the file; the engine turns that into a located Finding.
import type { Localized } from '../i18n/index.js';
import type { CatalogItem, CatalogTable, CatalogWorkbook, CellRef, CellValue, ElementKey } from '../model/types.js';
import type { References } from '../coverage/types.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = 'off' | 'info' | 'warn' | 'error';
export type Checkpoint = 1 | 2 | 3 | 4 | null;

export interface RuleMeta {
  /** kebab-case id: the file name of the rule, its docs page and its tests. */
  id: string;
  checkpoint: Checkpoint;
  element: ElementKey | null;
  severity: Severity;
  description: Localized;
  /** Message templates by id; {placeholders} are filled from the report's data. */
  messages: Record<string, Localized>;
  /** How to fix it, shown under every finding of the rule. */
  fix: Localized;
  /** Reference data the rule needs; without it the rule is skipped and the run says so once. */
  requires?: (keyof References)[];
  fixable?: boolean;
  /** JSON Schema of the rule's options, merged into the config schema. */
  options?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
}

/** What a rule reports against. The engine computes sheet, row, column and item name from it. */
export type ReportTarget =
  | { item: CatalogItem; table: CatalogTable; cell?: CellValue | CellRef }
  | { cell: CellValue | CellRef; table?: CatalogTable }
  | { table: CatalogTable }
  | { file: true };

export interface RuleReport {
  at: ReportTarget;
  messageId: string;
  data?: Record<string, unknown>;
  /** Overrides the rule's element for this finding. */
  element?: ElementKey | null;
}

export interface RuleContext {
  workbook: CatalogWorkbook;
  options: Record<string, unknown>;
  references: References;
  report(report: RuleReport): void;
}

/** Visitor functions; each is optional. The engine walks the model once for all rules. */
export interface RuleVisitor {
  workbook?(workbook: CatalogWorkbook): void;
  table?(table: CatalogTable): void;
  item?(item: CatalogItem, table: CatalogTable): void;
}

export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): RuleVisitor;
}

/** A located, worded finding: what every reporter consumes. */
export interface Finding {
  ruleId: string;
  checkpoint: Checkpoint;
  severity: Severity;
  message: string;
  /** How to fix it. */
  hint: string;
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  element: ElementKey | null;
  item: string | null;
  /** "Sheet1!G7" when the finding sits on a cell. */
  address: string | null;
  /** Header of the column, e.g. "公开主体". */
  header?: string | null;
}

export interface FileResult {
  path: string;
  sheets: { name: string; domain: string | null; items: number }[];
  error: string | null;
  /** Notes about reading (skipped sheets, encoding), already worded. */
  notes: string[];
}
