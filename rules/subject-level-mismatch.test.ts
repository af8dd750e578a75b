import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFixture, runRule } from '../test/helpers/rule-harness.js';
import { subjectLevelMismatch } from './subject-level-mismatch.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rules/subject-level-mismatch/${name}`, import.meta.url));

describe('subject-level-mismatch', () => {
  it('warns when 镇街级 is marked without a township body, 区级 without a district one, or a township body has no 镇街级', () => {
    const findings = expectFixture(subjectLevelMismatch, fixture('invalid.xlsx'));
    expect(findings.every((f) => f.severity === 'warning' && f.checkpoint === 4 && f.element === 'subject')).toBe(true);
  });

  it('accepts subjects that fit their levels, and skips template subjects and items with nothing marked', () => {
    expectFixture(subjectLevelMismatch, fixture('valid.xlsx'));
  });

  it('says nothing when the table has no level columns', () => {
    expectFixture(subjectLevelMismatch, fixture('valid-no-level-columns.xlsx'));
  });

  it('words its messages in English with --lang en', () => {
    const [first] = runRule(subjectLevelMismatch, fixture('invalid.xlsx'), { lang: 'en' });
    expect(first.message).toBe('the level "镇街级" is marked but the subject "区民政局" names no township government or street office');
  });
});
