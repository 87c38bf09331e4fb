/** What every page says in English and Polish when a server call fails, and the language code a served page is marked with. */

import type { MessageCatalogue } from './catalogue-types';

/** Shared page messages: registered in catalogue-source.ts (the server fills `{{page.language}}`) and bundled by src/sidebar/lib/page-messages.ts. */
export const PAGE_MESSAGES: MessageCatalogue = {
  en: {
    'page.language': 'en',
    'page.noServer': 'This page works inside Google Sheets only: open it from the Content Calendar menu.',
    'page.failed': 'That did not work: {message}',
    'page.unknown': 'Unknown error.',
  },
  pl: {
    'page.language': 'pl',
    'page.noServer': 'Ta strona działa tylko w Arkuszach Google: otwórz ją z menu Content Calendar.',
    'page.failed': 'Nie udało się: {message}',
    'page.unknown': 'Nieznany błąd.',
  },
};
