// The checks behind the registry gate (test/rules/registry.test.ts), as functions returning the
// problems found, so the gate itself can be tested on a made-up rules folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rule } from '../../src/engine/types.js';

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const ELEMENTS = [null, 'name', 'content', 'basis', 'timeLimit', 'subject', 'channel', 'audience', 'mode', 'level'];
const CJK = /[\u4e00-\u9fff]/;

/** Sections every docs page needs; a heading may be Chinese, English or both. */
export const DOC_SECTIONS: [string, RegExp][] = [
  ['what it checks (## 检查什么 / ## What it checks)', /^##\s+.*(检查什么|检查内容|What it checks)/im],
  ['why (## 为什么 / ## Why)', /^##\s+.*(为什么|Why)/im],
  ['examples (## 示例 / ## Examples)', /^##\s+.*(示例|Examples?)/im],
  ['an invalid example (### 错误 / ### Invalid)', /^###\s+.*(错误|Invalid|Incorrect)/im],
  ['a valid example (### 正确 / ### Valid)', /^###\s+.*(正确|Valid|Correct)/im],
];

/** Rule files at the top of the rules folder: everything but index.ts and tests. */
export function ruleFileIds(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''));
}

/** Problems with the registry as a whole: duplicate ids, rule files nobody registered. */
export function registryProblems(rules: readonly Rule[], dir: string): string[] {
  const problems: string[] = [];
  const ids = rules.map((r) => r.meta.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push(`duplicate rule id "${id}" in rules/index.ts`);
  const registered = new Set(ids);
  for (const id of ruleFileIds(dir)) {
    if (!registered.has(id)) problems.push(`rules/${id}.ts is not listed in rules/index.ts (helpers belong in rules/lib/)`);
  }
  return problems;
}

/** Problems with one rule: its id, its files, its docs page and its wording. */
export function ruleProblems(rule: Rule, dir: string): string[] {
  const problems: string[] = [];
  const { id } = rule.meta;
  if (!KEBAB.test(id)) problems.push(`id "${id}" is not kebab-case`);
  for (const file of [`${id}.ts`, `${id}.test.ts`, `${id}.md`]) {
    if (!existsSync(join(dir, file))) problems.push(`missing rules/${file}`);
  }
  const docs = join(dir, `${id}.md`);
  if (existsSync(docs)) {
    const text = readFileSync(docs, 'utf8');
    if (text.split('\n')[0].trim() !== `# ${id}`) problems.push(`rules/${id}.md should start with "# ${id}"`);
    for (const [name, re] of DOC_SECTIONS) if (!re.test(text)) problems.push(`rules/${id}.md lacks ${name}`);
  }
  if (![1, 2, 3, 4, null].includes(rule.meta.checkpoint)) problems.push(`checkpoint ${String(rule.meta.checkpoint)} is not 1-4 or null`);
  if (!ELEMENTS.includes(rule.meta.element)) problems.push(`element "${String(rule.meta.element)}" is not one the contract knows`);
  if (!['error', 'warning', 'info'].includes(rule.meta.severity)) problems.push(`severity "${rule.meta.severity}" is not error, warning or info`);
  const texts: [string, { zh?: string; en?: string } | undefined][] = [
    ['description', rule.meta.description],
    ['fix', rule.meta.fix],
    ...Object.entries(rule.meta.messages ?? {}).map(([mid, m]) => [`messages.${mid}`, m] as [string, { zh?: string; en?: string }]),
  ];
  if (Object.keys(rule.meta.messages ?? {}).length === 0) problems.push('declares no messages');
  for (const [where, text] of texts) {
    if (!text?.zh?.trim()) problems.push(`${where} has no zh`);
    else if (!CJK.test(text.zh)) problems.push(`${where}.zh is not Chinese`);
    if (!text?.en?.trim()) problems.push(`${where} has no en`);
    else if (text.en === text.zh) problems.push(`${where}.en repeats the zh text`);
  }
  return problems;
}
