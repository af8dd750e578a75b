import type { Rule } from '../src/engine/types.js';
import { compareWithCity, refItemData } from '../src/coverage/compare.js';
import { similarityOption, similarityThreshold } from './lib/similarity.js';

/** Checkpoint 1: an item the city catalog marks for district or township level is not in this catalog. */
export const cityItemMissing: Rule = {
  meta: {
    id: 'city-item-missing',
    checkpoint: 1,
    element: 'name',
    severity: 'error',
    requires: ['city'],
    description: {
      zh: '市级目录中标为区县级或乡镇级的事项，在本目录中没有找到',
      en: 'An item the city catalog marks for district or township level is missing from this catalog',
    },
    messages: {
      missing: {
        zh: '市级目录 {refFile} {refSheetZh}第{refRow}行的事项“{name}”在本目录中没有找到',
        en: 'item "{name}" of the city catalog {refFile}{refSheetEn} (row {refRow}) is not in this catalog',
      },
      domainUnknown: {
        zh: '无法确定本表所属领域，而市级目录 {refFile} 含多个领域，未能与市级目录比对；请在标题或工作表名称中写明领域',
        en: 'the domain of this table is unknown and the city catalog {refFile} spans several domains, so the table was not compared with it; name the domain in the title or the sheet name',
      },
    },
    fix: {
      zh: '按市级目录补充该事项（事项数量只增不减）；如已改名，请沿用市级目录的名称',
      en: 'add the item as the city catalog has it (items may be added, never dropped); if it was renamed, use the city catalog\'s name',
    },
    ...similarityOption('Dice similarity (character bigrams) above which a differently named item counts as the city item renamed.'),
  },
  create(context) {
    const threshold = similarityThreshold(context.options);
    return {
      table(table) {
        const comparison = compareWithCity(table, context.references, threshold);
        if (!comparison) return;
        if (comparison.undecided) {
          context.report({ at: { table }, messageId: 'domainUnknown', data: { refFile: context.references.city!.workbooks.map((w) => w.path).join('、') } });
          return;
        }
        for (const match of comparison.matches) {
          if (match.kind === 'none') context.report({ at: { table }, messageId: 'missing', data: refItemData(match.ref) });
        }
      },
    };
  },
};
