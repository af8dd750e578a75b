import type { Rule } from '../src/engine/types.js';
import type { CatalogItem, CellValue, ElementKey } from '../src/model/types.js';
import { cellKey } from '../src/model/location.js';

/**
 * The error values a spreadsheet shows in place of a formula's result. Excel and WPS write
 * them as cell errors; LibreOffice's own codes (Err:502) appear in its CSV exports.
 */
const ERRORS: Record<string, { zh: string; en: string }> = {
  '#REF!': { zh: '引用的单元格或工作表已被删除', en: 'it refers to a cell or sheet that was deleted' },
  '#N/A': { zh: '查找函数没有找到对应的值', en: 'a lookup found nothing' },
  '#VALUE!': { zh: '公式中的数据类型不对', en: 'a value of the wrong type' },
  '#DIV/0!': { zh: '公式除以了零', en: 'a division by zero' },
  '#NAME?': { zh: '公式中的函数名或名称无法识别', en: 'an unknown function or name' },
  '#NUM!': { zh: '公式中的数值无效', en: 'an invalid number' },
  '#NULL!': { zh: '公式中的区域不相交', en: 'ranges that do not intersect' },
  '#SPILL!': { zh: '动态数组公式的结果被挡住', en: 'a blocked dynamic-array result' },
  '#CALC!': { zh: '公式无法计算', en: 'a calculation that failed' },
  '#GETTING_DATA': { zh: '数据尚未取回', en: 'data that was never fetched' },
};
const OTHER = { zh: '公式出错', en: 'a failed formula' };
const LIBREOFFICE_ERROR = /^Err:\d{3}$/;

// Every error value begins with # (Excel, WPS) or E (LibreOffice's Err:): most cells are
// ruled out by their first character, before any trimming or lookup.
const MAY_BE_ERROR = /^\s*[#E]/;

function errorOf(text: string): { zh: string; en: string } | null {
  if (!MAY_BE_ERROR.test(text)) return null;
  const t = text.trim();
  return ERRORS[t] ?? (LIBREOFFICE_ERROR.test(t) || /^#[A-Z/0_]+[!?]$/.test(t) ? OTHER : null);
}

/**
 * The item's own cells with the element each one is, so a finding names the right element.
 * Visited in place rather than collected: the rule looks at every cell of every item and
 * almost never finds anything.
 */
function forEachCellWithElement(item: CatalogItem, visit: (cell: CellValue, element: ElementKey | null) => void): void {
  // A merged, 同上 or carried-down copy is reported once, at the cell that holds the formula.
  const own = (cell: CellValue | undefined, element: ElementKey | null) => {
    if (cell && !cell.mergedFrom && !cell.sameAsAbove && !cell.inherited) visit(cell, element);
  };
  own(item.seq, null);
  own(item.name.category, 'name');
  for (const v of item.name.levels) own(v, 'name');
  own(item.domain, null);
  own(item.content, 'content');
  own(item.basis, 'basis');
  own(item.timeLimit, 'timeLimit');
  own(item.subject?.value, 'subject');
  own(item.channel?.value, 'channel');
  for (const m of item.audience?.marks ?? []) own(m.value, 'audience');
  for (const m of item.mode?.marks ?? []) own(m.value, 'mode');
  for (const m of item.level?.marks ?? []) own(m.value, 'level');
  for (const key in item.extra) own(item.extra[key], null);
}

/** A cell shows a formula error (#REF!, #N/A …): that text is what gets published. */
export const formulaError: Rule = {
  meta: {
    id: 'formula-error',
    checkpoint: null,
    element: null,
    severity: 'error',
    description: {
      zh: '单元格显示公式错误（如 #REF!、#N/A），发布出去的就是这串错误代码',
      en: 'A cell shows a formula error (such as #REF! or #N/A); the error code is what gets published',
    },
    messages: {
      error: {
        zh: '单元格显示公式错误“{error}”（{meaningZh}），目录中这里没有内容',
        en: 'the cell shows the formula error "{error}" ({meaningEn}); the catalog says nothing here',
      },
    },
    fix: {
      zh: '修正公式，或把公式换成直接填写的文字（复制后“选择性粘贴—数值”）',
      en: 'fix the formula, or replace it with the text itself (copy, then paste values only)',
    },
  },
  create(context) {
    const seen = new Set<number>();
    return {
      item(item, table) {
        forEachCellWithElement(item, (cell, element) => {
          const meaning = errorOf(cell.text);
          if (!meaning || seen.has(cellKey(cell.cell))) return;
          seen.add(cellKey(cell.cell));
          context.report({
            at: { item, table, cell },
            messageId: 'error',
            element,
            data: { error: cell.text.trim(), meaningZh: meaning.zh, meaningEn: meaning.en },
          });
        });
      },
    };
  },
};
