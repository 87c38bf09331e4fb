/** A problem is visible on the row without scrolling (issue #19 item 5): the leftmost cell and the cell at fault are marked, on the built bundle. */
import { call, inspect, loadAddon, setUpCalendar } from '../support/calendar-harness';
import { CALENDAR_COLUMNS } from '../../src/domain/post';
import { ERROR_STYLE, WARNING_STYLE, statusStyle } from '../../src/domain/status-palette';

const NOW = () => new Date('2026-11-26T10:00:00Z');
const at = (name: (typeof CALENDAR_COLUMNS)[number]) => CALENDAR_COLUMNS.indexOf(name);

test('an over-limit caption marks its Caption cell and the ID cell; hashtag warnings mark Hashtags; a clean row keeps its status colour', () => {
  const emulator = loadAddon({ now: NOW });
  setUpCalendar(emulator);
  call(emulator, 'savePost', { date: '2026-12-01', time: '09:00', platform: 'X', format: 'Text', caption: 'x'.repeat(300), status: 'Draft' });
  call(emulator, 'savePost', { date: '2026-12-01', time: '10:00', platform: 'Instagram', format: 'Image', caption: 'Autumn', hashtags: '#a #b #c #d #e #f #g', media: 'https://example.com/a.jpg', status: 'Draft' });
  call(emulator, 'savePost', { date: '2026-12-01', time: '11:00', platform: 'X', format: 'Text', caption: 'Fine', status: 'Draft' });
  const { cells, columnWidths } = emulator.spreadsheet.renderSheet('Calendar');
  const [tooLong, hashtags, clean] = [cells[1], cells[2], cells[3]];
  expect(tooLong[at('Checks')].display).toMatch(/^✖ X: 300\/280/);
  expect(tooLong[at('ID')].background).toBe(ERROR_STYLE.background.toLowerCase());
  expect(tooLong[at('Caption')].background).toBe(ERROR_STYLE.background.toLowerCase());
  expect(tooLong[at('Hashtags')].background).toBe(statusStyle('Draft').background.toLowerCase());
  expect(hashtags[at('Checks')].display).toMatch(/^⚠ /);
  expect(hashtags[at('ID')].background).toBe(WARNING_STYLE.background.toLowerCase());
  expect(hashtags[at('Hashtags')].background).toBe(ERROR_STYLE.background.toLowerCase());
  expect(hashtags[at('Caption')].background).toBe(statusStyle('Draft').background.toLowerCase());
  expect(clean[at('ID')].background).toBe(statusStyle('Draft').background.toLowerCase());
  expect(clean[at('Caption')].background).toBe(statusStyle('Draft').background.toLowerCase());
  // At 1440 px (less the row numbers) the marked ID and Caption cells are on screen without scrolling.
  const rightOfCaption = columnWidths.slice(0, at('Caption') + 1).reduce((sum, width) => sum + width, 0);
  expect(rightOfCaption).toBeLessThanOrEqual(1440 - 46);
});

test('setup run again replaces its own check marks and adds none twice', () => {
  const emulator = loadAddon({ now: NOW });
  setUpCalendar(emulator);
  const rules = () => inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.getConditionalFormatRules().length);
  const first = rules();
  call(emulator, 'setupCalendar');
  expect(rules()).toBe(first);
});
