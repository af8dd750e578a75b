// Says where a finding is, the way an office worker looks for it in Excel:
// “工作表“Sheet1”第7行 G列（公开主体）”. Shared by the text and SARIF reporters.
import type { Lang } from '../i18n/index.js';
import type { Finding } from '../engine/types.js';

type Where = Pick<Finding, 'sheet' | 'row' | 'column' | 'header'>;

/** “第7行 G列（公开主体）” / “row 7, column G (公开主体)”; “整张表格” for a table. */
export function describeCell(f: Where, lang: Lang): string {
  const header = f.header ? (lang === 'zh' ? `（${f.header}）` : ` (${f.header})`) : '';
  if (lang === 'zh') {
    if (f.row !== null && f.column) return `第${f.row}行 ${f.column}列${header}`;
    if (f.row !== null) return `第${f.row}行`;
    if (f.column) return `${f.column}列${header}`;
    return f.sheet !== null ? '整张表格' : '整个文件';
  }
  if (f.row !== null && f.column) return `row ${f.row}, column ${f.column}${header}`;
  if (f.row !== null) return `row ${f.row}`;
  if (f.column) return `column ${f.column}${header}`;
  return f.sheet !== null ? 'whole table' : 'whole file';
}

/** describeCell with the sheet in front: “工作表“Sheet1”第7行 G列（公开主体）”. */
export function describeWhere(f: Where, lang: Lang): string {
  const cell = describeCell(f, lang);
  if (f.sheet === null) return cell;
  return lang === 'zh' ? `工作表“${f.sheet}”${cell}` : `sheet "${f.sheet}", ${cell}`;
}

/** Ends a sentence once: adds “。” or “.” unless it already ends with a stop. */
export function sentence(text: string, lang: Lang): string {
  const t = text.trim();
  if (t === '' || /[。！？.!?]$/.test(t)) return t;
  return t + (lang === 'zh' ? '。' : '.');
}

/** How to give each kind of reference data (References keys) on the command line. */
const REFERENCE_FLAGS: Record<string, { zh: string; en: string }> = {
  city: { zh: '--city', en: '--city' },
  lists: { zh: '--power-list 或 --service-list', en: '--power-list or --service-list' },
  powerList: { zh: '--power-list', en: '--power-list' },
  serviceList: { zh: '--service-list', en: '--service-list' },
  subjects: { zh: '--subjects', en: '--subjects' },
  baseline: { zh: '--baseline', en: '--baseline' },
};

export function referenceFlag(key: string, lang: Lang): string {
  return REFERENCE_FLAGS[key]?.[lang] ?? key;
}
