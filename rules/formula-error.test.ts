import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFixture, runRule } from '../test/helpers/rule-harness.js';
import { formulaError } from './formula-error.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rules/formula-error/${name}`, import.meta.url));

describe('formula-error', () => {
  it('reports #REF!, #N/A and #DIV/0! where the formulas are, with the element of the column', () => {
    const findings = expectFixture(formulaError, fixture('invalid.xlsx'));
    expect(findings.map((f) => f.element)).toEqual(['basis', 'content', 'subject', 'timeLimit']);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(findings[0].address).toBe('Sheet1!D3');
    expect(findings[0].hint).toContain('选择性粘贴');
  });

  it('accepts formulas whose result is text', () => {
    expectFixture(formulaError, fixture('valid.xlsx'));
  });

  it('words its messages in English with --lang en', () => {
    const findings = runRule(formulaError, fixture('invalid.xlsx'), { lang: 'en' });
    expect(findings[1].message).toBe('the cell shows the formula error "#N/A" (a lookup found nothing); the catalog says nothing here');
  });
});
