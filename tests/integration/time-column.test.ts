/** The Time column holds only a time of day (issue #19 item 1), on the built bundle in the emulator. */
import { calendarRecords, call, clickMenu, inspect, loadAddon, menuCaption, setUpCalendar } from '../support/calendar-harness';
import { CALENDAR_COLUMNS } from '../../src/domain/post';

const NOW = () => new Date('2026-11-26T10:00:00Z');
const col = (name: (typeof CALENDAR_COLUMNS)[number]) => String.fromCharCode(65 + CALENDAR_COLUMNS.indexOf(name));

function ready() {
  const emulator = loadAddon({ now: NOW });
  setUpCalendar(emulator);
  return emulator;
}

function timeCells(emulator: ReturnType<typeof loadAddon>, rows: number) {
  return inspect(emulator, (ss) => {
    const range = ss.getSheetByName('Calendar')!.getRange(`${col('Time')}2:${col('Time')}${rows + 1}`);
    return { display: range.getDisplayValues().map((r) => r[0]), formats: range.getNumberFormats().map((r) => r[0]) };
  });
}

test('a time past 23:59 typed into the grid is refused with a message that says what to enter', () => {
  const emulator = ready();
  emulator.editAsUser('Calendar', `${col('Platform')}2`, [['X']]);
  const outcome = emulator.editAsUser('Calendar', `${col('Time')}2`, [['25:00']]);
  expect(outcome.rejected).toMatch(/24-hour time from 00:00 to 23:59/);
  expect(emulator.editAsUser('Calendar', `${col('Time')}2`, [['half past nine']]).rejected).toMatch(/24-hour time/);
  expect(calendarRecords(emulator)[0].Time).toBe('');
});

test('a time typed in the grid and one saved from the form show the same HH:mm format', () => {
  const emulator = ready();
  call(emulator, 'savePost', { date: '2026-12-01', time: '09:30', platform: 'X', format: 'Text', caption: 'From the form' });
  emulator.editAsUser('Calendar', `${col('Platform')}3`, [['X']]);
  expect(emulator.editAsUser('Calendar', `${col('Time')}3`, [['10:00']]).rejected).toBeUndefined();
  emulator.editAsUser('Calendar', `${col('Platform')}4`, [['X']]);
  expect(emulator.editAsUser('Calendar', `${col('Time')}4`, [['9:15 pm']]).rejected).toBeUndefined();
  expect(timeCells(emulator, 3)).toEqual({ display: ['09:30', '10:00', '21:15'], formats: ['HH:mm', 'HH:mm', 'HH:mm'] });
  inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.getRange('A3').activate());
  expect(call<{ post: { time: string } }>(emulator, 'getFormContext').post.time).toBe('10:00');
});

test('a duration or date-time already in the Time column is an error in Checks, never another time of day', () => {
  const emulator = ready();
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Calendar')!;
    // Scripts and pasted values bypass validation: the check must still catch them.
    sheet.getRange(`${col('Date')}2:${col('Caption')}3`).setValues([
      ['2026-12-01', '25:00', '', 'X', 'Text', '', 'Late night'],
      ['2026-12-02', '2026-12-02 10:00', '', 'X', 'Text', '', 'Date in time'],
    ]);
  });
  clickMenu(emulator, menuCaption(emulator, 'checkAllPosts'));
  const [first, second] = calendarRecords(emulator);
  expect(first.Checks).toMatch(/^✖ .*“25:00” is not a valid time\. Use the 24-hour format HH:mm/);
  expect(second.Checks).toMatch(/^✖ .*is not a valid time/);
});

test('setup on a calendar whose Time column holds times written as text leaves it without validation (no cell marked invalid)', () => {
  const emulator = loadAddon({ now: NOW });
  inspect(emulator, (ss) => {
    const sheet = ss.getActiveSheet().setName('Calendar');
    sheet.getRange(1, 1, 2, 4).setValues([
      ['Date', 'Time', 'Platform', 'Caption'],
      ['2026-12-01', "'09:30", 'X', 'Written by an older form'],
    ]);
  });
  setUpCalendar(emulator);
  const rule = inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.getRange('B2').getDataValidation());
  expect(rule).toBeNull();
  expect(calendarRecords(emulator)[0].Time).toBe('09:30');
});
