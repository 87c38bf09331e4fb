/** The message catalogue: every string a person reads, in English and Polish, composed from per-area catalogue files. */

import type { MessageCatalogue } from './catalogue-types';
import { EXPORT_MESSAGES } from './export-messages';
import { FORM_MESSAGES } from './form-messages';
import { PLANNING_MESSAGES } from '../planning/planning-messages';
import { REVIEW_MESSAGES } from './review-messages';
import { SERVER_MESSAGES } from './server-messages';
import { createTranslator } from './translator';

export type { Language, MessageCatalogue } from './catalogue-types';

/** Every area's catalogue. To add an area, import its catalogue and add it here (one line). */
const CATALOGUES: MessageCatalogue[] = [
  FORM_MESSAGES,
  SERVER_MESSAGES,
  EXPORT_MESSAGES,
  REVIEW_MESSAGES,
  PLANNING_MESSAGES,
];

const ALL = /* @__PURE__ */ createTranslator(CATALOGUES);

export { languageOf } from './translator';

/**
 * A message in the locale's language with `{name}` placeholders filled from `params`. Falls back to
 * English when the language lacks the key, and to the key itself when no catalogue has it.
 * Browser pages that need only form and server messages import t from `./core` instead (smaller bundle).
 * @param locale A Sheets locale such as `en_US` or `pl_PL`.
 * @param key The message key, e.g. `form.save`.
 * @param params Values for `{name}` placeholders; unknown placeholders are left as written.
 */
export function t(locale: string, key: string, params?: Record<string, string | number>): string {
  return ALL.t(locale, key, params);
}

/**
 * Whether the catalogue holds a key (in English, which holds every key).
 * @param key The message key.
 */
export function hasMessage(key: string): boolean {
  return ALL.has(key);
}
