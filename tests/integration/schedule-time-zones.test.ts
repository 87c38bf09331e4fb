/** A post's moment is its Date + Time in its own zone: right across DST and when the script's zone differs. */
import { calendarRecords, call, inspect, loadAddon, setUpCalendar } from '../support/calendar-harness';
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
