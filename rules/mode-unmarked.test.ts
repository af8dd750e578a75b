import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFixture, runRule } from '../test/helpers/rule-harness.js';
import { modeUnmarked } from './mode-unmarked.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rules/mode-unmarked/${name}`, import.meta.url));

describe('mode-unmarked', () => {
  it('reports items with neither 主动 nor 依申请 ticked, at the first mark column', () => {
    const findings = expectFixture(modeUnmarked, fixture('invalid.xlsx'));
    expect(findings.every((f) => f.element === 'mode' && f.header === '公开方式/主动')).toBe(true);
  });

  it('accepts 主动, 依申请 or both', () => {
    expectFixture(modeUnmarked, fixture('valid.xlsx'));
  });

  it('reads a one-column 公开方式 by its words and quotes words it cannot place', () => {
    const findings = expectFixture(modeUnmarked, fixture('one-column.xlsx'));
    expect(findings[1].message).toBe('事项“临时救助/个案信息”的公开方式写的是“不予公开”，看不出是“主动”“依申请”中的哪一个');
    expect(findings[1].hint).toContain('不予公开的信息不应列入标准目录');
  });

  it('words its messages in English with --lang en', () => {
    const [first] = runRule(modeUnmarked, fixture('invalid.xlsx'), { lang: 'en' });
    expect(first.message).toBe('item "最低生活保障/政策文件" has no disclosure mode: none of "主动", "依申请" is ticked');
  });
});
