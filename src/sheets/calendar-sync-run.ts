/** The Google Calendar sync as the Export dialog and the menu run it: the scope first, then the sync under the document lock. */

import { t } from '../domain/i18n';
import { APP_CALENDAR_SCOPE } from '../services/google-calendar';
import { missingAuthorization } from '../services/script-authorization';
import type { Workbook } from './active-spreadsheet';
import { calendarChoices, planCalendar, syncCalendarEvents } from './calendar-sync';
import type { CalendarAuthorization, CalendarChoices, CalendarSyncResult } from '../shared/export-contract';
import { withDocumentLock } from '../services/document-lock';

/** Null when the Calendar scope is granted; else what the dialog shows: a sentence and Google's authorization URL. */
export function calendarAuthorization(locale: string): CalendarAuthorization | null {
  const missing = missingAuthorization([APP_CALENDAR_SCOPE]);
  if (!missing) return null;
  return { message: t(locale, missing.url ? 'sync.authorize' : 'sync.authorizeMenu'), url: missing.url || null };
}

/** The Export dialog's Google Calendar section: the plan's calendar, or the authorization the person still has to give. */
export function calendarChoicesOrAuthorization(workbook: Workbook): CalendarChoices {
  const authorization = calendarAuthorization(workbook.locale);
  if (authorization) return { calendars: [], selectedId: '', authorization };
  return calendarChoices(workbook);
}

/**
 * Syncs the posts to the plan's calendar (made on the first sync) under the document lock, or says
 * the document is busy. From a dialog a missing scope comes back as an authorization link; from the
 * menu Apps Script asks for consent (ScriptApp.requireScopes).
 * @param workbook The active spreadsheet.
 * @param fromDialog Whether the Export dialog asked (google.script.run cannot show a consent screen).
 */
export function syncToPlanCalendar(workbook: Workbook, fromDialog: boolean): CalendarSyncResult {
  if (fromDialog) {
    const authorization = calendarAuthorization(workbook.locale);
    if (authorization) return { ok: false, message: authorization.message, authorization };
  } else {
    ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [APP_CALENDAR_SCOPE]);
  }
  return withDocumentLock<CalendarSyncResult>(
    workbook.locale,
    () => syncCalendarEvents(workbook, planCalendar(workbook, true)!),
    () => ({ ok: false, message: t(workbook.locale, 'sync.busy') }),
  );
}
