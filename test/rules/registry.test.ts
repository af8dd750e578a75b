// The registry gate (after ESLint's checkRuleFiles): a rule exists when rules/index.ts lists it,
// rules/<id>.ts defines and exports it, rules/<id>.md documents it (what it checks, why,
// examples) and rules/<id>.test.ts tests it; every message is worded in Chinese and English.
// Files in rules/ that are not rules (helpers) live in subfolders such as rules/lib/.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import type { Rule } from '../../src/engine/types.js';
import { registryProblems, ruleProblems } from '../helpers/registry-check.js';

const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

describe('rule registry', () => {
  it('has rules, no duplicate ids, and every rule file registered', () => {
    expect(RULES.length).toBeGreaterThan(0);
    // Joined, so a failure lists every problem in full rather than "[ …(9) ]".
    expect(registryProblems(RULES, RULES_DIR).join('\n')).toBe('');
  });
});

describe.each(RULES.map((rule) => [rule.meta.id, rule] as [string, Rule]))('rule %s', (id, rule) => {
  it('has a kebab-case id, its test file and a docs page with what it checks, why and examples, and zh/en wording', () => {
    expect(ruleProblems(rule, RULES_DIR).join('\n')).toBe('');
  });

  it('is exported by rules/<id>.ts', async () => {
    const mod = (await import(pathToFileURL(join(RULES_DIR, `${id}.ts`)).href)) as Record<string, unknown>;
    expect(Object.values(mod).includes(rule), `rules/${id}.ts does not export the rule registered as "${id}"`).toBe(true);
  });
});

// The gate itself, on a made-up rules folder: each kind of problem is caught.
describe('the registry gate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'registry-gate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const GOOD_DOC = '# good-rule\n\n## 检查什么 (What it checks)\n…\n## 为什么 (Why)\n…\n## 示例 (Examples)\n### 错误 (Invalid)\n…\n### 正确 (Valid)\n…\n';
  writeFileSync(join(dir, 'good-rule.ts'), '');
  writeFileSync(join(dir, 'good-rule.test.ts'), '');
  writeFileSync(join(dir, 'good-rule.md'), GOOD_DOC);
  writeFileSync(join(dir, 'no-docs.ts'), '');
  writeFileSync(join(dir, 'no-docs.test.ts'), '');
  writeFileSync(join(dir, 'thin-docs.ts'), '');
  writeFileSync(join(dir, 'thin-docs.test.ts'), '');
  writeFileSync(join(dir, 'thin-docs.md'), '# thin-docs\n\n## What it checks\n…\n');
  writeFileSync(join(dir, 'forgotten.ts'), '');
  writeFileSync(join(dir, 'index.ts'), '');

  const rule = (id: string, messages: Rule['meta']['messages'] = { m: { zh: '公开时限为空', en: 'empty time limit' } }): Rule => ({
    meta: {
      id,
      checkpoint: 3,
      element: 'timeLimit',
      severity: 'warning',
      description: { zh: '说明', en: 'description' },
      messages,
      fix: { zh: '填写', en: 'fill it in' },
    },
    create: () => ({}),
  });

  it('accepts a complete rule', () => {
    expect(ruleProblems(rule('good-rule'), dir)).toEqual([]);
  });

  it('catches a missing docs page and a missing test file', () => {
    expect(ruleProblems(rule('no-docs'), dir)).toEqual(['missing rules/no-docs.md']);
    expect(ruleProblems(rule('forgotten'), dir)).toEqual(['missing rules/forgotten.test.ts', 'missing rules/forgotten.md']);
  });

  it('catches a docs page without why and examples', () => {
    const problems = ruleProblems(rule('thin-docs'), dir);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('lacks why');
  });

  it('catches ids that are not kebab-case, and duplicates', () => {
    expect(ruleProblems(rule('GoodRule'), dir)[0]).toBe('id "GoodRule" is not kebab-case');
    expect(registryProblems([rule('good-rule'), rule('good-rule')], dir)).toContain('duplicate rule id "good-rule" in rules/index.ts');
  });

  it('catches rule files nobody registered', () => {
    expect(registryProblems([rule('good-rule'), rule('no-docs'), rule('thin-docs')], dir)).toEqual([
      'rules/forgotten.ts is not listed in rules/index.ts (helpers belong in rules/lib/)',
    ]);
  });

  it('catches messages without Chinese or English', () => {
    const problems = ruleProblems(rule('good-rule', { a: { zh: '', en: 'x' }, b: { zh: 'only english', en: 'only english' }, c: { zh: '缺少英文', en: '' } }), dir);
    expect(problems).toEqual(['messages.a has no zh', 'messages.b.zh is not Chinese', 'messages.b.en repeats the zh text', 'messages.c has no en']);
  });
});
