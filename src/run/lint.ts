// Lints a list of files: load each, run the enabled rules, collect results. An unreadable
// input is recorded with its message and the others are still checked. No console output.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Lang } from '../i18n/index.js';
import { describeNote } from '../i18n/notes.js';
import { lintWorkbook, type EnabledRule } from '../engine/engine.js';
import type { Finding, FileResult } from '../engine/types.js';
import type { References } from '../coverage/types.js';
import { loadCatalog } from '../model/index.js';
import { InputError, type ReadLimits } from '../read/index.js';
import type { CatalogWorkbook } from '../model/types.js';
import { textFileBlock, type TextBlockStyle } from '../report/text.js';

export interface LintFileOptions {
  rules: EnabledRule[];
  references: References;
  lang: Lang;
  limits: ReadLimits;
  /** Render the file's text report block too (format text): spread over the lint threads. */
  textBlock?: TextBlockStyle;
}

export interface FileLintResult {
  file: FileResult;
  findings: Finding[];
  /** The model, for reporters that render the catalog (html, annotate); not kept in workers. */
  workbook?: CatalogWorkbook;
  /** The file's block of the text report in UTF-8, when asked for (LintFileOptions.textBlock). */
  text?: Uint8Array;
}

const utf8 = new TextEncoder();

export function lintFile(path: string, options: LintFileOptions, keepModel = false): FileLintResult {
  const outcome = lintOne(path, options, keepModel);
  if (!keepModel && outcome.file.sheets.reduce((n, s) => n + s.items, 0) >= COLLECT_AFTER_ITEMS) collectGarbage();
  // A block holds the findings about this file; one that names another file stays with the reporter.
  // Encoded here too: turning a whole report into UTF-8 at the end took ~0.3 s of one thread.
  if (options.textBlock && outcome.findings.every((f) => f.file === path)) outcome.text = utf8.encode(textFileBlock(outcome.file, outcome.findings, options.textBlock));
  return outcome;
}

/**
 * Items from which the model, dead once the rules have run, is collected before the report is
 * worded. V8 sizes its next full collection from the heap it found live in the last one, during
 * the build: at 100,000 rows none came before exit, so the report and its UTF-8 bytes were
 * allocated on top of the ~180 MB dead model (peak RSS ~500 MB, ~390 MB with this collection,
 * which costs ~50 ms of CPU: little is still alive then).
 */
const COLLECT_AFTER_ITEMS = 30_000;
let fullGc: (() => void) | null | undefined;

function collectGarbage(): void {
  if (fullGc === undefined) {
    try {
      // V8's gc() is given to contexts made after the flag is set: the main thread's global stays
      // clean, but vm contexts and worker threads made later in this process see a global gc.
      setFlagsFromString('--expose-gc');
      fullGc = runInNewContext('gc') as () => void;
    } catch {
      fullGc = null; // a runtime without it just keeps the higher peak
    }
  }
  fullGc?.();
}

function lintOne(path: string, options: LintFileOptions, keepModel: boolean): FileLintResult {
  let workbook: CatalogWorkbook;
  try {
    workbook = loadCatalog(path, options.limits);
  } catch (err) {
    if (err instanceof InputError) {
      return { file: { path, sheets: [], error: err.describe(options.lang), notes: [] }, findings: [] };
    }
    throw err;
  }
  if (!workbook.sheets.some((s) => s.kind === 'catalog')) {
    // Nothing to check is a failed check, not a clean one: the user must learn the file was not read as a catalog.
    const sheets = workbook.notes.filter((n) => n.kind === 'sheet-skipped').map((n) => describeNote(n, options.lang)).join('；');
    return { file: { path, sheets: [], error: new InputError('no-catalog', { sheets }).describe(options.lang), notes: [] }, findings: [] };
  }
  const findings = lintWorkbook(workbook, options.rules, { lang: options.lang, references: options.references });
  const file: FileResult = {
    path,
    sheets: workbook.sheets.flatMap((s) => s.tables.map((t) => ({ name: s.name, domain: t.domain.name, items: t.items.length }))),
    error: null,
    notes: workbook.notes.filter((n) => n.kind !== 'csv-encoding').map((n) => describeNote(n, options.lang)),
  };
  return { file, findings, ...(keepModel ? { workbook } : {}) };
}
