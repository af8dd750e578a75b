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
// quotation punctuation, tick marks and box glyphs; none of them composes with a neighbour) and
// with no traditional form above folds to itself: one native test says so. Other text goes to
// String.prototype.normalize, whose own quick check is native too; the per-character check
// this replaced ran in the interpreter for every cell of a catalog that is read only once.
const PLAIN = '\\x00-\\x7F\\xD7\\u2010\\u2012-\\u2016\\u2018-\\u2023\\u2190-\\u222B\\u25A0-\\u27BF\\u3001-\\u3029\\u4E00-\\u9FFF';
const NEEDS_FOLD = new RegExp(`[^${PLAIN}]|[${Object.keys(TRADITIONAL).join('')}]`);
const HAS_TRADITIONAL = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`);

/** NFKC (full-width → half-width), traditional → simplified for common header characters. */
export function foldText(text: string): string {
  if (!NEEDS_FOLD.test(text)) return text;
  const out = text.normalize('NFKC');
  return HAS_TRADITIONAL.test(out) ? out.replace(TRADITIONAL_CHARS, (ch) => TRADITIONAL[ch]) : out;
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
