import type { Rule } from '../src/engine/types.js';
import { compareWithBaseline, refItemData } from '../src/coverage/compare.js';
import { similarityOption, similarityThreshold } from './lib/similarity.js';

/** An item of the previous version (--baseline) that is no longer in the catalog (只增不减). */
export const baselineItemRemoved: Rule = {
  meta: {
    id: 'baseline-item-removed',
    checkpoint: 1,
    element: 'name',
    severity: 'error',
    requires: ['baseline'],
    description: {
      zh: '上一版目录中的事项在本版中被删除（事项数量应只增不减）',
      en: 'An item of the previous version is missing from this version (items may be added, never dropped)',
    },
    messages: {
      removed: {
        zh: '上一版目录 {refFile} {refSheetZh}第{refRow}行的事项“{name}”在本版中没有找到（事项数量应只增不减）',
        en: 'item "{name}" of the previous version {refFile}{refSheetEn} (row {refRow}) is not in this version (items may be added, never dropped)',
      },
    },
    fix: {
      zh: '恢复该事项；确需删除的（如职能调整），请在报送说明中写明依据',
      en: 'restore the item; if it really had to go (a change of duties, say), state the ground when submitting',
    },
    ...similarityOption('Dice similarity (character bigrams) above which a differently named item counts as the old item renamed, not removed.'),
  },
  create(context) {
    const threshold = similarityThreshold(context.options);
    return {
      table(table) {
        const comparison = compareWithBaseline(table, context.references, threshold);
        if (!comparison || comparison.undecided) return;
        for (const match of comparison.matches) {
          if (match.kind === 'none') context.report({ at: { table }, messageId: 'removed', data: refItemData(match.ref) });
        }
      },
    };
  },
};
