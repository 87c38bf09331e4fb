/** The planning catalogue: complete in both languages, Polish plurals and date cases. */

import { PLANNING_MESSAGES } from '../../../src/domain/planning/planning-catalogue';
import {
  countPhrase,
  joinList,
  longDate,
  planningLanguage,
  pm,
  pmList,
} from '../../../src/domain/planning/planning-messages';

describe('planning messages', () => {
  test('Polish has every English key, the same placeholders, and lists of the same length', () => {
    for (const [key, en] of Object.entries(PLANNING_MESSAGES.en)) {
      const pl = PLANNING_MESSAGES.pl[key];
      expect([key, typeof pl]).toEqual([key, 'string']);
      const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect([key, names(pl)]).toEqual([key, names(en)]);
      // Lists split on |; plural groups ({count|one|other}, Polish {count|one|few|many}) are not lists.
      const items = (s: string) => s.replace(/\{\w+\|[^{}]*\}/g, '').split('|').length;
      expect([key, items(pl)]).toEqual([key, items(en)]);
    }
    for (const key of Object.keys(PLANNING_MESSAGES.pl)) expect(PLANNING_MESSAGES.en[key]).toBeDefined();
  });

  test('locale to language', () => {
    expect(['pl', 'pl_PL', 'pl-PL', 'en_US', 'de_DE', '', undefined].map(planningLanguage)).toEqual([
      'pl',
      'pl',
      'pl',
      'en',
      'en',
      'en',
      'en',
    ]);
  });

  test('Polish plurals: 1 post, 2–4 posty, 5+ postów, 22 posty, 12 postów', () => {
    expect([1, 2, 4, 5, 12, 22, 25, 0].map((n) => countPhrase('pl_PL', n, 'post'))).toEqual([
      '1 post',
      '2 posty',
      '4 posty',
      '5 postów',
      '12 postów',
      '22 posty',
      '25 postów',
      '0 postów',
    ]);
    expect([1, 3].map((n) => countPhrase('en', n, 'day'))).toEqual(['1 day', '3 days']);
  });

  test('dates in sentences, with Polish cases', () => {
    expect(longDate('en', '2025-03-19')).toBe('Wednesday 19 March');
    expect(longDate('pl', '2025-03-19', { grammaticalCase: 'object' })).toBe('środę 19 marca');
    expect(longDate('pl', '2025-03-19', { grammaticalCase: 'genitive', withYear: true })).toBe('środy 19 marca 2025');
    expect(joinList('pl', ['a', 'b', 'c'])).toBe('a, b i c');
    expect(pm('en', 'planning.month.more', { count: 3 })).toBe('+3 more');
    expect(pmList('pl', 'planning.weekdays.short')).toHaveLength(7);
  });
});
