/** The audience import dialog in Chromium against the built bundle (issue #19, issue #17 item 5): styled like the other dialogs, a file picker that shows the file, the import result, its errors in Polish, axe-core clean. */

import { axeViolations, createCalendar, openDialog, useBrowserSuite, type ServeOptions, type SidebarSession } from './harness';

const suite = useBrowserSuite();

/** Opens the import dialog on a calendar in `locale` (or switched to `language` first), wired as `serve` says. */
async function openImport(
  options: { locale?: string; language?: 'Polski' } & ServeOptions = {},
): Promise<SidebarSession & { errors: string[] }> {
  const { locale, language, ...serve } = options;
  const emulator = createCalendar({ now: () => new Date('2026-11-26T10:00:00Z'), ...(locale ? { locale } : {}) });
  if (language) expect(emulator.clickMenu(`Language > ${language}`).ok).toBe(true);
  const polish = language === 'Polski' || /^pl/.test(locale ?? '');
  const session = await openDialog(suite.browser, emulator, polish ? 'Importuj dane o odbiorcach…' : 'Import audience data…', serve);
  suite.sessions.push(session);
  return { ...session, errors: session.pageErrors };
}

/** A transport whose every call fails with `message`, as google.script.run's failure handler reports a server exception. */
function failingWith(message: string): ServeOptions['transport'] {
  return async () => JSON.stringify({ ok: false, error: message });
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

test('in Polish, a failed import says so in Polish with the server’s reason, and the button comes back', async () => {
  const reason = 'Exception: Service Spreadsheets timed out while accessing document.';
  const { page, errors } = await openImport({ locale: 'pl_PL', transport: failingWith(reason) });
  expect(await page.getAttribute('html', 'lang')).toBe('pl');
  expect(await page.textContent('#import')).toBe('Importuj');
  await page.fill('#csv', 'platform,weekday,hour,value\nInstagram,Monday,9,120\n');
  await page.click('#import');
  await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '');
  expect(await page.textContent('#status')).toBe(`Nie udało się: ${reason}`);
  expect(await page.getAttribute('#status', 'class')).toBe('message message-error');
  expect(await page.isEnabled('#import')).toBe(true);
  expect(errors).toEqual([]);
});

test('in Polish, outside Google Sheets (no google.script.run) the dialog says where it works, in Polish', async () => {
  const { page, errors } = await openImport({ locale: 'pl_PL', noServer: true });
  await page.click('#import');
  await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '');
  expect(await page.textContent('#status')).toBe('Ta strona działa tylko w Arkuszach Google: otwórz ją z menu Content Calendar.');
  expect(await page.getAttribute('#status', 'class')).toBe('message message-error');
  expect(await page.isEnabled('#import')).toBe(true);
  expect(errors).toEqual([]);
});

test('an English spreadsheet switched to Polski: the dialog and its import result are in Polish', async () => {
  const { page, errors, emulator } = await openImport({ language: 'Polski' });
  expect(await page.getAttribute('html', 'lang')).toBe('pl');
  expect(await page.locator('.field-label').allTextContents()).toEqual(['Plik CSV', 'Tekst CSV']);
  await page.fill('#csv', 'platform,weekday,hour,value\nInstagram,Monday,9,120\n');
  await page.click('#import');
  await page.waitForFunction(() => /Instagram/.test(document.getElementById('status')?.textContent ?? ''));
  expect(await page.textContent('#status')).toBe('Zaimportowano aktywność odbiorców: Instagram. Podpowiedzi i sprawdzenia korzystają z nich.');
  expect(await page.getAttribute('#status', 'class')).toBe('message');
  expect(errors).toEqual([]);
  // Back to English for the next test's shared calendar.
  emulator.clickMenu('Język > English');
});
