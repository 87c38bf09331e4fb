/** Calendar rows and posts without the emulator: reading a row by header map, and the values a post writes. */
import { calendarCellValue, cellAt, cellValueFor, rowHasContent, rowToPost } from '../../src/domain/calendar-row';
import { mapHeader } from '../../src/domain/header-map';
import { emptyPost } from '../../src/domain/post';

const MAP = mapHeader(['Post ID', 'Team', 'Date', 'Time', 'Platform', 'Text', 'Title', 'Checks', 'Time zone']);

test('mapHeader places columns by name or alias, case and spacing aside, first match winning', () => {
  expect(MAP).toEqual({ ID: 1, Date: 3, Time: 4, Platform: 5, Caption: 6, Title: 7, Checks: 8, 'Time zone': 9 });
  expect(mapHeader(['caption', 'Copy'])).toEqual({ Caption: 1 });
});

test('rowToPost reads each field from its column: dates and times as text, captions and titles untrimmed, the zone defaulted', () => {
  const row = ['P-1', 'team note', new Date('2026-12-01T00:00:00Z'), ' 09:30 ', ' X ', '  Hello  ', ' Title ', '✔ OK', ''];
  const post = rowToPost(row, MAP, 'Etc/UTC');
  expect(post).toEqual({ ...emptyPost(), id: 'P-1', date: '2026-12-01', time: '09:30', platform: 'X', caption: '  Hello  ', title: ' Title ', timeZone: 'Etc/UTC' });
  expect(rowToPost(['P-2'], { ID: 1 }, 'Europe/Warsaw').timeZone).toBe('Europe/Warsaw');
});

test('a row is a post only when a planned column holds something (not the ID, zone, Checks or a team column alone)', () => {
  expect(rowHasContent(['P-1', 'team', '', '', '', '', '', '✔', 'Europe/Warsaw'], MAP)).toBe(false);
  expect(rowHasContent(['', '', '', '', '', 'Hello'], MAP)).toBe(true);
  expect(rowHasContent([null, null, null], MAP)).toBe(false);
});

test('cellAt is the text of a column, or empty when the column is absent', () => {
  expect(cellAt(MAP, ['P-1', 'x', '', '', '', '', '', 7], 'Checks')).toBe('7');
  expect(cellAt(MAP, ['P-1'], 'Checks')).toBe('');
  expect(cellAt(MAP, ['P-1'], 'Status')).toBe('');
});

test('values written for a post: text guarded against formulas, the date as typed, a valid time unguarded in the Calendar', () => {
  const post = { ...emptyPost(), date: '2026-12-01', time: '09:30', caption: '=HYPERLINK("x")' };
  expect(cellValueFor(post, 'Caption')).toBe('\'=HYPERLINK("x")');
  expect(cellValueFor(post, 'Date')).toBe('2026-12-01');
  expect(calendarCellValue(post, 'Time')).toBe('09:30');
  expect(cellValueFor(post, 'Time')).toBe("'09:30");
  expect(calendarCellValue({ ...post, time: '9:30' }, 'Time')).toBe(cellValueFor({ ...post, time: '9:30' }, 'Time'));
});
