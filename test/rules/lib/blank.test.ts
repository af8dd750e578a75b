// What element-empty, basis-no-document, time-limit-vague and channel-none-chosen take for "not filled in".
import { describe, expect, it } from 'vitest';
import { isBlankLike, placeholderText } from '../../../rules/lib/blank.js';

describe('placeholderText', () => {
  it.each(['/', '／', ' - ', '——', '无', '暂无', '待补充', '待 完 善', 'N/A', 'null', 'xx', '。。。'])('takes %j for a placeholder', (text) => {
    expect(placeholderText(text)).toBe(text.trim());
  });

  it.each(['', '   ', '待补充说明', '无需公开', '区民政局', '暂无数据', '《条例》', '20个工作日'])('takes %j for no placeholder', (text) => {
    expect(placeholderText(text)).toBeNull();
  });

  it('folds full-width and compatibility forms before comparing', () => {
    expect(placeholderText('ＮＵＬＬ')).toBe('ＮＵＬＬ');
    // The Kangxi radical ⽆ (U+2F46) folds to 无: characters outside the ideograph block count too.
    expect(placeholderText('\u2F46')).toBe('\u2F46');
    expect(placeholderText('待\u2F46\u2F46\u2F46')).toBeNull();
  });
});

describe('isBlankLike', () => {
  it('is true for empty and placeholder cells only', () => {
    expect(isBlankLike('')).toBe(true);
    expect(isBlankLike(' / ')).toBe(true);
    expect(isBlankLike('《社会救助暂行办法》')).toBe(false);
  });
});
