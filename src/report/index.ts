import type { Reporter } from './types.js';
import { jsonReporter } from './json.js';
import { textReporter } from './text.js';
import { htmlReporter } from './html.js';
import { sarifReporter } from './sarif.js';

export const REPORTERS: Record<string, Reporter> = {
  text: textReporter,
  json: jsonReporter,
  html: htmlReporter,
  sarif: sarifReporter,
};
