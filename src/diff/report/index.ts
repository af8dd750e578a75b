// The diff's output formats. A reporter turns a CatalogDiff into a string and never reads a file.
import type { Lang } from '../../i18n/index.js';
import type { CatalogDiff } from '../types.js';
import { textDiffReporter } from './text.js';
import { jsonDiffReporter } from './json.js';
import { markdownDiffReporter } from './markdown.js';
import { htmlDiffReporter } from './html.js';

export interface DiffReportContext {
  lang: Lang;
  color: boolean;
  toolVersion: string;
}

export type DiffReporter = (diff: CatalogDiff, context: DiffReportContext) => string;

export const DIFF_FORMATS = ['text', 'json', 'markdown', 'html'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export const DIFF_REPORTERS: Record<DiffFormat, DiffReporter> = {
  text: textDiffReporter,
  json: jsonDiffReporter,
  markdown: markdownDiffReporter,
  html: htmlDiffReporter,
};
