/** Cadence: thin weeks, long gaps and overfull days per platform; the editable settings table. */

import { findCadenceProblems } from '../../../src/domain/planning/cadence';
import {
  CADENCE_COLUMNS,
  DEFAULT_CADENCE,
  cadenceToRows,
  rowsToCadence,
} from '../../../src/domain/planning/cadence-settings';
import type { CadenceTarget } from '../../../src/domain/planning/cadence-settings';
import { makePost } from './planning-fixtures';

const ZONE = 'Europe/Warsaw';
const TARGETS: CadenceTarget[] = [
  { platform: 'Instagram', perWeek: 3, dailyCap: 2, maxGapDays: 4, source: '' },
  { platform: 'LinkedIn', perWeek: 2, dailyCap: 1, maxGapDays: 0, source: '' },
  { platform: 'TikTok', perWeek: 3, dailyCap: 3, maxGapDays: 4, source: '' },
];

// Weeks of 3 March (full), 10 March (thin: 1 Instagram post) and 17 March (full, one overfull day).
const posts = [
  makePost({ id: 'I1', date: '2025-03-03', time: '09:00' }),
  makePost({ id: 'I2', date: '2025-03-05', time: '09:00' }),
  makePost({ id: 'I3', date: '2025-03-07', time: '09:00' }),
  makePost({ id: 'I4', date: '2025-03-12', time: '09:00' }),
  makePost({ id: 'I5', date: '2025-03-17', time: '08:00' }),
  makePost({ id: 'I6', date: '2025-03-17', time: '12:00' }),
  makePost({ id: 'I7', date: '2025-03-17', time: '18:00' }),
  makePost({ id: 'I8', date: '2025-03-19', time: '09:00', status: 'Cancelled' }),
  makePost({ id: 'L1', date: '2025-03-04', time: '09:00', platform: 'LinkedIn' }),
  makePost({ id: 'L2', date: '2025-03-06', time: '09:00', platform: 'LinkedIn' }),
  makePost({ id: 'L3', date: '2025-03-11', time: '09:00', platform: 'LinkedIn' }),
  makePost({ id: 'L4', date: '2025-03-13', time: '09:00', platform: 'linkedin' }),
  makePost({ id: 'L5', date: '2025-03-18', time: '09:00', platform: 'LinkedIn' }),
  makePost({ id: 'L6', date: '2025-03-20', time: '09:00', platform: 'LinkedIn' }),
];
const options = { timeZone: ZONE, today: '2025-03-01', from: '2025-03-03', to: '2025-03-23' };

describe('findCadenceProblems', () => {
  const issues = findCadenceProblems(posts, TARGETS, options);

  test('a thin week: Instagram has 1 post in the week of 10 March against a target of 3', () => {
    const thin = issues.filter((i) => i.code === 'week-under-target');
    expect(thin.map((i) => [i.platform, i.week, i.postIds])).toEqual([['Instagram', '2025-03-10', ['I4']]]);
    expect(thin[0].message).toBe(
      'Instagram has 1 post planned for the week of Monday 10 March; your target is 3 a week. Plan 2 more.',
    );
    expect(thin[0].severity).toBe('warning');
  });

  test('an overfull day: three Instagram posts on 17 March against a cap of 2', () => {
    const over = issues.filter((i) => i.code === 'day-over-cap');
    expect(over.map((i) => [i.platform, i.date, i.postIds])).toEqual([['Instagram', '2025-03-17', ['I5', 'I6', 'I7']]]);
    expect(over[0].message).toBe(
      'Instagram has 3 posts planned on Monday 17 March; your daily limit is 2. Move 1 to another day.',
    );
  });

  test('gaps longer than allowed, cancelled posts not counting; the open end of the period counts too', () => {
    const gaps = issues.filter((i) => i.code === 'gap-too-long');
    // 8–11 and 13–16 March are 4 empty days: allowed. 18–23 March (the cancelled post does not count) is 6.
    expect(gaps.map((i) => [i.platform, i.date, i.endDate, i.postIds])).toEqual([
      ['Instagram', '2025-03-18', '2025-03-23', ['I5', 'I6', 'I7']],
    ]);
    const stricter = findCadenceProblems(posts, [{ ...TARGETS[0], maxGapDays: 3 }], options).filter(
      (i) => i.code === 'gap-too-long',
    );
    expect(stricter.map((i) => [i.date, i.endDate, i.postIds])).toEqual([
      ['2025-03-08', '2025-03-11', ['I3', 'I4']],
      ['2025-03-13', '2025-03-16', ['I4', 'I5', 'I6', 'I7']],
      ['2025-03-18', '2025-03-23', ['I5', 'I6', 'I7']],
    ]);
    expect(gaps[0].message).toBe(
      'Instagram has nothing planned for 6 days, from Tuesday 18 March to Sunday 23 March; the longest gap you allow is 4 days. Plan a post in between.',
    );
  });

  test('platforms without posts (TikTok) are not checked unless asked; asked, an empty platform is one long gap', () => {
    expect(issues.some((i) => i.platform === 'TikTok')).toBe(false);
    const tiktok = findCadenceProblems(posts, TARGETS, { ...options, platforms: ['TikTok'] });
    expect(tiktok.map((i) => [i.code, i.week ?? i.date])).toEqual([
      ['gap-too-long', '2025-03-03'],
      ['week-under-target', '2025-03-03'],
      ['week-under-target', '2025-03-10'],
      ['week-under-target', '2025-03-17'],
    ]);
  });

  test('weeks and days before today are not reported unless includePast', () => {
    const later = findCadenceProblems(posts, TARGETS, { ...options, today: '2025-03-18' });
    expect(later.some((i) => i.code === 'week-under-target' && i.week === '2025-03-10')).toBe(false);
    expect(later.some((i) => i.code === 'day-over-cap')).toBe(false);
    const all = findCadenceProblems(posts, TARGETS, { ...options, today: '2025-03-18', includePast: true });
    expect(all.some((i) => i.code === 'day-over-cap')).toBe(true);
  });

  test('days are the spreadsheet’s days: a New York evening post counts on the next Warsaw day', () => {
    const ny = [
      makePost({ id: 'N1', date: '2025-03-16', time: '21:00', timeZone: 'America/New_York', platform: 'LinkedIn' }),
      makePost({ id: 'N2', date: '2025-03-17', time: '10:00', platform: 'LinkedIn' }),
    ];
    const found = findCadenceProblems(ny, TARGETS, { ...options, platforms: ['LinkedIn'] });
    expect(found.filter((i) => i.code === 'day-over-cap').map((i) => [i.date, i.postIds])).toEqual([
      ['2025-03-17', ['N1', 'N2']],
    ]);
  });

  test('Polish messages decline dates and nouns', () => {
    const pl = findCadenceProblems(posts, TARGETS, { ...options, locale: 'pl_PL' });
    expect(pl.find((i) => i.code === 'day-over-cap')?.message).toBe(
      'Instagram: na poniedziałek 17 marca zaplanowano 3 posty, a dzienny limit to 2. Przenieś 1 na inny dzień.',
    );
    expect(pl.find((i) => i.code === 'week-under-target')?.message).toBe(
      'Instagram: w tygodniu od poniedziałku 10 marca zaplanowano 1 post, a cel to 3 tygodniowo. Zaplanuj jeszcze 2.',
    );
    expect(pl.find((i) => i.code === 'gap-too-long')?.message).toBe(
      'Instagram: przez 6 dni, od wtorku 18 marca do niedzieli 23 marca, nic nie zaplanowano, a najdłuższa dopuszczalna przerwa to 4 dni. Zaplanuj post w tym czasie.',
    );
  });
});

describe('cadence settings table', () => {
  test('defaults round-trip through the table and carry a source with a confidence mark', () => {
    const rows = cadenceToRows(DEFAULT_CADENCE);
    expect(rows[0]).toEqual([...CADENCE_COLUMNS]);
    const back = rowsToCadence(rows);
    expect(back.problems).toEqual([]);
    expect(back.cadence).toEqual(DEFAULT_CADENCE);
    for (const c of DEFAULT_CADENCE) expect(c.source).toMatch(/\((V|S|U)\)/);
    expect(DEFAULT_CADENCE.find((c) => c.platform === 'Instagram')?.perWeek).toBe(4);
    expect(DEFAULT_CADENCE.find((c) => c.platform === 'LinkedIn')?.perWeek).toBe(2);
  });

  test('bad numbers, missing platforms and duplicates are reported; empty cells turn a check off', () => {
    const { cadence, problems } = rowsToCadence(
      [
        ['Platform', 'Posts per week', 'Daily limit', 'Longest gap (days)'],
        ['Instagram', 4, '', 5],
        ['X', 'lots', 2, 1.5],
        ['', 3, 1, 2],
        ['instagram', 1, 1, 1],
      ],
      { firstRow: 5 },
    );
    expect(cadence.map((c) => [c.platform, c.perWeek, c.dailyCap, c.maxGapDays])).toEqual([
      ['Instagram', 4, 0, 5],
      ['X', 0, 2, 0],
    ]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [7, 'Posts per week'],
      [7, 'Longest gap (days)'],
      [8, 'Platform'],
      [9, 'Platform'],
    ]);
    expect(problems[0].message).toBe(
      'Row 7: “lots” in Posts per week is not a whole number from 0 to 100. Enter a number, or leave it empty for no target.',
    );
  });
});

test('default cadence sources are ones a social media manager understands, never internal references (issue #19)', () => {
  for (const target of DEFAULT_CADENCE) expect(target.source).not.toMatch(/\.md|§|Issue #/i);
});
