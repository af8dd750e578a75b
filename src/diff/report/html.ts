// A self-contained HTML page (inline CSS, no script, nothing fetched): the old version on the
// left, the new on the right, one row per element change, the changed part highlighted.
// Every catalog text is escaped; line breaks are kept by CSS (pre-wrap), not by markup.
import { escapeHtml } from '../../annotate/safe.js';
import { ELEMENT_LABELS } from '../../i18n/elements.js';
import type { CatalogDiff, ElementChange, ItemDiff, TableDiff } from '../types.js';
import { deltaText, elementLabel, noteText, tableHeading, whereText, WORDS } from './words.js';
import { inlineDiff, sides, type Segment } from './inline.js';
import type { DiffReporter } from './index.js';
import { printableDiff } from './printable.js';

const CSS = `
body{font:14px/1.5 "Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:24px;color:#1f2328}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px}
.files{color:#57606a}.summary{font-weight:600}.breaking{color:#b42318;font-weight:600}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #d0d7de;padding:6px 8px;vertical-align:top;text-align:left;white-space:pre-wrap;word-break:break-word}
th{background:#f6f8fa}col.status{width:6em}col.item{width:18%}col.element{width:9em}
td.old{background:#fff8f8}td.new{background:#f6fff8}
del{background:#ffd7d5;text-decoration:line-through}ins{background:#ccffd8;text-decoration:none}
.tag{display:inline-block;padding:0 6px;border-radius:4px;font-size:12px;color:#fff}
.added{background:#1a7f37}.removed{background:#cf222e}.renamed{background:#9a6700}.changed{background:#0969da}
.where{color:#57606a;font-size:12px;display:block}.delta{display:block;font-weight:600;margin-top:4px}
ul.notes{color:#9a6700}`;

export const htmlDiffReporter: DiffReporter = (raw, { lang }) => {
  const diff = printableDiff(raw); // no escape sequence or bidi override from a cell or file name passes
  const w = WORDS[lang];
  const nothing = diff.summary.added + diff.summary.removed + diff.summary.renamed + diff.summary.changed === 0;
  const body = [
    `<h1>${escapeHtml(w.title)}</h1>`,
    `<p class="files"><span>${escapeHtml(diff.old.path)}</span> → <span>${escapeHtml(diff.new.path)}</span></p>`,
    `<p class="summary">${escapeHtml(w.summary(diff.summary))}</p>`,
    diff.summary.breaking ? `<p class="breaking">⚠ ${escapeHtml(w.breakingSummary(diff.summary.removed))}</p>` : '',
    nothing ? `<p>✔ ${escapeHtml(w.noChange)}</p>` : '',
    ...diff.tables.filter((t) => t.items.length || t.notes.length).map((t) => tableSection(t, diff, lang)),
  ];
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${w.title}${w.colon}${diff.old.path} → ${diff.new.path}`)}</title>
<style>${CSS}</style></head>
<body>
${body.filter(Boolean).join('\n')}
</body>
</html>
`;
};

function tableSection(table: TableDiff, diff: CatalogDiff, lang: 'zh' | 'en'): string {
  const w = WORDS[lang];
  const notes = table.notes.length ? `<ul class="notes">${table.notes.map((n) => `<li>${escapeHtml(noteText(n, lang))}</li>`).join('')}</ul>` : '';
  const head = `<tr><th>${escapeHtml(w.change)}</th><th>${escapeHtml(w.item)}</th><th>${escapeHtml(w.element)}</th><th>${escapeHtml(`${w.old} · ${diff.old.path}`)}</th><th>${escapeHtml(`${w.new} · ${diff.new.path}`)}</th></tr>`;
  const rows = table.items.map((item) => itemRows(item, lang)).join('\n');
  return `<section>
<h2>${escapeHtml(tableHeading(table, lang))}</h2>
${notes}${table.items.length ? `<table><colgroup><col class="status"><col class="item"><col class="element"><col><col></colgroup>
<thead>${head}</thead>
<tbody>
${rows}
</tbody></table>` : ''}
</section>`;
}

function itemRows(item: ItemDiff, lang: 'zh' | 'en'): string {
  const w = WORDS[lang];
  const tag = `<span class="tag ${item.status}">${escapeHtml(w.status[item.status])}</span>`;
  const name = escapeHtml((item.new ?? item.old)!.name);
  const where = `<span class="where">${escapeHtml(whereText(item, lang) + (item.similarity !== undefined ? ` · ${w.similarity(item.similarity)}` : ''))}</span>`;
  if (item.changes.length === 0) {
    // Added and removed items show their 公开内容, so a reviewer can judge them from the page.
    const side = item.old ?? item.new!;
    const text = side.content ? escapeHtml(side.content) : '';
    const old = item.old ? `<del>${text}</del>${item.breaking ? `<span class="delta">⚠ ${escapeHtml(w.breaking)}</span>` : ''}` : '';
    const neu = item.new ? `<ins>${text}</ins>` : '';
    const label = side.content ? escapeHtml(ELEMENT_LABELS.content[lang]) : '';
    return `<tr><td>${tag}</td><td>${name}${where}</td><td>${label}</td><td class="old">${old}</td><td class="new">${neu}</td></tr>`;
  }
  const span = item.changes.length;
  return item.changes
    .map((change, i) => {
      const [old, neu] = changeCells(change, lang);
      const rowspan = span > 1 ? ` rowspan="${span}"` : '';
      const lead = i === 0 ? `<td${rowspan}>${tag}</td><td${rowspan}>${name}${where}</td>` : '';
      return `<tr>${lead}<td>${escapeHtml(elementLabel(change, lang))}</td><td class="old">${old}</td><td class="new">${neu}</td></tr>`;
    })
    .join('\n');
}

function changeCells(change: ElementChange, lang: 'zh' | 'en'): [string, string] {
  const w = WORDS[lang];
  if (change.oldValues && change.newValues) {
    const removed = new Set(change.removed);
    const added = new Set(change.added);
    const list = (values: string[], marked: Set<string>, tag: 'del' | 'ins') =>
      values.length ? values.map((v) => (marked.has(v) ? `<${tag}>${escapeHtml(v)}</${tag}>` : escapeHtml(v))).join(escapeHtml(w.list)) : escapeHtml(w.empty);
    const delta = deltaText(change, lang);
    return [list(change.oldValues, removed, 'del'), `${list(change.newValues, added, 'ins')}${delta ? `<span class="delta">${escapeHtml(delta)}</span>` : ''}`];
  }
  const { old, new: neu } = sides(inlineDiff(change.old, change.new));
  const side = (whole: string, segments: Segment[]) =>
    whole === '' ? escapeHtml(w.empty) : segments.map((x) => (x.kind === 'same' ? escapeHtml(x.text) : `<${x.kind}>${escapeHtml(x.text)}</${x.kind}>`)).join('');
  return [side(change.old, old), side(change.new, neu)];
}
