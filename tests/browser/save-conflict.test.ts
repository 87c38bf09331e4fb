/** The post form's conflict panel in Chromium on the built bundle (issue #15 item 10): a colleague's sheet edit under an open form is shown and chosen, never overwritten. */

import type { Emulator } from '../../emulator';
import {
  axeViolations,
  createCalendar,
  openSidebar,
  readCalendar,
  useBrowserSuite,
  type SidebarSession,
} from './harness';

const NOW = () => new Date('2026-11-26T10:00:00Z');
const TYPO = 'Our spring sale strats on Monday';
const FIXED = 'Our spring sale starts on Monday';

const suite = useBrowserSuite();
const { sessions } = suite;

/** A calendar with one post, the form opened on it with "Edit selected post". */
async function openOnPost(): Promise<{ session: SidebarSession; emulator: Emulator }> {
  const emulator = createCalendar({
    now: NOW,
    posts: [{ date: '2026-12-01', time: '09:00', platform: 'LinkedIn', format: 'Text', title: 'Spring sale', caption: TYPO, status: 'Draft' }],
  });
  emulator.spreadsheet.setActive('Calendar', 'A2');
  const session = await openSidebar(suite.browser, emulator, { menu: 'Edit selected post' });
  sessions.push(session);
  await session.page.waitForSelector('form.post-form');
  expect(await session.page.inputValue('#f-caption')).toBe(TYPO);
  return { session, emulator };
}

/** A colleague fixes the caption in the sheet while the form is open (onEdit runs, as for a person). */
function colleagueFixesCaption(emulator: Emulator): void {
  const caption = readCalendar(emulator).header.indexOf('Caption') + 1;
  const outcome = emulator.editAsUser('Calendar', `${String.fromCharCode(64 + caption)}2`, [[FIXED]], { user: 'bob@content-calendar.example' });
  expect(outcome.rejected).toBeUndefined();
}

const cell = (emulator: Emulator, column: string) => {
  const table = readCalendar(emulator);
  return table.cell(0, column);
};

test('only the time changed in the form, the caption in the sheet: the save shows the change, keeps the fix, then saves the time', async () => {
  const { session, emulator } = await openOnPost();
  const { page } = session;
  colleagueFixesCaption(emulator);
  await page.fill('#f-time', '10:15');
  await page.click('#save');
  await page.waitForSelector('#conflict:not([hidden])');
  // Nothing was written: the colleague's fix and the old time are in the sheet.
  expect(cell(emulator, 'Caption')).toBe(FIXED);
  expect(cell(emulator, 'Time')).not.toMatch(/10:15/);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('conflict-heading');
  expect(await page.textContent('#conflict-intro')).toContain('Caption');
  const fields = await page.$$eval('.conflict-field', (nodes) => nodes.map((node) => node.getAttribute('data-field')));
  expect(fields).toEqual(['caption']);
  expect(await page.textContent('label[for="conflict-caption-sheet"]')).toContain(FIXED);
  expect(await page.textContent('label[for="conflict-caption-mine"]')).toContain(TYPO);
  // The person did not touch the caption, so the sheet's value is the one chosen to start with.
  expect(await page.isChecked('#conflict-caption-sheet')).toBe(true);
  expect(await axeViolations(page)).toEqual([]);

  await page.click('#conflict-save');
  await page.waitForFunction(() => /Saved post P-\w+/.test(document.getElementById('form-status')?.textContent ?? ''));
  expect(await page.isHidden('#conflict')).toBe(true);
  expect(cell(emulator, 'Caption')).toBe(FIXED);
  expect(cell(emulator, 'Time')).toMatch(/10:15/);
  expect(await page.inputValue('#f-caption')).toBe(FIXED);

  // The form now holds what it saved: a further save is not mistaken for a conflict.
  await page.fill('#f-notes', 'Checked with Bob');
  await page.click('#save');
  await page.waitForFunction(() => document.getElementById('form-status')?.textContent?.includes('Saved post') && !document.querySelector('#conflict:not([hidden])'));
  expect(cell(emulator, 'Notes')).toBe('Checked with Bob');
  expect(cell(emulator, 'Caption')).toBe(FIXED);
});

test('by keyboard: choosing "Keep mine" writes the form’s caption; Cancel saves nothing', async () => {
  const { session, emulator } = await openOnPost();
  const { page } = session;
  colleagueFixesCaption(emulator);
  await page.fill('#f-caption', 'My own rewrite of the caption');
  await page.click('#save');
  await page.waitForSelector('#conflict:not([hidden])');
  // The person changed the caption too, so their own value is the one chosen to start with.
  expect(await page.isChecked('#conflict-caption-mine')).toBe(true);
  await page.focus('#conflict-cancel');
  await page.keyboard.press('Enter');
  expect(await page.isHidden('#conflict')).toBe(true);
  expect(cell(emulator, 'Caption')).toBe(FIXED);

  await page.click('#save');
  await page.waitForSelector('#conflict:not([hidden])');
  await page.focus('#conflict-all-sheet');
  await page.keyboard.press('Enter');
  expect(await page.isChecked('#conflict-caption-sheet')).toBe(true);
  await page.focus('#conflict-caption-sheet');
  await page.keyboard.press('ArrowDown');
  expect(await page.isChecked('#conflict-caption-mine')).toBe(true);
  await page.focus('#conflict-save');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Saved post P-\w+/.test(document.getElementById('form-status')?.textContent ?? ''));
  expect(cell(emulator, 'Caption')).toBe('My own rewrite of the caption');
});
