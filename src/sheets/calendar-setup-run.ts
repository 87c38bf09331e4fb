/** Set up calendar's whole run: every sheet the add-on needs, the Calendar's columns and formats, then a check of every post, under the document lock. */

import { currentUserEmail, type Workbook } from './active-spreadsheet';
import { ensureAudienceSheet } from './audience-sheet';
import { findCalendarSheet } from './calendar-sheet';
import { findOrCreateCalendar, setupCalendarSheet, type IdsElsewhere } from './calendar-setup';
import { checkAllCalendar } from './check-calendar';
import { ensureEventsSheet } from './events-sheet';
import { ensurePlatformsSheet } from './platforms-sheet';
import { withDocumentLock } from '../services/document-lock';
import { ensureSettings, parseSettings } from './settings-sheet';
import { ensureSnippetsSheet } from './snippets-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What setup did, for the person to read: the Calendar sheet, columns added, rows checked, IDs under another header. */
export interface SetupOutcome {
  sheet: Sheet;
  addedColumns: number;
  rows: number;
  idsElsewhere: IdsElsewhere | null;
}

/**
 * Sets up (or upgrades) the calendar under the document lock (issue #18): no save, review decision or
 * onEdit writes the Calendar between setup's read of it and check-all's write, so check-all uses
 * setup's read instead of its own. When the lock stays taken, setup goes on without it and check-all
 * takes it and reads itself. Safe to run again.
 * @param workbook The active spreadsheet.
 */
export function setUpCalendar(workbook: Workbook): SetupOutcome {
  return withDocumentLock(
    workbook.locale,
    () => setUpLocked(workbook, true),
    () => setUpLocked(workbook, false),
  );
}

/**
 * The Calendar sheet for a caller holding the document lock (a save): the sheet as it is, or, in a
 * spreadsheet without one, the whole setup run first (`setup` says what it did).
 * @param workbook The active spreadsheet.
 */
export function calendarSheetHoldingLock(workbook: Workbook): { sheet: Sheet; setup: SetupOutcome | null } {
  const sheet = findCalendarSheet(workbook.spreadsheet);
  if (sheet) return { sheet, setup: null };
  const setup = setUpLocked(workbook, true);
  return { sheet: findCalendarSheet(workbook.spreadsheet)!, setup };
}

/** Setup's work; `locked`: the document lock is held (by this execution or its caller). */
function setUpLocked(workbook: Workbook, locked: boolean): SetupOutcome {
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
  return { sheet: result.sheet, addedColumns: result.addedColumns, rows: result.rows, idsElsewhere: result.idsElsewhere };
}
