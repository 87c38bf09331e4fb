/** Shared test data for the export tests: a post factory and captions that break naive CSV and iCalendar writers. */

import { emptyPost, type Post } from '../../../src/domain/post';
import type { ExportOptions } from '../../../src/domain/export/export-types';

/** A post with sensible defaults, overridden by `fields`. */
export function post(fields: Partial<Post> = {}): Post {
  return {
    ...emptyPost(),
    id: 'P-1',
    date: '2026-01-15',
    time: '09:00',
    timeZone: 'Europe/Warsaw',
    platform: 'LinkedIn',
    format: 'Text',
    title: 'Launch',
    caption: 'Hello world',
    status: 'Approved',
    ...fields,
  };
}

/** Export options at a fixed "now" (2026-01-10 12:00 UTC), spreadsheet zone Europe/Warsaw. */
export function options(extra: Partial<ExportOptions> = {}): ExportOptions {
  return { now: new Date('2026-01-10T12:00:00Z'), defaultTimeZone: 'Europe/Warsaw', ...extra };
}

/** Captions with quotes, commas, line breaks, emoji and spreadsheet formula triggers. */
export const TRICKY_CAPTIONS = [
  'She said "hi", then left; ok?',
  'Line one\nLine two\r\nLine three',
  '🚀 Launch day 👩‍👩‍👧 with ❤️ and 🇵🇱',
  '=HYPERLINK("http://evil.example","click")',
  '@brand is here, say hi',
  '- bullet one\n- bullet two',
  '+48 123 456 789 call us',
  'Tab\tinside, and a trailing space ',
  'Back\\slash; semi, comma',
  'Zażółć gęślą jaźń, 東京, مرحبا',
];

/** Posts with the tricky captions, 30 minutes apart from 2026-01-15 09:00 Warsaw, ids P-1.. */
export function trickyPosts(): Post[] {
  return TRICKY_CAPTIONS.map((caption, i) => {
    const minutes = 9 * 60 + i * 30;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return post({ id: `P-${i + 1}`, caption, time, link: i % 2 ? `https://example.com/p/${i}?a=1,2&b="x"` : '' });
  });
}
