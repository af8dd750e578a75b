import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFixture, runRule } from '../test/helpers/rule-harness.js';
import { domainTax } from './domain-tax.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rules/domain-tax/${name}`, import.meta.url));

describe('domain-tax', () => {
  it('notes a 税收管理 table as information, not an error', () => {
    const [finding] = expectFixture(domainTax, fixture('invalid.xlsx'));
    expect(finding.severity).toBe('info');
  });

  it('says nothing for another domain', () => {
    expectFixture(domainTax, fixture('valid.xlsx'));
  });

  it('words its message in English with --lang en', () => {
    const [first] = runRule(domainTax, fixture('invalid.xlsx'), { lang: 'en' });
    expect(first.message).toContain('the 税收管理 (tax administration) domain');
  });
});
