// Character-level fixes for whitespace and channel markers. Each returns a map over the
// cell's characters (see CellEdit), or null when nothing changes.
import { identity } from './types.js';

const SPACE = /[ \t\u00a0\u3000]/;
const WS = /[ \t\u00a0\u3000\r\n]/;
// Han characters and full-width punctuation: no space ever belongs between two of them.
const CJK = /[\u2e80-\u2fff\u3001-\u303f\u3040-\u9fff\uf900-\ufaff\uff00-\uffef《》（）【】〔〕“”‘’、，。；：！？]/;

function changed(map: string[], text: string): string[] | null {
  return map.join('') === text ? null : map;
}

/** Spaces at the ends of each line, blank lines and CR of CRLF removed; the text itself kept. */
export function trimLines(text: string): string[] | null {
  const map = identity(text);
  const lines: { start: number; end: number; breakEnd: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n' && text[i] !== '\r') continue;
    const breakEnd = i === text.length ? i : text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
    lines.push({ start, end: i, breakEnd });
    if (i === text.length) break;
    i = breakEnd - 1;
    start = breakEnd;
  }
  const hasText = lines.map((l) => Array.from(text.slice(l.start, l.end)).some((ch) => !SPACE.test(ch)));
  const lastWithText = hasText.lastIndexOf(true);
  lines.forEach((l, k) => {
    let a = l.start, b = l.end;
    while (a < b && SPACE.test(text[a])) map[a++] = '';
    while (b > a && SPACE.test(text[b - 1])) map[--b] = '';
    for (let i = l.end; i < l.breakEnd; i++) map[i] = '';
    // one line break between two lines with text; none after the last, none for blank lines
    if (hasText[k] && k < lastWithText) map[l.end] = '\n';
  });
  return changed(map, text);
}

/**
 * An item or subject name with stray spaces or line breaks: the ends trimmed, and one space
 * or one line break between two Han characters removed ("乡镇人民 政府", "公安\n分局").
 * A wider gap may separate two things (two titles in one cell), so a cell with one is only
 * trimmed at its ends. `keepAfter` marks a gap that separates two bodies in a subject cell.
 */
export function fixNameSpaces(text: string, keepAfter?: (before: string) => boolean): string[] | null {
  const map = identity(text);
  const gaps: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    if (!WS.test(text[i])) { i++; continue; }
    let j = i;
    while (j < text.length && WS.test(text[j])) j++;
    if (i === 0 || j === text.length) for (let k = i; k < j; k++) map[k] = '';
    else gaps.push([i, j]);
    i = j;
  }
  const single = ([a, b]: [number, number]) => b - a === 1 || text.slice(a, b) === '\r\n';
  if (gaps.every(single)) {
    for (const [a, b] of gaps) {
      if (keepAfter?.(text.slice(0, a))) continue;
      if (CJK.test(text[a - 1]) && CJK.test(text[b])) for (let k = a; k < b; k++) map[k] = '';
    }
  }
  return changed(map, text);
}

// Channel markers, read exactly as the model reads them (src/model/elements.ts): 口 only at a
// boundary or before a known channel, R/£ (Wingdings ☑/☐) only at a boundary before Han text.
const TO_CHOSEN = '▄▲▇█☑';
const TO_UNCHOSEN = '☐◻';
const KNOWN_STARTS = ['政府', '两微', '发布', '听证', '广播', '纸质', '公开查阅', '政务', '便民', '入户', '社区', '精准', '其他', '村', '公示', '办事', '图书', '档案', '12345', '热线', '微信', '微博', '新媒体', '报刊', '网站', '行政', '投资', '公共', '信用', '征地', '法律', '提供', '基层', '线下', '会议', '单位', '宣传', '短信', '电话', '现场'];
// A 口 glued to the text before it is a marker only after a whole channel name ("政府网站口政府公报"),
// never inside a word ("出入口公示").
const CHANNEL_END = /(网站|网|公报|一端|新媒体|听证会|发布会|电视|媒体|查阅点|中心|服务站|现场|电子屏[)）]|推送|其他|平台|热线|场所|图书馆|档案馆|公示栏)$/;
const MARKERS = '■□' + TO_CHOSEN + TO_UNCHOSEN + '▄◇○☆✓√◆●★';

function atBoundary(text: string, i: number): boolean {
  return i === 0 || /[\s,，、;；:：.。]/.test(text[i - 1]) || MARKERS.includes(text[i - 1]);
}

export function fixChannelMarkers(text: string): string[] | null {
  const map = identity(text);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const rest = text.slice(i + 1).trimStart();
    if (TO_CHOSEN.includes(ch)) map[i] = '■';
    else if (TO_UNCHOSEN.includes(ch)) map[i] = '□';
    else if (ch === '口' && (atBoundary(text, i) || (CHANNEL_END.test(text.slice(0, i)) && KNOWN_STARTS.some((w) => rest.startsWith(w)))) && /^[\u4e00-\u9fff0-9]/.test(rest)) map[i] = '□';
    else if ((ch === 'R' || ch === '£') && atBoundary(text, i) && /^[\u4e00-\u9fff]/.test(rest)) map[i] = ch === 'R' ? '■' : '□';
  }
  return changed(map, text);
}
