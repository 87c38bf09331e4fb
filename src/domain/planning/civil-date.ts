/** Calendar-date arithmetic on `yyyy-MM-dd` strings, free of time zones (a civil date is a day, not an instant). */

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
 * The date `days` days after `date` (negative for before). Throws on an invalid date: callers check first.
 * @param date A valid `yyyy-MM-dd` date.
 * @param days Whole days to add.
 */
export function addDays(date: string, days: number): string {
  const day = dayNumber(date);
  if (day === null) throw new Error(`Not a calendar date: ${date}`);
  return dateOfDayNumber(day + days);
}

/**
 * Whole days from `from` to `to` (positive when `to` is later).
 * @param from A valid `yyyy-MM-dd` date.
 * @param to A valid `yyyy-MM-dd` date.
 */
export function daysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === null || b === null) throw new Error(`Not a calendar date: ${a === null ? from : to}`);
  return b - a;
}

/**
 * The weekday of a date, Monday-first: 0 = Monday … 6 = Sunday.
 * @param date A valid `yyyy-MM-dd` date.
 */
export function weekdayOf(date: string): number {
  const day = dayNumber(date);
  if (day === null) throw new Error(`Not a calendar date: ${date}`);
  // 1970-01-01 was a Thursday (Monday-first index 3).
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * The first day of the week holding `date`.
 * @param date A valid `yyyy-MM-dd` date.
 * @param weekStartsOn 1 = Monday (ISO, the default) … 0 = Sunday, 6 = Saturday (date-fns numbering).
 */
export function weekStart(date: string, weekStartsOn = 1): string {
  const mondayFirstStart = (weekStartsOn + 6) % 7;
  const offset = (weekdayOf(date) - mondayFirstStart + 7) % 7;
  return addDays(date, -offset);
}

/**
 * The ISO 8601 week label of a date, e.g. `2025-W13` (weeks start on Monday; week 1 holds the first Thursday).
 * @param date A valid `yyyy-MM-dd` date.
 */
export function isoWeekLabel(date: string): string {
  const thursday = addDays(date, 3 - weekdayOf(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${pad2(week)}`;
}

/**
 * The number of days in a month.
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
 * calendar date. Same answers as schedule/post-instant's parseIsoDate, without a regex or a Date: the
 * month view parses thousands of dates per refresh.
 * @param text The date text.
 */
export function parseCivilDate(text: string): [number, number, number] | null {
  const s = text.length === 10 ? text : text.trim();
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  // Years below 100 are refused, as parseIsoDate refuses them (Date.UTC maps them to 1900–1999).
  if (year < 100 || month < 1 || month > 12 || day < 1) return null;
  return day <= daysInMonth(year, month) ? [year, month, day] : null;
}

/**
 * Parses `HH:mm` or `H:mm` (24-hour, surrounding spaces allowed) into [hours, minutes], or null. Same
 * answers as schedule/post-instant's parseTime, without a regex.
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
