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

/** The A1 notations of ranges, sorted, to compare a protection's open ranges with the wanted ones. */
function rangeKeys(ranges: GoogleAppsScript.Spreadsheet.Range[]): string {
  return ranges
    .map((range) => range.getA1Notation())
    .sort()
    .join(',');
}

/**
 * Protects a whole generated sheet (month view, dashboard) warning-only; the existing protection is
 * reused (Sheet.protect returns it), so refreshing never adds another. `open` ranges (a picker cell)
 * stay free of the warning.
 *
 * A redraw never changes a protection that is already as wanted: the protection may belong to a
 * colleague, and Google lets only the spreadsheet owner, its maker and its editors change it
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection; the emulator's
 * PR-09). When it differs and this user may not change it (the owner made it stricter, say), it is
 * left as its owner set it: a warning-only protection only guards against slips, and the redraw's
 * cells are written already. Returns whether the protection is as wanted.
 */
export function protectGeneratedSheet(sheet: Sheet, what: string, open: GoogleAppsScript.Spreadsheet.Range[] = []): boolean {
  const protection = sheet.protect();
  const description = describe(what);
  const changes: Array<() => unknown> = [];
  if (protection.getDescription() !== description) changes.push(() => protection.setDescription(description));
  if (!protection.isWarningOnly()) changes.push(() => protection.setWarningOnly(true));
  if (rangeKeys(protection.getUnprotectedRanges()) !== rangeKeys(open)) changes.push(() => protection.setUnprotectedRanges(open));
  if (changes.length === 0) return true;
  try {
    for (const change of changes) change();
    return true;
  } catch {
    return false; // another person's protection that this user may not change: keep theirs
  }
}
