/**
 * The language a person chose for this spreadsheet (Content Calendar › Language), kept in the document's
 * properties so every editor sees the same menu, pages and messages. Not a secret: the document store.
 * PropertiesService.getDocumentProperties: https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
 */

import type { Language } from '../domain/i18n/catalogue-types';

const LANGUAGE_KEY = 'content-calendar.language';

/** The chosen language, or '' when none was chosen (the spreadsheet's locale decides) or the store cannot be read. */
export function chosenLanguage(): Language | '' {
  try {
    const value = PropertiesService.getDocumentProperties().getProperty(LANGUAGE_KEY);
    return value === 'en' || value === 'pl' ? value : '';
  } catch {
    return '';
  }
}

/** Remembers the language for this spreadsheet. */
export function chooseLanguage(language: Language): void {
  PropertiesService.getDocumentProperties().setProperty(LANGUAGE_KEY, language);
}
