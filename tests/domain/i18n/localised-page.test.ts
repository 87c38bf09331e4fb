/** A built page's `{{key}}` placeholders become the catalogue's words, escaped, and its lang follows the locale. */
import { t } from '../../../src/domain/i18n';
import { escapeHtml } from '../../../src/domain/html-text';
import { localisePage } from '../../../src/domain/i18n/localised-page';

const PAGE = '<!doctype html>\n<html lang="en"><title>{{planning.import.title}}</title><p title="{{planning.import.hint}}">{{planning.import.intro}}</p></html>';

test('every placeholder is filled in the locale’s language and lang is set', () => {
  const polish = localisePage(PAGE, 'pl_PL');
  expect(polish).toContain('<html lang="pl">');
  expect(polish).toContain(`<title>${escapeHtml(t('pl_PL', 'planning.import.title'))}</title>`);
  expect(polish).not.toMatch(/\{\{/);
  expect(localisePage(PAGE, 'en_US')).toContain('<html lang="en">');
});

test('the escaper leaves no markup: & < > " and \' become entities', () => {
  expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});
