import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFixture, runRule } from '../test/helpers/rule-harness.js';
import { privacyPersonalData } from './privacy-personal-data.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rules/privacy-personal-data/${name}`, import.meta.url));

describe('privacy-personal-data', () => {
  it('finds ID and mobile numbers in element cells, extra columns (a number cell too) and notes, masked', () => {
    const findings = expectFixture(privacyPersonalData, fixture('invalid.xlsx'));
    expect(findings.every((f) => f.severity === 'error' && f.checkpoint === null)).toBe(true);
    // The full number is never printed.
    expect(findings.map((f) => f.message).join('\n')).not.toMatch(/\d{11}/);
  });

  it('accepts office telephone numbers, 文号, amounts, dates, credit codes and an ID with a wrong check digit', () => {
    expectFixture(privacyPersonalData, fixture('valid.xlsx'));
  });

  it('words its messages in English with --lang en', () => {
    const [first] = runRule(privacyPersonalData, fixture('invalid.xlsx'), { lang: 'en' });
    expect(first.message).toBe('the cell holds what looks like a mobile phone number (138****5678); catalogs are published and must hold no personal data');
  });
});
