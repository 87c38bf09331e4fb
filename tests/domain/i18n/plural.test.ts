/** Plural forms by hand (no Intl.PluralRules): English one/other, Polish one/few/many, in message templates. */
import { fillTemplate } from '../../../src/domain/i18n/translator';
import { pluralForm } from '../../../src/domain/i18n/plural';

test('English: 1 post, 0 and 2 posts', () => {
  expect([0, 1, 2, 21].map((n) => pluralForm(n, ['post', 'posts']))).toEqual(['posts', 'post', 'posts', 'posts']);
});

test('Polish: 1 post, 2–4 posty (not 12–14), else postów', () => {
  const forms = ['post', 'posty', 'postów'];
  expect([1, 2, 4, 5, 11, 12, 14, 22, 25, 102, 112].map((n) => pluralForm(n, forms))).toEqual([
    'post', 'posty', 'posty', 'postów', 'postów', 'postów', 'postów', 'posty', 'postów', 'posty', 'postów',
  ]);
});

test('templates choose the form from the named number and keep other placeholders', () => {
  expect(fillTemplate('{count} {count|post|posts} to review', { count: 1 })).toBe('1 post to review');
  expect(fillTemplate('{count} {count|post|posts} to review', { count: 3 })).toBe('3 posts to review');
  expect(fillTemplate('{count} {count|post|posty|postów} do oceny', { count: 22 })).toBe('22 posty do oceny');
  expect(fillTemplate('{count} {count|post|posts}, {other}', { count: 1 })).toBe('1 post, {other}');
  expect(fillTemplate('{n|a|b}', {})).toBe('{n|a|b}');
});
