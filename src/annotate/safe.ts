// Text that comes from catalogs must never turn into a formula, a link or markup in what
// the tool writes. Spreadsheet outputs write catalog text as string cells (a string cell can
// not be evaluated); CSV and markdown outputs, where the reader decides, get a leading '.

/** Characters that make Excel, WPS or LibreOffice read a typed or imported value as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** For CSV and markdown: a leading apostrophe, as OWASP advises, so the text stays text. */
export function neutralizeForCsv(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/** JSON for an inline <script type="application/json">: no "</script>", no line separators. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A string literal inside a formula we build ourselves: quotes doubled. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
