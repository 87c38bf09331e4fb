/** Warning-only protections on what the add-on manages: the header row, its own columns, its generated sheets. */

import type { CalendarColumn } from '../domain/post';
import type { CalendarSheet } from './calendar-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** Every protection this add-on makes starts with this, so setup can find its own and never touch a team's. */
export const PROTECTION_PREFIX = 'Content Calendar: ';

/** The calendar columns only the add-on writes. */
const MANAGED_COLUMNS: readonly CalendarColumn[] = ['ID', 'Checks', 'Updated', 'Approved by', 'Approved at', 'Approval', 'WoopSocial ID', 'Delivery'];

function describe(what: string): string {
  return `${PROTECTION_PREFIX}${what}. Edits show a warning; the add-on writes these cells.`;
}

/**
 * Protects the Calendar's header row and the add-on's columns with warning-only protections (nobody is
 * locked out, accidental edits are stopped). Re-running adds only what is missing: one read of the
 * sheet's protections, one protect() per missing protection.
 */
export function protectCalendar(calendar: CalendarSheet): void {
  const sheet = calendar.sheet;
  const existing = new Set(
    sheet
      .getProtections(SpreadsheetApp.ProtectionType.RANGE)
      .map((protection: Protection) => protection.getDescription())
      .filter((description: string) => description.startsWith(PROTECTION_PREFIX)),
  );
  const wanted: Array<[string, () => GoogleAppsScript.Spreadsheet.Range]> = [
    [describe('header row'), () => sheet.getRange(1, 1, 1, calendar.width)],
  ];
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  for (const column of MANAGED_COLUMNS) {
    const position = calendar.map[column];
    if (position !== undefined) wanted.push([describe(`${column} column`), () => sheet.getRange(2, position, rows, 1)]);
  }
  for (const [description, range] of wanted) {
    if (!existing.has(description)) range().protect().setDescription(description).setWarningOnly(true);
  }
}

/**
 * Protects a whole generated sheet (month view, dashboard) warning-only; the existing protection is
 * reused (Sheet.protect returns it), so refreshing never adds another. `open` ranges (a picker cell)
 * stay free of the warning.
 */
export function protectGeneratedSheet(sheet: Sheet, what: string, open: GoogleAppsScript.Spreadsheet.Range[] = []): void {
  const protection = sheet.protect();
  const description = describe(what);
  if (protection.getDescription() !== description) protection.setDescription(description);
  if (!protection.isWarningOnly()) protection.setWarningOnly(true);
  if (open.length > 0) protection.setUnprotectedRanges(open);
}
