// The explicit rule registry. A rule exists when it is listed here, has rules/<id>.md and
// rules/<id>.test.ts; test/rules/registry.test.ts fails otherwise.
import type { Rule } from '../src/engine/types.js';
import { elementColumnMissing } from './element-column-missing.js';
import { elementEmpty } from './element-empty.js';
import { audienceUnmarked } from './audience-unmarked.js';
import { modeUnmarked } from './mode-unmarked.js';
import { channelNoneChosen } from './channel-none-chosen.js';
import { timeLimitVague } from './time-limit-vague.js';
import { basisNoDocument } from './basis-no-document.js';

export const RULES: readonly Rule[] = [
  // checkpoint 3: element completeness
  elementColumnMissing,
  elementEmpty,
  audienceUnmarked,
  modeUnmarked,
  channelNoneChosen,
  timeLimitVague,
  basisNoDocument,
];
