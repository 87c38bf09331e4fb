/** The menu's captions: the catalogue's words in the locale's language, or the English caption where they cannot be had. */

import { t } from './index';

/** A caption for a menu item: its catalogue key and the English caption to fall back to. */
export type MenuCaption = (key: string, english: string) => string;

/** English captions, read from nothing (AuthMode.NONE, or no readable document). */
export const englishCaptions: MenuCaption = (_key, english) => english;

/**
 * Captions in `locale`'s language: English locales use the English captions as written; another
 * language takes each from the catalogue, falling back to English for a key it cannot give.
 * @param locale A Sheets locale such as `pl_PL`.
 */
export function captionsIn(locale: string): MenuCaption {
  if (/^en/i.test(locale)) return englishCaptions;
  return (key, english) => {
    try {
      return t(locale, key);
    } catch {
      return english;
    }
  };
}
