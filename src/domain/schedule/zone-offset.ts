/** A time zone's UTC offset at an instant, from the best source the runtime has, cached per zone, UTC day and hour. */

import { tzOffset } from '@date-fns/tz/tzOffset';

/**
 * Gives a zone's offset from UTC in minutes (east positive: Warsaw in winter is 60) at an instant, or
 * NaN when it cannot. The server installs one built on `Utilities.formatDate(date, zone, "Z")`, which
 * Apps Script guarantees; the domain never names Apps Script itself.
 */
export type OffsetSource = (timeZone: string, instantMs: number) => number;

const DAY_MS = 86400000;
const HOUR_MS = 3600000;
const CACHE_LIMIT = 50000;

let installed: OffsetSource | null = null;
let longOffsetWorks: boolean | undefined;
let chosen: OffsetSource | null = null;
/** Per zone: UTC day number → the offset all that day, or null when it changes that day. */
const dayOffsets = new Map<string, Map<number, number | null>>();
/** Per zone: UTC hour number → the offset all that hour, or null when it changes that hour (only on change days). */
const hourOffsets = new Map<string, Map<number, number | null>>();

/**
 * True when `Intl.DateTimeFormat` accepts `timeZoneName: 'longOffset'` (ES2021 Intl, which Google does
 * not promise Apps Script has; an old ICU throws RangeError). Asked once per execution.
 */
export function hasLongOffset(): boolean {
  if (longOffsetWorks === undefined) {
    try {
      const text = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Kolkata', timeZoneName: 'longOffset' }).format(0);
      longOffsetWorks = /GMT\+05:30/.test(text);
    } catch {
      longOffsetWorks = false;
    }
  }
  return longOffsetWorks;
}

/**
 * Installs the runtime's guaranteed offset source (the server passes one on `Utilities.formatDate`),
 * used whenever `longOffset` is missing; `null` removes it. Forgets every cached offset and feature test.
 * @param source The offset source, or null.
 */
export function installOffsetSource(source: OffsetSource | null): void {
  installed = source;
  chosen = null;
  longOffsetWorks = undefined;
  dayOffsets.clear();
  hourOffsets.clear();
}

/** The offset from Intl's `formatToParts` (ES2017; every ICU has it): the wall clock read back as UTC, minus the instant. */
function offsetFromParts(timeZone: string, instantMs: number): number {
  try {
    const parts = partsFormat(timeZone).formatToParts(new Date(instantMs));
    const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
    const wall = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour') % 24, value('minute'), value('second'));
    return Math.round((wall - Math.floor(instantMs / 1000) * 1000) / 60000);
  } catch {
    return NaN;
  }
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hour12: false,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

/** The source used: Intl's `longOffset` (through @date-fns/tz) when it works, else the installed one (Intl's parts where it gives no offset), else Intl's parts. */
function source(): OffsetSource {
  if (!chosen) {
    const fallback = installed;
    chosen = hasLongOffset()
      ? (timeZone, instantMs) => tzOffset(timeZone, new Date(instantMs))
      : fallback
        ? (timeZone, instantMs) => {
            const offset = fallback(timeZone, instantMs);
            return Number.isFinite(offset) ? offset : offsetFromParts(timeZone, instantMs);
          }
        : offsetFromParts;
  }
  return chosen;
}

/** Which source offsets come from in this runtime: `intl-long-offset`, `installed` (Utilities.formatDate on the server) or `intl-parts`. */
export function offsetSourceName(): 'intl-long-offset' | 'installed' | 'intl-parts' {
  if (hasLongOffset()) return 'intl-long-offset';
  return installed ? 'installed' : 'intl-parts';
}

/** The offset over [start, start + length): the same at both ends, or null when it changes inside. */
function steadyOffset(timeZone: string, start: number, length: number): number | null {
  const read = source();
  const first = read(timeZone, start);
  return first === read(timeZone, start + length - 1) ? first : null;
}

function cached(table: Map<string, Map<number, number | null>>, timeZone: string, index: number, length: number): number | null {
  let zone = table.get(timeZone);
  if (!zone) table.set(timeZone, (zone = new Map()));
  let offset = zone.get(index);
  if (offset === undefined) {
    if (zone.size > CACHE_LIMIT) zone.clear();
    offset = steadyOffset(timeZone, index * length, length);
    zone.set(index, offset);
  }
  return offset;
}

/**
 * The zone's UTC offset in minutes at an instant (NaN for an unknown zone). Cached per UTC day when the
 * offset holds all day, else per UTC hour, else read at the instant: a year of posts costs a few hundred
 * reads of the source, not one or more per post.
 * @param timeZone An IANA zone such as `Europe/Warsaw`.
 * @param instantMs Milliseconds since the epoch.
 */
export function zoneOffsetMinutes(timeZone: string, instantMs: number): number {
  const day = cached(dayOffsets, timeZone, Math.floor(instantMs / DAY_MS), DAY_MS);
  if (day !== null) return day;
  const hour = cached(hourOffsets, timeZone, Math.floor(instantMs / HOUR_MS), HOUR_MS);
  return hour ?? source()(timeZone, instantMs);
}

/**
 * The instant (ms) of a wall-clock time in a zone, or NaN for an unknown zone. A wall time with one
 * reading is exact; one in a spring-forward gap moves forward by the gap (02:30 that does not exist
 * becomes 03:30, as @date-fns/tz's TZDate did); one in an autumn overlap (it happens twice) is its
 * first occurrence, as RFC 5545 §3.3.5 reads a local time that occurs twice (and as java.time and
 * Temporal's "compatible" do), so an iCalendar file and the add-on agree. TZDate's choice there
 * depended on the runtime's own zone.
 * @param wallMs The wall-clock time written as if it were UTC: `Date.UTC(y, m - 1, d, h, min)`.
 * @param timeZone An IANA zone.
 */
export function wallTimeToInstant(wallMs: number, timeZone: string): number {
  // Offsets lie within ±14 h, so the two possible readings come from the offsets 14 h either side.
  const before = zoneOffsetMinutes(timeZone, wallMs - 14 * HOUR_MS);
  const after = zoneOffsetMinutes(timeZone, wallMs + 14 * HOUR_MS);
  if (!Number.isFinite(before) || !Number.isFinite(after)) return NaN;
  const early = wallMs - before * 60000;
  if (before === after) return early;
  const late = wallMs - after * 60000;
  const earlyValid = zoneOffsetMinutes(timeZone, early) === before;
  const lateValid = zoneOffsetMinutes(timeZone, late) === after;
  if (earlyValid !== lateValid) return earlyValid ? early : late;
  // Both valid: an overlap, take the first occurrence. Neither: a gap, move forward by it.
  return early;
}
