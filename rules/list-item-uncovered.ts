import type { Rule } from '../src/engine/types.js';
import { refData } from '../src/coverage/compare.js';
import { listCoverage, rowLabel, type ListCoverageOptions } from '../src/coverage/list-coverage.js';
import type { ReferenceList } from '../src/coverage/types.js';

const LIST_NAMES = { power: { zh: '权责清单', en: 'power list' }, service: { zh: '公共服务事项清单', en: 'service list' } };

/** Checkpoint 2: a power or service list item of the domain, at district or township level, that no catalog item reflects. */
export const listItemUncovered: Rule = {
  meta: {
    id: 'list-item-uncovered',
    checkpoint: 2,
    element: 'name',
    severity: 'error',
    requires: ['lists'],
    description: {
      zh: '权责清单或公共服务事项清单中本领域区县级、乡镇级的事项，在本目录中没有对应的公开事项',
      en: 'A power or service list item of this domain at district or township level is not reflected by any catalog item',
    },
    messages: {
      uncovered: {
        zh: '{listZh} {refFile} {refSheetZh}第{refRow}行的事项“{name}”（{tiersZh}）在本目录中没有对应的公开事项{moreZh}',
        en: 'item "{name}" of the {listEn} {refFile}{refSheetEn} (row {refRow}, {tiersEn}) is not reflected by any item of this catalog{moreEn}',
      },
      domainUnknown: {
        zh: '无法确定本表所属领域，未能与{listZh} {refFile} 比对；请在标题或工作表名称中写明领域',
        en: 'the domain of this table is unknown, so it was not compared with the {listEn} {refFile}; name the domain in the title or the sheet name',
      },
    },
    fix: {
      zh: '为该事项增加公开事项，或在已有事项的名称或公开内容中写明；依法不予公开的，请在说明中注明依据',
      en: 'add a catalog item for it, or name it in an existing item\'s name or content; if the law exempts it from disclosure, note the ground',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        similarity: { type: 'number', minimum: 0, maximum: 1, description: 'A catalog item name reflects a list item when their bigram Dice similarity, or the share of the list name found in it, reaches this.' },
        contentSimilarity: { type: 'number', minimum: 0, maximum: 1, description: 'A catalog item content reflects a list item when it holds this share of the list name\'s bigrams.' },
        typeCovers: { type: 'boolean', description: 'A catalog item named for a whole power type (行政处罚, 行政许可 …) reflects every list item of that type.' },
      },
    },
    defaultOptions: { similarity: 0.6, contentSimilarity: 0.8, typeCovers: true },
  },
  create(context) {
    const options: ListCoverageOptions = {
      similarity: Number(context.options.similarity ?? 0.6),
      contentSimilarity: Number(context.options.contentSimilarity ?? 0.8),
      typeCovers: context.options.typeCovers !== false,
    };
    const lists = [context.references.lists?.power, context.references.lists?.service].filter((l): l is ReferenceList => l !== undefined);
    const multiSheet = new Map(lists.map((l) => [l, new Set(l.rows.map((r) => `${r.file}\u0000${r.sheet}`)).size > l.files.length]));
    return {
      table(table) {
        for (const list of lists) {
          const names = { listZh: LIST_NAMES[list.kind].zh, listEn: LIST_NAMES[list.kind].en };
          const result = listCoverage(table, list, options);
          if (result.undecided) {
            context.report({ at: { table }, messageId: 'domainUnknown', data: { ...names, refFile: list.files.join('、') } });
            continue;
          }
          for (const { row, more } of result.uncovered) {
            context.report({
              at: { table },
              messageId: 'uncovered',
              data: {
                ...names,
                ...refData(row, multiSheet.get(list) ?? false),
                name: rowLabel(row),
                tiersZh: row.tierText ? `行使层级：${row.tierText}` : '未写明行使层级',
                tiersEn: row.tierText ? `level: ${row.tierText}` : 'no level given',
                moreZh: more > 0 ? `（清单中另有 ${more} 行同一事项）` : '',
                moreEn: more > 0 ? ` (${more} more row(s) of the same item in the list)` : '',
              },
            });
          }
        }
      },
    };
  },
};
