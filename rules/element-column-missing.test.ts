import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFixture, runRule } from '../test/helpers/rule-harness.js';
import { elementColumnMissing } from './element-column-missing.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rules/element-column-missing/${name}`, import.meta.url));

describe('element-column-missing', () => {
  it('reports each missing element once for the table, with no row or column', () => {
    const findings = expectFixture(elementColumnMissing, fixture('invalid.xlsx'));
    expect(findings.map((f) => f.element).sort()).toEqual(['mode', 'timeLimit']);
    expect(findings.map((f) => f.message).sort()).toEqual([
      '表格缺少“公开方式”列，标准目录必须包含八要素',
      '表格缺少“公开时限”列，标准目录必须包含八要素',
    ]);
    expect(findings.every((f) => f.sheet === 'Sheet1' && f.address === null && f.severity === 'error')).toBe(true);
  });

  it('accepts the national two-row header', () => {
    expectFixture(elementColumnMissing, fixture('valid.xlsx'));
  });

  it('words its messages in English with --lang en', () => {
    const messages = runRule(elementColumnMissing, fixture('invalid.xlsx'), { lang: 'en' }).map((f) => f.message).sort();
    expect(messages[0]).toBe('the table has no "disclosure mode" column; a catalog must carry all eight elements');
  });
});
