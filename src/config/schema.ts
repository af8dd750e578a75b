// The config JSON Schema is generated from the rule registry, so editors validate rule ids
// and options for free. `npm run build` writes it to schema/catalog-check.config.schema.json.
import type { Rule } from '../engine/types.js';

const SEVERITY = { enum: ['off', 'info', 'warn', 'error'] };

export function buildConfigSchema(rules: readonly Rule[]): Record<string, unknown> {
  const ruleProps: Record<string, unknown> = {};
  for (const rule of rules) {
    ruleProps[rule.meta.id] = {
      description: rule.meta.description.zh,
      anyOf: [
        SEVERITY,
        {
          type: 'array',
          prefixItems: [SEVERITY, rule.meta.options ?? { type: 'object' }],
          minItems: 1,
          maxItems: 2,
          items: false,
        },
      ],
    };
  }
  const fileList = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://catalog-check.invalid/schema/catalog-check.config.schema.json',
    title: 'catalog-check configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      lang: { enum: ['zh', 'en'] },
      rules: { type: 'object', additionalProperties: false, properties: ruleProps },
      references: {
        type: 'object',
        additionalProperties: false,
        description: 'Reference data, as if given with --city, --power-list, --service-list, --subjects, --baseline. Paths are relative to the config file.',
        properties: { city: fileList, powerList: fileList, serviceList: fileList, subjects: { type: 'string' }, baseline: { type: 'string' } },
      },
      ignore: { type: 'array', items: { type: 'string' }, description: 'Glob patterns of inputs to skip.' },
      cacheLocation: { type: 'string', description: 'Where --cache keeps its file (a file, or a folder ending in /), relative to the config file. Default: .catalog-check-cache in the working directory.' },
      limits: {
        type: 'object',
        additionalProperties: false,
        description: 'Bounds on what one input may cost to read; see README "Limits and bad input".',
        properties: {
          maxFileBytes: { type: 'integer', minimum: 1, description: 'Largest input file, in bytes (default 100 MiB).' },
          maxPartBytes: { type: 'integer', minimum: 1, description: 'Largest uncompressed part of an xlsx (one sheet, the shared strings), in bytes (default 256 MiB).' },
          maxTotalBytes: { type: 'integer', minimum: 1, description: 'Largest uncompressed total of the parts read from one xlsx, in bytes (default 512 MiB).' },
          maxCells: { type: 'integer', minimum: 1, description: 'Most non-empty cells in one workbook, merged cells counted (default 5,000,000).' },
          maxCellChars: { type: 'integer', minimum: 1, description: 'Longest text of one cell, in characters (default 32,767, as Excel).' },
          maxRows: { type: 'integer', minimum: 1, description: 'Rows a sheet may reach (default 1,048,576, as Excel).' },
          maxColumns: { type: 'integer', minimum: 1, description: 'Columns a sheet may reach (default 16,384, as Excel).' },
        },
      },
      listColumns: {
        type: 'object',
        description: 'Column mapping for power/service lists whose headers are unusual: element → header text.',
        additionalProperties: false,
        properties: {
          name: { type: 'string' }, detail: { type: 'string' }, type: { type: 'string' }, department: { type: 'string' },
          tiers: { type: 'string' }, basis: { type: 'string' }, domain: { type: 'string' },
        },
      },
      listDomains: {
        type: 'object',
        description: 'Power/service list files that belong to one domain: domain → file paths.',
        additionalProperties: fileList,
      },
    },
  };
}
