import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFixture, runRule } from '../test/helpers/rule-harness.js';
import { validateConfig } from '../src/config/load.js';
import { basisNoDocument } from './basis-no-document.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rules/basis-no-document/${name}`, import.meta.url));

describe('basis-no-document', () => {
  it('warns on template text, a basis citing nothing and a placeholder title', () => {
    const findings = expectFixture(basisNoDocument, fixture('invalid.xlsx'));
    expect(findings.every((f) => f.element === 'basis' && f.severity === 'warning' && f.checkpoint === 3)).toBe(true);
    expect(findings[0].hint).toContain('《中华人民共和国政府信息公开条例》（国令第711号）');
  });

  it('accepts 《》 titles, 文号 (even broken ones), bare law names and 同上', () => {
    expectFixture(basisNoDocument, fixture('valid.xlsx'));
  });

  it('can leave template text next to real documents alone', () => {
    const rows = runRule(basisNoDocument, fixture('invalid.xlsx'), { options: { reportTemplateAlongsideDocuments: false } }).map((f) => f.row);
    expect(rows).toEqual([4, 5, 7, 8]);
  });

  it('words its messages in English with --lang en', () => {
    const findings = runRule(basisNoDocument, fixture('invalid.xlsx'), { lang: 'en' });
    expect(findings[2].message).toBe('item "最低生活保障/审核确认": "及相关规定" in the basis is template text; replace it with the local documents or delete it');
  });

  it('declares its options in the config schema', () => {
    const rules = [basisNoDocument];
    expect(validateConfig({ rules: { 'basis-no-document': ['warn', { templatePhrases: ['区里相关文件'], reportTemplateAlongsideDocuments: false }] } }, rules)).toEqual([]);
    expect(validateConfig({ rules: { 'basis-no-document': ['warn', { reportTemplateAlongsideDocuments: 'no' }] } }, rules)).not.toEqual([]);
  });
});
