import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFixture, runRule } from '../test/helpers/rule-harness.js';
import { validateConfig } from '../src/config/load.js';
import { timeLimitVague } from './time-limit-vague.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rules/time-limit-vague/${name}`, import.meta.url));

describe('time-limit-vague', () => {
  it('warns on 及时, 按规定, 按进展情况 and a vague part of a compound cell', () => {
    const findings = expectFixture(timeLimitVague, fixture('invalid.xlsx'));
    expect(findings.every((f) => f.element === 'timeLimit' && f.severity === 'warning' && f.checkpoint === 3)).toBe(true);
    // A compound cell quotes only the part without a deadline.
    expect(findings[3].message).toContain('“政策解读:适时发布”');
  });

  it('accepts deadlines, 实时, frequencies, 长期公开, compound and broken cells, and 同上', () => {
    expectFixture(timeLimitVague, fixture('valid.xlsx'));
  });

  it('takes local wordings from its options', () => {
    // "按进展情况及时公开" holds the accepted wording too, so rows 4 and 6 pass.
    expect(runRule(timeLimitVague, fixture('invalid.xlsx'), { options: { acceptWords: ['及时公开'] } }).map((f) => f.row)).toEqual([5, 8]);
  });

  it('words its messages in English with --lang en', () => {
    const [first] = runRule(timeLimitVague, fixture('invalid.xlsx'), { lang: 'en' });
    expect(first.message).toBe('item "最低生活保障/政策文件" has the time limit "及时公开", which sets no deadline: "及时" cannot be checked');
  });

  it('declares its options in the config schema', () => {
    const rules = [timeLimitVague];
    expect(validateConfig({ rules: { 'time-limit-vague': ['warn', { vagueWords: ['随案'], acceptWords: ['会后公开'] }] } }, rules)).toEqual([]);
    expect(validateConfig({ rules: { 'time-limit-vague': ['warn', { vagueWord: ['随案'] }] } }, rules)).not.toEqual([]);
  });
});
