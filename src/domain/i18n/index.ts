/** The message catalogue: every string a person reads, in English and Polish, composed from per-area catalogue files. */

import type { Language, MessageCatalogue } from './catalogue-types';
import { EXPORT_MESSAGES } from './export-messages';
import { FORM_MESSAGES } from './form-messages';
import { PLANNING_MESSAGES } from '../planning/planning-messages';
import { REVIEW_MESSAGES } from './review-messages';
import { SERVER_MESSAGES } from './server-messages';

export type { Language, MessageCatalogue } from './catalogue-types';

/** Every area's catalogue. To add an area, import its catalogue and add it here (one line). */
const CATALOGUES: MessageCatalogue[] = [FORM_MESSAGES, SERVER_MESSAGES, EXPORT_MESSAGES, REVIEW_MESSAGES, PLANNING_MESSAGES];

const MESSAGES: Record<Language, Record<string, string>> = { en: {}, pl: {} };
for (const catalogue of CATALOGUES) {
  Object.assign(MESSAGES.en, catalogue.en);
  Object.assign(MESSAGES.pl, catalogue.pl);
}

/**
 * The language a spreadsheet locale asks for: `'pl'` for `pl`, `pl_PL`, `pl-PL`; `'en'` otherwise.
 * @param locale A Sheets locale such as `en_US` or `pl_PL` (or a BCP 47 tag).
 */
export function languageOf(locale: string | null | undefined): Language {
  return /^pl(?:[_-]|$)/i.test(String(locale ?? '').trim()) ? 'pl' : 'en';
}

/**
 * A message in the locale's language with `{name}` placeholders filled from `params`. Falls back to
 * English when the language lacks the key, and to the key itself when no catalogue has it.
 * @param locale A Sheets locale such as `en_US` or `pl_PL`.
 * @param key The message key, e.g. `form.save`.
 * @param params Values for `{name}` placeholders; unknown placeholders are left as written.
 */
export function t(locale: string, key: string, params?: Record<string, string | number>): string {
  const template = MESSAGES[languageOf(locale)][key] ?? MESSAGES.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/**
 * Whether the catalogue holds a key (in English, which holds every key).
 * @param key The message key.
 */
export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(MESSAGES.en, key);
}
