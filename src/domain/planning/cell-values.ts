/** Reading the raw values of sheet cells (Date objects, serial numbers, text) into dates, numbers and text. */

import { civilDate, dateOfDayNumber, parseCivilDate } from './civil-date';
import { localTimeOf } from './zone-clock';

/** A problem with one row of a sheet the team edits. `row` is the sheet's 1-based row number. */
export interface RowProblem {
  row: number;
  column: string;
  message: string;
}

/** Days from the Sheets epoch (1899-12-30) to 1970-01-01. */
const SHEETS_EPOCH_OFFSET = 25569;

/**
 * The `yyyy-MM-dd` date a cell holds, `''` for an empty cell, or null when it is not a date.
 * A `Date` (what getValues returns for a date cell) is read in the spreadsheet's zone, where Sheets
 * put its midnight. A number is a Sheets serial date. Text may be `yyyy-MM-dd` (a time after it is
 * ignored), `yyyy/MM/dd` or the European `dd.MM.yyyy`; `3/4/2026` is refused because it is ambiguous.
 * @param value The raw cell value.
 * @param timeZone The spreadsheet's IANA zone.
 */
export function cellToDate(value: unknown, timeZone: string): string | null {
  if (value === null || value === undefined || value === '') return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return localTimeOf(value.getTime(), timeZone)?.date ?? null;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) && value > 0 && value < 2958466
      ? dateOfDayNumber(Math.floor(value) - SHEETS_EPOCH_OFFSET)
      : null;
  }
  const text = String(value).trim();
  if (!text) return '';
  let match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (match) return validDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (match) return validDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return null;
}

/** `yyyy-MM-dd` when the parts make a real date, else null. */
function validDate(year: number, month: number, day: number): string | null {
  const date = civilDate(year, month, day);
  return parseCivilDate(date) ? date : null;
}

/**
 * A cell as trimmed text (numbers as written, dates as ISO strings).
 * @param value The raw cell value.
 */
export function cellToText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value).trim();
}

/**
 * A cell as a number: numbers as they are, text with a dot or comma decimal; `''` → null, bad → NaN.
 * @param value The raw cell value.
 */
export function cellToNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const text = String(value).trim().replace(/\s/g, '');
  if (!text) return null;
  return /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text) ? Number(text.replace(',', '.')) : NaN;
}

/**
 * Finds a header row among the first rows and maps each wanted field to its column index (−1 when absent).
 * Matching ignores case, spaces and punctuation, and accepts any of the given names per field.
 * @param rows The sheet's values.
 * @param names Accepted header names per field.
 * @param required Fields that must all be present for a row to count as the header.
 * @param scanRows How many rows to look through.
 */
export function findHeader<N extends Record<string, readonly string[]>>(
  rows: readonly (readonly unknown[])[],
  names: N,
  required: readonly (keyof N)[],
  scanRows = 10,
): { headerIndex: number; columns: Record<keyof N, number> } | null {
  type K = keyof N;
  const norm = (v: unknown) =>
    cellToText(v)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '');
  for (let r = 0; r < Math.min(rows.length, scanRows); r++) {
    const cells = rows[r].map(norm);
    const columns = {} as Record<K, number>;
    for (const field of Object.keys(names) as K[]) {
      const wanted = (names[field] as readonly string[]).map(norm);
      columns[field] = cells.findIndex((c) => c !== '' && wanted.includes(c));
    }
    if (required.every((field) => columns[field] >= 0)) return { headerIndex: r, columns };
  }
  return null;
}
