/** The preview lets a person try every feature (issue #19): prompts answered in the page, rows to type into on every sheet, the stakeholder copy open to look at (and kept over a restart), long toasts that wrap with a link. In Chromium. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freePort, startPreviewServer, type PreviewServer } from './preview-server';

const CHROMIUM = '/usr/bin/chromium';

let server: PreviewServer;
let browser: Browser;
let page: Page;
let port = 0;
let storeDir = '';
const nativeDialogs: string[] = [];

beforeAll(async () => {
  storeDir = mkdtempSync(path.join(os.tmpdir(), 'preview-features-'));
  port = await freePort();
  server = await startPreviewServer(port, storeDir, ['--reset']);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('dialog', (dialog) => {
    nativeDialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(server.url);
  await page.waitForSelector('#grid td[data-row="1"]');
}, 60000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (storeDir) rmSync(storeDir, { recursive: true, force: true });
});

async function menu(caption: string): Promise<void> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: caption }).click();
}

/** The text of the alert box, or null when it is closed. */
async function alertBox(): Promise<{ title: string; text: string; input: boolean; buttons: string[] } | null> {
  return page.evaluate(() => {
    const layer = document.getElementById('alert-layer')!;
    if (layer.hidden) return null;
    return {
      title: document.getElementById('alert-title')!.textContent ?? '',
      text: document.getElementById('alert-text')!.textContent ?? '',
      input: !(document.getElementById('alert-input') as HTMLInputElement).hidden,
      buttons: [...document.querySelectorAll('#alert-actions button')].map((b) => b.textContent ?? ''),
    };
  });
}

test('Import public holidays asks for a country in the page; the script goes on with what the person typed, and its messages come after', async () => {
  await menu('Import public holidays…');
  await page.waitForFunction(() => !document.getElementById('alert-layer')!.hidden);
  const asked = await alertBox();
  expect(asked).toEqual({
    title: 'Import public holidays',
    text: expect.stringMatching(/two-letter country code/),
    input: true,
    buttons: ['OK', 'Cancel'],
  });
  // Nothing the script does after the prompt is shown yet: no error toast, no other alert queued.
  expect(await page.locator('#toasts .toast').count()).toBe(0);
  await page.fill('#alert-input', 'ZZ');
  await page.press('#alert-input', 'Enter');
  // The answer reached the script: its next message is about the code typed, after the prompt.
  await page.waitForFunction(() => /ZZ/.test(document.getElementById('alert-text')?.textContent ?? ''), undefined, {
    timeout: 15000,
  });
  const after = await alertBox();
  expect(after?.input).toBe(false);
  expect(after?.buttons).toEqual(['OK']);
  await page.click('#alert-ok');
  expect(await alertBox()).toBeNull();

  // With a country whose holidays the sample subscribes to, the import runs to the end.
  await menu('Import public holidays…');
  await page.waitForFunction(() => !document.getElementById('alert-layer')!.hidden);
  await page.fill('#alert-input', 'PL');
  await page.click('#alert-ok');
  await page.locator('#toasts .toast', { hasText: /holidays for Poland/ }).waitFor({ timeout: 15000 });

  // Cancel is an answer too: the script is told, and nothing complains about an empty country code.
  await menu('Import public holidays…');
  await page.waitForFunction(() => !document.getElementById('alert-layer')!.hidden);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.waitForTimeout(1000);
  const cancelled = await alertBox();
  expect(cancelled === null || !/country code/.test(cancelled.text)).toBe(true);
  expect(nativeDialogs).toEqual([]);
});

test('the Events sheet (like every sheet) has empty rows to type into', async () => {
  await page.getByRole('tab', { name: 'Events' }).click();
  await page.waitForFunction(() => document.querySelector('#grid')?.getAttribute('aria-label') !== null);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#tabs .tab')].some(
      (t) => t.getAttribute('aria-selected') === 'true' && t.textContent === 'Events',
    ),
  );
  const rows = await page.locator('#grid tbody tr').count();
  expect(rows).toBeGreaterThanOrEqual(50);
  expect(await page.locator('#grid .cell-text', { hasText: 'Christmas Day' }).count()).toBeGreaterThan(0);
  // Type into a row well below the header, as a person adding an event would.
  const target = page.locator('#grid td[data-row="12"][data-column="1"]');
  await target.click();
  await page.keyboard.press('x');
  const editor = page.locator('#grid .cell-editor');
  await editor.fill('Coffee festival');
  await editor.press('Enter');
  await page.waitForFunction(
    () =>
      document.querySelector('#grid td[data-row="12"][data-column="1"] .cell-text')?.textContent === 'Coffee festival',
    undefined,
    { timeout: 10000 },
  );
  await page.getByRole('tab', { name: 'Calendar' }).click();
});

test('Publish stakeholder view: the long toast with the copy’s URL wraps and links, and the copy opens read-only in the preview', async () => {
  await menu('Publish stakeholder view');
  const toast = page.locator('#toasts .toast', { hasText: 'docs.google.com' });
  await toast.waitFor({ timeout: 15000 });
  const fit = await toast.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const message = element.querySelector('.toast-message') as HTMLElement;
    return {
      inViewport: box.right <= window.innerWidth && box.left >= 0,
      noOverflow: message.scrollWidth <= message.clientWidth + 1,
      link: element.querySelector('a')?.getAttribute('href') ?? '',
    };
  });
  expect(fit).toEqual({
    inViewport: true,
    noOverflow: true,
    link: expect.stringMatching(/^https:\/\/docs\.google\.com\//),
  });

  // The toast's link opens the copy here.
  await toast.locator('a').click();
  await page.waitForSelector('#viewing-banner:not([hidden])');
  await page.click('#viewing-back');
  await page.waitForSelector('#viewing-banner', { state: 'hidden' });

  // The copy is listed by name beside the calendar, and opens to look at.
  await page.waitForSelector('#spreadsheet-switch:not([hidden])');
  const options = await page.locator('#spreadsheet-picker option').allTextContents();
  expect(options.length).toBeGreaterThanOrEqual(2);
  const copy = options.find((name) => !name.endsWith('(this calendar)'))!;
  await page.selectOption('#spreadsheet-picker', { label: copy });
  await page.waitForSelector('#viewing-banner:not([hidden])');
  expect(await page.locator('#doc-title').textContent()).toBe(copy);
  const text = await page.locator('#grid .cell-text').allTextContents();
  expect(text.filter((t) => t !== '').length).toBeGreaterThan(20);
  // Read-only: typing starts no editor.
  await page.locator('#grid td[data-row="2"][data-column="1"]').click();
  await page.keyboard.press('x');
  expect(await page.locator('#grid .cell-editor').count()).toBe(0);
  await page.click('#viewing-back');
  await page.waitForSelector('#viewing-banner', { state: 'hidden' });
  expect(await page.locator('#doc-title').textContent()).toMatch(/content calendar/);
});

test('the stakeholder copy survives a restart of the preview', async () => {
  await server.stop();
  server = await startPreviewServer(port, storeDir, []);
  expect(server.output()).toContain('loaded');
  await page.goto(server.url);
  await page.waitForSelector('#spreadsheet-switch:not([hidden])', { timeout: 15000 });
  const options = await page.locator('#spreadsheet-picker option').allTextContents();
  const copy = options.find((name) => !name.endsWith('(this calendar)'))!;
  await page.selectOption('#spreadsheet-picker', { label: copy });
  await page.waitForSelector('#viewing-banner:not([hidden])');
  const text = await page.locator('#grid .cell-text').allTextContents();
  expect(text.filter((t) => t !== '').length).toBeGreaterThan(20);
  await page.click('#viewing-back');
  await page.waitForSelector('#viewing-banner', { state: 'hidden' });
});

test('Switch user: acting as a teammate, a save from the form is recorded as theirs', async () => {
  await page.waitForSelector('#user-picker option', { state: 'attached' });
  const people = await page
    .locator('#user-picker option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const teammate = people.find((email) => email.startsWith('ben@'))!;
  expect(teammate).toBeDefined();
  await page.selectOption('#user-picker', teammate);
  await page.waitForFunction(
    (email) => (document.getElementById('user-picker') as HTMLSelectElement).value === email,
    teammate,
  );
  await page.locator('#grid td[data-row="0"][data-column="0"]').click();
  await menu('New post…');
  const frame = await (await page.waitForSelector('#sidebar-frame')).contentFrame();
  if (!frame) throw new Error('The sidebar has no frame.');
  await frame.waitForSelector('#save');
  await frame.fill('#f-date', '2031-05-04');
  await frame.fill('#f-time', '09:15');
  await frame.locator('label.chip', { hasText: 'Mastodon' }).click();
  await frame.selectOption('#f-format', 'Text');
  await frame.fill('#f-caption', 'Saved while acting as a teammate.');
  await frame.click('#save');
  await page.waitForFunction(
    (email) =>
      [...document.querySelectorAll('#grid tbody tr')].some(
        (tr) =>
          [...tr.querySelectorAll('.cell-text')].some(
            (span) => span.textContent === 'Saved while acting as a teammate.',
          ) && [...tr.querySelectorAll('.cell-text')].some((span) => (span.textContent ?? '').includes(email)),
      ),
    teammate,
    { timeout: 15000 },
  );
});
