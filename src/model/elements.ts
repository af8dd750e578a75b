// Parsing of element cells: tick marks, the channel checklist, and the subject's bodies.
import type { ChannelEntry, ChannelValue, CellValue, SubjectValue } from './types.js';
import { compactLabel, foldText } from './text.js';

const NEGATIVE_MARKS = /^(×|✗|✘|否|无|不|-|—|－|\/|／|0|N|n|□|口|○)$/;
const POSITIVE_MARKS = /^(√|✓|✔|☑|✅|●|■|是|Y|y|V|v|1|▲|R|○√|√√)$/;

// Mark cells hold a handful of distinct texts (√, 是, blank) over thousands of rows: both
// answers are remembered for short texts.
const MARKED = new Map<string, boolean>();
const NOTES = new Map<string, string | undefined>();
const MEMO_MAX_LENGTH = 16;
const MEMO_LIMIT = 10_000;

function remember<T>(memo: Map<string, T>, text: string, compute: (t: string) => T): T {
  if (text.length > MEMO_MAX_LENGTH) return compute(text);
  if (memo.has(text)) return memo.get(text) as T;
  const value = compute(text);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, value);
  return value;
}

/** What a mark cell says: ticked or not, and its note (see isMarked and markNote). */
export interface MarkReading {
  readonly marked: boolean;
  readonly note: string | undefined;
}

const READINGS = new Map<string, MarkReading>();

/** isMarked and markNote of one mark cell in one lookup: they run for every mark cell of every item. */
export function readMark(text: string): MarkReading {
  const known = READINGS.get(text);
  if (known !== undefined) return known;
  const reading: MarkReading = { marked: isMarked(text), note: markNote(text) };
  if (text.length <= MEMO_MAX_LENGTH) {
    if (READINGS.size >= MEMO_LIMIT) READINGS.clear();
    READINGS.set(text, reading);
  }
  return reading;
}

/** Whether a mark cell (全社会, 主动, 县级 …) is ticked. Free text such as "申请人" counts as ticked. */
export function isMarked(text: string): boolean {
  return remember(MARKED, text, isMarkedUncached);
}

function isMarkedUncached(text: string): boolean {
  const t = compactLabel(text);
  if (!t) return false;
  if (POSITIVE_MARKS.test(t)) return true;
  if (NEGATIVE_MARKS.test(t)) return false;
  return true;
}

/** Free text in a mark cell beyond the tick itself, e.g. "√面向拟征收土地所在地的村集体成员". */
export function markNote(text: string): string | undefined {
  return remember(NOTES, text, markNoteUncached);
}

function markNoteUncached(text: string): string | undefined {
  const t = text.replace(/[√✓✔☑✅●■]/g, '').trim();
  return t && !POSITIVE_MARKS.test(compactLabel(t)) && !NEGATIVE_MARKS.test(compactLabel(t)) ? t : undefined;
}

// Channel checklist markers. 口 (the CJK "mouth") stands in for □ in many catalogs, and
// R/£ are Wingdings ☑/☐ that lost their font. Both only count where a marker can stand.
const CHOSEN = '■▄▲☑✓√▇█◆●★';
const UNCHOSEN = '□☐◇○◻☆';
const KNOWN_CHANNEL_STARTS = ['政府', '两微', '发布', '听证', '广播', '纸质', '公开查阅', '政务', '便民', '入户', '社区', '精准', '其他', '村', '公示', '办事', '图书', '档案', '12345', '热线', '微信', '微博', '新媒体', '报刊', '网站', '行政', '投资', '公共', '信用', '征地', '法律', '提供', '基层', '线下', '会议', '单位', '宣传', '短信', '电话', '现场'];

function startsWithKnownChannel(text: string): boolean {
  return KNOWN_CHANNEL_STARTS.some((w) => text.startsWith(w));
}

function markerAt(text: string, i: number): 'chosen' | 'unchosen' | null {
  const ch = text[i];
  if (CHOSEN.includes(ch)) return 'chosen';
  if (UNCHOSEN.includes(ch)) return 'unchosen';
  const atBoundary = i === 0 || /[\s,，、;；:：.。]/.test(text[i - 1]) || CHOSEN.includes(text[i - 1]) || UNCHOSEN.includes(text[i - 1]);
  const rest = text.slice(i + 1).trimStart();
  if (ch === '口' && (atBoundary || startsWithKnownChannel(rest)) && /^[\u4e00-\u9fff0-9]/.test(rest)) return 'unchosen';
  if ((ch === 'R' || ch === '£') && atBoundary && /^[\u4e00-\u9fff]/.test(rest)) return ch === 'R' ? 'chosen' : 'unchosen';
  return null;
}

function cleanEntry(label: string): string {
  return label
    .replace(/^[\s,，、;；:：.。_]+|[\s,，、;；:：.。_]+$/g, '')
    .replace(/^\d+[.、．)]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a channel cell into entries: a ■/□ checklist, or a plain list where every entry is chosen. */
export function parseChannel(value: CellValue): ChannelValue {
  // A note inside the cell ("注：有关公开信息可推送…") is not a channel.
  const text = foldText(value.text).replace(/(^|\n)\s*注[:：][\s\S]*$/, '').trim();
  if (!text) return { value, style: 'empty', entries: [], chosen: [] };

  const positions: { index: number; kind: 'chosen' | 'unchosen' }[] = [];
  for (let i = 0; i < text.length; i++) {
    const kind = markerAt(text, i);
    if (kind) positions.push({ index: i, kind });
  }

  const entries: ChannelEntry[] = [];
  if (positions.length > 0) {
    const lead = cleanEntry(text.slice(0, positions[0].index));
    // A first entry whose marker was lost is still an entry; it is counted as chosen.
    if (lead) entries.push({ label: lead, chosen: true, marker: '' });
    positions.forEach((pos, k) => {
      const end = k + 1 < positions.length ? positions[k + 1].index : text.length;
      const label = cleanEntry(text.slice(pos.index + 1, end));
      if (label) entries.push({ label, chosen: pos.kind === 'chosen', marker: text[pos.index] });
    });
    return { value, style: 'checklist', entries, chosen: entries.filter((e) => e.chosen).map((e) => e.label) };
  }
  for (const part of text.split(/[\n,，、;；]+|\s+(?=\d+[.、．])/)) {
    const label = cleanEntry(part);
    if (label) entries.push({ label, chosen: true, marker: '' });
  }
  return { value, style: 'list', entries, chosen: entries.map((e) => e.label) };
}

const BODY_END = /(府|局|委|办|处|所|室|院|队|中心|站|会|部|厅|署|组|分局|街道|镇|乡|公司)$/;

/** Splits a subject cell into the bodies it names, never inside brackets. */
export function parseSubject(value: CellValue): SubjectValue {
  const text = value.text;
  const bodies: string[] = [];
  let depth = 0;
  let current = '';
  const push = () => {
    const body = current.replace(/\s+/g, '').replace(/^(和|及|与|或)/, '');
    if (body) bodies.push(body);
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if ('(（[【〔'.includes(ch)) depth++;
    else if (')）]】〕'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,；;\/／\n]/.test(ch)) { push(); continue; }
    // "…人民政府及…局": split on 及/和 only between two bodies.
    if (depth === 0 && (ch === '及' || ch === '和') && BODY_END.test(current.trim()) && i + 1 < text.length) { push(); continue; }
    current += ch;
  }
  push();
  return { value, bodies };
}
