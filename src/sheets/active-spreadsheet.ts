/** The active spreadsheet and the facts every command needs from it: time zone, locale, clock, user. */

import { localeWithLanguage } from '../domain/i18n/language-locale';
import { chosenLanguage } from '../services/language-setting';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The spreadsheet a command works on, with its zone and locale read once. */
export interface Workbook {
  spreadsheet: Spreadsheet;
  timeZone: string;
  locale: string;
}

/**
 * Opens the active spreadsheet and reads its time zone and locale; the locale speaks the language chosen
 * in Content Calendar › Language, if any (messages, pages and menu follow it).
 */
export function activeWorkbook(): Workbook {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return {
    spreadsheet,
    timeZone: spreadsheet.getSpreadsheetTimeZone() || Session.getScriptTimeZone(),
    locale: localeOf(spreadsheet),
  };
}

/**
 * The active spreadsheet's locale in the chosen language, without reading its time zone (the menu
 * needs only this). Throws where the document or the document properties cannot be read.
 */
export function activeLocale(): string {
  return localeOf(SpreadsheetApp.getActiveSpreadsheet());
}

/** The spreadsheet's locale, speaking the language chosen in Content Calendar › Language, if any. */
function localeOf(spreadsheet: Spreadsheet): string {
  return localeWithLanguage(spreadsheet.getSpreadsheetLocale() || 'en_US', chosenLanguage());
}

/**
 * The email of the person running the code, or '' where Apps Script does not reveal it (simple
 * triggers for users outside the owner's domain, consumer accounts).
 */
export function currentUserEmail(event?: { user?: GoogleAppsScript.Base.User }): string {
  try {
    const fromEvent = event?.user?.getEmail?.();
    if (fromEvent) return fromEvent;
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/** "2026-11-26 14:05 alice@example.com": who changed a row and when, in the spreadsheet's zone. */
export function auditStamp(now: Date, timeZone: string, user: string): string {
  const when = Utilities.formatDate(now, timeZone, 'yyyy-MM-dd HH:mm');
  return user ? `${when} ${user}` : when;
}
