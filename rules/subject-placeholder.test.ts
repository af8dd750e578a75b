import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFixture, runRule } from '../test/helpers/rule-harness.js';
import { subjectPlaceholder } from './subject-placeholder.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rules/subject-placeholder/${name}`, import.meta.url));

describe('subject-placeholder', () => {
  it('finds every template subject of variants.md §6 in a district catalog, one finding per cell', () => {
    const findings = expectFixture(subjectPlaceholder, fixture('invalid.xlsx'));
    expect(findings.every((f) => f.severity === 'error' && f.checkpoint === 4 && f.element === 'subject')).toBe(true);
    expect(findings[0].message).toBe('公开主体“县级政府民政部门、乡镇政府（街道办事处）”是模板文字，应填写具体单位');
    expect(findings[0].address).toMatch(/!G4$/);
    // The hint names what the template stands for, as this district (渝北区) names it.
    expect(findings[0].hint).toContain('如“区民政局”“各乡镇人民政府（街道办事处）”');
  });

  it('accepts the bodies a district names: departments, townships, streets, police stations, several in a cell', () => {
    expectFixture(subjectPlaceholder, fixture('valid.xlsx'));
  });

  it('words its message in English with --lang en', () => {
    const [first] = runRule(subjectPlaceholder, fixture('invalid.xlsx'), { lang: 'en' });
    expect(first.message).toBe('the publishing subject "县级政府民政部门、乡镇政府（街道办事处）" is template text; name the actual body');
    expect(first.hint).toContain('e.g. 区民政局, 各乡镇人民政府（街道办事处）');
  });
});
