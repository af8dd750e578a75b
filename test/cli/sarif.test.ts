// The SARIF report validated by Microsoft's SARIF validator (@microsoft/sarif-multitool,
// a native binary shipped in the npm package), GitHub ingestion rules included, on real CLI
// output over Chinese file names, table-level findings and an unreadable input.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { sarifReporter, artifactLocationFor } from '../../src/report/sarif.js';
import { cli, cliJson, FIXTURES, tempDir, type CliRun, type JsonReport } from './helpers.js';

const require = createRequire(import.meta.url);
/** The platform binary; called directly, because the package's bin.js goes through a shell and splits on ";". */
const VALIDATOR: string = require('@microsoft/sarif-multitool');

interface ValidationResult { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] }; locations?: unknown[] }

/** Runs `Sarif.Multitool validate --rule-kind "Sarif;Ghas" --level "Error;Warning;Note"` and returns its results. */
function validateSarif(file: string): ValidationResult[] {
  const out = join(tempDir('sarif-validate-'), 'validation.sarif');
  execFileSync(VALIDATOR, ['validate', '--rule-kind', 'Sarif;Ghas', '--level', 'Error;Warning;Note', '--log', 'ForceOverwrite', '--output', out, file], { stdio: 'pipe' });
  const log = JSON.parse(readFileSync(out, 'utf8').replace(/^\uFEFF/, ''));
  return log.runs[0].results ?? [];
}

const describeResult = (r: ValidationResult) => `${r.ruleId} ${r.level}: ${r.message.text ?? [r.message.id, ...(r.message.arguments ?? [])].join(' | ')}`;

describe('SARIF report', () => {
  const inputs = [FIXTURES.checkpoint3, FIXTURES.checkpoint4, FIXTURES.clean, 'fixtures/cli', FIXTURES.missing];
  const file = join(tempDir(), 'catalog-check.sarif');
  let run: CliRun;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let log: any, sarifRun: any;
  let json: JsonReport;
  beforeAll(() => {
    run = cli([...inputs, '--format', 'sarif', '-o', file]);
    log = JSON.parse(readFileSync(file, 'utf8'));
    sarifRun = log.runs[0];
    json = cliJson(inputs).report;
  });

  it('passes the SARIF validator with no error and no warning, GitHub rules included', () => {
    expect(run.code).toBe(2); // the unreadable input
    const problems = validateSarif(file).filter((r) => r.level === 'error' || r.level === 'warning' || r.level === undefined);
    expect(problems.map(describeResult)).toEqual([]);
  });

  it('lists every rule, with descriptions, help and a docs link', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const { driver } = sarifRun.tool;
    expect(driver).toMatchObject({ name: 'catalog-check', version: json.tool.version, semanticVersion: json.tool.version });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    for (const r of driver.rules) {
      expect(r.shortDescription.text.length).toBeGreaterThan(0);
      expect(r.fullDescription.text.length).toBeGreaterThan(0);
      expect(r.help.text.length).toBeGreaterThan(0);
      expect(r.help.markdown).toContain(r.helpUri);
      expect(r.helpUri).toMatch(new RegExp(`^https://.+/rules/${r.id}\\.md$`));
      expect(['error', 'warning', 'note']).toContain(r.defaultConfiguration.level);
      expect(r.properties.tags).toContain('catalog-check');
    }
  });

  it('has one result per finding, at the row, with the cell as a logical location', () => {
    const findings = json.findings.filter((f) => f.ruleId !== 'internal-error');
    expect(sarifRun.results).toHaveLength(findings.length);
    findings.forEach((f, i) => {
      const r = sarifRun.results[i];
      expect(r.ruleId).toBe(f.ruleId);
      expect(sarifRun.tool.driver.rules[r.ruleIndex].id).toBe(f.ruleId);
      expect(r.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[f.severity]);
      expect(r.message.text).toContain(f.message);
      if (f.hint) expect(r.message.text).toContain(f.hint);
      const loc = r.locations[0];
      expect(loc.physicalLocation.artifactLocation).toMatchObject({ ...artifactLocationFor(f.file) });
      expect(decodeURIComponent(loc.physicalLocation.artifactLocation.uri)).toBe(f.file);
      expect(loc.physicalLocation.region.startLine).toBe(f.row ?? 1);
      if (f.row !== null && f.column) expect(loc.logicalLocations[0].fullyQualifiedName).toBe(`${f.sheet}!${f.column}${f.row}`);
      expect(Object.keys(r.partialFingerprints)).toEqual(['catalogCheck/v1']);
    });
    const prints = sarifRun.results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['catalogCheck/v1']);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('percent-encodes Chinese file names in relative URIs under %SRCROOT%', () => {
    const uris = sarifRun.artifacts.map((a: { location: { uri: string } }) => a.location.uri);
    expect(uris.some((u: string) => u.includes('%E6%B8%9D%E5%8C%97'))).toBe(true); // 渝北
    for (const a of sarifRun.artifacts) {
      expect(a.location.uri).toMatch(/^[\x21-\x7e]+$/);
      expect(a.location.uriBaseId).toBe('%SRCROOT%');
    }
    expect(sarifRun.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
  });

  it('reports the unreadable input as a failed execution, not as a result', () => {
    const invocation = sarifRun.invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    const notes = invocation.toolExecutionNotifications.filter((n: { level: string }) => n.level === 'error');
    expect(notes).toHaveLength(1);
    expect(notes[0].message.text).toContain(FIXTURES.missing);
    expect(decodeURIComponent(notes[0].locations[0].physicalLocation.artifactLocation.uri)).toBe(FIXTURES.missing);
  });

  it('turns a crashed rule into a tool notification, and that still validates', () => {
    const text = sarifReporter({
      files: [{ path: 'catalogs/户籍 管理.xlsx', sheets: [{ name: 'Sheet1', domain: '户籍管理', items: 3 }], error: null, notes: [] }],
      findings: [{ ruleId: 'internal-error', checkpoint: null, severity: 'error', message: '规则 x 运行出错：boom', hint: '', file: 'catalogs/户籍 管理.xlsx', sheet: null, row: null, column: null, element: null, item: null, address: null }],
      skippedForReferences: [{ ruleId: RULES[0].meta.id, requires: ['city'] }],
      toolVersion: '1.2.3',
    }, { lang: 'zh', color: false, rules: RULES.map((r) => r.meta) });
    const doc = JSON.parse(text);
    expect(doc.runs[0].results).toEqual([]);
    expect(doc.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(doc.runs[0].invocations[0].toolConfigurationNotifications[0].associatedRule.id).toBe(RULES[0].meta.id);
    const file = join(tempDir(), 'crash.sarif');
    writeFileSync(file, text);
    expect(validateSarif(file).filter((r) => r.level !== 'note').map(describeResult)).toEqual([]);
  });
});

describe('artifactLocationFor', () => {
  it('keeps relative paths relative and encodes each segment', () => {
    expect(artifactLocationFor('catalogs/户籍 管理#1.xlsx')).toEqual({ uri: 'catalogs/%E6%88%B7%E7%B1%8D%20%E7%AE%A1%E7%90%86%231.xlsx', uriBaseId: '%SRCROOT%' });
    expect(artifactLocationFor('./a/../b.csv')).toEqual({ uri: 'a/../b.csv', uriBaseId: '%SRCROOT%' });
    expect(artifactLocationFor('../x.xlsx')).toEqual({ uri: '../x.xlsx', uriBaseId: '%SRCROOT%' });
  });

  it('turns absolute paths into file: URIs', () => {
    expect(artifactLocationFor('/srv/目录.xlsx')).toEqual({ uri: 'file:///srv/%E7%9B%AE%E5%BD%95.xlsx' });
    expect(artifactLocationFor('C:\\目录\\a.xlsx')).toEqual({ uri: 'file:///C:/%E7%9B%AE%E5%BD%95/a.xlsx' });
  });
});
