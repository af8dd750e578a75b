import type { Rule } from '../src/engine/types.js';
import { unmarkedGroup } from './lib/marks.js';

/** Checkpoint 3: 公开对象 has neither 全社会 nor 特定群体 ticked. */
export const audienceUnmarked: Rule = {
  meta: {
    id: 'audience-unmarked',
    checkpoint: 3,
    element: 'audience',
    severity: 'error',
    description: {
      zh: '公开对象没有标记：“全社会”“特定群体”都没有勾选',
      en: 'The audience (公开对象) is not marked: neither 全社会 nor 特定群体 is ticked',
    },
    messages: {
      none: {
        zh: '事项“{item}”的公开对象没有标记：{labels}都没有打“√”',
        en: 'item "{item}" has no audience: none of {labelsEn} is ticked',
      },
      unclear: {
        zh: '事项“{item}”的公开对象写的是“{text}”，看不出是{labels}中的哪一个',
        en: 'item "{item}" gives its audience as "{text}", which is none of {labelsEn}',
      },
    },
    fix: {
      zh: '在{labels}中对应的一列打“√”：人人可看的选全社会，只向申请人、补助对象等特定人群公开的选特定群体（可写明对象）',
      en: 'tick one of {labelsEn}: 全社会 when anyone may see it, 特定群体 when only applicants or beneficiaries may (you may name them)',
    },
  },
  create(context) {
    return {
      item(item, table) {
        const group = unmarkedGroup(item, 'audience');
        if (!group) return;
        context.report({ at: { item, table, cell: group.cell }, messageId: group.text ? 'unclear' : 'none', data: { labels: group.labels, labelsEn: group.labelsEn, text: group.text } });
      },
    };
  },
};
