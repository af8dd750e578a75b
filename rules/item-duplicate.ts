import type { Rule } from '../src/engine/types.js';
import type { CatalogItem } from '../src/model/types.js';
import { matchKey } from '../src/model/text.js';

/** Duplicate items: the same full name (一级/二级/三级, normalised) twice within a table. */
export const itemDuplicate: Rule = {
  meta: {
    id: 'item-duplicate',
    checkpoint: null,
    element: 'name',
    severity: 'error',
    description: {
      zh: '同一表格中有名称相同的重复事项',
      en: 'Two items of one table have the same name',
    },
    messages: {
      duplicate: {
        zh: '事项“{item}”与第 {firstRow} 行重复，公开内容也相同',
        en: 'item "{item}" repeats row {firstRow}, content included',
      },
      sameName: {
        zh: '事项“{item}”与第 {firstRow} 行同名，但公开内容不同',
        en: 'item "{item}" has the same name as row {firstRow} but different content',
      },
    },
    fix: {
      zh: '删除重复的一行；如两行确是不同事项，请改用能区分二者的名称，或把内容合并到一个事项',
      en: 'delete the repeated row; if the two are different items, give them names that tell them apart, or merge their content into one item',
    },
  },
  create(context) {
    return {
      table(table) {
        const firstByName = new Map<string, CatalogItem>();
        for (const item of table.items) {
          const key = matchKey(item.name.full);
          if (!key) continue;
          const first = firstByName.get(key);
          if (!first) {
            firstByName.set(key, item);
            continue;
          }
          const sameContent = matchKey(first.content?.text ?? '') === matchKey(item.content?.text ?? '');
          const cell = item.name.levels[item.name.levels.length - 1];
          context.report({ at: { item, table, ...(cell ? { cell } : {}) }, messageId: sameContent ? 'duplicate' : 'sameName', data: { firstRow: first.row } });
        }
      },
    };
  },
};
