// Runs one rule over a fixture workbook and returns what a user would see of its findings.
// Fixtures live in fixtures/rules/<rule-id>/<case>.xlsx (made by LibreOffice from .html/.fods);
// the expected findings sit beside them in <case>.expect.json as [{ "row": 7, "column": "G" }, …]
// (row/column null for a table-level finding), so a case carries its own expectation.
import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { lintWorkbook } from '../../src/engine/engine.js';
import type { Finding, Rule } from '../../src/engine/types.js';
import type { References } from '../../src/coverage/types.js';
import { loadCatalog } from '../../src/model/index.js';
import type { Lang } from '../../src/i18n/index.js';

export interface RunOptions {
  lang?: Lang;
  options?: Record<string, unknown>;
  references?: References;
}

export function runRule(rule: Rule, path: string, run: RunOptions = {}): Finding[] {
  const workbook = loadCatalog(path);
  return lintWorkbook(workbook, [{ rule, severity: rule.meta.severity, options: { ...rule.meta.defaultOptions, ...run.options } }], {
    lang: run.lang ?? 'zh',
    references: run.references ?? {},
  });
}

export interface ExpectedFinding {
  row: number | null;
  column: string | null;
  /** Optional: a fragment the message must contain. */
  message?: string;
}

/** Asserts the rule finds exactly what <case>.expect.json lists, at the same rows and columns. */
export function expectFixture(rule: Rule, xlsxPath: string, run: RunOptions = {}): Finding[] {
  const expectPath = xlsxPath.replace(/\.(xlsx|csv)$/, '.expect.json');
  if (!existsSync(expectPath)) throw new Error(`missing ${expectPath}`);
  const expected = JSON.parse(readFileSync(expectPath, 'utf8')) as ExpectedFinding[];
  const findings = runRule(rule, xlsxPath, run);
  expect(findings.every((f) => f.ruleId === rule.meta.id), 'only this rule reports').toBe(true);
  expect(findings.map((f) => ({ row: f.row, column: f.column }))).toEqual(expected.map((e) => ({ row: e.row, column: e.column })));
  expected.forEach((e, i) => {
    if (e.message) expect(findings[i].message).toContain(e.message);
  });
  return findings;
}
