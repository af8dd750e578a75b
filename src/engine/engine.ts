// The engine: runs enabled rules over one workbook's model, locates and words every report,
// turns a crashing rule into a reported internal error, and sorts findings deterministically.
// It does no file I/O.
import { localize, type Lang } from '../i18n/index.js';
import type { CatalogItem, CatalogTable, CatalogWorkbook, CellRef, CellValue } from '../model/types.js';
import type { References } from '../coverage/types.js';
import type { Finding, Rule, RuleReport, RuleVisitor, Severity } from './types.js';
import { addressOf, columnIndex } from '../model/location.js';

export interface EnabledRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

export interface RunOptions {
  lang: Lang;
  references: References;
}

const INTERNAL_ERROR = {
  zh: '规则 {ruleId} 运行出错：{detail}。这是 catalog-check 的缺陷，请用 --debug 运行并报告',
  en: 'rule {ruleId} failed: {detail}. This is a catalog-check bug; run with --debug and report it',
};

export function lintWorkbook(workbook: CatalogWorkbook, rules: EnabledRule[], run: RunOptions): Finding[] {
  const findings: Finding[] = [];
  const visitors: { enabled: EnabledRule; visitor: RuleVisitor }[] = [];

  const guard = (enabled: EnabledRule, fn: () => void) => {
    try {
      fn();
    } catch (err) {
      if (process.env.CATALOG_CHECK_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
      findings.push(internalError(workbook.path, enabled.rule.meta.id, err, run.lang));
    }
  };

  for (const enabled of rules) {
    const requires = enabled.rule.meta.requires ?? [];
    if (requires.some((key) => run.references[key] === undefined)) continue;
    guard(enabled, () => {
      const visitor = enabled.rule.create({
        workbook,
        options: enabled.options,
        references: run.references,
        report: (report) => findings.push(locate(workbook.path, enabled, report, run.lang)),
      });
      visitors.push({ enabled, visitor });
    });
  }

  for (const { enabled, visitor } of visitors) if (visitor.workbook) guard(enabled, () => visitor.workbook!(workbook));
  for (const sheet of workbook.sheets) {
    for (const table of sheet.tables) {
      for (const { enabled, visitor } of visitors) if (visitor.table) guard(enabled, () => visitor.table!(table));
      for (const item of table.items) {
        for (const { enabled, visitor } of visitors) if (visitor.item) guard(enabled, () => visitor.item!(item, table));
      }
    }
  }
  return sortFindings(findings, workbook);
}

function isCellValue(cell: CellValue | CellRef): cell is CellValue {
  return 'cell' in cell;
}

function locate(file: string, enabled: EnabledRule, report: RuleReport, lang: Lang): Finding {
  const meta = enabled.rule.meta;
  const template = meta.messages[report.messageId];
  if (!template) throw new Error(`rule ${meta.id} reported unknown messageId "${report.messageId}"`);
  const at = report.at;
  let sheet: string | null = null;
  let ref: CellRef | null = null;
  let item: CatalogItem | undefined;
  let table: CatalogTable | undefined;
  if ('item' in at) {
    item = at.item;
    table = at.table;
    sheet = at.table.sheet;
    ref = at.cell ? (isCellValue(at.cell) ? at.cell.cell : at.cell) : (at.item.name.levels[0]?.cell ?? null);
  } else if ('cell' in at) {
    ref = isCellValue(at.cell) ? at.cell.cell : at.cell;
    sheet = ref.sheet;
    table = at.table;
  } else if ('table' in at) {
    table = at.table;
    sheet = at.table.sheet;
  }
  // An item-level finding with no particular cell points at the item's row, first column.
  const row = ref?.row ?? (item ? item.row : null);
  const header = ref && table ? (table.columns.find((c) => c.col === ref!.col)?.header ?? null) : null;
  const data = { ...report.data, item: item?.name.full ?? '', sheet: sheet ?? '', header: header ?? '' };
  return {
    ruleId: meta.id,
    checkpoint: meta.checkpoint,
    severity: enabled.severity,
    message: localize(template, lang, data),
    hint: localize(meta.fix, lang, data),
    file,
    sheet,
    row,
    column: ref?.column ?? null,
    element: report.element !== undefined ? report.element : meta.element,
    item: item ? item.name.full || null : null,
    address: ref ? addressOf(ref) : null,
    header,
  };
}

function internalError(file: string, ruleId: string, err: unknown, lang: Lang): Finding {
  const detail = err instanceof Error ? err.message : String(err);
  return {
    ruleId: 'internal-error',
    checkpoint: null,
    severity: 'error',
    message: localize(INTERNAL_ERROR, lang, { ruleId, detail }),
    hint: '',
    file,
    sheet: null,
    row: null,
    column: null,
    element: null,
    item: null,
    address: null,
  };
}

// Messages that name rows ("第9行" before "第12行") sort by number; one fixed locale keeps the
// order identical on every machine.
const NUMERIC_ORDER = new Intl.Collator('en', { numeric: true });
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** File-level first, then by sheet order in the workbook, row, column, rule id, message. */
export function sortFindings(findings: Finding[], workbook: CatalogWorkbook): Finding[] {
  const sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  const colNum = (c: string | null) => (c ? columnIndex(c) : -1);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) =>
      (a.f.sheet === null ? -1 : (sheetOrder.get(a.f.sheet) ?? 999)) - (b.f.sheet === null ? -1 : (sheetOrder.get(b.f.sheet) ?? 999)) ||
      (a.f.row ?? -1) - (b.f.row ?? -1) ||
      colNum(a.f.column) - colNum(b.f.column) ||
      compareText(a.f.ruleId, b.f.ruleId) ||
      NUMERIC_ORDER.compare(a.f.message, b.f.message) ||
      a.i - b.i,
    )
    .map(({ f }) => f);
}
