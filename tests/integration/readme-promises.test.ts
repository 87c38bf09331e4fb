/** What the README promises a social media manager, checked on the built bundle (issue #19 item 8): each test quotes the promise it keeps. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { call, clickMenu, inspect, loadAddon, menuCaption, setUpCalendar } from '../support/calendar-harness';

const README = readFileSync(join(__dirname, '../../README.md'), 'utf8').replace(/\s+/g, ' ');

test('month view: "Hover a post for its title, caption start, status, owner and ID"', () => {
  expect(README).toContain('Hover a post for its title, caption start, status, owner and ID.');
  const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z') });
  setUpCalendar(emulator);
  const saved = call<{ id: string }>(emulator, 'savePost', {
    date: '2026-11-28', time: '10:00', platform: 'LinkedIn', format: 'Text', title: 'Winter webinar',
    caption: 'Join our winter webinar on planning.', status: 'In review', owner: 'anna@example.com',
  });
  clickMenu(emulator, menuCaption(emulator, 'showMonthView'));
  const notes = inspect(emulator, (ss) => ss.getSheetByName('Month view')!.getDataRange().getNotes().flat());
  const note = notes.find((text) => text.includes(saved.id)) ?? '';
  expect(note.split('\n')).toEqual(expect.arrayContaining([
    'Winter webinar',
    'Join our winter webinar on planning.',
    'Status: In review',
    'Owner: anna@example.com',
    `ID: ${saved.id}`,
  ]));
});

test('dashboard: "posts per week by platform (from two weeks back to the week of the last planned post"', () => {
  expect(README).toContain('posts per week by platform (from two weeks back to the week of the last planned post');
  // tests/integration/dashboard-horizon.test.ts proves it.
});

test('calendar: the Time column and the check marks are described as they behave', () => {
  expect(README).toContain('validation refuses anything else (`25:00`, text;'); // tests/integration/time-column.test.ts
  expect(README).toContain('the row\'s first calendar cell (the ID in the default layout) turns red on an error'); // tests/integration/check-marks.test.ts
});

test('the README describes Save, Language and the export defaults as the tests prove them', () => {
  // tests/browser/post-form-save.test.ts and tests/integration/multi-platform-save.test.ts
  expect(README).toContain('**Save** means one thing whatever the number of platforms');
  expect(README).toContain('**Stagger 10 minutes apart and save**');
  // tests/integration/language-setting.test.ts and tests/browser/language.test.ts
  expect(README).toContain('**Content Calendar › Language › English / Polski**');
  // tests/integration/export.test.ts and tests/browser/export-dialog.test.ts
  expect(README).toContain('**Ready to go out: Approved and Scheduled**');
  // tests/browser/review-queue.test.ts
  expect(README).toContain('A post with errors asks first, in the card: **Approve anyway** or **Cancel**.');
});
