/** The message catalogue: every string a person reads, in English and Polish, composed from per-area catalogue files. */

import { loadCatalogues } from './catalogue-source';
import { createTranslator, type Translator } from './translator';

export type { Language, MessageCatalogue } from './catalogue-types';
export { languageOf } from './translator';

let translator: Translator | undefined;

/** The translator over every catalogue, loaded on the first message asked for. */
function all(): Translator {
  return (translator ??= createTranslator(loadCatalogues()));
}

/**
 * A message in the locale's language with `{name}` placeholders filled from `params`. Falls back to
 * English when the language lacks the key, and to the key itself when no catalogue has it.
 * @param locale A Sheets locale such as `en_US` or `pl_PL`.
 * @param key The message key, e.g. `form.save`.
 * @param params Values for `{name}` placeholders; unknown placeholders are left as written.
 */
export function t(locale: string, key: string, params?: Record<string, string | number>): string {
  return all().t(locale, key, params);
}

/**
 * Whether the catalogue holds a key (in English, which holds every key).
 * @param key The message key.
 */
export function hasMessage(key: string): boolean {
  return all().has(key);
}
