import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFixture, runRule } from '../test/helpers/rule-harness.js';
import { channelNoneChosen } from './channel-none-chosen.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rules/channel-none-chosen/${name}`, import.meta.url));

describe('channel-none-chosen', () => {
  it('reports an all-□ checklist, an empty cell, "无" and an all-口 checklist', () => {
    const findings = expectFixture(channelNoneChosen, fixture('invalid.xlsx'));
    expect(findings.every((f) => f.element === 'channel' && f.severity === 'error')).toBe(true);
    expect(findings[0].hint).toContain('“□”改为“■”');
  });

  it('accepts ■ checklists, plain lists, a lost first marker, ▲ and 同上', () => {
    expectFixture(channelNoneChosen, fixture('valid.xlsx'));
  });

  it('words its messages in English with --lang en', () => {
    const [first] = runRule(channelNoneChosen, fixture('invalid.xlsx'), { lang: 'en' });
    expect(first.message).toBe('item "最低生活保障/政策文件" chooses no channel: all 13 options are unticked "□"');
  });
});
