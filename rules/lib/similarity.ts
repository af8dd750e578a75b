// The `similarity` option shared by the rules that match items by name (city catalog,
// baseline): one schema, one default, one way to read it.
import { RENAME_THRESHOLD } from '../../src/coverage/catalog-match.js';
import type { RuleMeta } from '../../src/engine/types.js';

/** The option schema and default, with the rule's own description of what the threshold decides. */
export function similarityOption(description: string): Pick<RuleMeta, 'options' | 'defaultOptions'> {
  return {
    options: {
      type: 'object',
      additionalProperties: false,
      properties: { similarity: { type: 'number', minimum: 0, maximum: 1, description } },
    },
    defaultOptions: { similarity: RENAME_THRESHOLD },
  };
}

export function similarityThreshold(options: Record<string, unknown>): number {
  return Number(options.similarity ?? RENAME_THRESHOLD);
}
