/** Spreadsheet serial numbers (days since 1899-12-30, wall clock) and their conversion to instants in a time zone. */

/** Milliseconds in a day. */
export const DAY_MS = 86400000;
/** Date.UTC(1899, 11, 30): the wall-clock epoch of spreadsheet serial numbers. */
export const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCaches = new Map<string, Map<number, number>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      f = formatterFor('UTC');
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** The offset (wall clock minus UTC, in ms) of `timeZone` at the instant `utcMs`. */
export function timeZoneOffsetMs(timeZone: string, utcMs: number): number {
  // Offsets change on quarter-hour boundaries in practice; cache per 15-minute bucket.
  const bucket = Math.floor(utcMs / 900000);
  let cache = offsetCaches.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCaches.set(timeZone, cache);
  }
  const cached = cache.get(bucket);
  if (cached !== undefined) return cached;
  const probe = bucket * 900000;
  const parts = formatterFor(timeZone).formatToParts(new Date(probe));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  let year = get('year');
  if (parts.find((p) => p.type === 'era')?.value === 'BC') year = 1 - year;
  const asUtc = Date.UTC(year, get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const offset = asUtc - probe;
  if (cache.size > 200000) cache.clear();
  cache.set(bucket, offset);
  return offset;
}

/** The wall clock of `utcMs` in `timeZone`, as a UTC-based millisecond count of those wall-clock fields. */
export function instantToWallClock(utcMs: number, timeZone: string): number {
  return utcMs + timeZoneOffsetMs(timeZone, utcMs);
}

/** The instant at which the wall clock in `timeZone` shows `wallMs` (UTC-based fields); gaps resolve forward. */
export function wallClockToInstant(wallMs: number, timeZone: string): number {
  const offset1 = timeZoneOffsetMs(timeZone, wallMs);
  let guess = wallMs - offset1;
  const offset2 = timeZoneOffsetMs(timeZone, guess);
  if (offset2 === offset1) return guess;
  guess = wallMs - offset2;
  const offset3 = timeZoneOffsetMs(timeZone, guess);
  if (offset3 !== offset2) guess = wallMs - Math.max(offset2, offset3);
  return guess;
}

/** The spreadsheet serial number of an instant, read on the wall clock of `timeZone` (V-06). */
export function dateToSerial(date: Date, timeZone: string): number {
  return (instantToWallClock(date.getTime(), timeZone) - SERIAL_EPOCH_MS) / DAY_MS;
}

/** The largest time value a JavaScript Date holds (ECMA-262 §21.4.1.1), less a day for the zone offset. */
const MAX_DATE_MS = 8.64e15 - 86400000;

/** The instant (ms) of a serial number whose wall clock is in `timeZone` (V-06, V-07), rounded to ms. */
export function serialToInstant(serial: number, timeZone: string): number {
  // UNVERIFIED: a serial beyond JavaScript's date range (a Unix time typed into a date cell) comes
  // back from getValues() as an invalid Date, never an exception; the add-on must cope with it.
  const wall = SERIAL_EPOCH_MS + serial * DAY_MS;
  if (!Number.isFinite(wall) || Math.abs(wall) > MAX_DATE_MS) return NaN;
  return wallClockToInstant(Math.round(SERIAL_EPOCH_MS + serial * DAY_MS), timeZone);
}

/** Wall-clock fields of a serial number. */
export interface WallFields {
  year: number;
  month: number; // 1-12
  day: number;
  weekday: number; // 0 = Sunday
  hours: number;
  minutes: number;
  seconds: number;
  millis: number;
}

/** Split a serial number into wall-clock fields (no time zone involved). */
export function serialToFields(serial: number): WallFields {
  const d = new Date(Math.round(SERIAL_EPOCH_MS + serial * DAY_MS));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    hours: d.getUTCHours(),
    minutes: d.getUTCMinutes(),
    seconds: d.getUTCSeconds(),
    millis: d.getUTCMilliseconds(),
  };
}

/** The serial number of wall-clock fields. */
export function fieldsToSerial(year: number, month: number, day: number, h = 0, m = 0, s = 0, ms = 0): number {
  return (Date.UTC(year, month - 1, day, h, m, s, ms) - SERIAL_EPOCH_MS) / DAY_MS;
}
