/** The planning views' fast clock agrees with schedule/post-instant everywhere, DST days included. */

import fc from 'fast-check';
import { localParts, parseIsoDate, parseTime, postInstant } from '../../../src/domain/schedule/post-instant';
import {
  addDays,
  dateOfDayNumber,
  dayNumber,
  daysBetween,
  parseCivilDate,
  parseClock,
  weekdayOf,
  isoWeekLabel,
  weekStart,
} from '../../../src/domain/planning/civil-date';
import { localTimeOf, wallClockInstant } from '../../../src/domain/planning/zone-clock';

const ZONES = [
  'Europe/Warsaw',
  'America/New_York',
  'Europe/London',
  'Australia/Sydney',
  'Asia/Kolkata',
  'America/St_Johns',
  'UTC',
];
/** Days around the 2024–2026 DST changes of those zones, plus ordinary days. */
const DAYS = [
  '2025-03-09',
  '2025-03-30',
  '2025-10-26',
  '2025-11-02',
  '2025-04-06',
  '2025-10-05',
  '2026-03-29',
  '2024-02-29',
  '2025-07-14',
];

describe('wallClockInstant', () => {
  test('equals postInstant for every hour and minute step on DST days in many zones', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom(...DAYS),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (zone, date, h, m) => {
          const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          expect(wallClockInstant(date, time, zone)).toBe(
            postInstant({ date, time, timeZone: zone }, zone)?.getTime() ?? null,
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('a time in the spring gap moves forward by the gap; unknown zones give null', () => {
    expect(new Date(wallClockInstant('2025-03-30', '02:30', 'Europe/Warsaw')!).toISOString()).toBe(
      '2025-03-30T01:30:00.000Z',
    );
    expect(wallClockInstant('2025-03-30', '02:30', 'Nowhere/City')).toBeNull();
    expect(wallClockInstant('2025-02-30', '02:30', 'UTC')).toBeNull();
  });
});

describe('localTimeOf', () => {
  test('agrees with localParts for any instant from 2000 to 2040', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 946684800, max: 2208988800 }), (zone, seconds) => {
        const ms = seconds * 1000;
        const mine = localTimeOf(ms, zone)!;
        const theirs = localParts(new Date(ms), zone);
        expect([mine.date, mine.time, mine.weekday + 1]).toEqual([theirs.date, theirs.time, theirs.isoWeekday]);
      }),
      { numRuns: 2000 },
    );
  });
});

/** The plain reading of a `yyyy-MM-dd` date (a regex and a Date round trip): the oracle the fast parser must match. */
function plainIsoDate(text: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day ? [year, month, day] : null;
}

/** The plain reading of `HH:mm` / `H:mm` (a regex): the oracle the fast parser must match. */
function plainTime(text: string): [number, number] | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2])] : null;
}

describe('civil dates', () => {
  test('the schedule code reads dates and times with the one parser', () => {
    expect(parseIsoDate).toBe(parseCivilDate);
    expect(parseTime).toBe(parseClock);
  });

  test('parseCivilDate and parseClock give the same answers as a regex and a Date', () => {
    const dateText = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(
          ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(dateText, (text) => expect(parseCivilDate(text)).toEqual(plainIsoDate(text))),
      { numRuns: 3000 },
    );
    const timeText = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 70 }), fc.boolean())
        .map(([h, m, pad]) => `${pad ? String(h).padStart(2, '0') : h}:${String(m).padStart(2, '0')}`),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(timeText, (text) => expect(parseClock(text)).toEqual(plainTime(text))),
      { numRuns: 3000 },
    );
  });

  test('weekdays, week starts and ISO week labels', () => {
    expect(weekdayOf('2025-03-30')).toBe(6);
    expect(weekStart('2025-03-30')).toBe('2025-03-24');
    expect(weekStart('2025-03-30', 0)).toBe('2025-03-30');
    expect(isoWeekLabel('2025-12-29')).toBe('2026-W01');
    expect(isoWeekLabel('2021-01-03')).toBe('2020-W53');
  });

  test('day arithmetic (date-fns on local days) agrees with counting epoch days', () => {
    const date = fc.integer({ min: -30000, max: 60000 }).map(dateOfDayNumber);
    fc.assert(
      fc.property(date, fc.integer({ min: -800, max: 800 }), (from, days) => {
        const to = addDays(from, days);
        expect(to).toBe(dateOfDayNumber(dayNumber(from)! + days));
        expect(daysBetween(from, to)).toBe(days);
        expect(weekdayOf(to)).toBe((((dayNumber(to)! + 3) % 7) + 7) % 7);
        expect(dayNumber(to)! - dayNumber(weekStart(to))!).toBe(weekdayOf(to));
      }),
      { numRuns: 2000 },
    );
  });
});
