// Words of the office outputs (annotated workbook, HTML report, fixes), Chinese and English.
import type { Checkpoint, Severity } from '../engine/types.js';
import type { Lang } from '../i18n/index.js';

export const CHECKPOINT_NAMES: Record<Lang, Record<string, string>> = {
  zh: { '1': '自查点一：市级目录覆盖度', '2': '自查点二：政务服务事项清单覆盖度', '3': '自查点三：要素完备度', '4': '自查点四：公开主体完备度', other: '其他问题' },
  en: { '1': 'Check 1: city catalog coverage', '2': 'Check 2: power/service list coverage', '3': 'Check 3: element completeness', '4': 'Check 4: publishing subject', other: 'Other findings' },
};

export function checkpointName(cp: Checkpoint, lang: Lang): string {
  return CHECKPOINT_NAMES[lang][cp === null ? 'other' : String(cp)];
}

export const SEVERITY_NAMES: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

export const OFFICE_WORDS = {
  zh: {
    resultsSheet: '检查结果',
    fix: '修改：',
    rule: '规则',
    columns: ['序号', '级别', '检查点', '位置', '列', '事项', '问题', '修改建议', '规则'],
    summary: (file: string, e: number, w: number, i: number) => `${file} 检查结果：${e} 个错误，${w} 个警告，${i} 个提示。点击“位置”列可跳到对应单元格；有问题的单元格已标色并加了批注。`,
    none: (file: string) => `${file} 未发现问题。`,
    wholeTable: '整张表',
    wholeFile: '整个文件',
    notXlsx: (out: string) => `批注副本要保存为 .xlsx 文件：${out}`,
    needsFolder: (out: string) => `检查多个文件时，请给一个文件夹作为输出位置，而不是文件 ${out}`,
    isInput: (out: string, input: string) => `输出 ${out} 就是输入文件 ${input}，不会覆盖输入文件；请换一个输出位置`,
    annotated: (n: number, where: string) => `已生成 ${n} 个批注副本：${where}`,
    annotateFailed: (file: string, why: string) => `无法为 ${file} 生成批注副本：${why}`,
  },
  en: {
    resultsSheet: 'Findings',
    fix: 'Fix: ',
    rule: 'rule',
    columns: ['No.', 'Severity', 'Check', 'Location', 'Column', 'Item', 'Problem', 'How to fix', 'Rule'],
    summary: (file: string, e: number, w: number, i: number) => `${file}: ${e} error(s), ${w} warning(s), ${i} info. Click a location to jump to its cell; cells with findings are coloured and carry a comment.`,
    none: (file: string) => `${file}: no problems found.`,
    wholeTable: 'whole table',
    wholeFile: 'whole file',
    notXlsx: (out: string) => `the annotated copy must be an .xlsx file: ${out}`,
    needsFolder: (out: string) => `with several inputs, give a folder for the copies, not the file ${out}`,
    isInput: (out: string, input: string) => `output ${out} is the input ${input}; inputs are never overwritten, choose another output`,
    annotated: (n: number, where: string) => `wrote ${n} annotated cop${n === 1 ? 'y' : 'ies'}: ${where}`,
    annotateFailed: (file: string, why: string) => `cannot write an annotated copy of ${file}: ${why}`,
  },
};

/** ARGB fills by severity: the light red, yellow and blue Excel's own styles use. */
export const SEVERITY_FILLS: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };
