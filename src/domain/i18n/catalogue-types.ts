/** The shape of one area's message catalogue. */

/** The languages the catalogue holds. English is the fallback for every other locale. */
export type Language = 'en' | 'pl';

/** One area's messages by key, per language. English must hold every key; Polish may lack some (English is used). */
export interface MessageCatalogue {
  en: Record<string, string>;
  pl: Record<string, string>;
}
