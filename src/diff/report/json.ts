// The JSON form of a diff; schema/diff.schema.json describes it and the tests validate real
// output against it. Field names are stable; wording is left to the reader (no messages here).
import type { DiffReporter } from './index.js';

export const jsonDiffReporter: DiffReporter = (diff, { toolVersion }) => {
  const doc = {
    tool: { name: 'catalog-check', version: toolVersion },
    old: diff.old,
    new: diff.new,
    summary: diff.summary,
    tables: diff.tables,
  };
  return JSON.stringify(doc, null, 2) + '\n';
};
