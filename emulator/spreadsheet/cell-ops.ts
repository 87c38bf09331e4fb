/** Reading and writing one cell the way the Range API does: typed values out (V-01..V-10), script values in (W-05..W-12). */

import { isDate } from '../core/context';
import { ServiceException } from '../core/errors';
import { Cell, CellValue, ComputedValue, ErrorValue } from './cell-model';
import { localeInfo } from './locale-info';
import type { BookModel, SheetModel } from './model';
import { formatKind, formatValue, isDateFormat } from './number-format';
import { dateToSerial, serialToFields, serialToInstant } from './time-zone';
import { parseUserEntered } from './user-entered-value';

/** The most characters a cell may hold (W-12, Q-07). */
export const MAX_CELL_CHARS = 50000;

const DATE_FUNCTION = /^=\s*(TODAY|DATE|EDATE|EOMONTH|DATEVALUE|WORKDAY|WORKDAY\.INTL)\s*\(/i;
const DATETIME_FUNCTION = /^=\s*NOW\s*\(/i;

/** True when the formula is one function call and nothing else (`=TODAY()`, not `=TODAY()-A1`). */
function isSingleCall(formula: string): boolean {
  const open = formula.indexOf('(');
  let depth = 0;
  let inString = false;
  for (let i = open; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') inString = !inString;
    else if (!inString && ch === '(') depth++;
    else if (!inString && ch === ')' && --depth === 0) return formula.slice(i + 1).trim() === '';
  }
  return false;
}

/** The number format that governs a cell: its own, or the date format Sheets infers for a date formula. */
export function effectiveFormat(cell: Cell | undefined, book: BookModel): string | undefined {
  if (!cell) return undefined;
  if (cell.nf !== undefined || cell.f === undefined) return cell.nf;
  if (DATE_FUNCTION.test(cell.f) && isSingleCall(cell.f)) return localeInfo(book.locale).dateFormat;
  if (DATETIME_FUNCTION.test(cell.f) && isSingleCall(cell.f)) return localeInfo(book.locale).dateTimeFormat;
  return undefined;
}

/** The computed value of a cell (formula result or literal). */
export function computedValue(book: BookModel, sheet: SheetModel, row: number, col: number): ComputedValue {
  return book.engine.cellValue(sheet, row, col);
}

/** A computed value as getValues() returns it: '' for empty, Date for date cells, error text for errors. */
export function toScriptValue(value: ComputedValue, format: string | undefined, book: BookModel): unknown {
  if (value === null) return '';
  if (value instanceof ErrorValue) return value.code;
  if (typeof value === 'number' && format !== undefined && isDateFormat(format)) {
    return new Date(serialToInstant(value, book.timeZone));
  }
  return value;
}

/** The value getValues() returns for one cell. */
export function readCellValue(book: BookModel, sheet: SheetModel, row: number, col: number): unknown {
  const cell = sheet.getCell(row, col);
  if (!cell) return '';
  if (cell.f === undefined) {
    const v = cell.v;
    if (v === null) return '';
    if (typeof v === 'number' && cell.nf !== undefined && isDateFormat(cell.nf)) return new Date(serialToInstant(v, book.timeZone));
    return v;
  }
  return toScriptValue(book.engine.cellValue(sheet, row, col), effectiveFormat(cell, book), book);
}

/** The text getDisplayValues() returns for one cell. */
export function readDisplayValue(book: BookModel, sheet: SheetModel, row: number, col: number): string {
  const cell = sheet.getCell(row, col);
  if (!cell) return '';
  const value = cell.f === undefined ? cell.v : book.engine.cellValue(sheet, row, col);
  return formatValue(value, effectiveFormat(cell, book), book.locale);
}

/** Format a number the way Java prints a double (V-12: setNotes([[25]]) reads back "25.0"). */
export function javaDoubleString(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e7) return `${n}.0`;
  return String(n);
}

function clearValue(cell: Cell): void {
  // Assignments, not `delete`, keep cell objects in V8's fast mode.
  cell.v = null;
  if (cell.f !== undefined) cell.f = undefined;
  if (cell.cv !== undefined) cell.cv = undefined;
  if (cell.cgen !== undefined) cell.cgen = undefined;
  if (cell.link !== undefined) cell.link = undefined;
}

/**
 * Store a value written by a script (setValue/setValues/appendRow). Strings are parsed as typed input
 * (USER_ENTERED, W-06) unless the cell is plain text (`@`); a string beginning with `=` becomes a formula (W-05).
 */
export function writeScriptValue(cell: Cell, value: unknown, book: BookModel): void {
  clearValue(cell);
  if (cell.invalid !== undefined) cell.invalid = undefined;
  if (value === null || value === undefined) return; // W-11 (UNVERIFIED): null clears the cell.
  if (typeof value === 'number') {
    cell.v = Number.isFinite(value) ? value + 0 : String(value);
    return;
  }
  if (typeof value === 'boolean') {
    cell.v = value;
    return;
  }
  if (isDate(value)) {
    const time = value.getTime();
    if (Number.isNaN(time)) {
      cell.v = 'Invalid Date';
      return;
    }
    cell.v = dateToSerial(value, book.timeZone);
    // W-09: the cell gets a date-time format unless it already has a date format.
    if (!isDateFormat(cell.nf)) cell.nf = localeInfo(book.locale).dateTimeFormat;
    return;
  }
  if (typeof value === 'string') {
    writeTypedString(cell, value, book);
    return;
  }
  cell.v = String(value);
}

/** Store a string as Sheets stores typed input. */
export function writeTypedString(cell: Cell, text: string, book: BookModel): void {
  clearValue(cell);
  const plain = formatKind(cell.nf) === 'text';
  const year = (): number => serialToFields(Math.floor(dateToSerial(book.now(), book.timeZone))).year;
  const parsed = parseUserEntered(text, book.locale, plain, year);
  if (parsed.formula !== undefined) {
    cell.f = parsed.formula;
    return;
  }
  cell.v = parsed.value;
  if (parsed.format !== undefined) {
    const currentKind = formatKind(cell.nf);
    const parsedKind = formatKind(parsed.format);
    if (currentKind === 'auto' || (parsedKind === 'date' && currentKind !== 'date')) cell.nf = parsed.format;
  }
}

/** Throw the W-12 error if any string in the data is longer than a cell allows. */
export function checkCellLength(value: unknown): void {
  if (typeof value === 'string' && value.length > MAX_CELL_CHARS) {
    throw new ServiceException(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
  }
}

/** The literal a cell holds, for comparisons (e.g. validation, sort). */
export function literalOf(value: ComputedValue): CellValue {
  return value instanceof ErrorValue ? value.code : value;
}
