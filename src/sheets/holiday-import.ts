/** The public holiday import: a country's holidays for the next 12 months from Google Calendar, added to the Events sheet. */

import { t } from '../domain/i18n';
import { holidaysFromCalendarEvents, type HolidayCalendar } from '../domain/planning';
import { readPublicCalendarYear } from '../services/public-holidays';
import type { Workbook } from './active-spreadsheet';
import { appendNewEvents } from './events-sheet';

/** What an import did: holidays added, and those skipped because the Events sheet already lists them. */
export interface HolidayImport {
  added: number;
  skipped: number;
}

/**
 * Adds `calendar`'s holidays from `now` to a year later to the Events sheet, each noted with its
 * country (holidays already listed are skipped; titles are written as text, never formulas). Null
 * when Google has no such calendar. One events.list per 2,500 events, three Spreadsheet calls.
 * @param workbook The active spreadsheet.
 * @param calendar The country's holiday calendar.
 * @param now The import's moment (the first day read).
 */
export function importPublicHolidays(workbook: Workbook, calendar: HolidayCalendar, now: Date): HolidayImport | null {
  const items = readPublicCalendarYear(calendar.calendarId, now);
  if (!items) return null;
  const note = t(workbook.locale, 'planning.holidays.note', { country: calendar.name });
  const holidays = holidaysFromCalendarEvents(items, workbook.timeZone).map((h) => ({ ...h, notes: note }));
  const added = appendNewEvents(workbook, holidays);
  return { added, skipped: holidays.length - added };
}
