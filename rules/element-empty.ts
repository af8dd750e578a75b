import type { Rule } from '../src/engine/types.js';
import type { CatalogItem, CellValue, ElementKey } from '../src/model/types.js';
import { ELEMENT_LABELS } from '../src/i18n/elements.js';
import { placeholderText } from './lib/blank.js';

// Text elements: a cell that is blank once merges and 同上 are resolved, or holds only a
// placeholder ("/", "无"). The mark groups (对象, 方式) and the channel checklist have rules of
// their own (audience-unmarked, mode-unmarked, channel-none-chosen).
const TEXT_ELEMENTS = ['content', 'basis', 'timeLimit', 'subject'] as const;

function textCell(item: CatalogItem, element: (typeof TEXT_ELEMENTS)[number]): CellValue | undefined {
  return element === 'subject' ? item.subject?.value : item[element];
}

/** A name level that came from a row above: a vertical merge or a parent carried down. */
function fromAbove(level: CellValue): boolean {
  return level.inherited === true || (level.mergedFrom !== undefined && level.mergedFrom.row < level.cell.row);
}

/** A name level with text of its own row (a module-level function: it is tested on every item). */
function shownOwnName(level: CellValue): boolean {
  return level.text.trim() !== '' && !fromAbove(level);
}

/** Names the item in a message even when its name is what is missing. */
function who(item: CatalogItem): { what: string; whatEn: string } {
  return item.name.full
    ? { what: `事项“${item.name.full}”`, whatEn: `item "${item.name.full}"` }
    : { what: `第 ${item.row} 行事项`, whatEn: `the item on row ${item.row}` };
}

/** The message data naming the item and the element; made only for a finding. */
function labels(item: CatalogItem, element: ElementKey) {
  return { label: ELEMENT_LABELS[element].zh, labelEn: ELEMENT_LABELS[element].en, ...who(item) };
}

/** Checkpoint 3: an item with an element left empty. */
export const elementEmpty: Rule = {
  meta: {
    id: 'element-empty',
    checkpoint: 3,
    element: null,
    severity: 'error',
    description: {
      zh: '事项的名称、公开内容、公开依据、公开时限或公开主体为空（合并单元格和“同上”已按所指内容处理）',
      en: 'An item has an empty name, content, basis, time limit or subject (after merged cells and 同上 are resolved)',
    },
    messages: {
      empty: { zh: '{what}的“{label}”为空', en: '{whatEn} has an empty {labelEn}' },
      placeholder: { zh: '{what}的“{label}”只写了“{text}”，等于没有填写', en: '{whatEn} has only "{text}" as its {labelEn}, which says nothing' },
      emptyName: { zh: '第 {row} 行的事项没有名称', en: 'the item on row {row} has no name' },
      nameOnlyParent: {
        zh: '第 {row} 行的事项只有上级事项“{parent}”，没有填写“{level}”名称',
        en: 'the item on row {row} only has the parent item "{parent}"; its "{level}" name is empty',
      },
      sameAsAboveNothing: {
        zh: '{what}的“{label}”写的是“同上”，但上方没有可沿用的内容',
        en: '{whatEn} gives its {labelEn} as 同上 (same as above), but there is nothing above it',
      },
    },
    fix: {
      zh: '填写该单元格；与上一事项相同时，可写“同上”或写出完整内容',
      en: 'fill in the cell; when it is the same as the item above, write 同上 or repeat the text in full',
    },
  },
  create(context) {
    return {
      item(item, table) {
        const levels = item.name.levels;
        if (levels.length > 0 && item.name.full === '') {
          context.report({ at: { item, table, cell: levels[levels.length - 1] }, messageId: 'emptyName', element: 'name', data: { row: item.row } });
        } else if (levels.length > 0 && !levels.some(shownOwnName)) {
          // Every name this row shows came from the rows above, and a level of its own is blank.
          const blank = levels.find((l) => l.text.trim() === '');
          if (blank) {
            const level = table.columns.find((c) => c.col === blank.cell.col)?.labels.at(-1)?.replace(/\s+/g, '') ?? '';
            context.report({ at: { item, table, cell: blank }, messageId: 'nameOnlyParent', element: 'name', data: { row: item.row, parent: item.name.full, level } });
          }
        }
        for (const element of TEXT_ELEMENTS) {
          const cell = textCell(item, element);
          if (!cell) continue; // no such column: element-column-missing
          if (cell.text.trim() === '') {
            context.report({ at: { item, table, cell }, messageId: cell.sameAsAbove ? 'sameAsAboveNothing' : 'empty', element, data: labels(item, element) });
            continue;
          }
          const placeholder = placeholderText(cell.text);
          if (placeholder !== null) context.report({ at: { item, table, cell }, messageId: 'placeholder', element, data: { ...labels(item, element), text: placeholder } });
        }
      },
    };
  },
};
