// The terminal report: grouped by file and sheet, one line per finding
// (`row:column severity message rule-id`), the fix on the line below, then a summary.
import { Chalk } from 'chalk';
import type { Finding } from '../engine/types.js';
import type { Reporter } from './types.js';
import { countBySeverity } from './types.js';

const WORDS = {
  zh: { error: '错误', warning: '警告', info: '提示', fix: '修改：', table: '表格', file: '文件', sheet: '工作表', unreadable: '无法读取', skipped: '未检查（未提供参考数据）：', ok: '未发现问题' },
  en: { error: 'error', warning: 'warning', info: 'info', fix: 'fix: ', table: 'table', file: 'file', sheet: 'sheet', unreadable: 'cannot read', skipped: 'not checked (no reference data given): ', ok: 'no problems found' },
};

export const textReporter: Reporter = (result, context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const w = WORDS[context.lang];
  const shown = context.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const byFile = new Map<string, Finding[]>();
  for (const f of shown) (byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file)!).push(f);

  const out: string[] = [];
  for (const file of result.files) {
    const findings = byFile.get(file.path) ?? [];
    if (file.error) {
      out.push(`${c.underline(file.path)}`, `  ${c.red(w.unreadable)}: ${file.error}`, '');
      continue;
    }
    if (findings.length === 0 && file.notes.length === 0) continue;
    out.push(c.underline(file.path));
    for (const note of file.notes) out.push(`  ${c.dim(note)}`);
    let sheet: string | null | undefined;
    const multiSheet = new Set(findings.map((f) => f.sheet).filter(Boolean)).size > 1;
    for (const f of findings) {
      if (multiSheet && f.sheet !== sheet && f.sheet) out.push(`  ${c.bold(context.lang === 'zh' ? `工作表“${f.sheet}”` : `sheet "${f.sheet}"`)}`);
      sheet = f.sheet;
      const where = f.row !== null ? `${f.row}:${f.column ?? '-'}` : f.sheet ? w.table : w.file;
      const sev = f.severity === 'error' ? c.red(w.error) : f.severity === 'warning' ? c.yellow(w.warning) : c.blue(w.info);
      out.push(`  ${c.dim(where.padEnd(7))} ${sev}  ${f.message}  ${c.dim(f.ruleId)}`);
      if (f.hint) out.push(`  ${' '.repeat(7)} ${c.dim(w.fix + f.hint)}`);
    }
    out.push('');
  }
  if (result.skippedForReferences.length > 0 && !context.quiet) {
    out.push(c.dim(w.skipped + result.skippedForReferences.map((s) => s.ruleId).join(', ')), '');
  }
  out.push(summaryLine(result, context, c));
  return out.join('\n') + '\n';
};

function summaryLine(result: Parameters<Reporter>[0], context: Parameters<Reporter>[1], c: InstanceType<typeof Chalk>): string {
  const { errors, warnings, infos } = countBySeverity(result.findings);
  const items = result.files.reduce((n, f) => n + f.sheets.reduce((m, s) => m + s.items, 0), 0);
  const unreadable = result.files.filter((f) => f.error).length;
  const files = result.files.length;
  if (context.lang === 'zh') {
    const head = errors + warnings + infos === 0 ? c.green('✔ 未发现问题') : `${errors ? c.red('✖') : c.yellow('⚠')} ${errors} 个错误，${warnings} 个警告，${infos} 个提示`;
    return `${head}（检查了 ${files} 个文件、${items} 个事项${unreadable ? `，${c.red(`${unreadable} 个文件无法读取`)}` : ''}）`;
  }
  const head = errors + warnings + infos === 0 ? c.green('✔ no problems') : `${errors ? c.red('✖') : c.yellow('⚠')} ${errors} error(s), ${warnings} warning(s), ${infos} info`;
  return `${head} (${files} file(s), ${items} item(s) checked${unreadable ? `, ${c.red(`${unreadable} unreadable`)}` : ''})`;
}
