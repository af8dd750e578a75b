// The HTML report: one self-contained page (inline CSS and script, no fonts, images or
// requests; a Content-Security-Policy forbids any), each catalog drawn as its sheet with
// merges, problem cells coloured, their findings on hover or click, and every finding
// listed under the four self-check points with counts per file. Every piece of text from
// a catalog, a path or a message goes through escapeHtml or into JSON read by textContent.
import type { Finding, FileResult, Severity } from '../engine/types.js';
import type { Lang } from '../i18n/index.js';
import type { RawWorkbook, RawSheet } from '../read/types.js';
import type { LintResult } from '../report/types.js';
import { columnIndex, columnLetter } from '../model/location.js';
import { checkpointName, SEVERITY_NAMES } from '../annotate/words.js';
import { escapeHtml as h, jsonForScript } from '../annotate/safe.js';
import { buildGrid, MAX_COLS, MAX_ROWS, type SheetGrid } from './grid.js';
import { CSS, SCRIPT } from './assets.js';
import { HTML_WORDS } from './words.js';

export interface HtmlOptions {
  lang: Lang;
  quiet?: boolean;
  /** The inputs as read, keyed by path as given; a file missing here is listed without its table. */
  sources?: ReadonlyMap<string, RawWorkbook>;
}

const CHECKPOINTS = [1, 2, 3, 4, null] as const;
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

type Words = (typeof HTML_WORDS)['zh'];

interface Ctx {
  lang: Lang;
  w: Words;
  /** Index of each shown finding in the page's JSON. */
  index: Map<Finding, number>;
  /** Element id of the cell a finding is drawn on, when it is drawn. */
  cellId: Map<Finding, string>;
}

function count(findings: Finding[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function renderHtml(result: LintResult, options: HtmlOptions): string {
  const lang = options.lang;
  const w = HTML_WORDS[lang];
  const shown = options.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const ctx: Ctx = { lang, w, index: new Map(shown.map((f, i) => [f, i])), cellId: new Map() };
  const byFile = new Map<string, Finding[]>();
  for (const f of shown) (byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file)!).push(f);

  // Sheets first: they decide which findings get a cell to link to.
  const sections = result.files.map((file, fi) => {
    const findings = byFile.get(file.path) ?? [];
    const sheets = renderSheets(options.sources?.get(file.path), findings, fi, ctx);
    return renderFile(file, findings, fi, sheets, ctx);
  });

  const total = count(shown);
  const items = result.files.reduce((n, f) => n + f.sheets.reduce((m, s) => m + s.items, 0), 0);
  const json = shown.map((f) => ({ severity: f.severity, message: f.message, hint: f.hint, ruleId: f.ruleId }));
  const words = { severity: SEVERITY_NAMES[lang], fix: w.fix, close: w.close };
  return `<!DOCTYPE html>
<html lang="${w.htmlLang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${h(w.tool(result.toolVersion))}">
<title>${h(w.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top"><h1>${h(w.title)}</h1><p>${h(w.totals(result.files.length, items, total.error, total.warning, total.info))} · ${h(w.tool(result.toolVersion))}</p></header>
<main>
<p class="help">${h(w.help)}</p>
${renderOverview(result.files, byFile, ctx)}
${result.skippedForReferences.length ? `<p class="notes">${h(w.skipped(result.skippedForReferences.map((s) => s.ruleId).join(', ')))}</p>` : ''}
${sections.join('\n')}
</main>
<aside id="panel" hidden role="dialog" aria-live="polite"></aside>
<script type="application/json" id="cc-findings">${jsonForScript(json)}</script>
<script type="application/json" id="cc-words">${jsonForScript(words)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function renderOverview(files: FileResult[], byFile: Map<string, Finding[]>, ctx: Ctx): string {
  const head = [...ctx.w.overview, ...ctx.w.cpShort].map((t) => `<th>${h(t)}</th>`).join('');
  const rows = files.map((file, fi) => {
    const findings = byFile.get(file.path) ?? [];
    const c = count(findings);
    const items = file.sheets.reduce((n, s) => n + s.items, 0);
    const perCp = CHECKPOINTS.map((cp) => `<td>${findings.filter((f) => f.checkpoint === cp).length}</td>`).join('');
    return `<tr><td class="name"><a href="#file-${fi}">${h(file.path)}</a></td><td>${file.error ? '—' : items}</td><td class="${c.error ? 'n-error' : ''}">${c.error}</td><td class="${c.warning ? 'n-warning' : ''}">${c.warning}</td><td>${c.info}</td>${perCp}</tr>`;
  });
  return `<table class="overview"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function renderFile(file: FileResult, findings: Finding[], fi: number, sheets: string, ctx: Ctx): string {
  const { w, lang } = ctx;
  const c = count(findings);
  const notes = file.notes.length ? `<ul class="notes">${file.notes.map((n) => `<li>${h(n)}</li>`).join('')}</ul>` : '';
  const error = file.error ? `<p class="unreadable">${h(w.unreadable)}${h(file.error)}</p>` : '';
  const counts = `<table class="counts"><tr>${(['error', 'warning', 'info'] as const).map((s) => `<th>${h(SEVERITY_NAMES[lang][s])}</th><td class="n-${s}">${c[s]}</td>`).join('')}</tr></table>`;
  const groups = file.error
    ? ''
    : CHECKPOINTS.map((cp) => {
        const list = findings.filter((f) => f.checkpoint === cp);
        const body = list.length ? `<ol class="findings">${list.map((f) => renderFinding(f, ctx)).join('')}</ol>` : '';
        return `<div class="group cp-${cp ?? 'other'}${list.length ? '' : ' empty'}"><h4>${h(checkpointName(cp, lang))}<span class="count">${list.length}</span></h4>${body}</div>`;
      }).join('');
  return `<section class="file" id="file-${fi}"><h2>${h(file.path)}</h2>${error}${notes}${file.error ? '' : counts}${groups}${sheets}</section>`;
}

function renderFinding(f: Finding, ctx: Ctx): string {
  const id = ctx.cellId.get(f);
  const where = f.sheet === null ? ctx.w.wholeFile : f.row === null ? `${f.sheet}（${ctx.w.wholeTable}）` : `${f.sheet}!${f.column ?? ''}${f.row}`;
  const loc = id ? `<a class="loc" href="#${id}" data-cell="${id}">${h(where)}</a>` : `<span class="loc">${h(where)}</span>`;
  const hint = f.hint ? `<div class="hint">${h(ctx.w.fix + f.hint)}</div>` : '';
  return `<li class="finding ${f.severity}" data-i="${ctx.index.get(f)}"><span class="sev ${f.severity}">${h(SEVERITY_NAMES[ctx.lang][f.severity])}</span>${loc}<span class="msg">${h(f.message)}</span> <span class="rule">${h(f.ruleId)}</span>${hint}</li>`;
}

function renderSheets(source: RawWorkbook | undefined, findings: Finding[], fi: number, ctx: Ctx): string {
  if (!source) return findings.length && findings.some((f) => f.row !== null) ? `<p class="notes">${h(ctx.w.noSource)}</p>` : '';
  return source.sheets
    .map((sheet, si) => {
      const mine = findings.filter((f) => f.sheet === sheet.name);
      const hasText = sheet.rows.some((r) => r?.some((v) => v !== undefined && v.trim() !== ''));
      if (!hasText && mine.length === 0) return '';
      return renderSheet(sheet, buildGrid(sheet, mine.filter((f) => f.row !== null).map(position)), mine, `c${fi}-${si}`, ctx);
    })
    .join('');
}

function position(f: Finding): { row: number; col: number } {
  return { row: f.row! - 1, col: f.column ? columnIndex(f.column) - 1 : 0 };
}

function renderSheet(sheet: RawSheet, grid: SheetGrid, findings: Finding[], prefix: string, ctx: Ctx): string {
  const { w } = ctx;
  // Each finding on a cell is drawn on the top-left cell of its merge, where Excel shows it.
  const onCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.row === null) continue;
    const p = position(f);
    if (p.row >= grid.height || p.col >= grid.width) continue;
    const key = grid.masterOf.get(`${p.row},${p.col}`) ?? `${p.row},${p.col}`;
    (onCell.get(key) ?? onCell.set(key, []).get(key)!).push(f);
    ctx.cellId.set(f, `${prefix}-${key.replace(',', '-')}`);
  }
  const head = `<tr><th class="corner"></th>${Array.from({ length: grid.width }, (_, c) => `<th>${columnLetter(c + 1)}${grid.hiddenCols.has(c) ? h(w.hidden) : ''}</th>`).join('')}</tr>`;
  const body = grid.rows
    .map((cells, r) => {
      const tds = cells.map((cell) => {
        const key = `${cell.row},${cell.col}`;
        const span = `${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}`;
        const hiddenCol = grid.hiddenCols.has(cell.col) ? ' hidden-col' : '';
        const list = onCell.get(key);
        if (!list) return `<td${span}${hiddenCol ? ` class="${hiddenCol.trim()}"` : ''}>${h(cell.text)}</td>`;
        const worst = list.some((f) => f.severity === 'error') ? 'error' : list.some((f) => f.severity === 'warning') ? 'warning' : 'info';
        const where = `${sheet.name}!${columnLetter(cell.col + 1)}${cell.row + 1}`;
        const title = list.map((f) => `${SEVERITY_NAMES[ctx.lang][f.severity]}${ctx.lang === 'zh' ? '：' : ': '}${f.message}`).join('\n');
        return `<td${span} id="${prefix}-${cell.row}-${cell.col}" class="f ${worst}${hiddenCol}" tabindex="0" data-f="${list.map((f) => ctx.index.get(f)).join(' ')}" data-where="${h(where)}" title="${h(title)}">${h(cell.text)}</td>`;
      });
      return `<tr${grid.hiddenRows.has(r) ? ' class="hidden-row"' : ''}><th class="rn">${r + 1}</th>${tds.join('')}</tr>`;
    })
    .join('\n');
  const hidden = sheet.hidden ? `<p class="notes">${h(w.hiddenSheet)}</p>` : '';
  const truncated = grid.truncated ? `<p class="truncated">${h(w.truncated(MAX_ROWS, MAX_COLS))}</p>` : '';
  return `<h3>${h(w.sheet(sheet.name))}</h3>${hidden}${truncated}<div class="sheet-wrap"><table class="grid"><thead>${head}</thead><tbody>${body}</tbody></table></div>`;
}
