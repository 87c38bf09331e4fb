/** The Month view sheet: a month picker in B1 and the month grid below it (weeks × days, posts coloured by status, events, gaps), written in one batch. */

import {
  buildMonthView,
  monthOptions,
  monthViewToGrid,
  parseMonthPick,
  pm,
  sheetText,
  type MonthGrid,
  type SheetGrid,
} from '../domain/planning';
import type { Workbook } from './active-spreadsheet';
import { ensureEventsSheet, readEvents } from './events-sheet';
import { drawGeneratedGrid, findOrInsertSheet, readPostsBetween, todayIn } from './planning-posts';
import { protectGeneratedSheet } from './protections';
import { SHEET_NAMES } from './sheet-names';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The picker cell: B1 (row 1, column 2). */
export const PICKER_ROW = 1;
export const PICKER_COLUMN = 2;
/** Width of each day column in pixels. */
const DAY_WIDTH = 200;

/** What a refresh showed. */
export interface MonthViewResult {
  sheet: Sheet;
  year: number;
  month: number;
  /** e.g. "March 2026". */
  title: string;
  posts: number;
}

/** True when `sheet` is the Month view sheet (by name, case-insensitive; no round trip). */
export function isMonthViewSheet(sheet: Sheet): boolean {
  return sheet.getName().toLowerCase() === SHEET_NAMES.monthView.toLowerCase();
}

/** True when an edited range covers the Month view's picker cell (no round trip). */
export function touchesMonthPicker(range: Range): boolean {
  const row = range.getRow();
  const column = range.getColumn();
  return (
    row <= PICKER_ROW &&
    row + range.getNumRows() - 1 >= PICKER_ROW &&
    column <= PICKER_COLUMN &&
    column + range.getNumColumns() - 1 >= PICKER_COLUMN
  );
}

/** The picker row (label, chosen month, how to use it) put above the month grid, merges shifted down. */
function withPickerRow(grid: MonthGrid, label: string, hint: string, workbook: Workbook): SheetGrid {
  const width = grid.values[0].length;
  const row = <T,>(first: T, second: T, rest: T): T[] => [first, second, ...Array<T>(width - 2).fill(rest)];
  return {
    values: [[sheetText(pm(workbook.locale, 'planning.month.pickerLabel')), sheetText(label), sheetText(hint), ...Array<string>(width - 3).fill('')], ...grid.values],
    backgrounds: [row('#FFFFFF', '#E8F0FE', '#FFFFFF'), ...grid.backgrounds],
    fontColors: [row('#202124', '#174EA6', '#5F6368'), ...grid.fontColors],
    fontWeights: [row<'bold' | 'normal'>('bold', 'bold', 'normal'), ...grid.fontWeights],
    fontLines: [row<'line-through' | 'none'>('none', 'none', 'none'), ...grid.fontLines],
    notes: [row('', pm(workbook.locale, 'planning.month.pickerNote'), ''), ...grid.notes],
    merges: [{ row: 0, column: 2, numRows: 1, numColumns: width - 2 }, ...grid.merges.map((m) => ({ ...m, row: m.row + 1 }))],
  };
}

/**
 * Rows read beyond which a month spread over the Calendar gets the sort tip: ~5,000 rows × the 9
 * columns shown ≈ 45,000 cells, ≈ 7 s at the cost model's high end (scripts/lib/cost-model.ts).
 */
const SPREAD_TIP_ROWS = 5000;

/**
 * The picker row's hint: how to pick, and when the month's rows are spread over a big Calendar (more
 * than half of the rows read hold other months), that sorting it by Date makes the picker read only
 * the month's own rows. The picker runs as a simple trigger, which Google stops at 30 seconds
 * (https://developers.google.com/apps-script/guides/triggers#restrictions).
 */
function pickerHint(locale: string, rowsNear: number, rowsRead: number): string {
  const spread = rowsRead >= SPREAD_TIP_ROWS && rowsRead > 2 * rowsNear;
  return spread ? pm(locale, 'planning.month.pickerHintSpread', { rows: rowsRead }) : pm(locale, 'planning.month.pickerHint');
}

/**
 * Builds the Month view sheet (created when missing) for the month `pick` names (a picker value:
 * label, `yyyy-MM` or a date), else the month its picker shows, else the current month. Reads the
 * Calendar (only the rows near the month and the columns shown), the Events sheet and, without `pick`,
 * the picker; writes with a fixed number of calls (values, backgrounds, font colours, weights, notes,
 * 3 merges, picker dropdown) whatever the number of posts; protection, frozen rows, widths, wrap and
 * alignment on the first draw only (wrap also on rows a longer month adds).
 * @param workbook The spreadsheet, its zone and locale.
 * @param now The current instant (today marks overdue posts; the picker offers months around it).
 * @param pick The picker's new value (from onEdit), or undefined to read it.
 */
export function refreshMonthViewSheet(workbook: Workbook, now: Date, pick?: unknown): MonthViewResult {
  const sheet = findOrInsertSheet(workbook, SHEET_NAMES.monthView);
  const today = todayIn(now, workbook.timeZone);
  const picked =
    parseMonthPick(pick === undefined ? sheet.getRange(PICKER_ROW, PICKER_COLUMN).getValue() : pick, workbook.timeZone) ??
    { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
  const lastDay = new Date(Date.UTC(picked.year, picked.month, 0)).getUTCDate();
  const month = `${picked.year}-${String(picked.month).padStart(2, '0')}`;
  const { posts, rowsNear, rowsRead } = readPostsBetween(workbook, `${month}-01`, `${month}-${String(lastDay).padStart(2, '0')}`);
  const view = buildMonthView(posts, readEvents(workbook), {
    ...picked,
    timeZone: workbook.timeZone,
    locale: workbook.locale,
    today,
  });
  const grid = monthViewToGrid(view);
  const options = monthOptions(today, { locale: workbook.locale });
  const full = withPickerRow(grid, view.title, pickerHint(workbook.locale, rowsNear, rowsRead), workbook);
  const drawn = drawGeneratedGrid(sheet, full, 1);
  // The layout is set on the first draw; a redraw sets it only on rows the grid did not cover before.
  if (drawn.firstDraw) {
    protectGeneratedSheet(sheet, 'Month view sheet (generated)', [sheet.getRange(PICKER_ROW, PICKER_COLUMN)]);
    drawn.range.setWrap(true).setVerticalAlignment('top');
    sheet.setFrozenRows(grid.frozenRows + 1);
    sheet.setColumnWidths(1, 7, DAY_WIDTH);
  } else if (drawn.newRows) {
    drawn.newRows.setWrap(true).setVerticalAlignment('top');
  }
  const labels = options.map((option) => option.label);
  if (!labels.includes(view.title)) labels.push(view.title);
  sheet
    .getRange(PICKER_ROW, PICKER_COLUMN)
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(labels, true)
        .setAllowInvalid(true)
        .setHelpText(pm(workbook.locale, 'planning.month.pickerNote'))
        .build(),
    );
  return { sheet, year: view.year, month: view.month, title: view.title, posts: view.postCount };
}

/**
 * Redraws the Month view for its picked month when the spreadsheet has one; true when it did. A
 * spreadsheet without the view gets none (one getSheetByName call).
 * @param workbook The spreadsheet, its zone and locale.
 * @param now The current instant.
 */
export function refreshMonthViewIfShown(workbook: Workbook, now: Date): boolean {
  if (!workbook.spreadsheet.getSheetByName(SHEET_NAMES.monthView)) return false;
  refreshMonthViewSheet(workbook, now);
  return true;
}

/**
 * Builds the Month view for its picked month (or the current one), with the Events sheet it reads
 * made first when missing, and opens it.
 * @param workbook The spreadsheet, its zone and locale.
 * @param now The current instant.
 */
export function openMonthView(workbook: Workbook, now: Date): MonthViewResult {
  ensureEventsSheet(workbook);
  const result = refreshMonthViewSheet(workbook, now);
  result.sheet.activate();
  return result;
}
