import type { Lang } from '../i18n/index.js';
import type { FixChange, FixKind } from './types.js';

export const FIX_WORDS = {
  zh: {
    needsOutput: '--fix 需要用 -o 指定修正后副本的保存位置（原文件不会被修改），例如：catalog-check 目录.xlsx --fix -o 目录-修正.xlsx',
    notXlsx: (out: string) => `修正后的副本要保存为 .xlsx 文件：${out}`,
    kinds: { 'channel-marker': '渠道标记', 'name-space': '多余空格', trim: '多余空格', 'same-as-above': '写出“同上”', renumber: '重排序号' } as Record<FixKind, string>,
    header: (file: string, target: string, n: number) => `已修正 ${file} → ${target}（${n} 处）：`,
    none: (file: string, target: string) => `${file} 没有可自动修正的内容，已复制到 ${target}`,
    footer: '需要判断的问题没有改动，请看下面的检查结果逐项处理。',
  },
  en: {
    needsOutput: '--fix needs -o for the fixed copy (the input is never modified), e.g. catalog-check catalog.xlsx --fix -o catalog-fixed.xlsx',
    notXlsx: (out: string) => `the fixed copy must be an .xlsx file: ${out}`,
    kinds: { 'channel-marker': 'channel marker', 'name-space': 'stray space', trim: 'stray space', 'same-as-above': '同上 written out', renumber: 'renumbered' } as Record<FixKind, string>,
    header: (file: string, target: string, n: number) => `fixed ${file} → ${target} (${n} change(s)):`,
    none: (file: string, target: string) => `${file}: nothing to fix automatically; copied to ${target}`,
    footer: 'Nothing that needs judgement was changed; the report below lists what is left.',
  },
};

/** Before and after as quoted strings, line breaks shown as \n, so stray spaces are visible. */
function show(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text);
}

export function describeChanges(file: string, target: string, changes: FixChange[], lang: Lang): string {
  const w = FIX_WORDS[lang];
  if (changes.length === 0) return `${w.none(file, target)}\n\n`;
  const where = changes.map((c) => `${c.sheet}!${c.column}${c.row}`);
  const width = Math.max(...where.map((s) => s.length));
  const lines = changes.map((c, i) => `  ${where[i].padEnd(width)}  ${w.kinds[c.kind]}  ${show(c.before)} → ${show(c.after)}`);
  return `${w.header(file, target, changes.length)}\n${lines.join('\n')}\n${w.footer}\n\n`;
}
