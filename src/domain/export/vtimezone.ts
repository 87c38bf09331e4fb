/** Builds an RFC 5545 VTIMEZONE for an IANA zone from its real offset changes (read through zone-offset.ts). */

import { localDateTime, utcOffset } from './ical-format';
import { localParts } from '../schedule/post-instant';
import { zoneOffsetMinutes } from '../schedule/zone-offset';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** One change of a zone's UTC offset. */
export interface OffsetChange {
  at: Date;
  from: number;
  to: number;
}

/**
 * The offset changes of `timeZone` between two instants, to the minute. It steps a day at a time
 * and then bisects, so it finds every change (tzScan from @date-fns/tz steps by month and hour and
 * misses half-hour transitions such as America/St_Johns).
 */
export function offsetChanges(timeZone: string, start: Date, end: Date): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let t = start.getTime();
  let offset = zoneOffsetMinutes(timeZone, t);
  while (t < end.getTime()) {
    const next = Math.min(t + DAY, end.getTime());
    const nextOffset = zoneOffsetMinutes(timeZone, next);
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (zoneOffsetMinutes(timeZone, mid) === offset) lo = mid;
        else hi = mid;
      }
      changes.push({ at: new Date(hi), from: offset, to: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return changes;
}

/**
 * The VTIMEZONE lines (unfolded) for `timeZone`, valid for every instant in the calendar years
 * `fromYear` to `toYear`. It lists the offset in force at the start of `fromYear` and then each real
 * change as a one-time STANDARD or DAYLIGHT observance (no RRULE), so historical and future rule
 * changes are exact rather than guessed from today's rule.
 */
export function vtimezoneLines(timeZone: string, fromYear: number, toYear: number): string[] {
  const start = new Date(Date.UTC(fromYear, 0, 1) - DAY);
  const end = new Date(Date.UTC(toYear + 1, 0, 1) + DAY);
  const changes = offsetChanges(timeZone, start, end);
  const initial = zoneOffsetMinutes(timeZone, start.getTime());
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const observance = (kind: string, onset: string, from: number, to: number) => {
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${onset}`,
      `TZOFFSETFROM:${utcOffset(from)}`,
      `TZOFFSETTO:${utcOffset(to)}`,
      `END:${kind}`,
    );
  };
  const startLocal = localParts(start, timeZone);
  const firstIsDaylight = changes.length > 0 && changes[0].to < initial;
  observance(
    firstIsDaylight ? 'DAYLIGHT' : 'STANDARD',
    localDateTime(startLocal.date, startLocal.time),
    initial,
    initial,
  );
  for (const change of changes) {
    // DTSTART of an observance is the local time just before the change, in the old offset.
    const before = new Date(change.at.getTime() + change.from * MINUTE).toISOString();
    const onset = localDateTime(before.slice(0, 10), before.slice(11, 16));
    observance(change.to > change.from ? 'DAYLIGHT' : 'STANDARD', onset, change.from, change.to);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
