/** The audience import dialog in Chromium against the built bundle (issue #19): styled like the other dialogs, a file picker that shows the file, the import result, axe-core clean. */

import type { Browser, Page } from 'playwright-core';
import type { Emulator } from '../../emulator';
import { googleScriptRunSource } from '../../emulator/client/google-script-run';
import { emulatorTransport } from '../../emulator/client/transport';
import { SIDEBAR_ORIGIN, axeViolations, createCalendar, launchBrowser } from './harness';

let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const page of pages) await page.close();
  await browser?.close();
});

async function openImport(): Promise<{ page: Page; emulator: Emulator; errors: string[] }> {
  const emulator = createCalendar({ now: () => new Date('2026-11-26T10:00:00Z') });
  const shown = emulator.clickMenu('Import audience data…');
  if (!shown.ok) throw new Error(`the menu command failed: ${shown.error}`);
  const dialog = emulator.ui.dialogs[emulator.ui.dialogs.length - 1];
  const page = await browser.newPage({ viewport: { width: dialog.width ?? 520, height: dialog.height ?? 520 } });
  pages.push(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const transport = emulatorTransport(emulator);
  await page.exposeFunction('__gasRun', (name: string, argsJson: string) => transport(name, argsJson));
  await page.exposeFunction('__gasClose', () => undefined);
  await page.addInitScript({ content: googleScriptRunSource({ transport: '__gasRun', closeHook: '__gasClose' }) });
  await page.route('**/*', async (route) => {
    if (route.request().url() === `${SIDEBAR_ORIGIN}/`) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: dialog.html });
    else await route.abort();
  });
  await page.goto(`${SIDEBAR_ORIGIN}/`);
  return { page, emulator, errors };
}

test('the dialog uses the shared look: labelled fields, the blue primary button on the right, a file picker that names the file', async () => {
  const { page, errors } = await openImport();
  expect(await page.locator('.field-label').allTextContents()).toEqual(['CSV file', 'CSV text']);
  expect(await page.getAttribute('#import', 'class')).toBe('button primary');
  expect(await page.getAttribute('#close', 'class')).toBe('button');
  const style = await page.locator('#import').evaluate((node) => getComputedStyle(node).backgroundColor);
  expect(style).toBe('rgb(26, 115, 232)');
  expect(await page.textContent('#file-name')).toBe('No file chosen');
  await page.setInputFiles('#file', { name: 'audience.csv', mimeType: 'text/csv', buffer: Buffer.from('platform,weekday,hour,value\nInstagram,Monday,9,120\n') });
  await page.waitForFunction(() => (document.getElementById('csv') as HTMLTextAreaElement).value.includes('Instagram'));
  expect(await page.textContent('#file-name')).toBe('audience.csv');
  await page.click('#import');
  await page.waitForFunction(() => /Imported audience activity for Instagram/.test(document.getElementById('status')?.textContent ?? ''));
  expect(await page.getAttribute('#status', 'class')).toBe('message');
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
