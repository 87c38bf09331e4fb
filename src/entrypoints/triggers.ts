/** The simple triggers Apps Script runs by itself: onOpen, onInstall, onEdit. */

import { activeWorkbook, currentUserEmail } from '../sheets/active-spreadsheet';
import { isCalendarSheet } from '../sheets/calendar-sheet';
import { checkEditedRange } from '../sheets/check-calendar';
import { isMonthViewSheet, touchesMonthPicker } from '../sheets/month-view-sheet';
import { buildMenu } from './menu';
import { redrawPickedMonth } from './planning-commands';

/**
 * Adds the Content Calendar menu.
 * Runs: simple trigger when the spreadsheet opens (AuthMode.NONE for an add-on not yet used in the
 * document, LIMITED otherwise); 30-second limit. Only builds the menu: it reads no data.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e?.authMode);
}

/**
 * Runs when the add-on is installed from inside the document (AuthMode.FULL): the file is already
 * open, so it builds the menu as onOpen does.
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/**
 * Re-checks the rows a person just edited and writes their Checks cells, Updated stamp and any new
 * post ID. Runs: simple trigger on every user edit (AuthMode.LIMITED; never for script writes);
 * 30-second limit: an edit of up to LIVE_CHECK_ROWS (2,000) rows is checked whole with a constant
 * number of Spreadsheet calls; the rows of a larger paste past them are marked for Check all posts.
 * Edits outside the Calendar sheet or to its header return before reading anything, except a new
 * month picked in the Month view's B1, which redraws that view (a constant number of calls).
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  // Only Sheets' own event carries a Range; a page calling onEdit through google.script.run sends JSON: ignore it.
  if (!e || typeof (e.range as { getSheet?: unknown } | undefined)?.getSheet !== 'function') return;
  const sheet = e.range.getSheet();
  // The Month view's month picker (B1): redraw the view for the picked month.
  if (isMonthViewSheet(sheet) && touchesMonthPicker(e.range)) return redrawPickedMonth(e.value ?? e.range.getValue());
  if (!isCalendarSheet(sheet)) return;
  const workbook = activeWorkbook();
  checkEditedRange(e.range, {
    spreadsheet: workbook.spreadsheet,
    timeZone: workbook.timeZone,
    locale: workbook.locale,
    now: new Date(),
    user: currentUserEmail(e),
  });
}
