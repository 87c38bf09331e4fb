/** Fast, cached conversions between instants and wall-clock time in a time zone, matching schedule/post-instant. */

import { isValidTimeZone } from '../schedule/post-instant';
import { wallTimeToInstant, zoneOffsetMinutes } from '../schedule/zone-offset';
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
const CACHE_LIMIT = 50000;

/**
 * The wall-clock parts of an instant in a zone, or null for an unknown zone.
 * @param instantMs Milliseconds since the epoch.
 * @param timeZone An IANA zone.
 */
export function localTimeOf(instantMs: number, timeZone: string): LocalTime | null {
  if (!isValidTimeZone(timeZone) || !Number.isFinite(instantMs)) return null;
  const offset = zoneOffsetMinutes(timeZone, instantMs);
  if (!Number.isFinite(offset)) return null;
  const localMs = instantMs + offset * 60000;
  const day = Math.floor(localMs / DAY_MS);
  const minuteOfDay = Math.floor((localMs - day * DAY_MS) / 60000);
  const hour = Math.floor(minuteOfDay / 60);
  return {
    date: dateText(day),
    time: timeText(minuteOfDay),
    weekday: (((day + 3) % 7) + 7) % 7,
    hour,
    minute: minuteOfDay - hour * 60,
  };
}

/** `HH:mm` for each minute of the day, filled on first use (an execution that never asks pays nothing). */
const TIME_TEXT: string[] = [];

function timeText(minuteOfDay: number): string {
  return (TIME_TEXT[minuteOfDay] ??= `${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`);
}
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
 * zone is invalid. Same result as `postInstant` (both use zone-offset's `wallTimeToInstant`): a time
 * in a spring-forward gap moves forward by the gap, one in an autumn overlap is its first occurrence.
 * @param date `yyyy-MM-dd`.
 * @param time `HH:mm`.
 * @param timeZone An IANA zone.
 */
export function wallClockInstant(date: string, time: string, timeZone: string): number | null {
  const day = parseCivilDate(date);
  const clock = parseClock(time);
  if (!day || !clock || !isValidTimeZone(timeZone)) return null;
  const instant = wallTimeToInstant(Date.UTC(day[0], day[1] - 1, day[2], clock[0], clock[1]), timeZone);
  return Number.isFinite(instant) ? instant : null;
}
