// Text from a catalog or a file name reaches the terminal and CI logs. An escape sequence in a
// cell or a file name could recolour, clear or retitle the terminal, hide a line (\r), plant a
// hyperlink (OSC 8), or reorder what a reviewer reads (bidi overrides, "Trojan Source"); none
// of that may pass through. Such characters are shown as visible escapes, so the file can
// still be found and fixed, and everything else is left exactly as written.
import type { LintResult } from '../report/types.js';

// C0 controls except tab and line feed, DEL, C1 controls, and the bidi embedding, override and
// isolate characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const p = <T extends string | null | undefined>(s: T): T => (typeof s === 'string' ? (printable(s) as T) : s);

/** The result with every string a terminal report prints made printable. */
export function printableResult(result: LintResult): LintResult {
  return {
    ...result,
    files: result.files.map((f) => ({
      ...f,
      path: printable(f.path),
      error: p(f.error),
      notes: f.notes.map(printable),
      sheets: f.sheets.map((s) => ({ ...s, name: printable(s.name), domain: p(s.domain) })),
    })),
    findings: result.findings.map((f) => ({
      ...f,
      message: printable(f.message),
      hint: printable(f.hint),
      file: printable(f.file),
      sheet: p(f.sheet),
      item: p(f.item),
      address: p(f.address),
      header: p(f.header),
    })),
  };
}
