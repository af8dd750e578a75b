import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFixture, runRule } from '../test/helpers/rule-harness.js';
import { audienceUnmarked } from './audience-unmarked.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rules/audience-unmarked/${name}`, import.meta.url));

describe('audience-unmarked', () => {
  it('reports items with neither 全社会 nor 特定群体 ticked, at the first mark column', () => {
    const findings = expectFixture(audienceUnmarked, fixture('invalid.xlsx'));
    expect(findings.every((f) => f.element === 'audience' && f.header === '公开对象/全社会')).toBe(true);
    expect(findings[0].hint).toContain('在“全社会”“特定群体”中对应的一列打“√”');
  });

  it('accepts √, ✓, ● and words that name the group', () => {
    expectFixture(audienceUnmarked, fixture('valid.xlsx'));
  });

  it('words its messages in English with --lang en', () => {
    const [first] = runRule(audienceUnmarked, fixture('invalid.xlsx'), { lang: 'en' });
    expect(first.message).toBe('item "最低生活保障/办事指南" has no audience: none of "全社会", "特定群体" is ticked');
  });
});
