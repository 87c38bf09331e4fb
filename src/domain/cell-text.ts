/** Converts between what a sheet cell holds and the plain strings of a Post, in both directions. */

import type { CellKind } from './post-fields';
import { localParts } from './schedule/post-instant';

/** Which kind of value a column holds, for reading cells (declared with the columns, in post-fields.ts). */
export type { CellKind };

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;
/** The serial numbers of 0001-01-01 and 9999-12-31, the dates Sheets can hold. */
const MIN_SERIAL = -693593;
const MAX_SERIAL = 2958465;
const MONTH_NAME_DATE = /^(\d{1,2}\s+\p{L}{3,}|\p{L}{3,}\.?\s+\d{1,2})\b/u;
/** What an invalid Date cell reads as (the text JavaScript gives such a Date). */
export const INVALID_DATE_TEXT = 'Invalid Date';

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * A time cell's wall-clock parts as `HH:mm`. Sheets keeps a time of day on the day of its epoch
 * (1899-12-30); a duration typed as `25:00` lands on a later day and a date-time on its own, so
 * those read as `25:00` or `2026-12-01 10:00`, which the time check rejects rather than letting
 * them pass as another time of day.
 */
function timeOfDayText(date: string, time: string): string {
  const days = Math.round((Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) - SERIAL_EPOCH_MS) / DAY_MS);
  if (days === 0) return time;
  if (days > 0 && days < 1000) return `${days * 24 + Number(time.slice(0, 2))}:${time.slice(3, 5)}`;
  return `${date} ${time}`;
}

/**
 * A cell value from getValues() as the Post string it stands for. Dates (real date cells come back
 * as instants of the wall-clock value in the spreadsheet's zone) become `yyyy-MM-dd` or `HH:mm`
 * read in `spreadsheetTimeZone`; serial numbers in date/time columns are read the same way.
 */
export function cellToText(value: unknown, kind: CellKind, spreadsheetTimeZone: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (isDateValue(value)) {
    // An invalid Date (a number too large for a date cell, e.g. a Unix time) keeps a text the
    // date and time checks report as invalid, so one bad cell never stops a command.
    if (Number.isNaN(value.getTime())) return INVALID_DATE_TEXT;
    const parts = localParts(value, spreadsheetTimeZone);
    if (kind === 'time') return timeOfDayText(parts.date, parts.time);
    if (kind === 'date') return parts.date;
    return `${parts.date} ${parts.time}`;
  }
  if (typeof value === 'number' && kind !== 'text' && Number.isFinite(value)) {
    if (kind === 'time') {
      const minutes = Math.round(value * 1440);
      if (minutes < 0 || minutes >= 1440) return `${Math.floor(minutes / 60)}:${pad(((minutes % 60) + 60) % 60)}`;
      return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
    }
    // A serial beyond year 9999 (a Unix time pasted into Date) is no date: its number text is kept,
    // so the row's check says the date is not valid instead of the command failing on it.
    if (value < MIN_SERIAL || value > MAX_SERIAL) return String(value);
    const date = new Date(SERIAL_EPOCH_MS + Math.floor(value) * DAY_MS);
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = String(value);
  if (kind === 'time') {
    const match = /^\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*$/.exec(text);
    return match && Number(match[1]) < 24 ? `${pad(Number(match[1]))}:${match[2]}` : text.trim();
  }
  return kind === 'date' ? text.trim() : text;
}

/** A word then a number ("Dec 12", "Jan-2026", "USD 100", "Tue 9:30"): Sheets may read a date, time or amount. */
const WORD_THEN_NUMBER = /^\p{L}{1,9}\.?[\s,\-/]*\d/u;

/**
 * True when Sheets might not keep `text` as the same text if written as is (USER_ENTERED parsing):
 * it would become a formula (`=`, `+`, `-`, `@`), lose a leading apostrophe, or turn into a number,
 * date, time or boolean (`1e5`, `9:30 AM`, `2026-12-01T10:00`, `$5`, `TRUE`, `12 Dec`, `Dec 12`).
 * Any text that does not start with a letter is guarded, and so is a short word followed by a
 * number: a guard where none was needed costs nothing (the apostrophe is not part of the value),
 * while a missed one silently changes a person's text.
 */
export function needsTextGuard(text: string): boolean {
  if (text === '') return false;
  if (/^[=+\-@']/.test(text)) return true;
  const trimmed = text.trim();
  if (!/^\p{L}/u.test(trimmed)) return true;
  if (/^(true|false)$/i.test(trimmed)) return true;
  return trimmed.length <= 40 && (MONTH_NAME_DATE.test(trimmed) || WORD_THEN_NUMBER.test(trimmed));
}

/**
 * The value to write so that a cell stores exactly `text` as text: a leading apostrophe (which
 * Sheets does not keep as part of the value) where Sheets would otherwise parse it (semantics W-05..W-08).
 * User text is data, never code: a caption starting with `=` stays a caption.
 */
export function textForCell(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}
