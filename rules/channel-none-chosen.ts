import type { Rule } from '../src/engine/types.js';
import { placeholderText } from './lib/blank.js';

/** Checkpoint 3: the 公开渠道和载体 cell chooses no channel (all □) or is blank. */
export const channelNoneChosen: Rule = {
  meta: {
    id: 'channel-none-chosen',
    checkpoint: 3,
    element: 'channel',
    severity: 'error',
    description: {
      zh: '公开渠道和载体没有选中任何渠道（全是“□”），或单元格为空',
      en: 'The channel checklist (公开渠道和载体) chooses nothing (every box is □), or the cell is empty',
    },
    messages: {
      noneChosen: {
        zh: '事项“{item}”的公开渠道一个也没有选：{count} 个选项全是未选中的“{marker}”',
        en: 'item "{item}" chooses no channel: all {count} options are unticked "{marker}"',
      },
      empty: {
        zh: '事项“{item}”的公开渠道和载体为空',
        en: 'item "{item}" has an empty channel cell',
      },
      placeholder: {
        zh: '事项“{item}”的公开渠道只写了“{text}”，没有选择任何渠道',
        en: 'item "{item}" has only "{text}" as its channel, which names no channel',
      },
      sameAsAboveNothing: {
        zh: '事项“{item}”的公开渠道写的是“同上”，但上方没有可沿用的渠道',
        en: 'item "{item}" gives its channel as 同上 (same as above), but there is no channel above it',
      },
    },
    fix: {
      zh: '把实际使用的渠道前的“□”改为“■”（至少一项，如“■政府网站”）；清单里没有的渠道，选“■其他”并写明',
      en: 'change □ to ■ in front of each channel actually used (at least one, e.g. ■政府网站); for a channel not in the list, tick ■其他 and name it',
    },
  },
  create(context) {
    return {
      item(item, table) {
        const channel = item.channel;
        if (!channel) return; // no channel column: element-column-missing says so once
        const cell = channel.value;
        if (channel.style === 'empty') {
          context.report({ at: { item, table, cell }, messageId: cell.sameAsAbove ? 'sameAsAboveNothing' : 'empty' });
          return;
        }
        const placeholder = placeholderText(cell.text);
        if (placeholder !== null) {
          context.report({ at: { item, table, cell }, messageId: 'placeholder', data: { text: placeholder } });
          return;
        }
        if (channel.chosen.length > 0) return;
        const marker = channel.entries.find((e) => e.marker)?.marker ?? '□';
        context.report({ at: { item, table, cell }, messageId: 'noneChosen', data: { count: channel.entries.length, marker } });
      },
    };
  },
};
