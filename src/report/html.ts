// --format html: the self-contained page for office staff. The page needs the catalogs
// themselves; the lint command reads them again and passes them in the context (a reporter
// never reads files).
import type { Reporter } from './types.js';
import { renderHtml } from '../html/render.js';

export const htmlReporter: Reporter = (result, context) =>
  renderHtml(result, { lang: context.lang, quiet: context.quiet, sources: context.sources });
