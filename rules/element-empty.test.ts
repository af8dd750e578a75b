import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFixture, runRule } from '../test/helpers/rule-harness.js';
import { elementEmpty } from './element-empty.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rules/element-empty/${name}`, import.meta.url));

describe('element-empty', () => {
  it('reports blank cells, 同上 with nothing above, placeholders and missing names', () => {
    const findings = expectFixture(elementEmpty, fixture('invalid.xlsx'));
    expect(findings.map((f) => f.element)).toEqual(['timeLimit', 'timeLimit', 'content', 'name', 'subject', 'name', 'basis']);
    expect(findings.every((f) => f.severity === 'error' && f.checkpoint === 3)).toBe(true);
    expect(findings[1].address).toBe('Sheet1!F5');
    expect(findings[1].hint).toContain('填写该单元格');
  });

  it('accepts merged cells and 同上 that resolve to text', () => {
    expectFixture(elementEmpty, fixture('valid.xlsx'));
  });

  it('words its messages in English with --lang en', () => {
    const findings = runRule(elementEmpty, fixture('invalid.xlsx'), { lang: 'en' });
    expect(findings[1].message).toBe('item "最低生活保障/办事指南" has an empty time limit');
    expect(findings[5].message).toBe('the item on row 8 has no name');
    expect(findings[6].message).toBe('the item on row 8 has only "无" as its legal basis, which says nothing');
  });
});
