/** The pieces pre-flight messages are built from, in the export's language: post names, format names in a sentence, counted nouns. */

import type { Post } from '../post';
import { languageOf, t } from '../i18n';
import { pluralCategory } from '../i18n/plural';
import type { ExportOptions } from './export-types';

/** The language of an export's messages (English unless `options.locale` is Polish). */
export function exportLocale(options: Pick<ExportOptions, 'locale'>): string {
  return options.locale ?? 'en';
}

/**
 * How a post is named in messages: `Post P-12` (or `The post dated 2026-01-15` when it has no ID).
 * @param post The post.
 * @param locale A Sheets locale such as `en_US` or `pl_PL` (default English).
 */
export function postName(post: Post, locale = 'en'): string {
  return post.id
    ? t(locale, 'export.post.id', { id: post.id })
    : t(locale, 'export.post.dated', { date: post.date || t(locale, 'export.post.noDate') });
}

/**
 * A post's name in the middle of a sentence: postName() with a lower-case first letter (`post P-12`).
 * @param post The post.
 * @param locale A Sheets locale.
 */
export function postNameInSentence(post: Post, locale = 'en'): string {
  const name = postName(post, locale);
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/**
 * A number with its noun in the right plural form, e.g. `1 minute`, `10 minutes`; in Polish
 * `1 minutę`, `3 minuty`, `5 minut` (the form that follows `co najmniej` and `za`; the plural rules are i18n/plural.ts's).
 * @param locale A Sheets locale.
 * @param n The number.
 * @param noun Which noun (the catalogue's `export.unit.<noun>.<form>` keys).
 */
export function countPhrase(locale: string, n: number, noun: 'minute' | 'post' | 'mediaLink'): string {
  return `${n} ${t(locale, `export.unit.${noun}.${pluralCategory(languageOf(locale), n)}`)}`;
}
