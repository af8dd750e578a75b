#!/usr/bin/env node
// Writes schema/catalog-check.config.schema.json from the rule registry (buildConfigSchema),
// so editors validate rule ids and options. Run after adding or changing a rule:
//   npm run schema
// test/cli/config-schema.test.ts fails while the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { buildConfigSchema } from '../dist/src/config/schema.js';
import { RULES } from '../dist/rules/index.js';

const out = new URL('../schema/catalog-check.config.schema.json', import.meta.url);
writeFileSync(out, JSON.stringify(buildConfigSchema(RULES), null, 2) + '\n');
console.log(`wrote schema/catalog-check.config.schema.json (${RULES.length} rules)`);
