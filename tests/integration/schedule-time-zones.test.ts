/** A post's moment is its Date + Time in its own zone: right across DST and when the script's zone differs. */
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { calendarRecords, call, clickMenu, inspect, loadAddon, menuCaption, setUpCalendar } from '../support/calendar-harness';
import type { SaveResult } from '../../src/shared/rpc-types';
import { CALENDAR_COLUMNS } from '../../src/domain/post';

const col = (name: (typeof CALENDAR_COLUMNS)[number]) => String.fromCharCode(65 + CALENDAR_COLUMNS.indexOf(name));

test('dates and times survive a spreadsheet zone that differs from the script zone, on DST change days', () => {
  const emulator = loadAddon({ timeZone: 'America/New_York', scriptTimeZone: 'Asia/Tokyo', now: () => new Date('2026-03-01T12:00:00Z') });
  setUpCalendar(emulator);
  for (const [date, time] of [['2026-03-08', '01:30'], ['2026-03-08', '03:30'], ['2026-11-01', '01:30'], ['2026-12-31', '23:59']]) {
    call<SaveResult>(emulator, 'savePost', { date, time, platform: 'X', caption: `At ${date} ${time}` });
  }
  expect(calendarRecords(emulator).map((record) => [record.Date, record.Time, record['Time zone']])).toEqual([
    ['2026-03-08', '01:30', 'America/New_York'],
    ['2026-03-08', '03:30', 'America/New_York'],
    ['2026-11-01', '01:30', 'America/New_York'],
    ['2026-12-31', '23:59', 'America/New_York'],
  ]);
  emulator.spreadsheet.setActive('Calendar', 'A3');
  const context = call<{ post: { date: string; time: string } }>(emulator, 'getFormContext');
  expect(context.post).toMatchObject({ date: '2026-03-08', time: '03:30' });
});

test('a date typed by a person into a Date cell reads back as the same day in any zone', () => {
  const emulator = loadAddon({ timeZone: 'Pacific/Auckland', scriptTimeZone: 'America/Los_Angeles', now: () => new Date('2026-09-01T00:00:00Z') });
  setUpCalendar(emulator);
  emulator.editAsUser('Calendar', `${col('Date')}2:${col('Platform')}2`, [['2026-09-27', '02:30', '', 'Bluesky']]);
  const [record] = calendarRecords(emulator);
  expect(record.Date).toBe('2026-09-27');
  emulator.spreadsheet.setActive('Calendar', 'B2');
  const context = call<{ post: { date: string; time: string; timeZone: string } }>(emulator, 'getFormContext');
  expect(context.post).toMatchObject({ date: '2026-09-27', time: '02:30', timeZone: 'Pacific/Auckland' });
});

test('"in the past" is judged at the post’s own moment: 09:00 Warsaw has passed at 10:00 UTC, 09:00 Los Angeles has not', () => {
  const emulator = loadAddon({ timeZone: 'Europe/Warsaw', now: () => new Date('2026-11-26T10:00:00Z') });
  setUpCalendar(emulator);
  call(emulator, 'savePost', { date: '2026-11-26', time: '09:00', platform: 'Bluesky', format: 'Text', caption: 'Warsaw morning' });
  call(emulator, 'savePost', { date: '2026-11-26', time: '09:00', timeZone: 'America/Los_Angeles', platform: 'Bluesky', format: 'Text', caption: 'LA morning' });
  const notes = inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.getRange(`${col('Checks')}2:${col('Checks')}3`).getNotes().map((r) => r[0]));
  expect(notes[0]).toMatch(/has passed/);
  expect(notes[1]).not.toMatch(/has passed/);
});

describe.each([
  ['the full runtime', false],
  ['the conservative runtime (no Intl longOffset, Segmenter or PluralRules)', true],
])('a post at 09:30 in Europe/Warsaw lands at 09:30 Warsaw across both DST changes, on %s', (_name, conservativeRuntime) => {
  // Issue #16 break 4: with `longOffset` refused, every date read back became NaN-NaN-NaN and exports found no posts.
  const DAYS: Array<[string, string]> = [
    ['2026-03-28', '2026-03-28T08:30:00Z'], // CET, the day before spring forward
    ['2026-03-29', '2026-03-29T07:30:00Z'], // CEST from 02:00 that morning
    ['2026-03-30', '2026-03-30T07:30:00Z'],
    ['2026-10-24', '2026-10-24T07:30:00Z'],
    ['2026-10-25', '2026-10-25T08:30:00Z'], // CET again from 03:00 that morning
    ['2026-10-26', '2026-10-26T08:30:00Z'],
  ];
  const emulator = loadAddon({ timeZone: 'Europe/Warsaw', scriptTimeZone: 'Etc/UTC', conservativeRuntime, now: () => new Date('2026-03-01T12:00:00Z') });
  beforeAll(() => {
    setUpCalendar(emulator);
    for (const [date] of DAYS) call<SaveResult>(emulator, 'savePost', { date, time: '09:30', platform: 'Bluesky', format: 'Text', caption: `Warsaw ${date}` });
  });

  test('the rows read back with their dates and times, and Check all posts finds no date problem', () => {
    emulator.spreadsheet.setActive('Calendar', 'A2');
    clickMenu(emulator, menuCaption(emulator, 'checkAllPosts'));
    const records = calendarRecords(emulator);
    expect(records.map((record) => [record.Date, record.Time])).toEqual(DAYS.map(([date]) => [date, '09:30']));
    expect(records.map((record) => record.Checks).join(' ')).not.toMatch(/NaN|date/i);
    emulator.spreadsheet.setActive('Calendar', 'B6');
    const context = call<{ post: { date: string; time: string } }>(emulator, 'getFormContext');
    expect(context.post).toMatchObject({ date: '2026-10-25', time: '09:30' });
  });

  test('the generic CSV export finds every post at its instant in UTC and at 09:30 local', () => {
    const file = call<{ ok: boolean; content: string }>(emulator, 'exportPosts', { target: 'generic-csv' });
    expect(file.ok).toBe(true);
    const rows = parse(file.content, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => row['Start (UTC)'])).toEqual(DAYS.map(([, utc]) => utc));
    expect(rows.map((row) => row['Start (local)'].slice(10, 16))).toEqual(DAYS.map(() => 'T09:30'));
  });

  test('the iCalendar export starts each event at the instant of 09:30 Warsaw', () => {
    const file = call<{ ok: boolean; content: string }>(emulator, 'exportPosts', { target: 'icalendar' });
    expect(file.ok).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(file.content));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.startDate.toJSDate().toISOString().replace('.000', ''))).toEqual(DAYS.map(([, utc]) => utc));
  });
});
