// `catalog-check diff <old> <new>`: load both versions, compare them, write the report, and
// map the outcome to the exit status: 1 when --fail-on is met, 2 when an input cannot be read.
import { writeFileSync } from 'node:fs';
import { isSameFile } from '../annotate/paths.js';
import { diffCatalogs, failsOn } from '../diff/index.js';
import { DIFF_FORMATS, DIFF_REPORTERS, type DiffFormat } from '../diff/report/index.js';
import type { Lang } from '../i18n/index.js';
import { describeNote } from '../i18n/notes.js';
import { loadCatalog, type CatalogWorkbook } from '../model/index.js';
import { InputError } from '../read/index.js';
import { TOOL_VERSION } from '../version.js';
import { printable } from '../util/printable.js';

export interface DiffCliOptions {
  format: string;
  output?: string;
  lang?: Lang;
  color: boolean;
  failOn?: string;
}

export const FAIL_ON = ['removed', 'changed', 'any'] as const;

function fail(message: string): number {
  // File names come from the user's disk: no escape sequence in one reaches the terminal.
  process.stderr.write(`catalog-check: ${printable(message)}\n`);
  return 2;
}

export function runDiffCommand(oldPath: string, newPath: string, opts: DiffCliOptions): number {
  const lang: Lang = opts.lang ?? 'zh';
  const zh = lang === 'zh';
  const format = (opts.format === 'md' ? 'markdown' : opts.format) as DiffFormat;
  if (!DIFF_FORMATS.includes(format)) {
    return fail(zh ? `不支持的输出格式“${opts.format}”，可选：${DIFF_FORMATS.join('、')}` : `unknown format "${opts.format}"; use one of ${DIFF_FORMATS.join(', ')}`);
  }
  const failOn = opts.failOn as (typeof FAIL_ON)[number] | undefined;
  if (failOn !== undefined && !FAIL_ON.includes(failOn)) {
    return fail(zh ? `--fail-on 应为 ${FAIL_ON.join('、')} 之一` : `--fail-on must be one of ${FAIL_ON.join(', ')}`);
  }
  if (opts.output) {
    for (const input of [oldPath, newPath]) {
      if (isSameFile(opts.output, input)) {
        return fail(zh ? `输出文件 ${opts.output} 是输入文件 ${input}，不能覆盖输入` : `output ${opts.output} is the input ${input}; inputs are never overwritten`);
      }
    }
  }

  // Both inputs are read before giving up, so one run names every file that cannot be read.
  const problems: string[] = [];
  const load = (path: string): CatalogWorkbook | null => {
    try {
      const wb = loadCatalog(path);
      if (!wb.sheets.some((s) => s.tables.length > 0)) {
        // Worded as the lint command words it: the file was not read as a catalog.
        const sheets = wb.notes.filter((n) => n.kind === 'sheet-skipped').map((n) => describeNote(n, lang)).join(zh ? '；' : '; ');
        problems.push(`${path}: ${new InputError('no-catalog', { sheets }).describe(lang)}`);
        return null;
      }
      return wb;
    } catch (err) {
      if (err instanceof InputError) {
        problems.push(`${path}: ${err.describe(lang)}`);
        return null;
      }
      throw err;
    }
  };
  const oldWb = load(oldPath);
  const newWb = load(newPath);
  if (!oldWb || !newWb) {
    for (const p of problems) fail(p);
    return 2;
  }

  const diff = diffCatalogs(oldWb, newWb);
  const color = format === 'text' && opts.color !== false && !opts.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const report = DIFF_REPORTERS[format](diff, { lang, color, toolVersion: TOOL_VERSION });
  if (opts.output) {
    try {
      writeFileSync(opts.output, report);
    } catch (err) {
      return fail(zh ? `无法写入输出文件 ${opts.output}（${(err as NodeJS.ErrnoException).code ?? (err as Error).message}）` : `cannot write ${opts.output} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
  } else {
    process.stdout.write(report);
  }
  return failOn && failsOn(diff.summary, failOn) ? 1 : 0;
}
