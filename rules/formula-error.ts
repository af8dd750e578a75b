import type { Rule } from '../src/engine/types.js';
import type { CatalogItem, CellValue, ElementKey } from '../src/model/types.js';
import { refKey } from '../src/model/location.js';

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

// Every error value begins with # (Excel, WPS) or E (LibreOffice's Err:), perhaps after
// whitespace: most cells are ruled out by their first character, before any trimming or lookup.
const MAY_BE_ERROR = /^\s*[#E]/;

function errorOf(text: string): { zh: string; en: string } | null {
  const first = text.charCodeAt(0);
  // Quick no for the usual first characters (a CJK ideograph, ASCII other than space, # or E).
  if ((first >= 0x4e00 && first <= 0x9fff) || (first > 0x20 && first < 0x80 && first !== 0x23 && first !== 0x45)) return null;
  if (!MAY_BE_ERROR.test(text)) return null;
  const t = text.trim();
  // Own keys only: "constructor" or "__proto__" in a cell is text, not an error value.
  if (Object.hasOwn(ERRORS, t)) return ERRORS[t];
  return LIBREOFFICE_ERROR.test(t) || /^#[A-Z/0_]+[!?]$/.test(t) ? OTHER : null;
}

interface ErrorCell {
  cell: CellValue;
  /** The element of the cell's column, so a finding names the right element. */
  element: ElementKey | null;
  meaning: { zh: string; en: string };
}

/** Adds cell to found when it is the item's own and shows an error; found is made on the first. */
function consider(found: ErrorCell[] | null, cell: CellValue | undefined, element: ElementKey | null): ErrorCell[] | null {
  if (!cell) return found;
  const meaning = errorOf(cell.text); // first: it rules out nearly every cell
  // A merged, 同上 or carried-down copy is reported once, at the cell that holds the formula.
  if (!meaning || cell.mergedFrom || cell.sameAsAbove || cell.inherited) return found;
  (found ??= []).push({ cell, element, meaning });
  return found;
}

/**
 * The item's own cells that show an error, in column-role order, or null. Nothing is
 * allocated for an item without errors: the rule looks at every cell of every item and
 * almost never finds anything.
 */
function errorCells(item: CatalogItem): ErrorCell[] | null {
  let found: ErrorCell[] | null = null;
  found = consider(found, item.seq, null);
  found = consider(found, item.name.category, 'name');
  for (const v of item.name.levels) found = consider(found, v, 'name');
  found = consider(found, item.domain, null);
  found = consider(found, item.content, 'content');
  found = consider(found, item.basis, 'basis');
  found = consider(found, item.timeLimit, 'timeLimit');
  found = consider(found, item.subject?.value, 'subject');
  found = consider(found, item.channel?.value, 'channel');
  for (const m of item.audience?.marks ?? []) found = consider(found, m.value, 'audience');
  for (const m of item.mode?.marks ?? []) found = consider(found, m.value, 'mode');
  for (const m of item.level?.marks ?? []) found = consider(found, m.value, 'level');
  for (const key in item.extra) found = consider(found, item.extra[key], null);
  return found;
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
    // Cells already reported, per sheet (refKey names a cell within one sheet).
    const seenBySheet = new Map<string, Set<number>>();
    return {
      item(item, table) {
        const found = errorCells(item);
        if (!found) return;
        for (const { cell, element, meaning } of found) {
          let seen = seenBySheet.get(cell.cell.sheet);
          if (!seen) seenBySheet.set(cell.cell.sheet, (seen = new Set()));
          if (seen.has(refKey(cell.cell))) continue;
          seen.add(refKey(cell.cell));
          context.report({
            at: { item, table, cell },
            messageId: 'error',
            element,
            data: { error: cell.text.trim(), meaningZh: meaning.zh, meaningEn: meaning.en },
          });
        }
      },
    };
  },
};
