// The lint flow's hooks for office outputs, kept out of lint-command.ts so that file stays
// about linting: --fix (write fixed copies, then lint those), --annotate (after the run,
// write annotated copies) and the catalogs the HTML report draws.
import { readWorkbook, type RawWorkbook, type ReadLimits } from '../read/index.js';
import type { Lang } from '../i18n/index.js';
import { InputError } from '../read/errors.js';
import type { LintResult } from '../report/types.js';
import { planOutputs } from '../annotate/paths.js';
import { annotateFile } from '../annotate/annotate.js';
import { OFFICE_WORDS } from '../annotate/words.js';
import { fixFiles } from '../fix/run.js';

export interface OfficeCliOptions {
  annotate?: string;
  fix?: boolean;
  output?: string;
  format: string;
}

export interface OfficePlan {
  /** What the rules run on: the inputs, or with --fix their fixed copies. */
  targets: string[];
  /** Where the report goes: -o, unless --fix took -o for the fixed copies (then stdout). */
  reportOutput?: string;
  /** Lint target → annotated copy. */
  annotate?: Map<string, string>;
}

export type Prepared = { ok: true; plan: OfficePlan } | { ok: false; message: string };

export async function prepareOffice(files: string[], opts: OfficeCliOptions, lang: Lang, limits: ReadLimits): Promise<Prepared> {
  const w = OFFICE_WORDS[lang];
  const words = { notXlsx: w.notXlsx, needsFolder: w.needsFolder, isInput: w.isInput };
  const plan: OfficePlan = { targets: files, reportOutput: opts.output };
  if (opts.fix) {
    const fixed = await fixFiles(files, opts.output, lang, limits, opts.format === 'text' ? process.stdout : process.stderr);
    if (!fixed.ok) return fixed;
    plan.targets = fixed.targets;
    plan.reportOutput = undefined;
  }
  if (opts.annotate) {
    const avoid = [...files, ...(plan.reportOutput ? [plan.reportOutput] : [])];
    const annotate = planOutputs(plan.targets, opts.annotate, words, avoid);
    if (!annotate.ok) return annotate;
    plan.annotate = annotate.outputs;
  }
  return { ok: true, plan };
}

/** Writes the annotated copies; returns false when one could not be written (exit 2). */
export async function finishOffice(result: LintResult, plan: OfficePlan, lang: Lang, limits: ReadLimits): Promise<boolean> {
  if (!plan.annotate) return true;
  const w = OFFICE_WORDS[lang];
  let ok = true;
  const written: string[] = [];
  for (const file of result.files) {
    const out = plan.annotate.get(file.path);
    if (!out || file.error) continue;
    try {
      const findings = result.findings.filter((f) => f.file === file.path);
      await annotateFile(file.path, out, findings, { lang, limits, displayName: file.path });
      written.push(out);
    } catch (err) {
      ok = false;
      const reason = err instanceof InputError ? err.describe(lang) : (err as Error).message;
      process.stderr.write(`catalog-check: ${w.annotateFailed(file.path, reason)}\n`);
    }
  }
  if (written.length) process.stderr.write(`${w.annotated(written.length, written.length === 1 ? written[0] : written.join('\n  '))}\n`);
  return ok;
}

/** The catalogs as read, for --format html; only that report draws them. */
export function reportSources(format: string, result: LintResult, limits: ReadLimits): Map<string, RawWorkbook> | undefined {
  if (format !== 'html') return undefined;
  const sources = new Map<string, RawWorkbook>();
  for (const file of result.files) {
    if (file.error) continue;
    try {
      sources.set(file.path, readWorkbook(file.path, limits));
    } catch {
      // It was read a moment ago; if it changed since, the page lists its findings without the table.
    }
  }
  return sources;
}
