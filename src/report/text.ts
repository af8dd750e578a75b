// The terminal report, written for the office worker who compiled the catalog: grouped by
// file (and sheet when a workbook has several), one line per finding in the shape
// `row:column severity message rule-id`, where the message starts by saying where in Excel
// to look (第7行 G列（公开主体）), and the fix on the line below; then the reference-data
// notice, said once, and a summary line.
import { Chalk } from 'chalk';
import type { Lang } from '../i18n/index.js';
import type { Finding, FileResult } from '../engine/types.js';
import type { LintResult, Reporter, ReportContext } from './types.js';
import { resultCounts } from './types.js';
import { describeCell, referenceFlag } from './where.js';
import { printable, printableResult } from '../util/printable.js';

type Paint = InstanceType<typeof Chalk>;

const WORDS = {
  zh: { error: '错误', warning: '警告', info: '提示', fix: '修改：', table: '表格', file: '文件', unreadable: '无法读取：', sep: '：' },
  en: { error: 'error', warning: 'warning', info: 'info', fix: 'fix: ', table: 'table', file: 'file', unreadable: 'cannot read: ', sep: ': ' },
};


/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    w += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd) ? 2 : 1;
  }
  return w;
}

function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** The `row:column` token: "7:G", "7" for a whole row, 表格/文件 when there is no row. */
function position(f: Finding, lang: Lang): string {
  if (f.row !== null) return f.column ? `${f.row}:${f.column}` : String(f.row);
  return f.sheet !== null ? WORDS[lang].table : WORDS[lang].file;
}

function severityLabel(f: Finding, lang: Lang, c: Paint): string {
  const w = WORDS[lang];
  if (f.severity === 'error') return c.red(w.error);
  if (f.severity === 'warning') return c.yellow(w.warning);
  return c.blue(w.info);
}

function sheetHeading(name: string, file: FileResult, lang: Lang, c: Paint): string {
  const tables = file.sheets.filter((s) => s.name === name);
  const items = tables.reduce((n, s) => n + s.items, 0);
  const domain = tables.map((s) => s.domain).filter(Boolean).join('、');
  const facts = lang === 'zh' ? `（${domain ? `${domain}，` : ''}${items} 个事项）` : ` (${domain ? `${domain}, ` : ''}${items} item(s))`;
  return `  ${c.bold(lang === 'zh' ? `工作表“${name}”` : `sheet "${name}"`)}${c.dim(facts)}`;
}

/** What a file's block of the text report depends on besides the file: see textFileBlock. */
export interface TextBlockStyle {
  lang: Lang;
  color: boolean;
  quiet?: boolean;
}

function fileBlock(file: FileResult, findings: Finding[], lang: Lang, c: Paint): string[] {
  const w = WORDS[lang];
  const out = [c.underline(file.path)];
  if (file.error) return [...out, `  ${c.red(w.unreadable)}${file.error}`, ''];
  for (const note of file.notes) out.push(`  ${c.dim(note)}`);
  const multiSheet = new Set(file.sheets.map((s) => s.name)).size > 1;
  let width = 5;
  for (const f of findings) width = Math.max(width, displayWidth(position(f, lang)));
  let sheet: string | null | undefined;
  for (const f of findings) {
    if (multiSheet && f.sheet !== sheet && f.sheet) out.push(sheetHeading(f.sheet, file, lang, c));
    sheet = f.sheet;
    // Under a sheet heading, findings are indented once more; file-level ones come first, unindented.
    const indent = multiSheet && f.sheet ? '    ' : '  ';
    const where = describeCell(f, lang);
    out.push(`${indent}${c.dim(padEnd(position(f, lang), width))}  ${severityLabel(f, lang, c)}  ${where}${w.sep}${f.message}  ${c.dim(f.ruleId)}`);
    if (f.hint) out.push(`${indent}${' '.repeat(width)}  ${c.dim(w.fix + f.hint)}`);
  }
  out.push('');
  return out;
}

/** The lines of a file's block as text, each ended by a line feed, ready to concatenate. */
function blockText(lines: string[]): string {
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

/**
 * One file's block of the text report, exactly as textReporter writes it, from that file's
 * findings (all with `file === file.path`): '' when the file shows nothing. Lint threads
 * render it while they lint, so a run over many files does not write its whole report at the
 * end in one thread (src/run/lint.ts).
 */
export function textFileBlock(file: FileResult, findings: Finding[], style: TextBlockStyle): string {
  const shown = style.quiet ? findings.filter((f) => f.severity === 'error') : findings;
  if (!file.error && shown.length === 0 && file.notes.length === 0) return '';
  const printed = printableResult({ files: [file], findings: shown, skippedForReferences: [], toolVersion: '' });
  return blockText(fileBlock(printed.files[0], printed.findings, style.lang, new Chalk({ level: style.color ? 1 : 0 })));
}

function referenceNotice(result: LintResult, lang: Lang, c: Paint): string[] {
  if (result.skippedForReferences.length === 0) return [];
  const zh = lang === 'zh';
  const flags = [...new Set(result.skippedForReferences.flatMap((s) => s.requires.map((r) => referenceFlag(r, lang))))];
  const rules = result.skippedForReferences.map((s) => s.ruleId).join(zh ? '、' : ', ');
  const line = zh
    ? `未提供参考数据，以下检查没有进行：${rules}。如需检查，请用 ${flags.join('、')} 提供参考文件。`
    : `No reference data given, so these checks were not run: ${rules}. Give ${flags.join(', ')} to run them.`;
  return [c.dim(line), ''];
}

export const textReporter: Reporter = (raw, context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  // No escape sequence from a cell or file name reaches the terminal: every printed string goes
  // through printable (files here, findings below or in textFileBlock).
  const files = printableResult({ ...raw, findings: [] }).files;
  const ready = blocksReady(raw, files, context);
  let lastFile: string | undefined, lastReady = false; // findings come file by file
  const rest = ready.size === 0 ? raw.findings : raw.findings.filter((f) => {
    if (f.file !== lastFile) [lastFile, lastReady] = [f.file, ready.has(printable(f.file))];
    return !lastReady;
  });
  const findings = printableResult({ ...raw, files: [], findings: rest }).findings;
  const shown = context.quiet ? findings.filter((f) => f.severity === 'error') : findings;
  const byFile = new Map<string, Finding[]>();
  for (const f of shown) (byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file)!).push(f);

  // Text rendered here, and the UTF-8 blocks from the lint threads when there are any.
  const parts: (string | Uint8Array)[] = [];
  let text = '';
  files.forEach((file, i) => {
    const block = ready.has(file.path) ? context.textBlocks?.get(raw.files[i]) : undefined;
    if (block !== undefined) {
      if (text) parts.push(text);
      parts.push(block);
      text = '';
      return;
    }
    const own = byFile.get(file.path) ?? [];
    if (!file.error && own.length === 0 && file.notes.length === 0) return;
    text += blockText(fileBlock(file, own, context.lang, c));
  });
  const tail = context.quiet ? [] : referenceNotice(raw, context.lang, c);
  tail.push(summaryLine(raw, context, c));
  text += tail.join('\n') + '\n';
  if (ready.size === 0) return text;
  parts.push(text);
  return parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p));
};

/**
 * Printed paths of the files whose block was rendered ahead (context.textBlocks). None when
 * two files print the same path: findings are grouped by printed path, so a block made from
 * one file's own findings would not be what this reporter writes.
 */
function blocksReady(raw: LintResult, files: FileResult[], context: ReportContext): Set<string> {
  const ready = new Set<string>();
  const blocks = context.textBlocks;
  if (!blocks || blocks.size === 0 || new Set(files.map((f) => f.path)).size !== files.length) return ready;
  raw.files.forEach((f, i) => {
    if (blocks.has(f)) ready.add(files[i].path);
  });
  return ready;
}

function summaryLine(result: LintResult, context: ReportContext, c: Paint): string {
  const { errors, warnings, infos } = resultCounts(result);
  const items = result.files.reduce((n, f) => n + f.sheets.reduce((m, s) => m + s.items, 0), 0);
  const unreadable = result.files.filter((f) => f.error).length;
  const files = result.files.length;
  const clean = errors + warnings + infos === 0;
  const mark = errors || unreadable ? c.red('✖') : clean ? c.green('✔') : c.yellow('⚠');
  if (context.lang === 'zh') {
    const counts = clean
      ? unreadable ? '已读取的文件未发现问题' : '未发现问题'
      : `${errors} 个错误，${warnings} 个警告，${infos} 个提示`;
    const failed = unreadable ? `；${c.red(`${unreadable} 个文件无法读取`)}` : '';
    return `${mark} ${counts}（检查了 ${files - unreadable} 个文件、${items} 个事项${failed}）`;
  }
  const counts = clean
    ? unreadable ? 'no problems in the files that could be read' : 'no problems found'
    : `${errors} error(s), ${warnings} warning(s), ${infos} info`;
  const failed = unreadable ? `; ${c.red(`${unreadable} file(s) could not be read`)}` : '';
  return `${mark} ${counts} (${files - unreadable} file(s), ${items} item(s) checked${failed})`;
}
