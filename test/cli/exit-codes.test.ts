// CONTRACT.md exit status: 0 no error-level finding, 1 at least one (or more warnings than
// --max-warnings), 2 the run itself failed; plus --quiet and --rule id=severity.
import { describe, expect, it } from 'vitest';
import { cli, cliJson, FIXTURES } from './helpers.js';

describe('exit status', () => {
  it('0 for a clean catalog', () => {
    const run = cli([FIXTURES.clean]);
    expect(run.stdout).toContain('未发现问题');
    expect(run.code).toBe(0);
  });

  it('1 for a catalog with an error-level finding', () => {
    expect(cli([FIXTURES.oneError]).code).toBe(1);
  });

  it('0 for warnings only', () => {
    const { code, report } = cliJson([FIXTURES.warningsOnly]);
    expect(report.summary.errors).toBe(0);
    expect(report.summary.warnings).toBeGreaterThan(0);
    expect(code).toBe(0);
  });

  it('2 for an input that cannot be read', () => {
    expect(cli([FIXTURES.missing]).code).toBe(2);
  });

  const badArguments: [string, string[]][] = [
    ['an unknown format', [FIXTURES.clean, '--format', 'yaml']],
    ['an unknown option', [FIXTURES.clean, '--no-such-option']],
    ['no input', []],
    ['a --max-warnings that is no number', [FIXTURES.clean, '--max-warnings', 'many']],
  ];
  it.each(badArguments)('2 for bad arguments (%s), with a message and no stack trace', (_, args) => {
    const run = cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).not.toBe('');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--max-warnings', () => {
  it('fails the run when the warnings exceed N, not when they reach it', () => {
    const warnings = cliJson([FIXTURES.warningsOnly]).report.summary.warnings;
    expect(cli([FIXTURES.warningsOnly, '--max-warnings', String(warnings - 1)]).code).toBe(1);
    expect(cli([FIXTURES.warningsOnly, '--max-warnings', String(warnings)]).code).toBe(0);
    expect(cli([FIXTURES.clean, '--max-warnings', '0']).code).toBe(0);
  });
});

describe('--quiet', () => {
  it('shows errors only, in text and JSON', () => {
    const text = cli([FIXTURES.warningsOnly, '--quiet']);
    expect(text.stdout).not.toMatch(/警告 /);
    expect(text.code).toBe(0);
    const { report } = cliJson([FIXTURES.checkpoint3, '--quiet']);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.severity === 'error')).toBe(true);
  });
});

describe('--rule id=severity', () => {
  // The one error of fixtures/cli/one-error.xlsx is an empty 公开依据.
  const RULE = 'element-empty';
  it('warn: the findings become warnings and the run passes', () => {
    const warn = cliJson([FIXTURES.oneError, '--rule', `${RULE}=warn`]);
    const mine = warn.report.findings.filter((f) => f.ruleId === RULE);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((f) => f.severity === 'warning')).toBe(true);
    expect(warn.code).toBe(0);
  });

  it('info: the findings become infos', () => {
    const info = cliJson([FIXTURES.oneError, '--rule', `${RULE}=info`]);
    expect(info.report.findings.filter((f) => f.ruleId === RULE).map((f) => f.severity)).toEqual(['info']);
  });

  it('off: the rule does not run', () => {
    const off = cliJson([FIXTURES.oneError, '--rule', `${RULE}=off`]);
    expect(off.report.findings.some((f) => f.ruleId === RULE)).toBe(false);
    expect(off.code).toBe(0);
  });

  it('rejects an unknown rule id with exit 2, naming it and the nearest id', () => {
    const run = cli([FIXTURES.clean, '--rule', 'element-emty=off']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('element-emty');
    expect(run.stderr).toContain('element-empty');
    expect(run.stdout).toBe('');
  });

  it.each(['element-empty=fatal', 'element-empty'])('rejects a bad severity (%s) with exit 2, listing the valid ones', (spec) => {
    const run = cli([FIXTURES.clean, '--rule', spec]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/off.*info.*warn.*error/);
  });

  it('says so in English with --lang en', () => {
    expect(cli([FIXTURES.clean, '--rule', 'element-empty=fatal', '--lang', 'en']).stderr).toContain('severity must be off, info, warn or error');
  });
});
