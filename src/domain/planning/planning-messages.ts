/** Message helpers for the planning views: lookups in the project catalogue, lists, plural phrases, long dates. */

import { t } from '../i18n';
import type { Language } from '../message-language';
import { messageLanguage } from '../message-language';
import { pluralCategory } from '../i18n/plural';

/**
 * The language for a Sheets locale (`pl`, `pl_PL`, `pl-PL` → Polish; anything else → English).
 * @param locale A Sheets locale or BCP 47 tag.
 */
export function planningLanguage(locale: string | null | undefined): Language {
  return messageLanguage(locale);
}

/**
 * A planning message with `{name}` placeholders filled; English when Polish lacks the key.
 * @param locale A Sheets locale such as `en_US` or `pl_PL`.
 * @param key A `planning.` key.
 * @param params Placeholder values.
 */
export function pm(locale: string, key: string, params?: Record<string, string | number>): string {
  return t(locale, key, params);
}

/**
 * A `|`-separated list from the catalogue, e.g. the weekday names, Monday first.
 * @param locale A Sheets locale.
 * @param key A list key such as `planning.weekdays.short`.
 */
export function pmList(locale: string, key: string): string[] {
  return pm(locale, key).split('|');
}

/**
 * "3 posts", "1 day", or in Polish "2 posty", "5 postów", "22 dni" (Polish has three plural forms).
 * @param locale A Sheets locale.
 * @param count The number.
 * @param unit Which noun.
 */
export function countPhrase(locale: string, count: number, unit: 'post' | 'day'): string {
  return `${count} ${pm(locale, `planning.unit.${unit}.${pluralCategory(planningLanguage(locale), count)}`)}`;
}


/** The grammatical role of a date in a sentence: Polish declines the weekday (środa → na środę, od środy). */
export type DateCase = 'nominative' | 'object' | 'genitive';

const WEEKDAY_KEY_BY_CASE: Record<DateCase, string> = {
  nominative: 'planning.weekdays.long',
  object: 'planning.weekdays.object',
  genitive: 'planning.weekdays.genitive',
};

/**
 * A date for people: "Friday 14 March" (en) or "piątek 14 marca" (pl); with the year when asked.
 * @param locale A Sheets locale.
 * @param date A valid `yyyy-MM-dd` date.
 * @param options `withYear` adds the year; `grammaticalCase` declines the Polish weekday (default nominative).
 */
export function longDate(
  locale: string,
  date: string,
  options: { withYear?: boolean; grammaticalCase?: DateCase } = {},
): string {
  const [year, month, day] = date.split('-').map(Number);
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return pm(locale, options.withYear ? 'planning.date.long.year' : 'planning.date.long', {
    weekday: pmList(locale, WEEKDAY_KEY_BY_CASE[options.grammaticalCase ?? 'nominative'])[weekday],
    day,
    month: pmList(locale, 'planning.months.inDate')[month - 1],
    year,
  });
}

/**
 * Joins items as "a, b and c" (en) or "a, b i c" (pl).
 * @param locale A Sheets locale.
 * @param items The items.
 */
export function joinList(locale: string, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${pm(locale, 'planning.list.and')}${items[items.length - 1]}`;
}
