// schema/catalog-check.config.schema.json ships in the package and must be what
// buildConfigSchema(RULES) makes: adding or changing a rule without `npm run schema` fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConfigSchema } from '../../src/config/schema.js';
import { RULES } from '../../rules/index.js';
import { ROOT } from './helpers.js';

describe('config schema file', () => {
  it('equals the schema generated from the rule registry (run `npm run schema` to update)', () => {
    const committed = readFileSync(join(ROOT, 'schema/catalog-check.config.schema.json'), 'utf8');
    expect(committed, 'schema/catalog-check.config.schema.json is stale: run `npm run schema`').toBe(JSON.stringify(buildConfigSchema(RULES), null, 2) + '\n');
  });

  it('names every rule', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema/catalog-check.config.schema.json'), 'utf8'));
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });
});
