/** What Save does in the post form, in Chromium against the built bundle on the emulator (issue #19 items 3 and 4). */

import type { Browser } from 'playwright-core';
import { createCalendar, launchBrowser, openSidebar, readCalendar, type SidebarSession } from './harness';

let browser: Browser;
const sessions: SidebarSession[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  for (const session of sessions.splice(0)) {
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session.close();
  }
});

async function open(): Promise<SidebarSession> {
  const session = await openSidebar(browser, createCalendar({ now: () => new Date('2026-11-26T10:00:00Z') }));
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
