// The JSON report made from the lint threads' finding blocks (jsonFindingsBlock) is the same
// bytes as the one stringified from the findings, with or without findings, with --quiet, and
// with some files' findings still given as objects.
import { describe, expect, it } from 'vitest';
import type { Finding, FileResult } from '../../src/engine/types.js';
import { jsonFindingsBlock, jsonReporter } from '../../src/report/json.js';
import type { LintResult, ReportContext } from '../../src/report/types.js';

function finding(file: string, row: number, severity: Finding['severity'], extra: Partial<Finding> = {}): Finding {
  return { ruleId: 'element-empty', checkpoint: 3, severity, message: `第${row}行 "引号" \\ 与\n换行`, hint: '填写', file, sheet: 'Sheet1', row, column: 'G', element: null, item: `事项${row}`, address: `Sheet1!G${row}`, header: '公开主体', ...extra };
}

const files: FileResult[] = ['a.xlsx', 'b.xlsx', 'c.xlsx'].map((path) => ({ path, sheets: [{ name: 'Sheet1', domain: '户籍管理', items: 3 }], error: null, notes: [] }));
const byFile: Finding[][] = [
  [finding('a.xlsx', 2, 'error'), finding('a.xlsx', 3, 'warning', { item: null, row: null, column: null })],
  [],
  [finding('c.xlsx', 5, 'info'), finding('c.xlsx', 6, 'error', { sheet: null })],
];

function report(findings: Finding[][], context: Partial<ReportContext>): string {
  const result: LintResult = { files, findings: findings.flat(), skippedForReferences: [], toolVersion: '1.0.0' };
  const out = jsonReporter(result, { lang: 'zh', color: false, rules: [], ...context });
  return typeof out === 'string' ? out : Buffer.concat(out).toString('utf8');
}

describe('JSON report from finding blocks', () => {
  for (const quiet of [false, true]) {
    it(`is the same bytes as the stringified report${quiet ? ' (--quiet)' : ''}`, () => {
      const plain = report(byFile, { quiet });
      const blocks = byFile.map((f) => Buffer.from(jsonFindingsBlock(f, { quiet }), 'utf8'));
      // Counts as the lint threads send them: the findings themselves stay behind.
      const counts = { errors: 2, warnings: 1, infos: 1 };
      const result: LintResult = { files, findings: [], skippedForReferences: [], toolVersion: '1.0.0', counts };
      const out = jsonReporter(result, { lang: 'zh', color: false, rules: [], quiet, findingPieces: blocks });
      expect(Buffer.concat(out as Uint8Array[]).toString('utf8')).toBe(plain);
      // Mixed: one file's findings still here as objects.
      const mixed = jsonReporter({ ...result, findings: byFile[2] }, { lang: 'zh', color: false, rules: [], quiet, findingPieces: [blocks[0], blocks[1], byFile[2]] });
      expect(Buffer.concat(mixed as Uint8Array[]).toString('utf8')).toBe(plain);
    });
  }

  it('writes an empty findings array when no block holds any', () => {
    const plain = report([[], [], []], {});
    const result: LintResult = { files, findings: [], skippedForReferences: [], toolVersion: '1.0.0', counts: { errors: 0, warnings: 0, infos: 0 } };
    const out = jsonReporter(result, { lang: 'zh', color: false, rules: [], findingPieces: [new Uint8Array(0), [], new Uint8Array(0)] });
    expect(Buffer.concat(out as Uint8Array[]).toString('utf8')).toBe(plain);
    expect(plain).toContain('"findings": []');
  });
});
