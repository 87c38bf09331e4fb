/** What Save does in the post form, in Chromium against the built bundle on the emulator (issue #19 items 3 and 4). */

import { createCalendar, openSidebar, readCalendar, useBrowserSuite, type SidebarSession } from './harness';

const suite = useBrowserSuite();
const { sessions } = suite;

async function open(): Promise<SidebarSession> {
  const session = await openSidebar(suite.browser, createCalendar({ now: () => new Date('2026-11-26T10:00:00Z') }));
  sessions.push(session);
  await session.page.waitForSelector('form.post-form');
  return session;
}

async function fillThreePlatforms(session: SidebarSession): Promise<void> {
  const { page } = session;
  await page.fill('#f-date', '2026-12-01');
  await page.fill('#f-time', '09:30');
  for (const platform of ['X', 'Bluesky', 'LinkedIn']) await page.check(`.chip:has(.chip-text:text-is("${platform}")) input`);
  await page.fill('#f-caption', 'Our winter sale starts today.');
}

test('one post for three platforms at one time: the form warns before saving and staggers the times when asked', async () => {
  const session = await open();
  const { page, emulator } = session;
  const before = readCalendar(emulator).rows.length;
  await fillThreePlatforms(session);
  await page.click('#save');
  await page.waitForSelector('#spread-warning:not([hidden])');
  const warning = (await page.textContent('#spread-warning')) ?? '';
  expect(warning).toMatch(/These 3 posts all go out at 09:30: Sprout Social needs 10 minutes/);
  expect(warning).toMatch(/The text is the same on X, LinkedIn, Bluesky: Hootsuite refuses/);
  expect(warning).toMatch(/Staggered: X 09:30, LinkedIn 09:40, Bluesky 09:50\./);
  expect(readCalendar(emulator).rows.length).toBe(before); // nothing saved until the person answers
  expect(session.calls.filter((call) => call.name === 'savePost')).toHaveLength(0);
  await page.click('#spread-stagger');
  await page.waitForFunction(() => /3/.test(document.getElementById('form-status')?.textContent ?? ''));
  const table = readCalendar(emulator);
  const added = table.rows.slice(before).map((_, i) => before + i);
  expect(added.map((r) => [table.cell(r, 'Platform'), table.cell(r, 'Time')])).toEqual([
    ['X', '09:30'],
    ['LinkedIn', '09:40'],
    ['Bluesky', '09:50'],
  ]);
});

test('changing the form after the warning hides it; "Save as they are" keeps one time for all', async () => {
  const session = await open();
  const { page, emulator } = session;
  const before = readCalendar(emulator).rows.length;
  await fillThreePlatforms(session);
  await page.click('#save');
  await page.waitForSelector('#spread-warning:not([hidden])');
  await page.fill('#f-time', '23:40');
  expect(await page.isHidden('#spread-warning')).toBe(true);
  await page.click('#save');
  await page.waitForSelector('#spread-warning:not([hidden])');
  // 23:40 + 2 × 10 minutes passes midnight: only "as they are" is offered.
  expect(await page.locator('#spread-stagger').count()).toBe(0);
  await page.click('#spread-as-is');
  await page.waitForFunction(() => /3/.test(document.getElementById('form-status')?.textContent ?? ''));
  const table = readCalendar(emulator);
  expect(table.rows.slice(before).map((_, i) => table.cell(before + i, 'Time'))).toEqual(['23:40', '23:40', '23:40']);
});

test('after Save the form edits what was saved, for one platform and for several alike', async () => {
  const session = await open();
  const { page } = session;
  await page.fill('#f-date', '2026-12-01');
  await page.fill('#f-time', '09:30');
  for (const platform of ['X', 'Bluesky']) await page.check(`.chip:has(.chip-text:text-is("${platform}")) input`);
  await page.fill('#f-caption', 'Two platforms');
  await page.click('#save');
  await page.click('#spread-stagger');
  await page.waitForFunction(() => /Saved 2 posts/.test(document.getElementById('form-status')?.textContent ?? ''));
  expect(await page.textContent('#form-status')).toMatch(/The form now edits the first, P-\w+; the others are in the Calendar sheet\./);
  expect(await page.textContent('#form-heading')).toBe('Edit post');
  expect(await page.locator('#f-platforms input:checked').count()).toBe(1);
  expect(await page.inputValue('#f-caption')).toBe('Two platforms');
});

test('changing the platform of a saved post says Save moves it, then moves it; or keeps it and adds a new one', async () => {
  const session = await open();
  const { page, emulator } = session;
  await page.fill('#f-date', '2026-12-01');
  await page.fill('#f-time', '09:30');
  await page.check('.chip:has(.chip-text:text-is("X")) input');
  await page.fill('#f-caption', 'Moving post');
  await page.click('#save');
  await page.waitForFunction(() => /Saved post P-/.test(document.getElementById('form-status')?.textContent ?? ''));
  const rows = readCalendar(emulator).rows.length;
  await page.check('.chip:has(.chip-text:text-is("Bluesky")) input');
  await page.waitForSelector('#move-note:not([hidden])');
  expect(await page.textContent('#move-note')).toMatch(/Saving moves post P-\w+ from X to Bluesky: it will no longer be planned for X\./);
  await page.click('#save');
  await page.waitForFunction(() => /Moved post/.test(document.getElementById('form-status')?.textContent ?? ''));
  expect(await page.textContent('#form-status')).toMatch(/Moved post P-\w+ from X to Bluesky \(row \d+\)\./);
  let table = readCalendar(emulator);
  expect(table.rows.length).toBe(rows);
  expect(table.cell(rows - 1, 'Platform')).toBe('Bluesky');
  expect(await page.isHidden('#move-note')).toBe(true);
  // The other way: keep the Bluesky post and add one for LinkedIn.
  await page.check('.chip:has(.chip-text:text-is("LinkedIn")) input');
  await page.click('#move-save-as-new');
  await page.waitForFunction(() => /Saved post P-/.test(document.getElementById('form-status')?.textContent ?? ''));
  table = readCalendar(emulator);
  expect(table.rows.length).toBe(rows + 1);
  expect([table.cell(rows - 1, 'Platform'), table.cell(rows, 'Platform')]).toEqual(['Bluesky', 'LinkedIn']);
});

test('a post with only a platform is not saved: the form says what to add', async () => {
  const session = await open();
  const { page, emulator } = session;
  const rows = readCalendar(emulator).rows.length;
  await page.check('.chip:has(.chip-text:text-is("X")) input');
  await page.click('#save');
  await page.waitForFunction(() => /only a platform/.test(document.body.textContent ?? ''));
  expect(await page.textContent('#f-caption-error')).toMatch(/This post has only a platform\. Add a date, a format or a caption before saving it\./);
  expect(readCalendar(emulator).rows.length).toBe(rows);
  expect(session.calls.filter((call) => call.name === 'savePost')).toHaveLength(0);
});

test('the time zone list is searchable, uses today\'s names, and offers the sheet\'s zone and recent zones first (issue #19)', async () => {
  const session = await open();
  const { page } = session;
  const zones = await page.locator('#f-timeZone option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(zones).toEqual(expect.arrayContaining(['Europe/Kyiv', 'Asia/Kolkata']));
  expect(zones).not.toContain('Europe/Kiev');
  expect(zones).not.toContain('Asia/Calcutta');
  expect(await page.locator('#f-timeZone optgroup').first().getAttribute('label')).toBe('This spreadsheet and recent');
  expect(await page.locator('#f-timeZone optgroup').first().locator('option').allTextContents()).toEqual(['Europe/Warsaw']);
  await page.fill('#f-timeZone-search', 'kolk');
  expect(await page.inputValue('#f-timeZone')).toBe('Asia/Kolkata');
  expect(await page.locator('#f-timeZone option').count()).toBeLessThan(5);
  await page.fill('#f-timeZone-search', 'new york');
  expect(await page.inputValue('#f-timeZone')).toBe('America/New_York');
  // A zone chosen here leads the list next time.
  const next = await open();
  expect(await next.page.locator('#f-timeZone optgroup').first().locator('option').allTextContents()).toEqual(['Europe/Warsaw', 'America/New York', 'Asia/Kolkata']);
});
