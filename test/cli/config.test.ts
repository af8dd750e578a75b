// catalog-check.config.json: found from the working directory upward or given with --config,
// validated against the generated schema; every problem names the key and what was meant.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliJson, FIXTURES, ROOT, tempDir } from './helpers.js';

function project(config: unknown): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'catalog-check.config.json'), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  return dir;
}

const ONE_ERROR = resolve(ROOT, FIXTURES.oneError);

describe('config file', () => {
  it('is found upward from the working directory', () => {
    const dir = project({ rules: { 'element-empty': 'off' } });
    const deep = join(dir, 'a', 'b');
    mkdirSync(deep, { recursive: true });
    expect(cli([ONE_ERROR], { cwd: deep }).code).toBe(0);
    expect(cli([ONE_ERROR], { cwd: ROOT }).code).toBe(1);
  });

  it('sets the language', () => {
    const dir = project({ lang: 'en' });
    const run = cli([ONE_ERROR], { cwd: dir });
    expect(run.stdout).toContain('error');
    expect(run.stdout).not.toContain('错误');
  });

  it('an unknown top-level key: exit 2, the key named and the near one suggested', () => {
    const dir = project({ rulez: {} });
    const run = cli([ONE_ERROR, '--config', join(dir, 'catalog-check.config.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('rulez');
    expect(run.stderr).toContain('did you mean "rules"');
    expect(run.stdout).toBe('');
  });

  it('an unknown rule id: the rule id named and the near one suggested', () => {
    const dir = project({ rules: { 'element-emty': 'off' } });
    const run = cli([ONE_ERROR], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('rules.element-emty');
    expect(run.stderr).toContain('did you mean "element-empty"');
  });

  it('a bad severity and every other problem are reported at once', () => {
    const dir = project({ lang: 'fr', rules: { 'element-empty': 'fatal' } });
    const run = cli([ONE_ERROR], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('lang');
    expect(run.stderr).toContain('element-empty');
  });

  it('invalid JSON and a missing --config file are failed runs', () => {
    const dir = project('{ "rules": ');
    const bad = cli([ONE_ERROR], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('JSON');
    const missing = cli([ONE_ERROR, '--config', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
  });

  it('--rule on the command line wins over the config file', () => {
    const dir = project({ rules: { 'element-empty': 'off' } });
    const { report } = cliJson([ONE_ERROR, '--rule', 'element-empty=warn'], { cwd: dir });
    expect(report.findings.some((f) => f.ruleId === 'element-empty' && f.severity === 'warning')).toBe(true);
  });
});
