/** The planning views' global functions: month view, dashboard, holiday import, audience import and the sidebar's planning hints. */

import { t } from '../domain/i18n';
import { HOLIDAY_CALENDARS, holidayCalendarFor } from '../domain/planning';
import { countPhrase } from '../domain/planning/planning-messages';
import { PUBLIC_EVENTS_SCOPE } from '../services/google-calendar';
import { showLocalisedDialog } from '../services/html-dialogs';
import { activeWorkbook } from '../sheets/active-spreadsheet';
import { importAudienceText } from '../sheets/audience-import';
import { refreshDashboardSheet } from '../sheets/dashboard-sheet';
import { importPublicHolidays } from '../sheets/holiday-import';
import { openMonthView, refreshMonthViewIfShown, refreshMonthViewSheet } from '../sheets/month-view-sheet';
import { buildPlanningHints } from '../sheets/planning-hints';
import { audienceCsvSchema, type AudienceImportResult } from '../shared/audience-contract';
import { planningHintsRequestSchema, type MonthViewRefresh, type PlanningHints } from '../shared/planning-contract';

/** The audience import dialog's size in pixels. */
const DIALOG_SIZE = { width: 520, height: 460 };

/**
 * Builds the Month view sheet for the month in its picker (B1), or the current month, and opens it.
 * Runs: menu "Month view" (AuthMode.FULL); 6-minute limit; a constant number of Spreadsheet calls
 * (about 20) whatever the number of posts.
 */
export function showMonthView(): void {
  const workbook = activeWorkbook();
  const result = openMonthView(workbook, new Date());
  workbook.spreadsheet.toast(
    t(workbook.locale, 'planning.month.done', {
      month: result.title,
      count: countPhrase(workbook.locale, result.posts, 'post'),
    }),
    t(workbook.locale, 'menu.monthView'),
    5,
  );
}

/**
 * Redraws the Month view sheet if the spreadsheet has one (for its picked month); the post form calls
 * it after a successful save, so savePost itself stays within its budget. Returns `{ refreshed }`.
 * Runs: google.script.run from the sidebar (AuthMode.FULL); 6-minute limit; constant Spreadsheet calls.
 */
export function refreshMonthViewIfPresent(): MonthViewRefresh {
  return { refreshed: refreshMonthViewIfShown(activeWorkbook(), new Date()) };
}

/**
 * Redraws the Month view when a person picks another month in its picker cell (B1). Not a global:
 * onEdit calls it (simple trigger, AuthMode.LIMITED; 30-second limit), only for that cell.
 * @param value The picker's new value.
 */
export function redrawPickedMonth(value: unknown): void {
  refreshMonthViewSheet(activeWorkbook(), new Date(), value);
}

/**
 * Builds the Dashboard sheet (counts by status, platform and week, awaiting approval, overdue) with a
 * chart of posts per week by platform, and opens it. Runs: menu "Dashboard" (AuthMode.FULL);
 * 6-minute limit; a constant number of Spreadsheet calls whatever the number of posts.
 */
export function refreshDashboard(): void {
  const workbook = activeWorkbook();
  const result = refreshDashboardSheet(workbook, new Date());
  result.sheet.activate();
  workbook.spreadsheet.toast(
    t(workbook.locale, 'planning.dashboard.done', { count: countPhrase(workbook.locale, result.posts, 'post') }),
    t(workbook.locale, 'menu.dashboard'),
    5,
  );
}

/**
 * Asks for a country code and adds that country's public holidays for the next 12 months, from its
 * Google Calendar public holiday calendar (read with the Calendar API, so no subscription is needed),
 * to the Events sheet (holidays already listed are skipped; titles are written as text, never formulas).
 * Runs: menu "Import public holidays…" (AuthMode.FULL); asks for the `calendar.events.public.readonly`
 * scope the first time (granular consent); one events.list per 2,500 events, three Spreadsheet calls.
 */
export function importHolidays(): void {
  const workbook = activeWorkbook();
  const { locale } = workbook;
  const ui = SpreadsheetApp.getUi();
  const title = t(locale, 'planning.holidays.title');
  const answer = ui.prompt(title, t(locale, 'planning.holidays.prompt'), ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const code = answer.getResponseText().trim().toUpperCase();
  const calendar = holidayCalendarFor(code);
  if (!calendar) {
    ui.alert(title, t(locale, 'planning.holidays.unknown', { code, codes: HOLIDAY_CALENDARS.map((c) => c.country).join(', ') }), ui.ButtonSet.OK);
    return;
  }
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [PUBLIC_EVENTS_SCOPE]);
  const result = importPublicHolidays(workbook, calendar, new Date());
  if (!result) {
    ui.alert(title, t(locale, 'planning.holidays.noCalendar', { country: calendar.name }), ui.ButtonSet.OK);
    return;
  }
  workbook.spreadsheet.toast(t(locale, 'planning.holidays.done', { added: result.added, country: calendar.name, skipped: result.skipped }), title, 8);
}

/**
 * Opens the audience import dialog (choose or paste a CSV: platform, weekday, hour, value).
 * Runs: menu "Import audience data…" (AuthMode.FULL). Reads nothing; the dialog calls importAudienceCsv.
 */
export function showAudienceImport(): void {
  const { locale } = activeWorkbook();
  showLocalisedDialog('AudienceImport', t(locale, 'planning.import.title'), DIALOG_SIZE, locale);
}

/**
 * Imports the team's own audience activity from CSV text (platform, weekday, hour, value): each
 * platform in the file replaces its grid in the Audience sheet (others stay). Bad lines are skipped and
 * returned. Runs: google.script.run from the import dialog (AuthMode.FULL); 6-minute limit; a
 * constant number of Spreadsheet calls (reads, then one setValues of the changed rows and their shading).
 * @param csvText The file's text.
 */
export function importAudienceCsv(csvText: unknown): AudienceImportResult {
  const workbook = activeWorkbook();
  return importAudienceText(workbook, audienceCsvSchema.parse(csvText), new Date());
}

/**
 * The post form's planning hints for a date and platform: events on the date or in the week after it
 * (each with the days to plan a post before it) and the next best free slots from the Audience sheet,
 * away from that platform's planned posts. `request` = { date: 'yyyy-MM-dd', platform, timeZone? }.
 * Runs: google.script.run from the sidebar (AuthMode.FULL); 6-minute limit; four Spreadsheet reads.
 */
export function getPlanningHints(request: unknown): PlanningHints {
  const workbook = activeWorkbook();
  return buildPlanningHints(workbook, planningHintsRequestSchema.parse(request), new Date());
}
