/** Tests for selectPosts, staggerPosts and runExport (refuse, or export only the rows that pass). */

import { parse } from 'csv-parse/sync';
import { EXPORT_TARGETS, findExportTarget, runExport } from '../../../src/domain/export/export-targets';
import { selectPosts } from '../../../src/domain/export/select-posts';
import { staggerPosts } from '../../../src/domain/export/stagger-posts';
import { dateOrderForLocale } from '../../../src/domain/export/schedule-format';
import { options, post } from './fixtures';

describe('selectPosts', () => {
  const posts = [
    post({ id: 'a', date: '2026-01-01', platform: 'X', status: 'Draft' }),
    post({ id: 'b', date: '2026-01-15', platform: 'Instagram', status: 'Approved' }),
    post({ id: 'c', date: '2026-02-01', platform: 'x', status: 'Approved' }),
    post({ id: 'd', date: '', platform: 'X', status: 'Idea' }),
  ];
  const ids = (list: { id: string }[]) => list.map((p) => p.id);

  it('filters by inclusive date range, platform and status (case-insensitive), keeping order', () => {
    expect(ids(selectPosts(posts, { from: '2026-01-15', to: '2026-02-01' }))).toEqual(['b', 'c']);
    expect(ids(selectPosts(posts, { platform: 'X' }))).toEqual(['a', 'c', 'd']);
    expect(ids(selectPosts(posts, { platform: ['instagram', 'x'], status: 'approved' }))).toEqual(['b', 'c']);
    expect(ids(selectPosts(posts, { ids: ['d', 'a'] }))).toEqual(['a', 'd']);
    expect(ids(selectPosts(posts))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('staggerPosts', () => {
  it('moves colliding posts later in time order, each in its own zone, across midnight', () => {
    const posts = [
      post({ id: 'late', time: '23:55' }),
      post({ id: 'x1', time: '09:00' }),
      post({ id: 'x2', time: '09:00' }),
      post({ id: 'x3', time: '08:02', timeZone: 'Europe/London' }), // 09:02 Warsaw
      post({ id: 'late2', time: '23:58' }),
      post({ id: 'undated', date: '', time: '' }),
    ];
    const out = staggerPosts(posts, 10, 'Europe/Warsaw');
    expect(out.map((p) => [p.id, p.date, p.time])).toEqual([
      ['late', '2026-01-15', '23:55'],
      ['x1', '2026-01-15', '09:00'],
      ['x2', '2026-01-15', '09:10'],
      ['x3', '2026-01-15', '08:20'],
      ['late2', '2026-01-16', '00:05'],
      ['undated', '', ''],
    ]);
    expect(out[3].timeZone).toBe('Europe/London');
  });

  it('spaces groups independently when given a group key', () => {
    const posts = [post({ id: 'a', platform: 'X' }), post({ id: 'b', platform: 'LinkedIn' })];
    expect(staggerPosts(posts, 10, 'Europe/Warsaw', (p) => p.platform).map((p) => p.time)).toEqual(['09:00', '09:00']);
  });
});

describe('runExport', () => {
  it('lists five targets with unique ids', () => {
    expect(EXPORT_TARGETS.map((t) => t.id)).toEqual(['hootsuite', 'sprout', 'publer', 'generic-csv', 'icalendar']);
    expect(findExportTarget('sprout')?.label).toContain('Sprout');
  });

  it('refuses when any row fails, and exports only passing rows when asked', () => {
    const posts = [
      post({ id: 'ok', caption: 'Fine' }),
      post({ id: 'past', caption: 'Old', date: '2026-01-01' }),
      post({ id: 'near', caption: 'Near', time: '09:05' }),
    ];
    const refused = runExport('sprout', posts, options());
    expect(refused.ok).toBe(false);
    expect(refused.problems.map((p) => [p.postId, p.code])).toEqual(
      expect.arrayContaining([
        ['past', 'in-the-past'],
        ['near', 'too-close'],
      ]),
    );
    const partial = runExport('sprout', posts, options(), true);
    if (!partial.ok) throw new Error('expected an export');
    expect(partial.exportedIds).toEqual(['ok']);
    expect(partial.skippedIds).toEqual(['past', 'near']);
    expect(partial.fileName).toBe('sprout-bulk-2026-01-10.csv');
    expect(parse(partial.content)).toEqual([
      ['date', 'time_24hr', 'message_text', 'link', 'image_url'],
      ['01/15/2026', '09:00', 'Fine', '', ''],
    ]);
  });

  it('always refuses a whole-file error such as the Hootsuite cap', () => {
    const posts = Array.from({ length: 351 }, (_, i) => post({ id: `P-${i}`, caption: `Post ${i}`, time: '10:00' }));
    const result = runExport('hootsuite', posts, options(), true);
    expect(result.ok).toBe(false);
    expect(result.problems[0].code).toBe('too-many-rows');
  });

  it('exports with warnings only, and refuses an unknown target with a sentence', () => {
    const ok = runExport('generic-csv', [post({ caption: '=1' })], options());
    expect(ok.ok && ok.problems.map((p) => p.code)).toEqual(['formula-neutralised']);
    const bad = runExport('nope' as never, [], options());
    expect(bad.ok).toBe(false);
    expect(bad.problems[0].message).toMatch(/^There is no export format called "nope"\./);
  });
});

describe('dateOrderForLocale', () => {
  it('is month-first for the US and day-first elsewhere', () => {
    expect(dateOrderForLocale('en_US')).toBe('mdy');
    expect(dateOrderForLocale('en_GB')).toBe('dmy');
    expect(dateOrderForLocale('pl_PL')).toBe('dmy');
  });
});
