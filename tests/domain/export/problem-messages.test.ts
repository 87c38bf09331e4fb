/** The export pre-flight's messages in Polish for a pl_PL locale, with Polish plurals, and the catalogue's English/Polish parity. */

import { EXPORT_PROBLEM_MESSAGES } from '../../../src/domain/i18n/export-messages';
import { runExport } from '../../../src/domain/export/export-targets';
import { countPhrase, postName } from '../../../src/domain/export/problem-text';
import { hootsuiteTarget } from '../../../src/domain/export/targets/hootsuite';
import { sproutTarget } from '../../../src/domain/export/targets/sprout';
import { options, post } from './fixtures';

/** The `{name}` placeholders of a message, sorted. */
const placeholders = (message: string): string[] => (message.match(/\{\w+\}/g) ?? []).sort();

describe('export pre-flight messages', () => {
  test('every English key has a Polish twin with the same placeholders, and no Polish key is extra', () => {
    for (const [key, en] of Object.entries(EXPORT_PROBLEM_MESSAGES.en)) {
      const pl = EXPORT_PROBLEM_MESSAGES.pl[key];
      expect([key, typeof pl]).toEqual([key, 'string']);
      expect([key, placeholders(pl)]).toEqual([key, placeholders(en)]);
    }
    for (const key of Object.keys(EXPORT_PROBLEM_MESSAGES.pl))
      expect([key, EXPORT_PROBLEM_MESSAGES.en[key]]).toEqual([key, expect.any(String)]);
  });

  test('a pl_PL export gets its pre-flight problems in Polish', () => {
    const posts = Array.from({ length: 351 }, (_, i) =>
      post({ id: `P-${i}`, caption: `Post ${i}`, date: '2026-02-01', time: '10:00' }),
    );
    const cap = hootsuiteTarget.preflight(posts, options({ locale: 'pl_PL' })).find((p) => p.code === 'too-many-rows');
    expect(cap?.message).toBe(
      'Narzędzie Hootsuite przyjmuje w jednym pliku najwyżej 350 postów; ten eksport ma ich 351. Zawęź zakres dat albo podziel eksport na kilka plików.',
    );
    const close = sproutTarget
      .preflight(
        [post({ id: 'A', time: '10:00' }), post({ id: 'B', time: '10:02', caption: 'Other' })],
        options({ locale: 'pl_PL' }),
      )
      .find((p) => p.code === 'too-close');
    expect(close?.message).toBe(
      'Post B wypada 2 minuty po innym poście (post A); narzędzie Sprout Social wymaga co najmniej 10 minut odstępu między postami. Rozsuń je opcją „Rozłóż w czasie” albo przesuń post.',
    );
    const unknown = runExport('nope' as never, [], options({ locale: 'pl_PL' }));
    expect(unknown.problems[0].message).toBe('Nie ma formatu eksportu o nazwie „nope”. Wybierz format z listy.');
  });

  test('English stays the default, and counts take the right plural in both languages', () => {
    const [problem] = runExport('nope' as never, [], options()).problems;
    expect(problem.message).toBe('There is no export format called "nope". Pick one from the list.');
    expect([1, 2, 5, 12, 22].map((n) => countPhrase('pl_PL', n, 'minute'))).toEqual([
      '1 minutę',
      '2 minuty',
      '5 minut',
      '12 minut',
      '22 minuty',
    ]);
    expect([1, 2].map((n) => countPhrase('en_US', n, 'minute'))).toEqual(['1 minute', '2 minutes']);
    expect(postName(post({ id: '', date: '' }), 'pl_PL')).toBe('Post z datą (brak daty)');
    expect(postName(post({ id: 'P-7' }))).toBe('Post P-7');
  });
});
