// An internal failure reaches a user as one line that says to run with --debug; --debug
// prints the stack trace for the bug report. Checked for every command and for a failure deep
// in reading (in this thread and in a worker thread). The failure is injected with the test
// hook CATALOG_CHECK_TEST_FAULT (src/read/index.ts injectFault): at "command", before any
// command's action runs; at "read", inside readWorkbook.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STACK, runMeasured } from './run.js';

const out = mkdtempSync(join(tmpdir(), 'cc-debug-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const COMMANDS: Record<string, string[]> = {
  lint: ['fixtures/cli/one-error.xlsx'],
  'lint (explicit)': ['lint', 'fixtures/cli/one-error.xlsx', '--format', 'json'],
  dump: ['dump', 'fixtures/cli/one-error.xlsx'],
  diff: ['diff', 'fixtures/diff/base.xlsx', 'fixtures/diff/edited.xlsx'],
  rules: ['rules'],
  init: ['init', '--domain', '救灾', '-o', join(out, 'init.xlsx')],
  merge: ['merge', join(out, 'none.json')],
};
const READING: Record<string, string[]> = {
  lint: ['fixtures/cli/one-error.xlsx', 'fixtures/cli/warnings-only.xlsx'],
  'lint in worker threads': ['fixtures/cli/one-error.xlsx', 'fixtures/cli/warnings-only.xlsx', '--jobs', '2'],
  dump: ['dump', 'fixtures/cli/one-error.xlsx'],
  diff: ['diff', 'fixtures/diff/base.xlsx', 'fixtures/diff/edited.xlsx'],
};

function expectOneLine(args: string[], site: string) {
  const run = runMeasured(args, { env: { CATALOG_CHECK_TEST_FAULT: site } });
  expect(run.code).toBe(2);
  expect(run.stderr).not.toMatch(STACK);
  expect(run.stderr.trim().split('\n')).toEqual([
    `catalog-check: 内部错误 / internal error: injected fault at ${site}（加 --debug 查看详情 / run with --debug for details）`,
  ]);
}

function expectStack(args: string[], site: string) {
  const run = runMeasured([...args, '--debug'], { env: { CATALOG_CHECK_TEST_FAULT: site } });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(`TypeError: injected fault at ${site}`);
  expect(run.stderr).toMatch(STACK);
}

describe('--debug', () => {
  for (const [name, args] of Object.entries(COMMANDS)) {
    it(`${name}: one line without --debug, the stack with it`, () => {
      expectOneLine(args, 'command');
      expectStack(args, 'command');
    });
  }
  for (const [name, args] of Object.entries(READING)) {
    it(`a failure while reading, ${name}: one line without --debug, the stack with it`, () => {
      expectOneLine(args, 'read');
      expectStack(args, 'read');
    });
  }
});
