import type { Rule } from '../src/engine/types.js';
import type { CatalogItem, CellValue, ElementKey } from '../src/model/types.js';
import { ELEMENT_LABELS } from '../src/i18n/elements.js';

// Text elements: a cell that is blank once merges and 同上 are resolved. The mark groups
// (对象, 方式) and the channel checklist have rules of their own.
const TEXT_ELEMENTS = ['content', 'basis', 'timeLimit', 'subject'] as const;

function textCell(item: CatalogItem, element: (typeof TEXT_ELEMENTS)[number]): CellValue | undefined {
  return element === 'subject' ? item.subject?.value : item[element];
}

/** Checkpoint 3: an item with an element left empty. */
export const elementEmpty: Rule = {
  meta: {
    id: 'element-empty',
    checkpoint: 3,
    element: null,
    severity: 'error',
    description: { zh: '事项的名称、内容、依据、时限或主体为空', en: 'An item has an empty name, content, basis, time limit or subject' },
    messages: {
      empty: { zh: '事项“{item}”的“{label}”为空', en: 'item "{item}" has an empty {labelEn}' },
      emptyName: { zh: '第 {row} 行的事项没有名称', en: 'the item on row {row} has no name' },
      sameAsAboveNothing: { zh: '“{label}”写的是“同上”，但上方没有可沿用的内容', en: '{labelEn} says 同上 (same as above) but there is nothing above it' },
    },
    fix: { zh: '填写该单元格；如与上一事项相同，可写出完整内容', en: 'fill in the cell; if it matches the item above, write the text out in full' },
  },
  create(context) {
    return {
      item(item, table) {
        if (item.name.levels.length > 0 && item.name.full === '') {
          context.report({ at: { item, table, cell: item.name.levels[item.name.levels.length - 1] }, messageId: 'emptyName', element: 'name', data: { row: item.row } });
        }
        for (const element of TEXT_ELEMENTS) {
          const cell = textCell(item, element);
          if (!cell || cell.text.trim() !== '') continue;
          const labels = { label: ELEMENT_LABELS[element as ElementKey].zh, labelEn: ELEMENT_LABELS[element as ElementKey].en };
          context.report({ at: { item, table, cell }, messageId: cell.sameAsAbove ? 'sameAsAboveNothing' : 'empty', element, data: labels });
        }
      },
    };
  },
};
