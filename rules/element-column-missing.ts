import type { Rule } from '../src/engine/types.js';
import { ELEMENT_LABELS } from '../src/i18n/elements.js';

/** Checkpoint 3: the table has no column at all for one of the eight elements. */
export const elementColumnMissing: Rule = {
  meta: {
    id: 'element-column-missing',
    checkpoint: 3,
    element: null,
    severity: 'error',
    description: {
      zh: '目录表格缺少八要素之一的列（名称、内容、依据、时限、主体、方式、渠道、公开对象）',
      en: 'The table has no column for one of the eight required elements',
    },
    messages: {
      missing: {
        zh: '表格缺少“{label}”列，标准目录必须包含八要素',
        en: 'the table has no "{labelEn}" column; a catalog must carry all eight elements',
      },
    },
    fix: {
      zh: '在表头中增加“{label}”列（可参照国家模板的两行表头），并为每个事项填写',
      en: 'add a "{labelEn}" column to the header (see the national two-row template) and fill it for every item',
    },
  },
  create(context) {
    return {
      table(table) {
        for (const element of table.missingElements) {
          context.report({
            at: { table },
            messageId: 'missing',
            element,
            data: { label: ELEMENT_LABELS[element].zh, labelEn: ELEMENT_LABELS[element].en },
          });
        }
      },
    };
  },
};
