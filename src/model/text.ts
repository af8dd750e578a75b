// Text normalisation shared by header detection, matching and diff. Cell text itself is
// kept as written; these helpers produce keys for comparison only.

// Traditional forms seen on mirror pages of published catalogs, mapped for header matching.
const TRADITIONAL: Record<string, string> = {
  開: '开', 級: '级', 區: '区', 縣: '县', 鎮: '镇', 鄉: '乡', 體: '体', 眾: '众', 對: '对',
  動: '动', 請: '请', 項: '项', 據: '据', 時: '时', 務: '务', 內: '内', 層: '层', 載: '载',
  態: '态', 資: '资', 訊: '讯', 網: '网', 關: '关', 門: '门', 戶: '户', 類: '类',
  屬: '属', 領: '领', 號: '号', 單: '单', 會: '会', 這: '这', 為: '为', 與: '与',
  報: '报', 視: '视', 電: '电', 閱: '阅', 點: '点', 紙: '纸', 質: '质',
  樓: '楼', 欄: '栏', 廣: '广', 聽: '听', 證: '证', 導: '导', 傳: '传', 統: '统', 員: '员',
};

const TRADITIONAL_CHARS = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'g');

// Text made only of characters NFKC leaves alone (ASCII, CJK ideographs, common CJK and
// quotation punctuation; none of them composes with a neighbour) and with no traditional form
// above folds to itself. One native test says so: the per-character check below ran in the
// interpreter for every cell of a catalog that is read once.
const NEEDS_FOLD = new RegExp(`[^\\x00-\\x7F\\u2010\\u2012-\\u2016\\u2018-\\u2023\\u3001-\\u3029\\u4E00-\\u9FFF]|[${Object.keys(TRADITIONAL).join('')}]`);

/** NFKC (full-width → half-width), traditional → simplified for common header characters. */
export function foldText(text: string): string {
  if (!NEEDS_FOLD.test(text)) return text;
  const out = isNfkcStable(text) ? text : text.normalize('NFKC');
  return out.replace(TRADITIONAL_CHARS, (ch) => TRADITIONAL[ch]);
}

// NFKC was the costliest step of reading a large catalog (it runs on every cell for 同上 and
// header checks) and most text is already in NFKC. A table per UTF-16 unit, filled on first
// sight, remembers which characters NFKC leaves alone; text made only of those skips it.
// Marks, conjoining jamo and surrogates always take the slow path: they compose with their
// neighbours, so they cannot be judged one at a time.
const NFKC_STATE = new Uint8Array(0x10000); // 0 unknown, 1 unchanged by NFKC, 2 may change
const MARK = /\p{M}/u;

function isNfkcStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    let state = NFKC_STATE[c];
    if (state === 0) state = NFKC_STATE[c] = nfkcStateOf(c);
    if (state === 2) return false;
  }
  return true;
}

function nfkcStateOf(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return 2;
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0xa960 && c <= 0xa97f) || (c >= 0xd7b0 && c <= 0xd7ff)) return 2;
  const ch = String.fromCharCode(c);
  return ch.normalize('NFKC') === ch && !MARK.test(ch) ? 1 : 2;
}

/** A header label as a key: folded, no whitespace at all (labels are often broken by spaces). */
export function compactLabel(text: string): string {
  return foldText(text).replace(/\s+/g, '');
}

/**
 * A matching key for item names and element text: folded, no whitespace, brackets and quotes
 * unified, trailing punctuation dropped. "（一）" and "(一)" and "【一】" compare equal.
 */
export function matchKey(text: string): string {
  return foldText(text)
    .replace(/\s+/g, '')
    .replace(/[【〔［\[｛{〈<]/g, '(')
    .replace(/[】〕］\]｝}〉>]/g, ')')
    .replace(/[“”„‟"'‘’`´「」『』]/g, '')
    .replace(/[《》]/g, '')
    .replace(/[。.,，;；:：、!?！？]+$/g, '')
    .toLowerCase();
}

/** Cell text as the model keeps it: CRLF folded, each line trimmed, blank lines dropped. */
export function cleanCellText(text: string): string {
  if (!/[\r\n]|^\s|\s$/.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

const SAME_AS_ABOVE = /^(同上|同前|同上栏|同上述?)[。.]?$/;

export function isSameAsAbove(text: string): boolean {
  // Checked on every cell: without 同 (which no other character folds to) it cannot match.
  return text.includes('同') && SAME_AS_ABOVE.test(compactLabel(text));
}
