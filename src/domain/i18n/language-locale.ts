/** The locale the add-on speaks in: the spreadsheet's, with its language replaced by the one chosen in Content Calendar › Language. */

import { languageOf } from './translator';
import type { Language } from './catalogue-types';

/** The languages a person can choose. */
export const LANGUAGES: readonly Language[] = ['en', 'pl'];

/**
 * `locale` speaking `language`: unchanged when nothing was chosen or it already speaks it; otherwise the
 * language part is replaced and the region kept (`pl_PL` + English → `en_PL`, so dates stay day-first).
 */
export function localeWithLanguage(locale: string, language: Language | ''): string {
  if (!language || languageOf(locale) === language) return locale;
  const region = /[_-]([A-Za-z]{2})/.exec(locale)?.[1]?.toUpperCase() ?? (language === 'pl' ? 'PL' : 'US');
  return `${language}_${region}`;
}
