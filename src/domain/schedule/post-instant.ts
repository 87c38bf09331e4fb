/** A post's moment: its Date + Time read as wall-clock time in its own time zone. */

import type { Post } from '../post';
import { parseCivilDate as parseIsoDate, parseClock as parseTime } from '../planning/civil-date';
import { wallTimeToInstant, zoneOffsetMinutes } from './zone-offset';

/** The one parser of `yyyy-MM-dd` dates and `HH:mm` times (planning/civil-date), under the names the schedule code reads. */
export { parseCivilDate as parseIsoDate, parseClock as parseTime } from '../planning/civil-date';

const knownZones = new Map<string, boolean>();

/** True when `timeZone` is an IANA zone this runtime knows (remembered per zone: building a formatter is slow). */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone }).format(0);
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(timeZone, known);
  }
  return known;
}

/**
 * The instant a post is planned for: its date and time (midnight when no time is set) as wall-clock
 * time in the post's time zone, or in `defaultTimeZone` when the post has none. Returns null when
 * the date is missing or invalid, or the zone is unknown. In a spring-forward gap the time moves
 * forward by the gap (02:30 that does not exist becomes 03:30); a time that happens twice (autumn) is
 * its first occurrence (RFC 5545's reading). Offsets come from zone-offset.ts (no `longOffset` needed).
 */
export function postInstant(post: Pick<Post, 'date' | 'time' | 'timeZone'>, defaultTimeZone: string): Date | null {
  const date = parseIsoDate(post.date);
  if (!date) return null;
  const time = post.time ? parseTime(post.time) : [0, 0];
  if (!time) return null;
  const zone = post.timeZone || defaultTimeZone;
  if (!isValidTimeZone(zone)) return null;
  const instant = wallTimeToInstant(Date.UTC(date[0], date[1] - 1, date[2], time[0], time[1]), zone);
  return Number.isFinite(instant) ? new Date(instant) : null;
}

/** The wall-clock parts of an instant in a time zone: `yyyy-MM-dd`, `HH:mm` and the ISO weekday (1 = Monday). */
export function localParts(instant: Date, timeZone: string): { date: string; time: string; isoWeekday: number } {
  const local = new Date(instant.getTime() + zoneOffsetMinutes(timeZone, instant.getTime()) * 60000);
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return {
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
    isoWeekday: local.getUTCDay() === 0 ? 7 : local.getUTCDay(),
  };
}
