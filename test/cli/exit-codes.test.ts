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

  it('2 for bad arguments, with a message and no stack trace', () => {
    for (const args of [[FIXTURES.clean, '--format', 'yaml'], [FIXTURES.clean, '--no-such-option'], [], [FIXTURES.clean, '--max-warnings', 'many']]) {
      const run = cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.trim(), args.join(' ')).not.toBe('');
      expect(run.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
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
  it('changes the severity of a rule, or turns it off', () => {
    const base = cliJson([FIXTURES.oneError]);
    const ruleId = base.report.findings.find((f) => f.severity === 'error')!.ruleId;
    const warn = cliJson([FIXTURES.oneError, '--rule', `${ruleId}=warn`]);
    expect(warn.report.findings.filter((f) => f.ruleId === ruleId).every((f) => f.severity === 'warning')).toBe(true);
    expect(warn.code).toBe(0);
    const info = cliJson([FIXTURES.oneError, '--rule', `${ruleId}=info`]);
    expect(info.report.findings.filter((f) => f.ruleId === ruleId).every((f) => f.severity === 'info')).toBe(true);
    const off = cliJson([FIXTURES.oneError, '--rule', `${ruleId}=off`]);
    expect(off.report.findings.some((f) => f.ruleId === ruleId)).toBe(false);
    expect(off.code).toBe(0);
    expect(cli([FIXTURES.clean, '--rule', `${ruleId}=error`]).code).toBe(0);
  });

  it('rejects an unknown rule id with exit 2, naming it and the nearest id', () => {
    const run = cli([FIXTURES.clean, '--rule', 'element-emty=off']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('element-emty');
    expect(run.stderr).toContain('element-empty');
    expect(run.stdout).toBe('');
  });

  it('rejects a bad severity with exit 2, listing the valid ones', () => {
    for (const spec of ['element-empty=fatal', 'element-empty']) {
      const run = cli([FIXTURES.clean, '--rule', spec]);
      expect(run.code, spec).toBe(2);
      expect(run.stderr, spec).toMatch(/off.*info.*warn.*error/);
    }
    const en = cli([FIXTURES.clean, '--rule', 'element-empty=fatal', '--lang', 'en']);
    expect(en.stderr).toContain('severity must be off, info, warn or error');
  });
});
