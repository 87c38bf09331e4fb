/** The dashboard's weeks cover every planned post, next month included (issue #19 item 7), on the built bundle. */
import { call, clickMenu, inspect, loadAddon, menuCaption, setUpCalendar } from '../support/calendar-harness';

const NOW = () => new Date('2026-11-26T10:00:00Z'); // a Thursday: the week of Monday 23 November

function weekRows(emulator: ReturnType<typeof loadAddon>): string[][] {
  const values = inspect(emulator, (ss) => ss.getSheetByName('Dashboard')!.getDataRange().getDisplayValues());
  const header = values.findIndex((row) => row[0] === 'Week starting');
  const rows: string[][] = [];
  for (let r = header + 1; r < values.length && /^\d{4}-\d{2}-\d{2}$/.test(values[r][0]); r++) rows.push(values[r]);
  return [values[header], ...rows];
}

test('posts planned seven weeks ahead are counted: the weeks run to the last planned post', () => {
  const emulator = loadAddon({ now: NOW });
  setUpCalendar(emulator);
  for (const date of ['2026-11-27', '2026-12-28', '2027-01-14']) {
    call(emulator, 'savePost', { date, time: '10:00', platform: 'X', format: 'Text', caption: `Post on ${date}`, status: 'Draft' });
  }
  clickMenu(emulator, menuCaption(emulator, 'refreshDashboard'));
  const [header, ...weeks] = weekRows(emulator);
  expect(header).toContain('X');
  expect(weeks[0][0]).toBe('2026-11-09'); // two weeks back
  expect(weeks[weeks.length - 1][0]).toBe('2027-01-11'); // the week of the last post
  const x = header.indexOf('X');
  expect(weeks.reduce((sum, row) => sum + Number(row[x] || 0), 0)).toBe(3);
});

test('with nothing far ahead the table keeps its eight weeks: two back, this one and five ahead', () => {
  const emulator = loadAddon({ now: NOW });
  setUpCalendar(emulator);
  call(emulator, 'savePost', { date: '2026-11-27', time: '10:00', platform: 'X', format: 'Text', caption: 'Soon', status: 'Draft' });
  clickMenu(emulator, menuCaption(emulator, 'refreshDashboard'));
  const [, ...weeks] = weekRows(emulator);
  expect(weeks.map((row) => row[0])).toEqual(['2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28']);
});
