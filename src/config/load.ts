// Finds and validates catalog-check.config.json. Returns every problem at once, each saying
// which key is wrong, why, and what was probably meant.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { lazyRequire } from '../util/lazy.js';
import type { Rule, SeveritySetting } from '../engine/types.js';
import type { ReadLimits } from '../read/types.js';
import { buildConfigSchema } from './schema.js';
import { closest } from '../util/similar.js';

// ajv compiles the schema only when there is a config file to check.
const ajv2020 = lazyRequire<typeof import('ajv/dist/2020.js')>('ajv/dist/2020.js');

export const CONFIG_FILE = 'catalog-check.config.json';

export interface Config {
  lang?: 'zh' | 'en';
  rules?: Record<string, SeveritySetting | [SeveritySetting, Record<string, unknown>?]>;
  references?: { city?: string | string[]; powerList?: string | string[]; serviceList?: string | string[]; subjects?: string; baseline?: string };
  ignore?: string[];
  /** Where --cache keeps its file, relative to the config file (src/run/cache.ts). */
  cacheLocation?: string;
  limits?: Partial<ReadLimits>;
  listColumns?: Record<string, string>;
  listDomains?: Record<string, string | string[]>;
}

export interface LoadedConfig {
  config: Config;
  /** The file it came from, or null for defaults. */
  path: string | null;
}

export type ConfigResult = { ok: true; value: LoadedConfig } | { ok: false; path: string; errors: string[] };

export function findConfig(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function loadConfig(rules: readonly Rule[], explicitPath?: string, cwd = process.cwd()): ConfigResult {
  const path = explicitPath ? resolve(cwd, explicitPath) : findConfig(cwd);
  if (!path) return { ok: true, value: { config: {}, path: null } };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, path, errors: [`cannot read ${path}`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, path, errors: [`not valid JSON: ${(err as Error).message}`] };
  }
  const errors = validateConfig(data, rules);
  return errors.length ? { ok: false, path, errors } : { ok: true, value: { config: data as Config, path } };
}

export function validateConfig(data: unknown, rules: readonly Rule[]): string[] {
  // verbose: errors carry parentSchema, which the "did you mean" suggestions read.
  const ajv = new (ajv2020().Ajv2020)({ allErrors: true, strict: false, verbose: true });
  const validate = ajv.compile(buildConfigSchema(rules));
  if (validate(data)) return [];
  const ruleIds = rules.map((r) => r.meta.id);
  return (validate.errors ?? []).map((e) => {
    const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
    if (e.keyword === 'additionalProperties') {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const known = where === 'rules' ? ruleIds : Object.keys(((e.parentSchema as { properties?: object })?.properties) ?? {});
      const guess = closest(key, known);
      return `${where === '(top level)' ? '' : where + '.'}${key}: unknown key${guess ? `; did you mean "${guess}"?` : ''}`;
    }
    if (e.keyword === 'enum') return `${where}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    return `${where}: ${e.message}`;
  }).filter((msg, i, all) => all.indexOf(msg) === i);
}
