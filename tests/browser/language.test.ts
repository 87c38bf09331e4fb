/** Pages in Polish (issue #19 item 9), in Chromium against the built bundle: they follow Content Calendar › Language, and no button label wraps. */

import type { Page } from 'playwright-core';
import { createCalendar, openSidebar, useBrowserSuite } from './harness';

const suite = useBrowserSuite();
const { sessions } = suite;

/** Buttons whose label takes more than one line (text height above one line of 13 px type). */
async function wrappedButtons(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button')]
      .filter((button) => button.offsetParent !== null)
      .filter((button) => {
        const range = document.createRange();
        range.selectNodeContents(button);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return lines.size > 1;
      })
      .map((button) => button.textContent ?? ''),
  );
}

test('an English spreadsheet switched to Polski opens the form in Polish, and no button label wraps at 300 px', async () => {
  const emulator = createCalendar({ now: () => new Date('2026-11-26T10:00:00Z'), locale: 'en_US' });
  const chosen = emulator.clickMenu('Language > Polski');
  expect(chosen.ok).toBe(true);
  const session = await openSidebar(suite.browser, emulator, { menu: 'Nowy post…' });
  sessions.push(session);
  const { page } = session;
  await page.waitForSelector('form.post-form');
  expect(await page.textContent('#form-heading')).toBe('Nowy post');
  expect(await page.textContent('#save-new')).toBe('Zapisz i dodaj nowy');
  await page.fill('#f-time', '09:30');
  await page.fill('#f-date', '2026-12-01');
  for (const platform of ['X', 'LinkedIn']) await page.check(`.chip:has(.chip-text:text-is("${platform}")) input`);
  await page.fill('#f-caption', 'Zimowa wyprzedaż');
  await page.click('#save');
  await page.waitForSelector('#spread-warning:not([hidden])');
  expect(await wrappedButtons(page)).toEqual([]);
  // Back to English for the next test's shared calendar.
  emulator.clickMenu('Język > English');
});

test('the review queue in Polish: no button label wraps', async () => {
  const emulator = createCalendar({
    now: () => new Date('2026-11-26T10:00:00Z'),
    locale: 'pl_PL',
    posts: [{ date: '2026-12-01', time: '09:00', platform: 'X', format: 'Text', caption: 'x'.repeat(300), status: 'In review' }],
  });
  const session = await openSidebar(suite.browser, emulator, { menu: 'Kolejka akceptacji' });
  sessions.push(session);
  const { page } = session;
  await page.waitForSelector('article.card');
  await page.getByRole('button', { name: 'Zaakceptuj', exact: true }).click();
  await page.waitForSelector('.confirm:not([hidden])');
  expect(await wrappedButtons(page)).toEqual([]);
});
