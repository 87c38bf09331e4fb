/** Builds a message lookup `t()` over some area catalogues, merged on first use so that unused catalogues can be left out of a bundle. */

import type { Language, MessageCatalogue } from './catalogue-types';
import { fillPlurals } from './plural';

/** A message lookup: the key's message in the locale's language, `{name}` placeholders filled. */
export type Translate = (locale: string, key: string, params?: Record<string, string | number>) => string;

/** A message lookup plus a test for whether a key exists. */
export interface Translator {
  t: Translate;
  has(key: string): boolean;
}

/**
 * The language a spreadsheet locale asks for: `'pl'` for `pl`, `pl_PL`, `pl-PL`; `'en'` otherwise.
 * @param locale A Sheets locale such as `en_US` or `pl_PL` (or a BCP 47 tag).
 */
export function languageOf(locale: string | null | undefined): Language {
  return /^pl(?:[_-]|$)/i.test(String(locale ?? '').trim()) ? 'pl' : 'en';
}

/**
 * Fills `{name}` placeholders from `params`, and `{name|one|other}` plural forms (see plural.ts);
 * unknown placeholders are left as written.
 * @param template The message.
 * @param params The values.
 */
export function fillTemplate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return fillPlurals(template, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/**
 * A translator over `catalogues` (later ones win on a shared key). Nothing is merged until the first lookup,
 * so a translator nobody calls costs a bundle nothing (call it with a `/* @__PURE__ *\/` annotation).
 * Falls back to English when the language lacks the key, and to the key itself when no catalogue has it.
 * @param catalogues The area catalogues.
 */
export function createTranslator(catalogues: readonly MessageCatalogue[]): Translator {
  let merged: Record<Language, Record<string, string>> | undefined;
  const messages = () => {
    if (!merged) {
      merged = { en: {}, pl: {} };
      for (const catalogue of catalogues) {
        Object.assign(merged.en, catalogue.en);
        Object.assign(merged.pl, catalogue.pl);
      }
    }
    return merged;
  };
  return {
    t: (locale, key, params) => {
      const all = messages();
      return fillTemplate(all[languageOf(locale)][key] ?? all.en[key] ?? key, params);
    },
    has: (key) => Object.prototype.hasOwnProperty.call(messages().en, key),
  };
}
