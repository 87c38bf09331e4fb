/** The sidebar post form in Chromium, against the built bundle running on the emulator (issue #6's "done when"). */

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  axeViolations,
  builtSidebarHtml,
  calendarSheet,
  createCalendar,
  openSidebar,
  readCalendar,
  useBrowserSuite,
  type SidebarSession,
} from './harness';

const suite = useBrowserSuite();
const { sessions } = suite;

/** Opens the sidebar on a fresh calendar and waits until the form has loaded its context. */
async function open(options: Parameters<typeof createCalendar>[0] = {}, menu?: string): Promise<SidebarSession> {
  const emulator = createCalendar(options);
  const session = await openSidebar(suite.browser, emulator, { menu });
  sessions.push(session);
  await session.page.waitForSelector('form.post-form');
  return session;
}

/** Fills the fields every valid post here uses. */
async function fillBasics(session: SidebarSession, caption: string, platform = 'X'): Promise<void> {
  const { page } = session;
  await page.fill('#f-date', '2026-12-01');
  await page.fill('#f-time', '09:30');
  await page.check(`.chip:has(.chip-text:text-is("${platform}")) input`);
  await page.fill('#f-caption', caption);
}

/** Clicks Save and waits for the success message; returns it. */
async function save(session: SidebarSession): Promise<string> {
  await session.page.click('#save');
  await session.page.waitForFunction(() => /\bP-\w+/.test(document.getElementById('form-status')?.textContent ?? ''));
  return (await session.page.textContent('#form-status')) ?? '';
}

/** The post ID in a success message. */
function idIn(message: string): string {
  const match = /\bP-[0-9A-Z]+/.exec(message);
  if (!match) throw new Error(`No post ID in "${message}".`);
  return match[0];
}

test('the sidebar served by the menu command is the built dist/Sidebar.html, self-contained', async () => {
  const emulator = createCalendar();
  emulator.open();
  emulator.clickMenu('New post…');
  const html = emulator.ui.lastSidebar()?.html ?? '';
  expect(html).toBe(builtSidebarHtml());
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|INLINE_(JS|CSS)/i);
  expect(Buffer.byteLength(html)).toBeLessThanOrEqual(192 * 1024);
});

test('the form loads its context: platforms, formats, statuses, time zone and owner from the spreadsheet', async () => {
  const session = await open();
  const { page, emulator } = session;
  const context = emulator.run('getFormContext');
  if (!context.ok) throw new Error(context.error);
  const expected = context.value as {
    platforms: string[];
    formats: string[];
    statuses: string[];
    timeZone: string;
    user: string;
  };

  expect(await page.locator('#f-platforms .chip-text').allTextContents()).toEqual(expected.platforms);
  const formats = await page
    .locator('#f-format option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(formats.filter(Boolean)).toEqual(expected.formats);
  const statuses = await page
    .locator('#f-status option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(statuses).toEqual(expected.statuses);
  // The spreadsheet's zone, not the browser's (UTC here).
  expect(expected.timeZone).toBe('Europe/Warsaw');
  expect(await page.inputValue('#f-timeZone')).toBe('Europe/Warsaw');
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).not.toBe('Europe/Warsaw');
  expect(await page.inputValue('#f-owner')).toBe(expected.user);
  expect(await page.inputValue('#f-status')).toBe('Draft');
  expect(await page.textContent('h1')).toBe('New post');
  expect(session.calls.map((call) => call.name)).toEqual(['getFormContext']);
});

test('typing 281 characters with X chosen shows 281/280 in red before saving', async () => {
  const session = await open();
  const { page, emulator } = session;
  const before = readCalendar(emulator).rows.length;
  await page.check('.chip:has(.chip-text:text-is("X")) input');
  await page.fill('#f-caption', 'a'.repeat(279));
  const counter = page.locator('#f-caption-counters .counter[data-platform="X"]');
  await expect(counter.locator('.counter-value').textContent()).resolves.toBe('279/280');
  await expect(counter.getAttribute('class')).resolves.toContain('is-near');

  await page.focus('#f-caption');
  await page.keyboard.press('End');
  await page.keyboard.type('bc');
  await expect(counter.locator('.counter-value').textContent()).resolves.toBe('281/280');
  await expect(counter.getAttribute('class')).resolves.toContain('is-over');
  const color = await counter.evaluate((node) => getComputedStyle(node).color);
  expect(color).toBe('rgb(197, 34, 31)'); // Google red 700 (#c5221f)
  // Screen readers hear the crossing once, not every keystroke; the caption's own check says the same.
  await expect(page.textContent('#form-announcer')).resolves.toMatch(/X: 1 over the limit of 280/);
  await expect(page.textContent('#f-caption-checks')).resolves.toMatch(/280/);
  // The live check is the one the server writes: same domain code, same numbers.
  const checked = emulator.run('checkPost', { platform: 'X', caption: 'a'.repeat(279) + 'bc' });
  expect(checked.ok && (checked.value as { counts: Record<string, { used: number }> }).counts.caption.used).toBe(281);
  expect(readCalendar(emulator).rows.length).toBe(before);
  expect(session.calls.map((call) => call.name)).toEqual(['getFormContext']);
});

test('saving a valid post adds exactly one row, and the form then edits that post', async () => {
  const session = await open();
  const { page, emulator } = session;
  const before = readCalendar(emulator).rows.length;
  await fillBasics(session, 'Our spring launch is here.');
  const message = await save(session);
  const id = idIn(message);

  const table = readCalendar(emulator);
  expect(table.rows.length).toBe(before + 1);
  const row = table.findId(id);
  expect(row).toBeGreaterThanOrEqual(0);
  expect(table.cell(row, 'Platform')).toBe('X');
  expect(table.cell(row, 'Caption')).toBe('Our spring launch is here.');
  expect(table.cell(row, 'Time')).toBe('09:30');
  expect(message).toContain(`row ${row + 2}`);
  expect(await page.textContent('h1')).toBe('Edit post');
  expect(session.calls.filter((call) => call.name === 'savePost')).toHaveLength(1);
  // The JSON that crossed google.script.run holds no Date objects: dates are strings.
  expect(session.calls.filter((call) => call.name === 'savePost')[0].args[0]).toMatchObject({ date: '2026-12-01', time: '09:30', platforms: ['X'] });

  // Saving again updates the same row rather than adding one.
  await page.fill('#f-caption', 'Our spring launch is here!');
  await save(session);
  const after = readCalendar(emulator);
  expect(after.rows.length).toBe(before + 1);
  expect(after.cell(after.findId(id), 'Caption')).toBe('Our spring launch is here!');
});

test('choosing several platforms saves one row per platform, each with its own caption when overridden', async () => {
  const session = await open();
  const { page, emulator } = session;
  const before = readCalendar(emulator).rows.length;
  await fillBasics(session, 'Spring is here.');
  await page.check('.chip:has(.chip-text:text-is("Bluesky")) input');
  await page.fill('#f-campaign', 'Spring 2026');
  const disclosure = page.locator('details.override[data-platform="Bluesky"]');
  await disclosure.locator('summary').click();
  await disclosure.locator('textarea').fill('Spring is here, Bluesky.');
  await expect(page.locator('#f-caption-counters .counter').count()).resolves.toBe(1);
  await expect(disclosure.locator('.counter-value').textContent()).resolves.toBe('24/300');

  await page.click('#save');
  // Both copies at 09:30: the form asks first (issue #19); keep the times as they are.
  await page.click('#spread-as-is');
  await page.waitForFunction(() => /2/.test(document.getElementById('form-status')?.textContent ?? ''));
  const table = readCalendar(emulator);
  expect(table.rows.length).toBe(before + 2);
  const added = table.rows.slice(before).map((_, i) => before + i);
  expect(added.map((r) => table.cell(r, 'Platform')).sort()).toEqual(['Bluesky', 'X']);
  const captionOf = (platform: string) =>
    table.cell(
      added.find((r) => table.cell(r, 'Platform') === platform)!,
      'Caption',
    );
  expect(captionOf('X')).toBe('Spring is here.');
  expect(captionOf('Bluesky')).toBe('Spring is here, Bluesky.');
  expect(added.map((r) => table.cell(r, 'Campaign'))).toEqual(['Spring 2026', 'Spring 2026']);
});

test('saving after the sheet was re-sorted updates the right row (found by ID, not by row number)', async () => {
  const session = await open({
    posts: [
      { date: '2026-12-03', platform: 'X', caption: 'Third' },
      { date: '2026-12-02', platform: 'X', caption: 'Second' },
    ],
  });
  const { page, emulator } = session;
  await fillBasics(session, 'First');
  const id = idIn(await save(session));
  expect(readCalendar(emulator).findId(id)).toBe(2);

  // Someone sorts the calendar by date: our post moves from the last row to the first.
  const sheet = calendarSheet(emulator);
  const dateColumn = readCalendar(emulator).header.indexOf('Date') + 1;
  sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).sort(dateColumn);
  expect(readCalendar(emulator).findId(id)).toBe(0);

  await page.fill('#f-caption', 'First, edited');
  const message = await save(session);
  expect(message).toContain('row 2');
  const table = readCalendar(emulator);
  expect(table.rows.length).toBe(3);
  expect(table.cell(table.findId(id), 'Caption')).toBe('First, edited');
  expect(table.rows.map((row) => row[table.header.indexOf('Caption')])).toEqual(['First, edited', 'Second', 'Third']);
});

test('a post deleted while the form was open is reported, and can be saved as a new one', async () => {
  const session = await open();
  const { page, emulator } = session;
  await fillBasics(session, 'Soon gone');
  const id = idIn(await save(session));
  calendarSheet(emulator).deleteRow(readCalendar(emulator).findId(id) + 2);

  await page.fill('#f-caption', 'Soon gone, edited');
  await page.click('#save');
  const alert = page.locator('#form-alert');
  await alert.waitFor({ state: 'visible' });
  expect(await alert.textContent()).toContain(id);
  expect(readCalendar(emulator).findId(id)).toBe(-1);

  await page.click('#save-as-new');
  const newId = idIn(
    await page
      .waitForFunction(() => document.getElementById('form-status')?.textContent ?? '')
      .then((h) => h.jsonValue() as Promise<string>),
  );
  expect(newId).not.toBe(id);
  const table = readCalendar(emulator);
  expect(table.cell(table.findId(newId), 'Caption')).toBe('Soon gone, edited');
});

test('an invalid date shows an error under the date field, announced, and writes nothing', async () => {
  const session = await open();
  const { page, emulator } = session;
  const before = JSON.stringify(readCalendar(emulator).rows);
  await fillBasics(session, 'Date trouble');

  // A five-digit year: the browser accepts it, the shared schema (client and server) does not.
  await page.fill('#f-date', '');
  await page.focus('#f-date');
  await page.keyboard.type('12');
  await page.keyboard.type('01');
  await page.keyboard.type('20261');
  expect(await page.inputValue('#f-date')).toBe('20261-12-01');
  await page.click('#save');
  const error = page.locator('#f-date-error');
  await error.waitFor({ state: 'visible' });
  expect(await error.textContent()).toMatch(/real calendar date/);
  expect(await page.getAttribute('#f-date', 'aria-invalid')).toBe('true');
  expect(await page.getAttribute('#f-date', 'aria-describedby')).toContain('f-date-error');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-date');
  expect(await page.getAttribute('#form-alert', 'role')).toBe('alert');
  expect(await page.textContent('#form-alert')).toMatch(/Check the marked fields/);

  // The server, sent the same input directly, rejects it with the same message and writes nothing.
  const direct = emulator.run('savePost', { date: '20261-12-01', platforms: ['X'], caption: 'Date trouble' });
  expect(direct.ok && direct.value).toEqual({
    ok: false,
    errors: [{ field: 'date', message: await error.textContent() }],
  });

  // A half-typed date is caught too.
  await page.fill('#f-date', '');
  await page.focus('#f-date');
  await page.keyboard.type('12');
  await page.click('#save');
  expect(await page.textContent('#f-date-error')).toMatch(/complete date/);

  expect(JSON.stringify(readCalendar(emulator).rows)).toBe(before);
  expect(session.calls.filter((call) => call.name === 'savePost')).toHaveLength(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('markup and formulas in a caption are shown and stored as text', async () => {
  const session = await open();
  const { page, emulator } = session;
  const markup = '<img src=x onerror=alert(1)>';
  await fillBasics(session, markup);
  const first = idIn(await save(session));
  expect(await page.inputValue('#f-caption')).toBe(markup);
  expect(await page.locator('img').count()).toBe(0);

  await page.click('#save-new');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'New post');
  const formula = '=HYPERLINK("https://example.com","click")';
  await page.check('.chip:has(.chip-text:text-is("X")) input');
  await page.fill('#f-caption', formula);
  const second = idIn(await save(session));

  const table = readCalendar(emulator);
  expect(table.cell(table.findId(first), 'Caption')).toBe(markup);
  expect(table.cell(table.findId(second), 'Caption')).toBe(formula);
  const captionColumn = table.header.indexOf('Caption') + 1;
  const cell = calendarSheet(emulator).getRange(table.findId(second) + 2, captionColumn);
  expect(cell.getFormula()).toBe('');
  expect(cell.getValue()).toBe(formula);

  // Opened on that row with "Edit selected post", the form shows the stored text as text.
  emulator.spreadsheet.setActive('Calendar', `A${table.findId(first) + 2}`);
  const edit = await openSidebar(suite.browser, emulator, { menu: 'Edit selected post' });
  sessions.push(edit);
  await edit.page.waitForSelector('form.post-form');
  expect(await edit.page.textContent('h1')).toBe('Edit post');
  expect(await edit.page.inputValue('#f-caption')).toBe(markup);
  expect(await edit.page.textContent('#form-subheading')).toContain(first);
  expect(await edit.page.locator('img').count()).toBe(0);
});

test('a failing server call shows a readable message in the form', async () => {
  const session = await open();
  const { page, emulator } = session;
  await fillBasics(session, 'Unlucky');
  const cancel = emulator.failAtCall(1, 'Service Spreadsheets timed out while accessing document.');
  await page.click('#save');
  const alert = page.locator('#form-alert');
  await alert.waitFor({ state: 'visible' });
  cancel();
  expect(await alert.textContent()).toMatch(/could not finish: .*timed out.* Try again/);
  expect(await page.getAttribute('#save', 'aria-disabled')).toBe('false');

  await page.click('#close');
  expect(session.closed).toBe(1);
});

test('the form speaks Polish when the spreadsheet locale is Polish', async () => {
  const session = await open({ locale: 'pl_PL' }, 'Nowy post…');
  const { page } = session;
  expect(await page.getAttribute('html', 'lang')).toBe('pl');
  expect(await page.textContent('h1')).toBe('Nowy post');
  expect(await page.textContent('label[for="f-caption"]')).toBe('Treść');
  expect(await page.textContent('#save')).toBe('Zapisz');
  await page.check('.chip:has(.chip-text:text-is("X")) input');
  await page.fill('#f-caption', 'a'.repeat(281));
  expect(await page.textContent('#f-caption-counters .sr-only')).toBe('X: 281 z 280 (znaki ważone)');
  expect(await page.textContent('#f-caption-checks')).not.toMatch(/ allows /); // the checks speak Polish too
});

test('the form works by keyboard alone and axe-core finds no violations', async () => {
  const session = await open();
  const { page, emulator } = session;
  expect(await axeViolations(page)).toEqual([]);

  // Tab through the form from the top: date, time and zone, then the platform chips, with a visible focus ring.
  await page.focus('#f-date');
  await page.keyboard.type('12012026');
  const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
  for (let i = 0; i < 12 && (await focused()) !== 'f-time'; i++) await page.keyboard.press('Tab');
  await page.keyboard.type('0930AM');
  for (let i = 0; i < 12 && !(await focused()).startsWith('f-platforms-'); i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('X');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!.closest('.chip')!).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Space');
  for (let i = 0; i < 20 && (await focused()) !== 'f-caption'; i++) await page.keyboard.press('Tab');
  await page.keyboard.type('Typed without a mouse.');
  // In a short sidebar, each field tabbed to scrolls into view above the sticky Save bar, not under it.
  await page.setViewportSize({ width: 300, height: 480 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const obscured: string[] = [];
  for (let i = 0; i < 20 && (await focused()) !== 'f-notes'; i++) {
    await page.keyboard.press('Tab');
    const [control, bar] = await page.evaluate(() =>
      [document.activeElement!, document.getElementById('form-footer')!].map((node) =>
        node.getBoundingClientRect().toJSON(),
      ),
    );
    if (control.bottom > bar.top + 1) obscured.push(await focused());
  }
  expect(obscured).toEqual([]);
  await page.keyboard.press('Control+Enter');
  const id = idIn(
    await page
      .waitForFunction(() => document.getElementById('form-status')?.textContent ?? '')
      .then((h) => h.jsonValue() as Promise<string>),
  );
  const table = readCalendar(emulator);
  expect(table.cell(table.findId(id), 'Caption')).toBe('Typed without a mouse.');
  expect(session.calls.filter((call) => call.name === 'savePost').at(-1)?.args[0]).toMatchObject({ date: '2026-12-01', time: '09:30', platforms: ['X'] });
});

test('the form shows events near the chosen date and the best free slots, and a slot fills the time', async () => {
  const emulator = createCalendar({ now: () => new Date('2026-11-26T10:00:00Z') });
  emulator.context.quietly(() => {
    const events = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('Events')!;
    events.getRange(2, 1, 1, 2).setValues([['2026-12-04', 'Winter launch']]);
  });
  const session = await openSidebar(suite.browser, emulator, {});
  sessions.push(session);
  const { page } = session;
  await page.waitForSelector('form.post-form');
  await page.check('.chip:has(.chip-text:text-is("LinkedIn")) input');
  await page.fill('#f-date', '2026-12-01');
  await page.waitForSelector('.hints:not([hidden]) .hint-slot');
  expect(await page.textContent('.hints')).toContain('Winter launch');
  const slot = page.locator('.hint-slot').first();
  await slot.click();
  expect(await page.inputValue('#f-time')).toMatch(/^\d{2}:\d{2}$/);
  expect(session.calls.some((call) => call.name === 'getPlanningHints')).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
});

test('ticking "Add tracking parameters" saves the link with the Settings UTM template, keeping its own parameters', async () => {
  const session = await open();
  const { page } = session;
  await fillBasics(session, 'Tracked post', 'LinkedIn');
  await page.fill('#f-link', 'https://example.com/spring?ref=home#top');
  await page.check('#f-utm');
  expect(await page.textContent('#f-utm-preview')).toContain('utm_source=linkedin');
  await save(session);
  const table = readCalendar(session.emulator);
  const link = table.cell(table.rows.length - 1, 'Link');
  expect(link).toMatch(/^https:\/\/example\.com\/spring\?ref=home&utm_source=linkedin&utm_medium=social(&utm_campaign=[^&#]*)?&utm_content=P-[0-9A-Z]{8}#top$/);
});

test('screenshot for the README', async () => {
  const session = await open();
  const { page } = session;
  await page.setViewportSize({ width: 300, height: 820 });
  await page.fill('#f-date', '2026-12-01');
  await page.fill('#f-time', '09:30');
  await page.check('.chip:has(.chip-text:text-is("X")) input');
  await page.check('.chip:has(.chip-text:text-is("Instagram")) input');
  await page.selectOption('#f-format', 'Image');
  await page.fill(
    '#f-caption',
    'Spring is here! Our new collection lands on 1 December: lighter fabrics, brighter colours and the same ' +
      'fair prices. Come and see it in store or order online from 9:30, and tell us which piece you like best ' +
      'in the replies! Free delivery for the first 100 orders. #spring',
  );
  await page.fill('#f-hashtags', '#newin #springstyle');
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.getElementById('f-caption')!.scrollTop = 0;
    window.scrollTo(0, 0);
  });
  await expect(
    page.locator('#f-caption-counters .counter[data-platform="X"]').getAttribute('class'),
  ).resolves.toContain('is-over');
  // The README's image is a tracked file: refreshed only when asked (UPDATE_SCREENSHOTS=1), never by a plain run.
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(join(__dirname, '..', '..', 'docs', 'images'), { recursive: true });
    await page.screenshot({ path: join(__dirname, '..', '..', 'docs', 'images', 'sidebar.png') });
  } else {
    expect((await page.screenshot()).length).toBeGreaterThan(1000);
  }
});
