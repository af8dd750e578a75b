// What counts as "not filled in" for a text element. A cell holding only a dash, a slash or
// "无" says nothing more than an empty one; element-empty reports it, and the rules that read
// the text (basis, channel) leave it alone so the user gets one finding, not two.

const PLACEHOLDER = /^(?:[\/／\\\-－—–_＿~～·•.。、,，;；:：?？xX×*＊]+|无|暂无|空|空白|待定|待补充|待完善|略|N\/?A|null|none)$/i;
// The longest placeholder word has three ideographs (待补充); the dash class has none.
const MAX_IDEOGRAPHS = 3;

/**
 * Whether text holds more CJK ideographs than any placeholder: then it cannot be one. NFKC
 * leaves U+4E00–U+9FFF as they are, so counting before normalising is safe; this spares
 * the normalisation on nearly every real cell, which rules check several times per item.
 */
function tooManyIdeographs(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff && ++n > MAX_IDEOGRAPHS) return true;
  }
  return false;
}

/** The text of a cell that holds only a placeholder, or null when it holds something real. */
export function placeholderText(text: string): string | null {
  if (tooManyIdeographs(text)) return null;
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  return t !== '' && PLACEHOLDER.test(t) ? text.trim() : null;
}

/** Empty, or only a placeholder. */
export function isBlankLike(text: string): boolean {
  return text.trim() === '' || placeholderText(text) !== null;
}
