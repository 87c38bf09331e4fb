/** zone-offset.ts gives @date-fns/tz's answers from every source: Intl longOffset, an installed source (Utilities.formatDate), Intl's parts. */

import fc from 'fast-check';
import { TZDate, tzOffset } from '@date-fns/tz';
import { installOffsetSource, wallTimeToInstant, zoneOffsetMinutes } from '../../../src/domain/schedule/zone-offset';
import { localParts, postInstant } from '../../../src/domain/schedule/post-instant';

const ZONES = ['Europe/Warsaw', 'America/New_York', 'Australia/Lord_Howe', 'America/St_Johns', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'];
const YEAR_2026 = [Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)] as const;

const RealDateTimeFormat = Intl.DateTimeFormat;

/** A source like Utilities.formatDate(date, zone, 'Z'), counting its reads (Node's own Intl stands in for Java's). */
function countingSource(): { source: (zone: string, ms: number) => number; reads: () => number } {
  let reads = 0;
  return {
    source: (zone, ms) => {
      reads++;
      const text = new RealDateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).format(new Date(ms));
      const match = /GMT([+-])(\d\d):(\d\d)/.exec(text);
      return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
    },
    reads: () => reads,
  };
}

afterEach(() => installOffsetSource(null));

/** The instant of a wall time (written as UTC) by brute force: the first reading whose offset fits, else TZDate's (a gap). */
function expectedInstant(wallMs: number, zone: string): number {
  const readings = [-14 * 60, 14 * 60]
    .map((probe) => wallMs - tzOffset(zone, new Date(wallMs + probe * 60000)) * 60000)
    .filter((instant) => wallMs - tzOffset(zone, new Date(instant)) * 60000 === instant)
    .sort((a, b) => a - b);
  if (readings.length > 0) return readings[0];
  const wall = new Date(wallMs);
  return new TZDate(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), 0, zone).getTime();
}

describe.each([
  ['Intl longOffset', () => undefined],
  ['an installed source without longOffset', () => withoutLongOffset(countingSource().source)],
  ['Intl formatToParts without longOffset', () => withoutLongOffset(null)],
])('offsets from %s', (_name, setUp) => {
  let restore: (() => void) | undefined;
  beforeEach(() => {
    restore = setUp();
  });
  afterEach(() => restore?.());

  test('equal tzOffset at any instant of 2026, and wall times resolve as TZDate does in gaps (forward) and to the first occurrence in overlaps', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: YEAR_2026[0], max: YEAR_2026[1] }), (zone, ms) => {
        const minute = Math.floor(ms / 60000) * 60000;
        expect(zoneOffsetMinutes(zone, minute)).toBe(tzOffset(zone, new Date(minute)));
        expect(wallTimeToInstant(minute, zone)).toBe(expectedInstant(minute, zone));
      }),
      { numRuns: 1000 },
    );
  });

  test('equal tzOffset and TZDate every 15 minutes of every 2026 day on which a zone changes its offset', () => {
    for (const zone of ZONES) {
      for (let day = YEAR_2026[0]; day < YEAR_2026[1]; day += 86400000) {
        if (tzOffset(zone, new Date(day - 86400000)) === tzOffset(zone, new Date(day + 86400000))) continue;
        for (let minute = day - 86400000; minute < day + 86400000; minute += 15 * 60000) {
          expect([zone, minute, zoneOffsetMinutes(zone, minute)]).toEqual([zone, minute, tzOffset(zone, new Date(minute))]);
          expect([zone, minute, wallTimeToInstant(minute, zone)]).toEqual([zone, minute, expectedInstant(minute, zone)]);
        }
      }
    }
  });

  test('09:30 Warsaw on both DST change days', () => {
    expect(postInstant({ date: '2026-03-29', time: '09:30', timeZone: '' }, 'Europe/Warsaw')!.toISOString()).toBe('2026-03-29T07:30:00.000Z');
    expect(postInstant({ date: '2026-10-25', time: '09:30', timeZone: '' }, 'Europe/Warsaw')!.toISOString()).toBe('2026-10-25T08:30:00.000Z');
    expect(postInstant({ date: '2026-03-29', time: '02:30', timeZone: '' }, 'Europe/Warsaw')!.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(postInstant({ date: '2026-10-25', time: '02:30', timeZone: '' }, 'Europe/Warsaw')!.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(localParts(new Date('2026-10-25T01:30:00Z'), 'Europe/Warsaw')).toEqual({ date: '2026-10-25', time: '02:30', isoWeekday: 7 });
  });
});

test('a year of posts reads the installed source a few hundred times, not once per post', () => {
  const counter = countingSource();
  const restore = withoutLongOffset(counter.source);
  try {
    for (let day = 0; day < 365; day++) {
      for (const time of ['08:00', '09:30', '12:15', '18:45']) {
        const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
        postInstant({ date, time, timeZone: 'Europe/Warsaw' }, 'UTC');
      }
    }
    expect(counter.reads()).toBeLessThan(365 * 2 + 100);
  } finally {
    restore();
  }
});

/** Makes Intl refuse `longOffset` as an old ICU does, installs `source`, and returns how to undo both. */
function withoutLongOffset(source: ((zone: string, ms: number) => number) | null): () => void {
  const Real = Intl.DateTimeFormat;
  const Fake = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    if (options?.timeZoneName === 'longOffset') throw new RangeError('Value longOffset out of range for Intl.DateTimeFormat options property timeZoneName');
    return new Real(locales, options);
  } as unknown as typeof Intl.DateTimeFormat;
  Object.defineProperty(Intl, 'DateTimeFormat', { value: Fake, configurable: true, writable: true });
  installOffsetSource(source);
  return () => {
    Object.defineProperty(Intl, 'DateTimeFormat', { value: Real, configurable: true, writable: true });
    installOffsetSource(null);
  };
}

test('an installed source that gives no offset (NaN) falls back to Intl’s parts, so dates never become NaN-NaN-NaN', () => {
  const restore = withoutLongOffset(() => NaN);
  try {
    expect(postInstant({ date: '2026-07-01', time: '09:30', timeZone: 'Europe/Warsaw' }, 'UTC')!.toISOString()).toBe('2026-07-01T07:30:00.000Z');
    expect(localParts(new Date('2026-01-01T08:30:00Z'), 'Europe/Warsaw').time).toBe('09:30');
  } finally {
    restore();
  }
});
