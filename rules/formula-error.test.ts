import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('reports the same cell on every sheet that has an error there', () => {
    // Sheets 民政 and 人社 hold the same four errors at the same addresses.
    const findings = runRule(formulaError, fixture('two-sheets.xlsx'));
    expect(findings.map((f) => f.address)).toEqual(['民政!D3', '民政!C4', '民政!F5', '民政!E6', '人社!D3', '人社!C4', '人社!F5', '人社!E6']);
  });

  it('takes only error values for errors, not text that happens to name an object property', () => {
    const dir = mkdtempSync(join(tmpdir(), 'formula-error-'));
    try {
      const csv = join(dir, 'catalog.csv');
      const header = '序号,公开事项名称,公开内容,公开依据,公开时限,公开主体';
      writeFileSync(csv, `${header}\n1,事项一,constructor,#REF!,toString,区民政局\n2,事项二,Err:502,__proto__,#N/A,区民政局\n`);
      const findings = runRule(formulaError, csv);
      expect(findings.map((f) => f.message.match(/“(.*?)”/)?.[1])).toEqual(['#REF!', 'Err:502', '#N/A']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
