import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFixture, runRule } from '../test/helpers/rule-harness.js';
import { domainUnknown } from './domain-unknown.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rules/domain-unknown/${name}`, import.meta.url));

describe('domain-unknown', () => {
  it('warns on a domain outside the 26 pilot domains, naming it without the district in front', () => {
    const [finding] = expectFixture(domainUnknown, fixture('invalid.xlsx'));
    expect(finding.severity).toBe('warning');
  });

  it('warns when no domain can be told from title, sheet or file name', () => {
    expectFixture(domainUnknown, fixture('invalid-undetected.xlsx'));
  });

  it('accepts a pilot domain', () => {
    expectFixture(domainUnknown, fixture('valid.xlsx'));
  });

  it('words its messages in English with --lang en', () => {
    const [first] = runRule(domainUnknown, fixture('invalid.xlsx'), { lang: 'en' });
    expect(first.message).toMatch(/^the domain "政府信息公开" is not one of the 26 pilot domains/);
  });
});
