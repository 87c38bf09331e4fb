/** The Export dialog in Chromium against the built bundle on the emulator: pre-flight problems, Stagger, a real download, accessibility. */

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { axeViolations, createCalendar, openDialog, useBrowserSuite, type SidebarSession } from './harness';

const NOW = () => new Date('2026-11-26T10:00:00Z');

const suite = useBrowserSuite();

/** The names of the server functions a page called, in order. */
const names = (calls: SidebarSession['calls']) => calls.map((call) => call.name);

/**
 * Runs the Export… menu command on a fresh calendar and shows the dialog it served, at the size it
 * asked for, with google.script.run wired to the bundle on the emulator.
 */
async function openExportDialog(
  posts: Array<Record<string, unknown>>,
  options: { locale?: string; menu?: string } = {},
): Promise<SidebarSession> {
  const { menu = 'Export…', ...emulatorOptions } = options;
  const emulator = createCalendar({ now: NOW, posts, ...emulatorOptions });
  const session = await openDialog(suite.browser, emulator, menu);
  suite.sessions.push(session);
  await session.page.waitForSelector('#x-target');
  return session;
}

const COLLIDING = [
  { date: '2026-12-01', time: '09:00', platform: 'LinkedIn', format: 'Text', caption: 'First, "quoted" 🎉', status: 'Scheduled' },
  { date: '2026-12-01', time: '09:05', platform: 'LinkedIn', format: 'Text', caption: 'Second\nwith a line break', status: 'Scheduled' },
];

test('Sprout with two posts 5 minutes apart: Check lists the problem; with Stagger the file downloads and parses', async () => {
  const { page, calls } = await openExportDialog(COLLIDING);
  await page.selectOption('#x-target', 'sprout');
  await expect(page.isVisible('#x-stagger')).resolves.toBe(true);
  await page.click('#x-check');
  await page.waitForSelector('.problem-error');
  const problems = await page.locator('.problem').allTextContents();
  expect(problems.join('\n')).toMatch(/Row 3 · Error: Post P-\w+ is 5 minutes after post P-\w+/);
  expect(await page.textContent('#x-message')).toMatch(/2 posts selected; 1 passes/);

  // Download without Stagger is refused and says why.
  await page.click('#x-download');
  await page.waitForFunction(() => /cannot be written/.test(document.getElementById('x-message')?.textContent ?? ''));

  await page.check('#x-stagger');
  expect(await page.locator('.problem').count()).toBe(0); // changing an option clears stale results
  await page.selectOption('#x-date-order', 'dmy');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#x-download')]);
  expect(download.suggestedFilename()).toBe('sprout-bulk-2026-11-26.csv');
  const content = readFileSync((await download.path())!, 'utf8');
  const rows = parse(content, { columns: true }) as Array<Record<string, string>>;
  expect(rows.map((row) => [row.date, row.time_24hr, row.message_text])).toEqual([
    ['01/12/2026', '09:00', 'First, "quoted" 🎉'],
    ['01/12/2026', '09:10', 'Second\nwith a line break'],
  ]);
  await page.waitForFunction(() => /Downloaded sprout-bulk/.test(document.getElementById('x-message')?.textContent ?? ''));
  expect(await page.locator('.moved li').allTextContents()).toEqual([expect.stringMatching(/Row 3 \(P-\w+\): 2026-12-01 09:05 → 2026-12-01 09:10/)]);
  expect(names(calls)).toEqual(['getExportContext', 'previewExport', 'exportPosts', 'exportPosts']);
});

test('problems are shown as text, never as markup', async () => {
  const { page } = await openExportDialog([
    { id: '', date: '2026-12-01', time: '09:00', platform: 'LinkedIn', format: 'Text', caption: '<img src=x onerror=alert(1)>', status: 'Scheduled', media: '<b>bold</b>' },
  ]);
  await page.selectOption('#x-target', 'sprout');
  await page.click('#x-check');
  await page.waitForSelector('.problem-error');
  expect(await page.locator('.problem b, .problem img').count()).toBe(0);
  expect((await page.locator('.problem').allTextContents()).join(' ')).toContain('"<b>bold</b>"');
});

test('the dialog passes axe-core with problems shown, works by keyboard, and speaks Polish for a Polish spreadsheet', async () => {
  const { page } = await openExportDialog(COLLIDING, { locale: 'pl_PL', menu: 'Eksport…' });
  expect(await page.textContent('label[for="x-target"]')).toBe('Format');
  expect(await page.textContent('#x-download')).toBe('Pobierz');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('x-target');
  await page.selectOption('#x-target', 'sprout');
  // Every control is reachable with Tab, in reading order, up to Check.
  const order: string[] = [];
  for (let i = 0; i < 30 && order[order.length - 1] !== 'x-check'; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''));
  }
  // (A date input's day, month and year parts are separate Tab stops.)
  expect(order.filter((id, i) => id !== order[i - 1])).toEqual(['x-from', 'x-to', 'x-platform', 'x-status', 'x-only', 'x-stagger', 'x-date-order', 'x-zone', 'SUMMARY', 'x-close', 'x-check']);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.problem-error');
  expect(await page.textContent('.problem-error strong')).toMatch(/^Wiersz 3 · Błąd: $/);
  await page.click('.gcal summary');
  expect(await axeViolations(page)).toEqual([]);
});

test('the Google Calendar section loads calendars only when asked and syncs', async () => {
  const { page, calls, emulator } = await openExportDialog(COLLIDING);
  expect(names(calls)).toEqual(['getExportContext']);
  await page.click('.gcal summary');
  await page.click('#g-load');
  await page.waitForSelector('#g-calendar:visible');
  await page.click('#g-sync');
  await page.waitForFunction(() => /2 created/.test(document.querySelector('.gcal .message')?.textContent ?? ''));
  expect(names(calls)).toEqual(['getExportContext', 'getCalendarChoices', 'syncToGoogleCalendar']);
  const state = JSON.parse(emulator.save()) as { calendars: { calendars: Array<{ events: unknown[] }> } };
  expect(state.calendars.calendars.reduce((n, calendar) => n + calendar.events.length, 0)).toBe(2);
});

test('without the Calendar permission the section says how to grant it, links to Google, and Try again works', async () => {
  const { page, calls, emulator } = await openExportDialog(COLLIDING);
  const scope = 'https://www.googleapis.com/auth/calendar.app.created';
  emulator.runtime.declinedScopes.add(scope);
  try {
    await page.click('.gcal summary');
    await page.click('#g-load');
    await page.waitForSelector('#g-grant:visible');
    expect(await page.textContent('.gcal .message')).toMatch(/needs your permission.*Open “Grant access”, allow it, then choose “Try again”\./);
    expect(await page.getAttribute('#g-grant', 'href')).toMatch(/^https:\/\/script\.google\.com\/macros\/d\/.+\/authorize$/);
    expect(await page.getAttribute('#g-grant', 'target')).toBe('_blank');
    expect(await page.textContent('#g-load')).toBe('Try again');
    expect(await axeViolations(page)).toEqual([]);
    emulator.runtime.declinedScopes.delete(scope); // granted on Google's page
    await page.click('#g-load');
    await page.waitForSelector('#g-calendar:visible');
    expect(await page.isHidden('#g-grant')).toBe(true);
    await page.click('#g-sync');
    await page.waitForFunction(() => /2 created/.test(document.querySelector('.gcal .message')?.textContent ?? ''));
    expect(names(calls)).toEqual(['getExportContext', 'getCalendarChoices', 'getCalendarChoices', 'syncToGoogleCalendar']);
  } finally {
    emulator.runtime.declinedScopes.delete(scope);
  }
});

test('a format is chosen at once; scheduler files start with the posts ready to go out; counts follow the date range (issue #19)', async () => {
  const { page } = await openExportDialog([
    { date: '2026-12-01', time: '09:00', platform: 'X', format: 'Text', caption: 'Ready', status: 'Approved' },
    { date: '2026-12-02', time: '09:00', platform: 'X', format: 'Text', caption: 'Not yet', status: 'Draft' },
    { date: '2027-01-05', time: '09:00', platform: 'LinkedIn', format: 'Text', caption: 'Next year', status: 'Scheduled' },
  ]);
  expect(await page.inputValue('#x-target')).toBe('hootsuite');
  expect(await page.inputValue('#x-status')).toBe('@ready');
  expect(await page.textContent('#x-status option:checked')).toBe('Ready to go out: Approved and Scheduled (2)');
  await page.click('#x-check');
  await page.waitForFunction(() => /selected/.test(document.getElementById('x-message')?.textContent ?? ''));
  expect(await page.textContent('#x-message')).toMatch(/^2 post/);
  // A reading copy holds every status by default.
  await page.selectOption('#x-target', 'generic-csv');
  expect(await page.inputValue('#x-status')).toBe('');
  await page.fill('#x-to', '2026-12-31');
  await page.dispatchEvent('#x-to', 'change');
  expect(await page.textContent('#x-platform option[value=""]')).toBe('All (2)');
  expect(await page.textContent('#x-platform option[value="LinkedIn"]')).toBe('LinkedIn');
  expect(await page.textContent('#x-status option[value="@ready"]')).toBe('Ready to go out: Approved and Scheduled (1)');
});

test('in Polish no button label wraps inside itself (issue #19)', async () => {
  const { page } = await openExportDialog(COLLIDING, { locale: 'pl_PL', menu: 'Eksport…' });
  await page.selectOption('#x-target', 'sprout');
  await page.click('.gcal summary');
  const wrapped = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, summary')]
      .filter((node) => node.offsetParent !== null)
      .filter((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
      })
      .map((node) => node.textContent ?? ''),
  );
  expect(wrapped).toEqual([]);
});

test('identical warnings become one line with a count; the options grid lines up (issue #19)', async () => {
  const posts = Array.from({ length: 8 }, (_, i) => ({
    date: '2026-12-01', time: `${String(9 + i).padStart(2, '0')}:00`, platform: 'X', format: 'Text', caption: `Post ${i}`, status: 'Approved', link: 'javascript:alert(1)',
  }));
  const { page } = await openExportDialog(posts);
  await page.selectOption('#x-target', 'hootsuite');
  await page.click('#x-check');
  await page.waitForSelector('.problem');
  const items = await page.locator('.problem').allTextContents();
  const counted = items.filter((text) => /^8 rows \(\d+, \d+, \d+, \d+, \d+ and 3 more\) · /.test(text));
  expect(items.length).toBeLessThan(8);
  expect(counted.length).toBeGreaterThan(0);
  const top = (selector: string) => page.locator(selector).evaluate((node) => Math.round(node.getBoundingClientRect().top));
  expect(await top('#x-date-order')).toBe(await top('#x-zone'));
  const suggested = await page.locator('#x-zones option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(suggested[0]).toBe('Europe/Warsaw');
  expect(suggested).toEqual(expect.arrayContaining(['Europe/Kyiv', 'Asia/Kolkata']));
  const left = (selector: string) => page.locator(selector).evaluate((node) => Math.round(node.getBoundingClientRect().left));
  expect(await left('#x-stagger-min')).toBe(await left('#x-zone'));
});
