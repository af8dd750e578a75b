import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFixture, runRule } from '../test/helpers/rule-harness.js';
import { domainMixed } from './domain-mixed.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rules/domain-mixed/${name}`, import.meta.url));

describe('domain-mixed', () => {
  it('reports each further domain of a 所属领域 column where it first appears, citing the notice', () => {
    const findings = expectFixture(domainMixed, fixture('invalid.xlsx'));
    expect(findings.every((f) => f.severity === 'error' && f.checkpoint === null)).toBe(true);
    expect(findings[0].message).toContain('请按照1个领域对应1个《标准目录》表格的形式发布');
  });

  it('accepts one domain written two ways ("社会救助", "社会救助领域") and blank cells', () => {
    expectFixture(domainMixed, fixture('valid.xlsx'));
  });

  it('words its messages in English with --lang en', () => {
    const [first] = runRule(domainMixed, fixture('invalid.xlsx'), { lang: 'en' });
    expect(first.message).toBe('the table holds another domain, "养老服务" (its first is "社会救助", row 4); publish one catalog table per domain');
  });
});
