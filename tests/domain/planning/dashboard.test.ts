/** Dashboard: counts that add up to the posts, weekly counts per platform, awaiting approval, overdue, the grid. */

import fc from 'fast-check';
import { buildDashboard } from '../../../src/domain/planning/dashboard';
import { dashboardToGrid } from '../../../src/domain/planning/dashboard-layout';
import { PLATFORMS, STATUSES } from '../../../src/domain/post';
import { makePost, shown } from './planning-fixtures';

const ZONE = 'Europe/Warsaw';
const TODAY = '2025-03-12'; // a Wednesday

const posts = [
  makePost({ id: 'A', date: '2025-03-03', time: '09:00', platform: 'X', status: 'Published' }),
  makePost({ id: 'B', date: '2025-03-04', time: '09:00', platform: 'X', status: 'Draft' }), // overdue
  makePost({ id: 'C', date: '2025-03-11', time: '09:00', platform: 'Instagram', status: 'In review' }), // overdue + awaiting
  makePost({ id: 'D', date: '2025-03-12', time: '08:00', platform: 'Instagram', status: 'Approved' }), // overdue only with now
  makePost({ id: 'E', date: '2025-03-13', time: '09:00', platform: 'Instagram', status: 'Needs changes' }),
  makePost({ id: 'F', date: '2025-03-14', time: '09:00', platform: 'LinkedIn', status: 'Cancelled' }),
  makePost({ id: 'G', date: '2025-03-20', time: '09:00', platform: 'LinkedIn', status: 'Scheduled' }),
  makePost({ id: 'H', date: '', platform: 'TikTok', status: 'Idea' }),
  makePost({ id: 'I', date: '2025-03-21', platform: 'Snapchat', status: 'Changed after approval' }),
  makePost({ id: 'J', date: '2025-03-22', time: '09:00', platform: '', status: '' }),
  makePost({
    id: 'K',
    date: '2025-03-16',
    time: '20:00',
    timeZone: 'America/New_York',
    platform: 'X',
    status: 'Approved',
  }),
];

describe('buildDashboard', () => {
  const d = buildDashboard(posts, { today: TODAY, timeZone: ZONE, changedAfterApproval: ['G'] });

  test('counts by status and platform add up to every post', () => {
    expect(d.total).toBe(11);
    expect(d.undated).toBe(1);
    expect(d.byStatus.map((s) => s.status)).toEqual([...STATUSES, 'Changed after approval', '']);
    expect(d.byStatus.reduce((n, s) => n + s.count, 0)).toBe(11);
    expect(d.byStatus.find((s) => s.status === 'Approved')?.count).toBe(2);
    expect(d.byPlatform).toEqual([
      { platform: 'X', count: 3 },
      { platform: 'Instagram', count: 3 },
      { platform: 'LinkedIn', count: 2 },
      { platform: 'TikTok', count: 1 },
      { platform: '', count: 1 },
      { platform: 'Snapchat', count: 1 },
    ]);
  });

  test('posts per ISO week and platform in the spreadsheet zone, without cancelled posts', () => {
    expect(d.byWeek.weekStarts).toEqual([
      '2025-02-24',
      '2025-03-03',
      '2025-03-10',
      '2025-03-17',
      '2025-03-24',
      '2025-03-31',
      '2025-04-07',
      '2025-04-14',
    ]);
    expect(d.byWeek.platforms).toEqual(['X', 'Instagram', 'LinkedIn', '', 'Snapchat']);
    // K: Sunday 16 March 20:00 in New York is Monday 17 March 01:00 in Warsaw, so it counts in the week of 17 March.
    expect(d.byWeek.counts.slice(1, 4)).toEqual([
      [2, 0, 0, 0, 0],
      [0, 3, 0, 0, 0],
      [1, 0, 1, 1, 1],
    ]);
  });

  test('awaiting approval: In review, Needs changes and changed after approval', () => {
    expect(d.awaitingApproval.map((p) => [p.id, p.changedAfterApproval ?? false])).toEqual([
      ['C', false],
      ['E', false],
      ['G', true],
      ['I', true],
    ]);
  });

  test('overdue: past and not Scheduled/Published/Cancelled; with now, earlier today too', () => {
    expect(d.overdue.map((p) => [p.id, p.daysOverdue])).toEqual([
      ['B', 8],
      ['C', 1],
    ]);
    const withNow = buildDashboard(posts, { today: TODAY, timeZone: ZONE, now: new Date('2025-03-12T10:00:00Z') });
    expect(withNow.overdue.map((p) => p.id)).toEqual(['B', 'C', 'D']);
  });

  test('property: status and platform counts always equal the number of posts; weekly counts never exceed them', () => {
    const arbPost = fc.record({
      date: fc.oneof(
        fc.constant(''),
        fc.constant('bad'),
        fc
          .date({ min: new Date('2025-01-01'), max: new Date('2025-06-30'), noInvalidDate: true })
          .map((x) => x.toISOString().slice(0, 10)),
      ),
      time: fc.oneof(fc.constant(''), fc.constantFrom('00:30', '09:00', '23:59', '02:30')),
      timeZone: fc.constantFrom('', 'America/New_York', 'Asia/Tokyo', 'Nowhere/Zone'),
      platform: fc.constantFrom(...PLATFORMS, '', 'Other'),
      status: fc.constantFrom(...STATUSES, '', 'in review', 'Custom'),
    });
    fc.assert(
      fc.property(fc.array(arbPost, { maxLength: 60 }), (raw) => {
        const list = raw.map((r) => makePost(r));
        const dash = buildDashboard(list, { today: '2025-03-12', timeZone: ZONE });
        expect(dash.byStatus.reduce((n, s) => n + s.count, 0)).toBe(list.length);
        expect(dash.byPlatform.reduce((n, s) => n + s.count, 0)).toBe(list.length);
        const weekly = dash.byWeek.counts.flat().reduce((n, c) => n + c, 0);
        expect(weekly).toBeLessThanOrEqual(list.filter((p) => p.status !== 'Cancelled').length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('dashboardToGrid', () => {
  const d = buildDashboard(posts, { today: TODAY, timeZone: ZONE });
  const grid = dashboardToGrid(d, { refreshed: '2025-03-12 10:00' });

  test('one rectangle; counts are numbers; the chart points at the weekly table', () => {
    const width = grid.values[0].length;
    expect(grid.values.every((r) => r.length === width)).toBe(true);
    expect(grid.backgrounds.length).toBe(grid.values.length);
    const { dataRange } = grid.chart;
    expect(shown(grid.values[dataRange.row][0])).toBe('Week starting');
    expect(grid.values[dataRange.row].slice(1, dataRange.numColumns).map(shown)).toEqual([
      'X',
      'Instagram',
      'LinkedIn',
      '',
      'Snapchat',
    ]);
    expect(dataRange.numRows).toBe(9);
    expect(grid.values[dataRange.row + 2].slice(0, 2)).toEqual(["'2025-03-03", 2]);
    expect(grid.chart.hasData).toBe(true);
    expect(grid.chart.anchor.column).toBeGreaterThanOrEqual(width);
  });

  test('totals match, lists are there, and a title cannot become a formula', () => {
    const totals = grid.values.filter((r) => shown(r[0]) === 'Total').map((r) => r[1]);
    expect(totals).toEqual([11, 11]);
    const texts = grid.values.flat().map(shown);
    expect(texts).toContain('Awaiting approval (3)');
    expect(texts).toContain('Overdue (2)');
    const evil = dashboardToGrid(
      buildDashboard([makePost({ title: '=IMPORTXML("http://x")', status: 'In review' })], {
        today: TODAY,
        timeZone: ZONE,
      }),
    );
    expect(evil.values.flat()).toContain('\'=IMPORTXML("http://x")');
  });

  test('an empty calendar says None and adds no chart', () => {
    const empty = dashboardToGrid(buildDashboard([], { today: TODAY, timeZone: ZONE }), { locale: 'pl_PL' });
    expect(empty.chart.hasData).toBe(false);
    expect(
      empty.values
        .flat()
        .map(shown)
        .filter((t) => t === 'Brak.'),
    ).toHaveLength(2);
  });
});
