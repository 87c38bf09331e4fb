/** The post form's planning fields in Chromium (issue #22): alt text, first comment, pillar, repeat, evergreen, snippets; English and Polish. */

import type { Emulator } from '../../emulator';
import {
  axeViolations,
  calendarSheet,
  createCalendar,
  openSidebar,
  readCalendar,
  useBrowserSuite,
  type SidebarSession,
} from './harness';

const suite = useBrowserSuite();
const { sessions } = suite;

/** A calendar with a Snippets sheet (one snippet holds markup, which must stay text). */
function calendarWithSnippets(locale = 'en_US'): Emulator {
  const emulator = createCalendar({ locale });
  const spreadsheet = calendarSheet(emulator).getParent();
  const sheet = spreadsheet.getSheetByName('Snippets') ?? spreadsheet.insertSheet('Snippets');
  sheet.getRange(1, 1, 3, 2).setValues([
    ['Name', 'Text'],
    ['Signature', '— The Team <b>x</b>'],
    ['Spring tags', '#Spring #GardenIdeas'],
  ]);
  return emulator;
}

async function open(emulator: Emulator, menu?: string): Promise<SidebarSession> {
  const session = await openSidebar(suite.browser, emulator, { menu });
  sessions.push(session);
  await session.page.waitForSelector('form.post-form');
  return session;
}

test('alt text, first comment, pillar, repeat and snippets work in the form and are saved to their columns', async () => {
  const emulator = calendarWithSnippets();
  const session = await open(emulator);
  const { page } = session;
  await page.fill('#f-date', '2026-12-01');
  await page.fill('#f-time', '09:30');
  await page.check('.chip:has(.chip-text:text-is("LinkedIn")) input');
  await page.selectOption('#f-format', 'Image');
  await page.fill('#f-caption', 'Team day');
  await page.fill('#f-media', 'https://cdn.example.com/a.jpg\nhttps://cdn.example.com/b.jpg');
  await page.fill('#f-altText', 'Our team at the office');
  // One media item lacks alt text: a warning under the Alt text field.
  await page.waitForSelector('[data-field="altText"] [data-code="missing-alt-text"]');
  await page.fill('#f-altText', 'Our team at the office\nThe cake');
  await page.waitForSelector('[data-field="altText"] [data-code="missing-alt-text"]', { state: 'detached' });

  // First comment: LinkedIn's 1,250 limit is counted live.
  await page.fill('#f-firstComment', 'x'.repeat(1300));
  await page.waitForSelector('[data-field="firstComment"] [data-code="first-comment-too-long"]');
  expect(await page.textContent('[data-field="firstComment"] .counter-value')).toBe('1300/1250');
  await page.fill('#f-firstComment', 'More photos on our blog.');

  // A snippet goes into the caption as text, and the caption's counter counts it.
  const before = await page.textContent('[data-field="caption"] .counter-value');
  await page.click('#snippets summary');
  await page.selectOption('#snippet-name', { label: 'Signature' });
  await page.selectOption('#snippet-target', 'caption');
  await page.click('#snippet-insert');
  expect(await page.inputValue('#f-caption')).toBe('Team day\n\n— The Team <b>x</b>');
  expect(await page.textContent('[data-field="caption"] .counter-value')).not.toBe(before);
  expect(await page.$('#f-caption b')).toBeNull();

  await page.selectOption('#f-pillar', 'Community');
  await page.fill('#f-repeat', 'weekly');
  await page.waitForSelector('[data-field="repeat"] [data-code="invalid-repeat"]');
  await page.fill('#f-repeat', 'weekly on Tue; 3 times');
  await page.waitForSelector('[data-field="repeat"] [data-code="invalid-repeat"]', { state: 'detached' });
  expect(await axeViolations(page)).toEqual([]);

  await page.click('#save');
  await page.waitForFunction(() => /\bP-\w+/.test(document.getElementById('form-status')?.textContent ?? ''));
  const id = /\bP-[0-9A-Z]+/.exec((await page.textContent('#form-status')) ?? '')![0];
  const table = readCalendar(emulator);
  const row = table.findId(id);
  expect(table.cell(row, 'Alt text')).toBe('Our team at the office\nThe cake');
  expect(table.cell(row, 'First comment')).toBe('More photos on our blog.');
  expect(table.cell(row, 'Pillar')).toBe('Community');
  expect(table.cell(row, 'Repeat')).toBe('weekly on Tue; 3 times');
  expect(table.cell(row, 'Caption')).toBe('Team day\n\n— The Team <b>x</b>');
  // The rule was saved from the form, so the series' next two posts exist already.
  expect(table.rows.filter((r) => r.some((cell) => cell.startsWith(`↻ ${id} `)))).toHaveLength(2);
});

test('the planning fields speak Polish, and Reddit shows the Subreddit field', async () => {
  const emulator = calendarWithSnippets('pl_PL');
  const session = await open(emulator, 'Nowy post…');
  const { page } = session;
  expect(await page.textContent('label[for="f-firstComment"]')).toBe('Pierwszy komentarz');
  expect(await page.textContent('label[for="f-altText"]')).toBe('Tekst alternatywny');
  expect(await page.textContent('#snippets summary')).toBe('Wstaw fragment');
  expect(await page.isHidden('[data-field="subreddit"]')).toBe(true);
  await page.check('.chip:has(.chip-text:text-is("Reddit")) input');
  await page.fill('#f-date', '2026-12-01');
  await page.selectOption('#f-format', 'Text');
  await page.fill('#f-caption', 'Treść');
  expect(await page.isVisible('[data-field="subreddit"]')).toBe(true);
  await page.waitForSelector('[data-code="missing-subreddit"]');
  expect(await page.textContent('[data-code="missing-subreddit"]')).toMatch(/subreddit/);
  await page.check('.chip:has(.chip-text:text-is("TikTok")) input');
  await page.fill('#f-firstComment', 'Link w bio');
  await page.waitForSelector('[data-field="firstComment"] [data-code="first-comment-not-supported"]');
  expect(await page.textContent('[data-field="firstComment"] [data-code="first-comment-not-supported"]')).toMatch(
    /nie ma pierwszego komentarza/,
  );
});
