/** Calendar-date arithmetic on `yyyy-MM-dd` strings (date-fns on local calendar days), and the one parser of such dates and `HH:mm` times. */

import { addDays as addDaysToDate } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getISODay } from 'date-fns/getISODay';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { startOfWeek } from 'date-fns/startOfWeek';
import type { Day } from 'date-fns';

const DAY_MS = 86400000;

/** Two-digit zero padding. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The day number (days since 1970-01-01) of a `yyyy-MM-dd` date, or null when it is not a real date.
 * @param date A civil date such as `2025-03-30`.
 */
export function dayNumber(date: string): number | null {
  const parts = parseCivilDate(date);
  return parts ? Date.UTC(parts[0], parts[1] - 1, parts[2]) / DAY_MS : null;
}

/**
 * The `yyyy-MM-dd` date of a day number (days since 1970-01-01).
 * @param day A whole day number.
 */
export function dateOfDayNumber(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/**
 * Noon of `date` on the runtime's clock, the Date date-fns computes with (it counts calendar days in
 * local time; noon keeps a daylight-saving change at midnight from moving the day; only a day a zone
 * skipped whole, as Samoa's 2011-12-30, reads as the next). Throws on an invalid date: callers check first.
 */
function localNoon(date: string): Date {
  const parts = parseCivilDate(date);
  if (!parts) throw new Error(`Not a calendar date: ${date}`);
  return new Date(parts[0], parts[1] - 1, parts[2], 12);
}

/** The `yyyy-MM-dd` date of a Date's local calendar day. */
function civilDateOf(date: Date): string {
  return civilDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * The date `days` days after `date` (negative for before). Throws on an invalid date: callers check first.
 * @param date A valid `yyyy-MM-dd` date.
 * @param days Whole days to add.
 */
export function addDays(date: string, days: number): string {
  return civilDateOf(addDaysToDate(localNoon(date), days));
}

/**
 * Whole days from `from` to `to` (positive when `to` is later).
 * @param from A valid `yyyy-MM-dd` date.
 * @param to A valid `yyyy-MM-dd` date.
 */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(localNoon(to), localNoon(from));
}

/**
 * The weekday of a date, Monday-first: 0 = Monday … 6 = Sunday.
 * @param date A valid `yyyy-MM-dd` date.
 */
export function weekdayOf(date: string): number {
  return getISODay(localNoon(date)) - 1;
}

/**
 * The first day of the week holding `date`.
 * @param date A valid `yyyy-MM-dd` date.
 * @param weekStartsOn 1 = Monday (ISO, the default) … 0 = Sunday, 6 = Saturday (date-fns numbering).
 */
export function weekStart(date: string, weekStartsOn = 1): string {
  return civilDateOf(startOfWeek(localNoon(date), { weekStartsOn: weekStartsOn as Day }));
}

/**
 * The ISO 8601 week label of a date, e.g. `2025-W13` (weeks start on Monday; week 1 holds the first Thursday).
 * @param date A valid `yyyy-MM-dd` date.
 */
export function isoWeekLabel(date: string): string {
  const noon = localNoon(date);
  return `${getISOWeekYear(noon)}-W${pad2(getISOWeek(noon))}`;
}

/**
 * The number of days in a month: the Gregorian rule on numbers, no Date (parseCivilDate checks every
 * date the month view reads with it, thousands per refresh).
 * @param year Four-digit year.
 * @param month 1-12.
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `yyyy-MM-dd` of a year, month (1-12) and day. */
export function civilDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Parses `yyyy-MM-dd` (surrounding spaces allowed) into [year, month, day], or null when it is not a real
 * calendar date (the one date parser: schedule/post-instant re-exports it as parseIsoDate), without a
 * regex or a Date: the month view parses thousands of dates per refresh.
 * @param text The date text.
 */
export function parseCivilDate(text: string): [number, number, number] | null {
  const s = text.length === 10 ? text : text.trim();
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  // Years below 100 are refused (Date.UTC and new Date map them to 1900–1999).
  if (year < 100 || month < 1 || month > 12 || day < 1) return null;
  return day <= daysInMonth(year, month) ? [year, month, day] : null;
}

/**
 * Parses `HH:mm` or `H:mm` (24-hour, surrounding spaces allowed) into [hours, minutes], or null (the
 * one time parser: schedule/post-instant re-exports it as parseTime), without a regex.
 * @param text The time text.
 */
export function parseClock(text: string): [number, number] | null {
  const s = text.length === 5 || text.length === 4 ? text : text.trim();
  const colon = s.length - 3;
  if ((s.length !== 5 && s.length !== 4) || s.charCodeAt(colon) !== 58) return null;
  const hours = digits(s, 0, colon);
  const minutes = digits(s, colon + 1, s.length);
  return hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59 ? [hours, minutes] : null;
}

/** The number written by the ASCII digits s[from..to), or -1 when any is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
