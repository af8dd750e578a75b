import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFixture, runRule } from '../test/helpers/rule-harness.js';
import { hiddenContent } from './hidden-content.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rules/hidden-content/${name}`, import.meta.url));

describe('hidden-content', () => {
  it('warns once per hidden column with text, per block of hidden rows with items or notes, and per hidden catalog sheet', () => {
    const findings = expectFixture(hiddenContent, fixture('invalid.xlsx'));
    expect(findings.every((f) => f.severity === 'warning' && f.checkpoint === null)).toBe(true);
    expect(findings[3].sheet).toBe('养老服务（旧）');
  });

  it('ignores a hidden blank row, a hidden empty column and a hidden sheet of instructions', () => {
    expectFixture(hiddenContent, fixture('valid.xlsx'));
  });

  it('words its messages in English with --lang en', () => {
    const findings = runRule(hiddenContent, fixture('invalid.xlsx'), { lang: 'en' });
    expect(findings[1].message).toBe('hidden rows 6–7: 2 item(s) (e.g. "最低生活保障/停保名单"); hidden rows are still published and anyone can unhide them');
  });
});
