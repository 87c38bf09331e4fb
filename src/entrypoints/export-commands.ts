/** The Export hub's global functions: the Export dialog and its server calls, and the Google Calendar sync. */

import { t } from '../domain/i18n';
import { showPageDialog } from '../services/html-dialogs';
import { activeWorkbook } from '../sheets/active-spreadsheet';
import { calendarChoicesOrAuthorization, syncToPlanCalendar } from '../sheets/calendar-sync-run';
import { buildExportContext, previewCalendarExport, runCalendarExport } from '../sheets/export-posts';
import {
  calendarSyncRequestSchema,
  type CalendarChoices,
  type CalendarSyncResult,
  type ExportContext,
  type ExportFile,
  type ExportPreview,
} from '../shared/export-contract';

/** The Export dialog's size in pixels. */
const DIALOG_SIZE = { width: 480, height: 560 };

/**
 * Opens the Export dialog (choose posts and a format, check them, download the file).
 * Runs: menu "Export…" (AuthMode.FULL). Reads nothing; the dialog calls getExportContext.
 */
export function showExportDialog(): void {
  const workbook = activeWorkbook();
  showPageDialog('ExportDialog', t(workbook.locale, 'export.title'), DIALOG_SIZE);
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
 * The Google Calendar section's start: the plan's own calendar (made on the first sync), or, when the
 * person has not granted the Calendar scope yet, a sentence and Google's authorization link instead.
 * ScriptApp.requireScopes cannot show a consent screen from a dialog's google.script.run call, so this
 * asks ScriptApp.getAuthorizationInfo and hands the URL to the dialog. Runs: google.script.run (AuthMode.FULL).
 */
export function getCalendarChoices(): CalendarChoices {
  return calendarChoicesOrAuthorization(activeWorkbook());
}

/**
 * Creates or updates one Google Calendar event per approved, scheduled or published post, keyed by
 * post ID, in a calendar the add-on makes for the plan (scope `calendar.app.created`), so running it
 * again updates the events instead of duplicating them. From the Export dialog (`request` =
 * { fromDialog: true }) a missing scope comes back as an authorization link; from the menu Apps
 * Script asks for consent (ScriptApp.requireScopes) and the result is toasted.
 * Runs: menu "Sync to Google Calendar…" and google.script.run (AuthMode.FULL); 6-minute limit (it
 * stops at 4.5 minutes, saying how many posts are left); Calendar's burst and daily limits (it waits
 * and retries); under the document lock.
 */
export function syncToGoogleCalendar(request?: unknown): CalendarSyncResult {
  const workbook = activeWorkbook();
  const fromDialog = calendarSyncRequestSchema.parse(request)?.fromDialog === true;
  const result = syncToPlanCalendar(workbook, fromDialog);
  if (!fromDialog) workbook.spreadsheet.toast(result.message, t(workbook.locale, 'sync.title'), 10);
  return result;
}
