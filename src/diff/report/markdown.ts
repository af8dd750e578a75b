// Markdown to paste into a review or a pull-request comment: a heading, the summary, the
// breaking warning, then one GitHub-flavoured table per catalog table, a row per change.
// Catalog text is escaped so it can neither break the table (|, line breaks), become markup
// (* _ ` [ < …), nor turn into a formula when the table is copied into a spreadsheet.
import { looksLikeFormula } from '../../annotate/safe.js';
import { ELEMENT_LABELS } from '../../i18n/elements.js';
import type { ElementChange, ItemDiff } from '../types.js';
import { deltaText, elementLabel, noteText, tableHeading, whereText, WORDS } from './words.js';
import type { DiffReporter } from './index.js';
import { printableDiff } from './printable.js';

const MARKUP = /[\\`*_[\]~|#!]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** One line of catalog text as inline markdown: markup characters escaped, HTML neutralised. */
export function mdInline(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ENTITIES[ch]).replace(MARKUP, (ch) => `\\${ch}`);
}

/**
 * Catalog text as a table cell. Line breaks become <br>; a cell that starts with = + - @ gets
 * a leading apostrophe, as src/annotate does for CSV and markdown (OWASP), so copying the
 * rendered table into a spreadsheet gives text, not a formula.
 */
export function mdCell(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length && looksLikeFormula(lines[0])) lines[0] = `'${lines[0]}`;
  return lines.map(mdInline).join('<br>');
}

export const markdownDiffReporter: DiffReporter = (raw, { lang }) => {
  const diff = printableDiff(raw); // no escape sequence or bidi override from a cell or file name passes
  const w = WORDS[lang];
  const out: string[] = [`## ${w.title}`, '', `${mdInline(diff.old.path)} → ${mdInline(diff.new.path)}`, '', `**${mdInline(w.summary(diff.summary))}**`, ''];
  if (diff.summary.breaking) out.push(`> ⚠️ **${mdInline(w.breakingSummary(diff.summary.removed))}**`, '');
  const nothing = diff.summary.added + diff.summary.removed + diff.summary.renamed + diff.summary.changed === 0;
  if (nothing) out.push(`✅ ${mdInline(w.noChange)}`, '');
  for (const table of diff.tables) {
    if (table.items.length === 0 && table.notes.length === 0) continue;
    out.push(`### ${mdInline(tableHeading(table, lang))}`, '');
    for (const note of table.notes) out.push(`- ${mdInline(noteText(note, lang))}`);
    if (table.notes.length) out.push('');
    if (table.items.length === 0) continue;
    out.push(`| ${[w.change, w.item, w.where, w.element, w.old, w.new].join(' | ')} |`, '| --- | --- | --- | --- | --- | --- |');
    for (const item of table.items) out.push(...itemRows(item, lang));
    out.push('');
  }
  return out.join('\n');
};

function itemRows(item: ItemDiff, lang: 'zh' | 'en'): string[] {
  const w = WORDS[lang];
  const status = item.breaking ? `${w.status[item.status]} ⚠️` : w.status[item.status];
  const name = (item.new ?? item.old)!.name;
  const where = whereText(item, lang) + (item.similarity !== undefined ? `<br>${w.similarity(item.similarity)}` : '');
  const row = (cells: string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
  if (item.changes.length === 0) {
    // Added and removed items show their 公开内容, so a reviewer can judge them from the table.
    const content = (side: ItemDiff['old']) => (side?.content ? mdCell(side.content) : '');
    const note = item.breaking ? `**${mdInline(w.breaking)}**` : '';
    const label = (item.old ?? item.new)!.content ? mdInline(ELEMENT_LABELS.content[lang]) : '';
    return [row([status, mdCell(name), where, label, [content(item.old), note].filter(Boolean).join('<br>'), content(item.new)])];
  }
  // The item is named on its first row only; the rows below it are its other elements.
  return item.changes.map((change, i) => {
    const [oldText, newText] = changeCells(change, lang);
    return row(i === 0 ? [status, mdCell(name), where, mdInline(elementLabel(change, lang)), oldText, newText] : ['', '', '', mdInline(elementLabel(change, lang)), oldText, newText]);
  });
}

/** Old and new cell text; for channels, marks and subjects the chosen entries, with what changed in bold. */
function changeCells(change: ElementChange, lang: 'zh' | 'en'): [string, string] {
  const w = WORDS[lang];
  const delta = deltaText(change, lang);
  if (delta && change.oldValues && change.newValues) {
    const list = (values: string[]) => (values.length ? mdCell(values.join(w.list)) : mdInline(w.empty));
    return [list(change.oldValues), `${list(change.newValues)}<br>**${mdInline(delta)}**`];
  }
  return [change.old ? mdCell(change.old) : mdInline(w.empty), change.new ? mdCell(change.new) : mdInline(w.empty)];
}
