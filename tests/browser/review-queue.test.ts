/** The review queue sidebar in Chromium against the built bundle on the emulator: cards, approving by click and by keyboard, comments, HTML shown as text, accessibility. */

import type { Browser } from 'playwright-core';
import {
  axeViolations,
  createCalendar,
  launchBrowser,
  openSidebar,
  readCalendar,
  type SidebarSession,
} from './harness';

const NOW = () => new Date('2026-11-26T10:00:00Z');
const HTML_CAPTION = '<img src=x onerror="window.__pwned=1"><b>bold</b> & <script>window.__pwned=2</script>';

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
    expect(session.dialogs).toEqual([]);
    await session.close();
  }
});

async function openQueue(): Promise<SidebarSession> {
  const emulator = createCalendar({
    now: NOW,
    posts: [
      {
        date: '2026-12-01',
        time: '09:00',
        platform: 'LinkedIn',
        format: 'Text',
        title: 'Launch',
        caption: 'Plain words',
        status: 'In review',
      },
      {
        date: '2026-12-02',
        time: '10:00',
        platform: 'X',
        format: 'Text',
        title: 'Markup',
        caption: HTML_CAPTION,
        status: 'In review',
      },
      {
        date: '2026-12-03',
        time: '11:00',
        platform: 'X',
        format: 'Text',
        title: 'Draft',
        caption: 'Not listed',
        status: 'Draft',
      },
    ],
  });
  const session = await openSidebar(browser, emulator, { menu: 'Review queue' });
  sessions.push(session);
  await session.page.waitForSelector('article.card');
  return session;
}

test('lists the posts awaiting review as cards, captions as text, with no accessibility violations', async () => {
  const { page, calls } = await openQueue();
  expect(calls.map((c) => c.name)).toEqual(['getReviewQueue']);
  const headings = await page.locator('article.card h2').allTextContents();
  expect(headings).toEqual(['Launch', 'Markup']);
  await expect(page.locator('#queue-status').textContent()).resolves.toBe('2 post(s) to review');
  const markup = page.locator('article.card', { hasText: 'Markup' });
  await expect(markup.locator('.caption').textContent()).resolves.toBe(HTML_CAPTION);
  expect(await markup.locator('img, b, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await axeViolations(page)).toEqual([]);
});

test('Approve with a comment: the post is approved, the comment shown and kept on the post', async () => {
  const { page, emulator } = await openQueue();
  const card = page.locator('article.card', { hasText: 'Launch' });
  await card.getByLabel('Comment').fill('Looks great =)');
  await card.getByRole('button', { name: 'Approve' }).click();
  await card.locator('.result', { hasText: 'Approved post' }).waitFor();
  await expect(card.locator('.comments-text').textContent()).resolves.toBe(
    '2026-11-26 11:00 owner@example.com: Looks great =)',
  );
  expect(await card.locator('.comments').getAttribute('open')).not.toBeNull();
  expect(await card.getByRole('button').count()).toBe(0);
  const table = readCalendar(emulator);
  const row = table.rows.findIndex((r) => r.includes('Launch'));
  expect(table.cell(row, 'Status')).toBe('Approved');
  expect(table.cell(row, 'Approved by')).toBe('owner@example.com');
  expect(table.cell(row, 'Review comments')).toBe('2026-11-26 11:00 owner@example.com: Looks great =)');
  expect(await axeViolations(page)).toEqual([]);
});

test('by keyboard: Request changes without a comment says what to do; with one it is recorded', async () => {
  const { page, emulator } = await openQueue();
  const card = page.locator('article.card', { hasText: 'Markup' });
  await card.getByRole('button', { name: 'Request changes' }).focus();
  await page.keyboard.press('Enter');
  const message = card.locator('.result.error');
  await message.waitFor();
  await expect(message.textContent()).resolves.toMatch(/Say what should change/);
  await card.getByLabel('Comment').focus();
  await page.keyboard.type('No markup in captions, please.');
  await page.keyboard.press('Tab'); // past Approve (the hint is not focusable)
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await card.locator('.result', { hasText: 'Asked for changes' }).waitFor();
  const table = readCalendar(emulator);
  const row = table.rows.findIndex((r) => r.includes('Markup'));
  expect(table.cell(row, 'Status')).toBe('Needs changes');
  expect(table.cell(row, 'Review comments')).toMatch(/: No markup in captions, please\.$/);
});

test('a post deleted after the queue loaded gives a readable message; Refresh reloads the queue', async () => {
  const { page, emulator } = await openQueue();
  const sheet = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .getActiveSpreadsheet()
    .getSheetByName('Calendar')!;
  emulator.context.quietly(() => sheet.deleteRow(2));
  const card = page.locator('article.card', { hasText: 'Launch' });
  await card.getByRole('button', { name: 'Approve' }).click();
  await card.locator('.result.error').waitFor();
  await expect(card.locator('.result').textContent()).resolves.toMatch(/no longer in the Calendar sheet/);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await page.waitForFunction(() => document.querySelectorAll('article.card').length === 1);
  await expect(page.locator('article.card h2').allTextContents()).resolves.toEqual(['Markup']);
});
