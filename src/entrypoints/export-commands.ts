/** The Export hub's global functions: the Export dialog and its server calls, and the Google Calendar sync. */

import { t } from '../domain/i18n';
import { activeWorkbook } from '../sheets/active-spreadsheet';
import { CALENDAR_SCOPE, chooseCalendar, listCalendars, syncCalendarEvents } from '../sheets/calendar-sync';
import { buildExportContext, previewCalendarExport, runCalendarExport } from '../sheets/export-posts';
import type { CalendarChoices, CalendarSyncResult, ExportContext, ExportFile, ExportPreview } from '../sheets/export-rpc';

/** The Export dialog's size in pixels. */
const DIALOG_WIDTH = 480;
const DIALOG_HEIGHT = 560;

/**
 * Opens the Export dialog (choose posts and a format, check them, download the file).
 * Runs: menu "Export…" (AuthMode.FULL). Reads nothing; the dialog calls getExportContext.
 */
export function showExportDialog(): void {
  const workbook = activeWorkbook();
  const html = HtmlService.createHtmlOutputFromFile('ExportDialog').setWidth(DIALOG_WIDTH).setHeight(DIALOG_HEIGHT);
  SpreadsheetApp.getUi().showModalDialog(html, t(workbook.locale, 'export.title'));
}

/**
 * Everything the Export dialog needs to start: formats, lists, zone, locale, today and post counts.
 * Runs: google.script.run from the Export dialog (AuthMode.FULL); 6-minute limit; four Spreadsheet reads.
 */
export function getExportContext(): ExportContext {
  return buildExportContext(activeWorkbook(), new Date());
}

/**
 * The pre-flight of an export without writing the file: the format's problems (with sheet rows), how
 * many posts pass, and what Stagger would move. `request` = { target, from?, to?, platform?, status?,
 * onlyPassing?, stagger?, dateOrder?, targetTimeZone? }, validated with zod.
 * Runs: google.script.run (AuthMode.FULL); 6-minute limit; a constant number of Spreadsheet calls.
 */
export function previewExport(request: unknown): ExportPreview {
  return previewCalendarExport(activeWorkbook(), request, new Date());
}

/**
 * Writes the export file on the server and returns its text for the browser to download (no Drive
 * scope): `{ ok: true, fileName, mimeType, content }`, or `{ ok: false, problems }` when the
 * format's rules refuse it. Runs: google.script.run (AuthMode.FULL); 6-minute limit; a constant number
 * of Spreadsheet calls whatever the number of posts.
 */
export function exportPosts(request: unknown): ExportFile {
  return runCalendarExport(activeWorkbook(), request, new Date());
}

/**
 * The Google calendars the user owns, to pick one to sync to. Asks for the calendar scope when the
 * user has not granted it (granular consent). Runs: google.script.run (AuthMode.FULL).
 */
export function getCalendarChoices(): CalendarChoices {
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [CALENDAR_SCOPE]);
  return listCalendars();
}

/**
 * Creates or updates one Google Calendar event per approved, scheduled or published post, keyed by
 * post ID, so running it again updates the events instead of duplicating them. With `calendarId`
 * (from the Export dialog) it syncs to that calendar and remembers it; from the menu it uses the one
 * picked last, else the user's default calendar, and reports in a toast.
 * Runs: menu "Sync to Google Calendar…" and google.script.run (AuthMode.FULL); 6-minute limit (it
 * stops at 4.5 minutes and saves its progress); Calendar's daily event quota; under the document lock.
 */
export function syncToGoogleCalendar(calendarId?: unknown): CalendarSyncResult {
  const workbook = activeWorkbook();
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [CALENDAR_SCOPE]);
  const fromMenu = typeof calendarId !== 'string' || calendarId === '';
  const calendar = chooseCalendar(fromMenu ? undefined : (calendarId as string));
  let result: CalendarSyncResult;
  if (!calendar) {
    result = { ok: false, message: t(workbook.locale, 'sync.noCalendar') };
  } else {
    const lock = LockService.getDocumentLock();
    if (!lock.tryLock(10_000)) result = { ok: false, message: t(workbook.locale, 'sync.busy') };
    else {
      try {
        result = syncCalendarEvents(workbook, calendar);
      } finally {
        lock.releaseLock();
      }
    }
  }
  if (fromMenu) workbook.spreadsheet.toast(result.message, t(workbook.locale, 'sync.title'), 10);
  return result;
}
