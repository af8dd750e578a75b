// `catalog-check rules`: every registered rule, as a table or as JSON.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { cli } from './helpers.js';

describe('catalog-check rules', () => {
  it('lists every rule with its checkpoint, default severity and description (Chinese by default)', () => {
    const run = cli(['rules']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('规则');
    for (const rule of RULES) {
      expect(run.stdout, rule.meta.id).toContain(rule.meta.id);
      expect(run.stdout.replace(/[\s│]/g, ''), rule.meta.id).toContain(rule.meta.description.zh.replace(/\s/g, '').slice(0, 8));
    }
  });

  it('in English with --lang en', () => {
    const run = cli(['rules', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('description');
  });

  it('as JSON with --format json', () => {
    const run = cli(['rules', '--format', 'json']);
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as { id: string; checkpoint: number | null; severity: string; description: { zh: string; en: string } }[];
    expect(listed.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    for (const r of listed) {
      expect(['error', 'warning', 'info']).toContain(r.severity);
      expect([1, 2, 3, 4, null]).toContain(r.checkpoint);
      expect(r.description.zh.length).toBeGreaterThan(0);
      expect(r.description.en.length).toBeGreaterThan(0);
    }
  });
});
