// What counts as "not filled in" for a text element. A cell holding only a dash, a slash or
// "无" says nothing more than an empty one; element-empty reports it, and the rules that read
// the text (basis, channel) leave it alone so the user gets one finding, not two.

const PLACEHOLDER = /^(?:[\/／\\\-－—–_＿~～·•.。、,，;；:：?？xX×*＊]+|无|暂无|空|空白|待定|待补充|待完善|略|N\/?A|null|none)$/i;

/** The text of a cell that holds only a placeholder, or null when it holds something real. */
export function placeholderText(text: string): string | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  return t !== '' && PLACEHOLDER.test(t) ? text.trim() : null;
}

/** Empty, or only a placeholder. */
export function isBlankLike(text: string): boolean {
  return text.trim() === '' || placeholderText(text) !== null;
}
