import type { Rule } from '../src/engine/types.js';
import { leafName } from '../src/coverage/catalog-match.js';
import { compareWithCity, refItemData } from '../src/coverage/compare.js';
import { similarityOption, similarityThreshold } from './lib/similarity.js';

/** Checkpoint 1: a city item found here only under a similar name, i.e. probably renamed. */
export const cityItemRenamed: Rule = {
  meta: {
    id: 'city-item-renamed',
    checkpoint: 1,
    element: 'name',
    severity: 'warning',
    requires: ['city'],
    description: {
      zh: '市级目录的事项在本目录中只找到名称相近的事项（可能被改名）',
      en: 'A city catalog item appears here only under a similar name (probably renamed)',
    },
    messages: {
      renamed: {
        zh: '事项“{item}”与市级目录 {refFile} {refSheetZh}第{refRow}行的“{name}”名称不一致，是否就是该事项？',
        en: 'item "{item}" differs from "{name}" of the city catalog {refFile}{refSheetEn} (row {refRow}); did you mean "{name}"?',
      },
    },
    fix: {
      zh: '如是同一事项，请沿用市级目录的名称“{name}”；如不是，请补充市级目录的该事项',
      en: 'if it is the same item, use the city name "{name}"; if not, add the city item as well',
    },
    ...similarityOption('Dice similarity (character bigrams) above which a differently named item counts as the city item renamed; keep it equal to city-item-missing.'),
  },
  create(context) {
    const threshold = similarityThreshold(context.options);
    return {
      table(table) {
        const comparison = compareWithCity(table, context.references, threshold);
        if (!comparison || comparison.undecided) return;
        for (const match of comparison.matches) {
          if (match.kind !== 'similar' || !match.target) continue;
          const cell = match.target.name.levels.find((l) => l.text === leafName(match.target!)) ?? match.target.name.levels[0];
          context.report({ at: { item: match.target, table, ...(cell ? { cell } : {}) }, messageId: 'renamed', data: refItemData(match.ref) });
        }
      },
    };
  },
};
