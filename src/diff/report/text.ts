// The terminal view: one block per table, one line per item that differs, its element
// changes indented below with the old text (-) over the new (+), then the summary line.
// Colour only when the command says so (a TTY, no --no-color, no NO_COLOR).
import { Chalk } from 'chalk';
import { ELEMENT_LABELS } from '../../i18n/elements.js';
import type { ElementChange, ItemDiff } from '../types.js';
import { deltaText, elementLabel, itemName, noteText, tableHeading, whereText, WORDS } from './words.js';
import { inlineDiff, sides, type Segment } from './inline.js';
import type { DiffReporter } from './index.js';
import { printableDiff } from './printable.js';

type Paint = InstanceType<typeof Chalk>;

export const textDiffReporter: DiffReporter = (raw, { lang, color }) => {
  const diff = printableDiff(raw); // no escape sequence or bidi override from a cell or file name passes
  const c = new Chalk({ level: color ? 1 : 0 });
  const w = WORDS[lang];
  const out: string[] = [c.bold(`${w.title}${w.colon}${diff.old.path} → ${diff.new.path}`), ''];
  for (const table of diff.tables) {
    if (table.items.length === 0 && table.notes.length === 0) continue;
    out.push(c.bold(tableHeading(table, lang)));
    for (const note of table.notes) out.push(`  ${c.yellow('!')} ${noteText(note, lang)}`);
    for (const item of table.items) out.push(...itemLines(item, c, lang));
    out.push('');
  }
  if (diff.summary.added + diff.summary.removed + diff.summary.renamed + diff.summary.changed === 0) out.push(c.green(`✔ ${w.noChange}`));
  out.push(w.summary(diff.summary));
  if (diff.summary.breaking) out.push(c.red(`⚠ ${w.breakingSummary(diff.summary.removed)}`));
  return out.join('\n') + '\n';
};

const MARK = { added: '+', removed: '-', renamed: '~', changed: '*' } as const;

function itemLines(item: ItemDiff, c: Paint, lang: 'zh' | 'en'): string[] {
  const w = WORDS[lang];
  const paint = { added: c.green, removed: c.red, renamed: c.yellow, changed: c.cyan }[item.status];
  const status = paint(`${MARK[item.status]} ${w.status[item.status]}`);
  const extra = [whereText(item, lang)];
  if (item.similarity !== undefined) extra.push(w.similarity(item.similarity));
  let head = `  ${status}  ${item.status === 'removed' ? c.strikethrough(itemName(item)) : itemName(item)}  ${c.dim(extra.join(lang === 'zh' ? '，' : ', '))}`;
  if (item.breaking) head += `  ${c.red('⚠ ' + w.breaking)}`;
  const lines = [head];
  const side = item.status === 'added' ? item.new : item.status === 'removed' ? item.old : null;
  if (side?.content) lines.push(c.dim(`${INDENT}${ELEMENT_LABELS.content[lang]}${w.colon}${side.content.replace(/\n/g, ' ')}`));
  for (const change of item.changes) {
    if (change.element === 'name') continue; // the head already shows old → new
    lines.push(...changeLines(change, c, lang));
  }
  return lines;
}

const INDENT = '        ';

function changeLines(change: ElementChange, c: Paint, lang: 'zh' | 'en'): string[] {
  const w = WORDS[lang];
  const label = `${INDENT}${elementLabel(change, lang)}${w.colon}`;
  const bare = label.trimEnd();
  const delta = deltaText(change, lang);
  // Sets read best as one line ("公开方式：取消：依申请"): a 13-entry checklist twice over hides the one tick.
  if (delta) return [`${label}${delta}`];
  const lines = [bare];
  const { old, new: neu } = sides(inlineDiff(change.old, change.new));
  const show = (sign: string, whole: string, segments: Segment[], paint: Paint['red']) => {
    // The changed characters in reverse video, so "20" → "10" stands out inside a long sentence.
    const text = whole === '' ? w.empty : segments.map((x) => (x.kind === 'same' ? paint(x.text) : paint.inverse(x.text))).join('');
    return text.split('\n').map((l, i) => `${INDENT}  ${i === 0 ? sign : ' '} ${l}`);
  };
  lines.push(...show('-', change.old, old, c.red), ...show('+', change.new, neu, c.green));
  return lines;
}

