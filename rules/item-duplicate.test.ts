import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFixture, runRule } from '../test/helpers/rule-harness.js';
import { itemDuplicate } from './item-duplicate.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rules/item-duplicate/${name}`, import.meta.url));

describe('item-duplicate', () => {
  it('points at the later row and names the first, whether the content repeats or not', () => {
    // Row 8 differs from row 6 only by a space in the name and a full stop in the content.
    const findings = expectFixture(itemDuplicate, fixture('invalid.xlsx'));
    expect(findings.every((f) => f.severity === 'error' && f.element === 'name')).toBe(true);
  });

  it('accepts the same 二级事项 under different 一级事项', () => {
    expectFixture(itemDuplicate, fixture('valid.xlsx'));
  });

  it('words its messages in English with --lang en', () => {
    const [first] = runRule(itemDuplicate, fixture('invalid.xlsx'), { lang: 'en' });
    expect(first.message).toBe('item "特困人员救助供养/政策文件" repeats row 6, content included');
  });
});
