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
import { cityItemMissing } from './city-item-missing.js';
import { cityItemRenamed } from './city-item-renamed.js';
import { cityTownshipLevel } from './city-township-level.js';
import { cityFewerItems } from './city-fewer-items.js';
import { baselineItemRemoved } from './baseline-item-removed.js';
import { listItemUncovered } from './list-item-uncovered.js';
import { subjectNotInList } from './subject-not-in-list.js';
import { formulaError } from './formula-error.js';
import { subjectPlaceholder } from './subject-placeholder.js';
import { subjectNotDistrict } from './subject-not-district.js';
import { subjectLevelMismatch } from './subject-level-mismatch.js';
import { domainMixed } from './domain-mixed.js';
import { itemDuplicate } from './item-duplicate.js';
import { domainUnknown } from './domain-unknown.js';
import { domainTax } from './domain-tax.js';
import { privacyPersonalData } from './privacy-personal-data.js';
import { hiddenContent } from './hidden-content.js';

export const RULES: readonly Rule[] = [
  // checkpoint 1: city catalog coverage (and the previous version: 只增不减)
  cityItemMissing,
  cityItemRenamed,
  cityTownshipLevel,
  cityFewerItems,
  baselineItemRemoved,
  // checkpoint 2: power and service list coverage
  listItemUncovered,
  // checkpoint 4: publishing subject, against the subjects file
  subjectNotInList,
  // checkpoint 4: publishing subject, from the names themselves
  subjectPlaceholder,
  subjectNotDistrict,
  subjectLevelMismatch,
  // checkpoint 3: element completeness
  elementColumnMissing,
  elementEmpty,
  audienceUnmarked,
  modeUnmarked,
  channelNoneChosen,
  timeLimitVague,
  basisNoDocument,
  // outside the four checkpoints: what the file itself shows
  formulaError,
  hiddenContent,
  privacyPersonalData,
  // outside the four checkpoints: the table as a whole
  domainMixed,
  itemDuplicate,
  domainUnknown,
  domainTax,
];
