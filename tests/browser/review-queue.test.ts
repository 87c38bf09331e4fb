/** The review queue sidebar in Chromium against the built bundle on the emulator: cards, approving by click and by keyboard, comments, HTML shown as text, accessibility. */

import {
  axeViolations,
  createCalendar,
  openSidebar,
  readCalendar,
  useBrowserSuite,
  type SidebarSession,
} from './harness';

const NOW = () => new Date('2026-11-26T10:00:00Z');
const HTML_CAPTION = '<img src=x onerror="window.__pwned=1"><b>bold</b> & <script>window.__pwned=2</script>';

const suite = useBrowserSuite();
const { sessions } = suite;

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
  const session = await openSidebar(suite.browser, emulator, { menu: 'Review queue' });
  sessions.push(session);
  await session.page.waitForSelector('article.card');
  return session;
}

test('lists the posts awaiting review as cards, captions as text, with no accessibility violations', async () => {
  const { page, calls } = await openQueue();
  expect(calls.map((c) => c.name)).toEqual(['getReviewQueue']);
  const headings = await page.locator('article.card h2').allTextContents();
  expect(headings).toEqual(['Launch', 'Markup']);
  await expect(page.locator('#queue-status').textContent()).resolves.toBe('2 posts to review');
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

test('cards show the checks; approving a post with errors asks first; the card and the count update after each decision (issue #19)', async () => {
  const emulator = createCalendar({
    now: NOW,
    posts: [
      // A past date and 7 hashtags on Instagram (5 allowed), and an X caption over 280: the card must say so before anyone approves it.
      { date: '2026-11-20', time: '09:00', platform: 'X', format: 'Text', caption: `${'x'.repeat(290)} #a #b #c #d #e #f #g`, status: 'In review' },
      { date: '2026-12-02', time: '10:00', platform: 'X', format: 'Text', caption: 'A clean post with no title', status: 'In review' },
    ],
  });
  const session = await openSidebar(suite.browser, emulator, { menu: 'Review queue' });
  sessions.push(session);
  const { page } = session;
  await page.waitForSelector('article.card');
  expect(await page.textContent('#queue-status')).toBe('2 posts to review');
  const [bad, clean] = [page.locator('article.card').nth(0), page.locator('article.card').nth(1)];
  expect(await bad.locator('.check-error').allTextContents()).toEqual([expect.stringMatching(/^✖ Error: .*X/)]);
  expect((await bad.locator('.check-warning').allTextContents()).join(' ')).toMatch(/^⚠ Warning: .*2026-11-20 09:00\) has passed/);
  expect(await clean.locator('.checks-ok').textContent()).toBe('✔ Passes the checks.');
  // The caption is shown once: the heading of an untitled post names it instead of repeating the caption.
  expect(await clean.locator('h2').textContent()).toMatch(/^X post P-\w+$/);
  expect(await clean.getByText('A clean post with no title').count()).toBe(1);

  await bad.getByRole('button', { name: 'Approve', exact: true }).click();
  await bad.locator('.confirm:not([hidden])').waitFor();
  expect(await bad.locator('.confirm').textContent()).toMatch(/This post has 1 error \(above\): the platform may refuse it\. Approve it anyway\?/);
  expect(readCalendar(emulator).rows.map((_, r) => readCalendar(emulator).cell(r, 'Status'))).toEqual(['In review', 'In review']);
  await bad.locator('.confirm-no').click();
  expect(await bad.locator('.confirm').isHidden()).toBe(true);

  // The clean post is approved at once; its card shrinks to the result and the count drops.
  await clean.getByRole('button', { name: 'Approve', exact: true }).click();
  await page.waitForFunction(() => document.getElementById('queue-status')?.textContent === '1 post to review');
  expect(await clean.locator('.caption').count()).toBe(0);
  expect(await clean.locator('.result').textContent()).toMatch(/Approved/);

  await bad.getByRole('button', { name: 'Approve', exact: true }).click();
  await bad.locator('.confirm-yes').click();
  await page.waitForFunction(() => /All reviewed/.test(document.getElementById('queue-status')?.textContent ?? ''));
  const table = readCalendar(emulator);
  expect(table.rows.map((_, r) => table.cell(r, 'Status'))).toEqual(['Approved', 'Approved']);
});
