/** The menu commands: set up the calendar, open the post form, check all posts. */

import { t } from '../domain/i18n';
import { activeWorkbook, currentUserEmail, type Workbook } from '../sheets/active-spreadsheet';
import { checkAllCalendar } from '../sheets/check-calendar';
import { selectionIsOnPostRow } from '../sheets/calendar-sheet';
import { columnLetter } from '../sheets/calendar-format';
import { rememberFormMode } from '../sheets/form-context';
import { setUpCalendar, type SetupOutcome } from '../sheets/calendar-setup-run';
import { showPageSidebar } from '../services/html-dialogs';

/**
 * Turns the spreadsheet into a content calendar, or upgrades it: Settings (with its cadence block),
 * Platforms, Events and Audience sheets, the Calendar sheet's columns, dropdowns, date validation and
 * colours, then a check of every post.
 * Runs: menu "Set up calendar" (AuthMode.FULL); 6-minute limit. Safe to run again.
 */
export function setupCalendar(): void {
  const workbook = activeWorkbook();
  const outcome = setUpCalendar(workbook);
  if (outcome.idsElsewhere) {
    SpreadsheetApp.getUi().alert(
      t(workbook.locale, 'setup.idsElsewhere', { column: columnLetter(outcome.idsElsewhere.column), header: outcome.idsElsewhere.header }),
    );
  }
  announceSetup(workbook, outcome);
}

/**
 * The toast after setup: how many columns it added and rows it checked. Not a global: setupCalendar
 * and savePost (a save into a spreadsheet without a Calendar sheet sets it up first) call it.
 * @param workbook The active spreadsheet.
 * @param outcome What setup did.
 */
export function announceSetup(workbook: Workbook, outcome: SetupOutcome): void {
  workbook.spreadsheet.toast(
    t(workbook.locale, 'setup.done', { added: outcome.addedColumns, rows: outcome.rows }),
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
  if (!selectionIsOnPostRow(workbook.spreadsheet)) {
    SpreadsheetApp.getUi().alert(t(workbook.locale, 'edit.selectRow'));
    return;
  }
  rememberFormMode('edit');
  openPostSidebar();
}
