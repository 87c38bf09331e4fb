/** The menu commands: set up the calendar, open the post form, check all posts. */

import { t } from '../domain/i18n';
import { activeWorkbook, currentUserEmail, type Workbook } from '../sheets/active-spreadsheet';
import { findOrCreateCalendar, setupCalendarSheet } from '../sheets/calendar-setup';
import { checkAllCalendar } from '../sheets/check-calendar';
import { isCalendarSheet } from '../sheets/calendar-sheet';
import { columnLetter } from '../sheets/calendar-format';
import { rememberFormMode } from '../sheets/form-context';
import { ensureAudienceSheet } from '../sheets/audience-sheet';
import { ensureEventsSheet } from '../sheets/events-sheet';
import { ensurePlatformsSheet } from '../sheets/platforms-sheet';
import { ensureSnippetsSheet } from '../sheets/snippets-sheet';
import { ensureSettings, parseSettings } from '../sheets/settings-sheet';
import { withDocumentLock } from '../sheets/save-post';
import { showPageSidebar } from '../services/html-dialogs';

/**
 * Turns the spreadsheet into a content calendar, or upgrades it: Settings (with its cadence block),
 * Platforms, Events and Audience sheets, the Calendar sheet's columns, dropdowns, date validation and
 * colours, then a check of every post.
 * Runs: menu "Set up calendar" (AuthMode.FULL); 6-minute limit. Safe to run again.
 */
export function setupCalendar(): void {
  setUpCalendarIn(activeWorkbook(), false);
}

/** Set up calendar for a caller that already holds the document lock (a save into a spreadsheet without a Calendar sheet). */
export function setupCalendarHoldingLock(): void {
  setUpCalendarIn(activeWorkbook(), true);
}

function setUpCalendarIn(workbook: Workbook, holdingLock: boolean): void {
  // Under the document lock (issue #18): no save, review decision or onEdit writes the Calendar
  // between setup's read of it and check-all's write, so check-all uses setup's read instead of its
  // own. When the lock stays taken, setup goes on without it and check-all takes it and reads itself.
  if (holdingLock) return setUpCalendarLocked(workbook, true, true);
  withDocumentLock(
    workbook.locale,
    () => setUpCalendarLocked(workbook, false, true),
    () => setUpCalendarLocked(workbook, false, false),
  );
}

/** setUpCalendarIn's work; `locked`: the document lock is held (by this execution or its caller). */
function setUpCalendarLocked(workbook: Workbook, holdingLock: boolean, locked: boolean): void {
  // The Calendar first, so a new spreadsheet's empty "Sheet1" becomes it instead of staying beside it.
  const calendar = findOrCreateCalendar(workbook.spreadsheet);
  // Settings and the Calendar are read once each and handed on (issue #18: an upgrade of 5,000 posts).
  const settings = ensureSettings(workbook.spreadsheet);
  ensurePlatformsSheet(workbook.spreadsheet);
  ensureEventsSheet(workbook);
  ensureAudienceSheet(workbook);
  ensureSnippetsSheet(workbook.spreadsheet);
  const result = setupCalendarSheet(workbook.spreadsheet, calendar, settings.grid);
  checkAllCalendar(workbook, new Date(), currentUserEmail(), { holdingLock: locked, preread: { grid: result.grid, settings: parseSettings(settings.grid) } });
  result.sheet.activate();
  if (result.idsElsewhere && !holdingLock) {
    SpreadsheetApp.getUi().alert(
      t(workbook.locale, 'setup.idsElsewhere', { column: columnLetter(result.idsElsewhere.column), header: result.idsElsewhere.header }),
    );
  }
  workbook.spreadsheet.toast(
    t(workbook.locale, 'setup.done', { added: result.addedColumns, rows: result.rows }),
    t(workbook.locale, 'setup.title'),
    8,
  );
}

/**
 * Checks every post and writes the Checks column; a toast says how many have errors and warnings.
 * Runs: menu "Check all posts" (AuthMode.FULL); 6-minute limit; a constant number of Spreadsheet calls.
 */
export function checkAllPosts(): void {
  const workbook = activeWorkbook();
  const summary = checkAllCalendar(workbook, new Date(), currentUserEmail());
  if (!summary) {
    SpreadsheetApp.getUi().alert(t(workbook.locale, 'checkAll.noSheet'));
    return;
  }
  if (summary === 'busy') {
    SpreadsheetApp.getUi().alert(t(workbook.locale, 'checkAll.busy'));
    return;
  }
  workbook.spreadsheet.toast(
    [
      t(workbook.locale, 'checkAll.done', { posts: summary.posts, errors: summary.withErrors, warnings: summary.withWarnings }),
      summary.cadenceReport,
      summary.lowActivity > 0 ? t(workbook.locale, 'planning.checkAll.quiet', { low: summary.lowActivity }) : '',
    ].join(' ').trim(),
    t(workbook.locale, 'checkAll.title'),
    8,
  );
}

/**
 * Opens the post form in the sidebar for a new post. getFormContext also returns the post on the
 * selected row, which the form offers to edit instead (it never edits it unasked).
 * Runs: menu "New post…" (AuthMode.FULL).
 */
export function showPostForm(): void {
  rememberFormMode('new');
  openPostSidebar();
}

function openPostSidebar(): void {
  const workbook = activeWorkbook();
  showPageSidebar('Sidebar', t(workbook.locale, 'sidebar.title'));
}

/**
 * Opens the post form on the selected post, or says how to select one.
 * Runs: menu "Edit selected post" (AuthMode.FULL).
 */
export function editSelectedPost(): void {
  const workbook = activeWorkbook();
  const range = workbook.spreadsheet.getActiveRange();
  if (!range || !isCalendarSheet(range.getSheet()) || range.getRow() < 2) {
    SpreadsheetApp.getUi().alert(t(workbook.locale, 'edit.selectRow'));
    return;
  }
  rememberFormMode('edit');
  openPostSidebar();
}
