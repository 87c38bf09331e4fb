/** Fast, cached conversions between instants and wall-clock time in a time zone, matching schedule/post-instant. */

import { tzOffset } from '@date-fns/tz';
import { isValidTimeZone, postInstant } from '../schedule/post-instant';
import { dateOfDayNumber, pad2, parseCivilDate, parseClock } from './civil-date';

/** Wall-clock parts of an instant in one zone. `weekday` is Monday-first: 0 = Monday … 6 = Sunday. */
export interface LocalTime {
  date: string;
  time: string;
  weekday: number;
  hour: number;
  minute: number;
}

const DAY_MS = 86400000;
const HOUR_MS = 3600000;
const CACHE_LIMIT = 50000;
const zoneValidity = new Map<string, boolean>();
/** Per zone: UTC day number → the zone's offset (minutes) throughout that UTC day, or null when it changes. */
const utcDayOffsets = new Map<string, Map<number, number | null>>();

/**
 * True when the runtime knows the IANA zone (cached: building an Intl formatter per call is slow).
 * @param timeZone An IANA zone such as `Europe/Warsaw`.
 */
export function isKnownZone(timeZone: string): boolean {
  let known = zoneValidity.get(timeZone);
  if (known === undefined) {
    known = isValidTimeZone(timeZone);
    zoneValidity.set(timeZone, known);
  }
  return known;
}

/** The zone's UTC offset in minutes at an instant, cached per UTC day when the offset holds all day. */
function offsetAt(timeZone: string, ms: number): number {
  let days = utcDayOffsets.get(timeZone);
  if (!days) utcDayOffsets.set(timeZone, (days = new Map()));
  const day = Math.floor(ms / DAY_MS);
  let steady = days.get(day);
  if (steady === undefined) {
    if (days.size > CACHE_LIMIT) days.clear();
    const start = tzOffset(timeZone, new Date(day * DAY_MS));
    const end = tzOffset(timeZone, new Date(day * DAY_MS + DAY_MS - 1));
    steady = start === end ? start : null;
    days.set(day, steady);
  }
  return steady ?? tzOffset(timeZone, new Date(ms));
}

/**
 * The wall-clock parts of an instant in a zone, or null for an unknown zone.
 * @param instantMs Milliseconds since the epoch.
 * @param timeZone An IANA zone.
 */
export function localTimeOf(instantMs: number, timeZone: string): LocalTime | null {
  if (!isKnownZone(timeZone) || !Number.isFinite(instantMs)) return null;
  const offset = offsetAt(timeZone, instantMs);
  if (!Number.isFinite(offset)) return null;
  const localMs = instantMs + offset * 60000;
  const day = Math.floor(localMs / DAY_MS);
  const minuteOfDay = Math.floor((localMs - day * DAY_MS) / 60000);
  const hour = Math.floor(minuteOfDay / 60);
  return {
    date: dateText(day),
    time: TIME_TEXT[minuteOfDay],
    weekday: (((day + 3) % 7) + 7) % 7,
    hour,
    minute: minuteOfDay - hour * 60,
  };
}

/** `HH:mm` for each minute of the day. */
const TIME_TEXT: readonly string[] = Array.from(
  { length: 1440 },
  (_, m) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`,
);
const DATE_TEXT = new Map<number, string>();

/** `yyyy-MM-dd` of a day number, cached (views format the same few dozen days thousands of times). */
function dateText(day: number): string {
  let text = DATE_TEXT.get(day);
  if (text === undefined) {
    if (DATE_TEXT.size > CACHE_LIMIT) DATE_TEXT.clear();
    text = dateOfDayNumber(day);
    DATE_TEXT.set(day, text);
  }
  return text;
}

/**
 * The instant of a wall-clock date and time in a zone, in milliseconds, or null when the date, time or
 * zone is invalid. Same result as `postInstant`: a wall time with exactly one reading is computed
 * directly; one in a spring-forward gap moves forward by the gap (postInstant's documented rule); the
 * rare times in an autumn overlap (which happen twice) are handed to `postInstant`, so they resolve
 * exactly as everywhere else in the add-on.
 * @param date `yyyy-MM-dd`.
 * @param time `HH:mm`.
 * @param timeZone An IANA zone.
 */
export function wallClockInstant(date: string, time: string, timeZone: string): number | null {
  const day = parseCivilDate(date);
  const clock = parseClock(time);
  if (!day || !clock || !isKnownZone(timeZone)) return null;
  const wallMs = Date.UTC(day[0], day[1] - 1, day[2], clock[0], clock[1]);
  // Offsets lie within ±14 h, so the two readings come from the offsets 14 h either side.
  const before = offsetAt(timeZone, wallMs - 14 * HOUR_MS);
  const after = offsetAt(timeZone, wallMs + 14 * HOUR_MS);
  if (!Number.isFinite(before) || !Number.isFinite(after)) return null;
  if (before === after && offsetAt(timeZone, wallMs - before * 60000) === before) return wallMs - before * 60000;
  const early = wallMs - before * 60000;
  const late = wallMs - after * 60000;
  const earlyValid = offsetAt(timeZone, early) === before;
  const lateValid = offsetAt(timeZone, late) === after;
  if (earlyValid !== lateValid) return earlyValid ? early : late;
  // A DST gap: the time moves forward by the gap (02:30 → 03:30), as postInstant documents.
  if (!earlyValid) return early;
  // A DST overlap: the wall time happens twice; postInstant decides which.
  const instant = postInstant({ date, time, timeZone }, timeZone);
  return instant ? instant.getTime() : null;
}
