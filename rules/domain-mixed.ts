import type { Rule } from '../src/engine/types.js';
import { findDomain } from '../src/model/domains.js';
import { compactLabel } from '../src/model/text.js';

/** One domain per table: a 所属领域 column that holds several domains. */
export const domainMixed: Rule = {
  meta: {
    id: 'domain-mixed',
    checkpoint: null,
    element: null,
    severity: 'error',
    description: {
      zh: '一个表格混合了多个领域；通知要求“请按照1个领域对应1个《标准目录》表格的形式发布”',
      en: 'One table mixes several domains; the notice requires one catalog table per domain',
    },
    messages: {
      mixed: {
        zh: '表格中又出现了领域“{domain}”（本表首个领域为第 {firstRow} 行的“{first}”）；请按照1个领域对应1个《标准目录》表格的形式发布',
        en: 'the table holds another domain, "{domain}" (its first is "{first}", row {firstRow}); publish one catalog table per domain',
      },
    },
    fix: {
      zh: '把“{domain}”的事项移到单独的表格（或工作表）中，勿将多个领域的《标准目录》汇总到1个表格发布',
      en: 'move the items of "{domain}" to a table (or sheet) of their own; do not merge several domains into one table',
    },
  },
  create(context) {
    return {
      table(table) {
        const seen = new Map<string, number>();
        // A 所属领域 column repeats one or two values: each is looked up once.
        const names = new Map<string, string>();
        let first: { name: string; row: number } | undefined;
        for (const item of table.items) {
          const text = item.domain?.text.trim();
          if (!item.domain || !text) continue;
          // Aliases and wording ("社会救助领域", "低保") fold to the pilot domain; unknown text stays as written.
          let name = names.get(text);
          if (name === undefined) names.set(text, (name = findDomain(text) ?? compactLabel(text)));
          if (seen.has(name)) continue;
          seen.set(name, item.row);
          if (!first) {
            first = { name, row: item.row };
            continue;
          }
          context.report({ at: { item, table, cell: item.domain }, messageId: 'mixed', data: { domain: name, first: first.name, firstRow: first.row } });
        }
      },
    };
  },
};
