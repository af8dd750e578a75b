// The explicit rule registry. A rule exists when it is listed here, has rules/<id>.md and
// rules/<id>.test.ts; test/rules/registry.test.ts fails otherwise.
import type { Rule } from '../src/engine/types.js';
import { elementColumnMissing } from './element-column-missing.js';
import { elementEmpty } from './element-empty.js';

export const RULES: readonly Rule[] = [elementColumnMissing, elementEmpty];
