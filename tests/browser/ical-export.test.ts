/** The Export dialog in Chromium for iCalendar with a hostile ID cell (issue #15 item 7): the pre-flight names it, and the downloaded file holds exactly the other posts. */

import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { calendarSheet, createCalendar, openDialog, readCalendar, useBrowserSuite } from './harness';

const NOW = () => new Date('2026-11-26T10:00:00Z');
const EVIL = 'P-EVIL\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@attacker\r\nDTSTART:20261201T090000Z\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT5M\r\nEND:VALARM';

const suite = useBrowserSuite();

test('an ID cell holding CR/LF and an alarm: Check names the row, and the download holds only the other posts, with no alarm', async () => {
  const emulator = createCalendar({
    now: NOW,
    posts: [
      { date: '2026-12-01', time: '09:00', platform: 'LinkedIn', format: 'Text', caption: 'Hostile ID row', status: 'Scheduled' },
      { date: '2026-12-02', time: '09:00', platform: 'LinkedIn', format: 'Text', caption: 'A normal post', status: 'Scheduled' },
    ],
  });
  const idColumn = readCalendar(emulator).header.indexOf('ID') + 1;
  calendarSheet(emulator).getRange(2, idColumn).setValue(EVIL);
  const goodId = readCalendar(emulator).cell(1, 'ID');
  const session = await openDialog(suite.browser, emulator, 'Export…');
  suite.sessions.push(session);
  const { page } = session;
  await page.waitForSelector('#x-target');
  await page.selectOption('#x-target', 'icalendar');
  await page.click('#x-check');
  await page.waitForSelector('.problem-error');
  const problems = (await page.locator('.problem-error').allTextContents()).join('\n');
  expect(problems).toMatch(/Row 2 · Error: .*line break or another control character in its ID/);
  expect(problems).not.toContain('BEGIN:VALARM\n');

  await page.check('#x-only');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#x-download')]);
  const content = readFileSync((await download.path())!, 'utf8');
  const root = new ICAL.Component(ICAL.parse(content));
  const events = root.getAllSubcomponents('vevent');
  expect(events.map((event) => event.getFirstPropertyValue('uid'))).toEqual([`${goodId}@content-calendar`]);
  expect(events.flatMap((event) => event.getAllSubcomponents('valarm'))).toEqual([]);
  expect(content).not.toMatch(/^(BEGIN:VALARM|UID:evil)/m);
});
