/** Picks the language of check messages from a Sheets locale, without loading the UI message catalogue. */

/** The languages check messages are written in. */
export type Language = 'en' | 'pl';

/**
 * `'pl'` for `pl`, `pl_PL`, `pl-PL`; `'en'` for anything else. The same rule as i18n's languageOf(), kept here so
 * that the checks (bundled into the sidebar too) do not pull in every UI string.
 */
export function messageLanguage(locale: string | null | undefined): Language {
  return /^pl(?:[_-]|$)/i.test(String(locale ?? '').trim()) ? 'pl' : 'en';
}
