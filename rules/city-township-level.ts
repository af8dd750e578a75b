import type { Rule } from '../src/engine/types.js';
import { compareWithCity, refItemData } from '../src/coverage/compare.js';
import { similarityOption, similarityThreshold } from './lib/similarity.js';

/** Checkpoint 1: the city catalog marks an item for 乡镇级 and this catalog does not mark it 乡级. */
export const cityTownshipLevel: Rule = {
  meta: {
    id: 'city-township-level',
    checkpoint: 1,
    element: 'level',
    severity: 'warning',
    requires: ['city'],
    description: {
      zh: '市级目录标为乡镇级的事项，本目录没有勾选乡级（乡镇级、镇街级）',
      en: 'The city catalog marks an item for township level and this catalog does not',
    },
    messages: {
      notTownship: {
        zh: '事项“{item}”在市级目录 {refFile} {refSheetZh}第{refRow}行标为乡镇级，本目录没有勾选乡级',
        en: 'item "{item}" is marked for township level in the city catalog {refFile}{refSheetEn} (row {refRow}) but not here',
      },
    },
    fix: {
      zh: '在“公开层级”的乡级（乡镇级、镇街级）列打“√”，并明确乡镇（街道）的公开职责',
      en: 'tick the township column of 公开层级 and give the townships their part in publishing it',
    },
    ...similarityOption('Same as city-item-missing: items matched by a similar name are checked too.'),
  },
  create(context) {
    const threshold = similarityThreshold(context.options);
    return {
      table(table) {
        const comparison = compareWithCity(table, context.references, threshold);
        if (!comparison || comparison.undecided) return;
        for (const { ref, target } of comparison.matches) {
          // Without any level column the table is reported by element-column-missing instead.
          if (!target?.level || !ref.item.level?.chosen.includes('township')) continue;
          if (target.level.chosen.includes('township')) continue;
          const mark = target.level.marks.find((m) => m.key === 'township') ?? target.level.marks[0];
          context.report({ at: { item: target, table, ...(mark ? { cell: mark.value } : {}) }, messageId: 'notTownship', data: refItemData(ref) });
        }
      },
    };
  },
};
