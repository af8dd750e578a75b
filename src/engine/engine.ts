// The engine: runs enabled rules over one workbook's model, locates and words every report,
// turns a crashing rule into a reported internal error, and sorts findings deterministically.
// It does no file I/O.
import { format, localize, placeholders, type Lang } from '../i18n/index.js';
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

  const fail = (enabled: EnabledRule, err: unknown) => {
    if (process.env.CATALOG_CHECK_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    findings.push(internalError(workbook.path, enabled.rule.meta.id, err, run.lang));
  };

  for (const enabled of rules) {
    const requires = enabled.rule.meta.requires ?? [];
    if (requires.some((key) => run.references[key] === undefined)) continue;
    const wording = new Wording(workbook.path, enabled, run.lang);
    try {
      const visitor = enabled.rule.create({
        workbook,
        options: enabled.options,
        references: run.references,
        report: (report) => findings.push(wording.locate(report)),
      });
      visitors.push({ enabled, visitor });
    } catch (err) {
      fail(enabled, err);
    }
  }

  // Plain loops with a try/catch per call: a closure per rule and item cost more than the
  // visit itself for small rules. A rule that throws is reported once per call, as before.
  const tableVisitors = visitors.filter(({ visitor }) => visitor.table);
  const itemVisitors = visitors.filter(({ visitor }) => visitor.item);
  for (const { enabled, visitor } of visitors) {
    if (!visitor.workbook) continue;
    try {
      visitor.workbook(workbook);
    } catch (err) {
      fail(enabled, err);
    }
  }
  for (const sheet of workbook.sheets) {
    for (const table of sheet.tables) {
      for (const { enabled, visitor } of tableVisitors) {
        try {
          visitor.table!(table);
        } catch (err) {
          fail(enabled, err);
        }
      }
      for (const item of table.items) {
        for (let i = 0; i < itemVisitors.length; i++) {
          try {
            itemVisitors[i].visitor.item!(item, table);
          } catch (err) {
            fail(itemVisitors[i].enabled, err);
          }
        }
      }
    }
  }
  return sortFindings(findings, workbook);
}

function isCellValue(cell: CellValue | CellRef): cell is CellValue {
  return 'cell' in cell;
}

/** Each table's column headers by 1-based column, found once instead of per finding. */
const HEADERS = new WeakMap<CatalogTable, (string | undefined)[]>();

function headerAt(table: CatalogTable, col: number): string | null {
  let headers = HEADERS.get(table);
  if (!headers) {
    headers = [];
    // The first column with that number wins, as columns.find() did.
    for (const c of table.columns) if (headers[c.col] === undefined) headers[c.col] = c.header;
    HEADERS.set(table, headers);
  }
  return headers[col] ?? null;
}

const hasPlaceholder = (template: string) => template.includes('{');

const IS_ENUMERABLE = Object.prototype.propertyIsEnumerable;

type EngineData = { item: string; sheet: string; header: string };

/**
 * Copies into `data` what the template's placeholders name: the engine's item, sheet and
 * header over the report's own data, as `{ ...report.data, item, sheet, header }` did. Only the
 * named keys are copied: spreading each report's data (tens of thousands of findings) cost
 * more than wording them.
 */
function fillData(data: Record<string, unknown>, template: string, reportData: Record<string, unknown> | undefined, own: EngineData): void {
  for (const key of placeholders(template)) {
    if (key === 'item' || key === 'sheet' || key === 'header') data[key] = own[key];
    // Own enumerable keys only: what a spread copies.
    else if (reportData != null && IS_ENUMERABLE.call(reportData, key)) data[key] = reportData[key];
  }
}

/** Locates and words one rule's reports. Texts without placeholders are used as they are. */
class Wording {
  private readonly hint: string | null;

  constructor(
    private readonly file: string,
    private readonly enabled: EnabledRule,
    private readonly lang: Lang,
  ) {
    const fix = enabled.rule.meta.fix[lang];
    this.hint = hasPlaceholder(fix) ? null : fix;
  }

  locate(report: RuleReport): Finding {
    const { enabled, lang } = this;
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
    const header = ref && table ? headerAt(table, ref.col) : null;
    const text = template[lang];
    let message = text;
    let hint = this.hint;
    if (hint === null || hasPlaceholder(text)) {
      const fix = meta.fix[lang];
      const data: Record<string, unknown> = {};
      const own = { item: item?.name.full ?? '', sheet: sheet ?? '', header: header ?? '' };
      fillData(data, text, report.data, own);
      if (hint === null) fillData(data, fix, report.data, own);
      message = format(text, data);
      if (hint === null) hint = format(fix, data);
    }
    return {
      ruleId: meta.id,
      checkpoint: meta.checkpoint,
      severity: enabled.severity,
      message,
      hint,
      file: this.file,
      sheet,
      row,
      column: ref?.column ?? null,
      element: report.element !== undefined ? report.element : meta.element,
      item: item ? item.name.full || null : null,
      address: ref ? addressOf(ref) : null,
      header,
    };
  }
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
  // Keys worked out once per finding, not once per comparison.
  const keyed = findings.map((f, i) => ({
    f,
    i,
    sheet: f.sheet === null ? -1 : (sheetOrder.get(f.sheet) ?? 999),
    row: f.row ?? -1,
    col: f.column ? columnIndex(f.column) : -1,
  }));
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      a.row - b.row ||
      a.col - b.col ||
      compareText(a.f.ruleId, b.f.ruleId) ||
      NUMERIC_ORDER.compare(a.f.message, b.f.message) ||
      a.i - b.i,
  );
  return keyed.map(({ f }) => f);
}
