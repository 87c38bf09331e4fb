/** The pages' one translator (src/sidebar/lib/page-messages.ts), without a browser: the page's catalogue in the chosen language, and the failure sentences. */

import { EXPORT_DIALOG_MESSAGES, EXPORT_MESSAGES } from '../../src/domain/i18n/export-messages';
import { pageMessages } from '../../src/sidebar/lib/page-messages';
import { NoServerError } from '../../src/sidebar/lib/server';

/** A stand-in for the page's <html> element (the tests run in node). */
const html = { lang: '' };
beforeAll(() => {
  (globalThis as { document?: unknown }).document = { documentElement: html };
});
afterAll(() => {
  delete (globalThis as { document?: unknown }).document;
});

test('a page speaks the locale the server says and marks the page with its language', () => {
  const messages = pageMessages([EXPORT_MESSAGES, EXPORT_DIALOG_MESSAGES], { locale: 'en-US' });
  expect(messages.t('export.close')).toBe('Close');
  messages.use('pl_PL');
  expect(html.lang).toBe('pl');
  expect(messages.locale()).toBe('pl_PL');
  expect(messages.t('export.close')).not.toBe('Close');
  messages.use('de_DE');
  expect(html.lang).toBe('en');
});

test('the shared failure sentences follow the language: no server, a failed call with its reason, an empty error', () => {
  html.lang = 'pl';
  const polish = pageMessages([]);
  expect(polish.failure(new NoServerError())).toBe(
    'Ta strona działa tylko w Arkuszach Google: otwórz ją z menu Content Calendar.',
  );
  expect(polish.failure(new Error('Exception: timed out'))).toBe('Nie udało się: Exception: timed out');
  expect(polish.failure(undefined)).toBe('Nie udało się: Nieznany błąd.');
  const english = pageMessages([], { locale: 'en_US' });
  expect(english.failure({ message: 'Quota exceeded' })).toBe('That did not work: Quota exceeded');
});

test('a page with its own wording passes its keys; a call may name another failed key', () => {
  const messages = pageMessages([EXPORT_MESSAGES, EXPORT_DIALOG_MESSAGES], {
    locale: 'en_US',
    failures: { noServer: 'export.noServer', failed: 'export.failed' },
  });
  expect(messages.failure(new NoServerError())).toBe(
    'This page works only inside Google Sheets (Content Calendar › Export…).',
  );
  expect(messages.failure(new Error('Boom.'))).toBe(
    'Something went wrong: Boom. Try again; if it keeps happening, reload the spreadsheet.',
  );
  expect(messages.failure(new Error('Boom.'), { failed: 'page.failed' })).toBe('That did not work: Boom.');
});
