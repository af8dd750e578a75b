import type { Rule } from '../src/engine/types.js';
import { unmarkedGroup } from './lib/marks.js';

/** Checkpoint 3: 公开方式 has neither 主动 nor 依申请 ticked. */
export const modeUnmarked: Rule = {
  meta: {
    id: 'mode-unmarked',
    checkpoint: 3,
    element: 'mode',
    severity: 'error',
    description: {
      zh: '公开方式没有标记：“主动”“依申请”都没有勾选',
      en: 'The disclosure mode (公开方式) is not marked: neither 主动 nor 依申请 is ticked',
    },
    messages: {
      none: {
        zh: '事项“{item}”的公开方式没有标记：{labels}都没有打“√”',
        en: 'item "{item}" has no disclosure mode: none of {labelsEn} is ticked',
      },
      unclear: {
        zh: '事项“{item}”的公开方式写的是“{text}”，看不出是{labels}中的哪一个',
        en: 'item "{item}" gives its disclosure mode as "{text}", which is none of {labelsEn}',
      },
    },
    fix: {
      zh: '在{labels}中对应的一列打“√”：应当主动公开的选主动，只在有人申请时提供的选依申请；不予公开的信息不应列入标准目录',
      en: 'tick one of {labelsEn}: 主动 for information published of the government\'s own accord, 依申请 for information given on request; information that is withheld does not belong in the catalog',
    },
  },
  create(context) {
    return {
      item(item, table) {
        const group = unmarkedGroup(item, 'mode');
        if (!group) return;
        context.report({ at: { item, table, cell: group.cell }, messageId: group.text ? 'unclear' : 'none', data: { labels: group.labels, labelsEn: group.labelsEn, text: group.text } });
      },
    };
  },
};
