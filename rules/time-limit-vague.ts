import type { Rule } from '../src/engine/types.js';
import { classifyTimeLimit } from './lib/time-limit.js';
import { isBlankLike } from './lib/blank.js';

/** Checkpoint 3: a 公开时限 that names no deadline ("及时公开", "按规定"). */
export const timeLimitVague: Rule = {
  meta: {
    id: 'time-limit-vague',
    checkpoint: 3,
    element: 'timeLimit',
    severity: 'warning',
    description: {
      zh: '公开时限没有明确期限，只写了“及时”“按规定”“适时”等',
      en: 'The time limit (公开时限) names no deadline, only words such as 及时 (promptly) or 按规定 (as required)',
    },
    messages: {
      vague: {
        zh: '事项“{item}”的公开时限“{text}”没有明确期限：“{word}”不是可核查的时限',
        en: 'item "{item}" has the time limit "{text}", which sets no deadline: "{word}" cannot be checked',
      },
    },
    fix: {
      zh: '写明具体期限，如“信息形成或者变更之日起20个工作日内”；持续公开的写“长期公开”或“实时”，定期更新的写明频率，如“每季度更新”',
      en: 'state a deadline such as "信息形成或者变更之日起20个工作日内" (within 20 working days of the information being produced or changed); for standing information write 长期公开 or 实时, for periodic updates the frequency, e.g. 每季度更新',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        vagueWords: { type: 'array', items: { type: 'string' }, description: 'Extra words that make a time limit vague.' },
        acceptWords: { type: 'array', items: { type: 'string' }, description: 'Extra wordings accepted as a time limit.' },
      },
    },
    defaultOptions: { vagueWords: [], acceptWords: [] },
  },
  create(context) {
    const options = {
      vagueWords: (context.options.vagueWords as string[] | undefined) ?? [],
      acceptWords: (context.options.acceptWords as string[] | undefined) ?? [],
    };
    return {
      item(item, table) {
        const cell = item.timeLimit;
        if (!cell || isBlankLike(cell.text)) return; // empty or "/": element-empty says so
        const reading = classifyTimeLimit(cell.text, options);
        if (reading.kind !== 'vague') return;
        const part = reading.parts.find((p) => p.kind === 'vague')!;
        // Quote the cell as written, or only the vague part of a compound cell.
        const text = reading.parts.length === 1 ? cell.text.replace(/\s*\n\s*/g, ' ') : part.text;
        context.report({ at: { item, table, cell }, messageId: 'vague', data: { text, word: part.word } });
      },
    };
  },
};
