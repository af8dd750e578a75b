import type { Rule } from '../src/engine/types.js';
import { RENAME_THRESHOLD } from '../src/coverage/catalog-match.js';
import { compareWithCity } from '../src/coverage/compare.js';

/** Checkpoint 1: fewer items than the city catalog has for the domain at district and township level (只增不减). */
export const cityFewerItems: Rule = {
  meta: {
    id: 'city-fewer-items',
    checkpoint: 1,
    element: null,
    severity: 'error',
    requires: ['city'],
    description: {
      zh: '本目录的事项数少于市级目录该领域区县级、乡镇级事项数（只增不减）',
      en: 'This catalog has fewer items than the city catalog has for the domain at district and township level',
    },
    messages: {
      fewer: {
        zh: '本目录有 {count} 个事项，少于市级目录 {refFile} 中{domainZh}区县级、乡镇级的 {cityCount} 个事项（事项数量应只增不减）',
        en: 'this catalog has {count} items, fewer than the {cityCount} district/township items{domainEn} in the city catalog {refFile} (items may be added, never dropped)',
      },
    },
    fix: {
      zh: '对照市级目录补齐区县、乡镇两级事项（见 city-item-missing 的逐项结果）',
      en: 'add the district and township items of the city catalog (city-item-missing lists them one by one)',
    },
  },
  create(context) {
    return {
      table(table) {
        const comparison = compareWithCity(table, context.references, RENAME_THRESHOLD);
        if (!comparison || comparison.undecided || comparison.required.length === 0) return;
        const count = table.items.filter((it) => it.name.full !== '').length;
        if (count >= comparison.required.length) return;
        const files = [...new Set(comparison.required.map((r) => r.file))].join('、');
        const domain = comparison.required[0].domain ?? table.domain.name ?? '';
        context.report({ at: { table }, messageId: 'fewer', data: { count, cityCount: comparison.required.length, refFile: files, domainZh: domain ? `${domain}领域` : '', domainEn: domain ? ` of ${domain}` : '' } });
      },
    };
  },
};
