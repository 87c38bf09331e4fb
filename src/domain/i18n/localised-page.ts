/** A built page's words in the person's language: its `{{key}}` placeholders filled from the catalogue, escaped, and its `lang` set. */

import { escapeHtml } from '../html-text';
import { t } from './index';
import { languageOf } from './translator';

/**
 * The page with every `{{key}}` replaced by the catalogue's message in `locale` (HTML-escaped, so a
 * translation never becomes markup) and `<html lang="en">` set to the locale's language.
 * @param page The built page's HTML.
 * @param locale A Sheets locale such as `pl_PL`.
 */
export function localisePage(page: string, locale: string): string {
  const localised = page.replace('<html lang="en">', `<html lang="${languageOf(locale)}">`);
  return localised.replace(/\{\{([\w.]+)\}\}/g, (_, key: string) => escapeHtml(t(locale, key)));
}
