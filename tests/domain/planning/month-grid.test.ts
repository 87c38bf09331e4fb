/** Month view: posts on their days in the spreadsheet's zone (across DST), events, gaps, the grid layout, speed. */

import { buildMonthView, monthOptions, parseMonthPick } from '../../../src/domain/planning/month-grid';
import type { MonthDay, MonthView } from '../../../src/domain/planning/month-grid';
import { monthViewToGrid } from '../../../src/domain/planning/month-grid-layout';
import type { PlanningEvent } from '../../../src/domain/planning/events';
import { GAP_STYLE, OVERDUE_STYLE, STATUS_PALETTE } from '../../../src/domain/status-palette';
import type { Post } from '../../../src/domain/post';
import { PLATFORMS, STATUSES } from '../../../src/domain/post';
import { makePost, shown } from './planning-fixtures';

const ZONE = 'Europe/Warsaw';

function day(view: MonthView, date: string): MonthDay {
  const found = view.weeks.flat().find((d) => d.date === date);
  if (!found) throw new Error(`no ${date}`);
  return found;
}

/** 60 posts in March 2025: two or three a day, six days empty, across DST (30 March in Warsaw, 9 March in New York). */
function marchPosts(): Post[] {
  const posts: Post[] = [];
  const skip = new Set([5, 6, 12, 19, 20, 27]);
  for (let d = 1; d <= 31; d++) {
    if (skip.has(d)) continue;
    const date = `2025-03-${String(d).padStart(2, '0')}`;
    posts.push(makePost({ date, time: '09:00', platform: PLATFORMS[d % PLATFORMS.length], status: STATUSES[d % 7] }));
    posts.push(makePost({ date, time: '17:30', platform: 'LinkedIn', status: 'Scheduled' }));
  }
  for (const d of ['01', '02', '03', '04', '07', '08'])
    posts.push(makePost({ date: `2025-03-${d}`, time: '12:00', platform: 'Facebook' }));
  // Across the DST change in Warsaw (02:00 → 03:00 on 30 March).
  posts.push(makePost({ id: 'DST-GAP', date: '2025-03-30', time: '02:30', title: 'In the DST gap' }));
  posts.push(makePost({ id: 'DST-AFTER', date: '2025-03-30', time: '23:30', title: 'After the change' }));
  // New York, where DST began on 9 March: 20:00 EDT = 00:00 UTC = 01:00 CET the next day in Warsaw.
  posts.push(
    makePost({
      id: 'NY-LATE',
      date: '2025-03-14',
      time: '20:00',
      timeZone: 'America/New_York',
      title: 'Evening in New York',
    }),
  );
  // 23:30 New York on 30 March (EDT) = 03:30 UTC = 05:30 CEST on 31 March.
  posts.push(
    makePost({ id: 'NY-DST', date: '2025-03-30', time: '23:30', timeZone: 'America/New_York', title: 'Late NY' }),
  );
  return posts;
}

describe('buildMonthView', () => {
  const posts = marchPosts();
  const events: PlanningEvent[] = [
    {
      date: '2025-03-08',
      endDate: '2025-03-08',
      name: "Women's Day",
      notes: '',
      type: 'Holiday',
      source: 'calendar',
      row: 0,
    },
    {
      date: '2025-03-20',
      endDate: '2025-03-22',
      name: 'Spring promo',
      notes: '',
      type: 'Promotion',
      source: 'sheet',
      row: 2,
    },
  ];
  const view = buildMonthView(posts, events, {
    year: 2025,
    month: 3,
    timeZone: ZONE,
    locale: 'en_US',
    maxLinesPerDay: 10,
  });

  test('holds all 60 posts, each on exactly one day of the month', () => {
    expect(posts).toHaveLength(60);
    expect(view.postCount).toBe(60);
    const ids = view.weeks.flat().flatMap((d) => d.lines.map((l) => l.postId));
    expect(ids.sort()).toEqual(posts.map((p) => p.id).sort());
  });

  test('lays March 2025 out Monday-first: 6 weeks, padding before Saturday the 1st', () => {
    expect(view.title).toBe('March 2025');
    expect(view.header).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(view.weeks).toHaveLength(6);
    expect(view.weeks[0].map((d) => d.date)).toEqual([null, null, null, null, null, '2025-03-01', '2025-03-02']);
    expect(view.weeks[5][0].date).toBe('2025-03-31');
    expect(view.weeks.every((w) => w.length === 7)).toBe(true);
  });

  test('a post at 20:00 in New York shows the next day at 01:00 in the Warsaw view, with its own time in the note', () => {
    const line = day(view, '2025-03-15').lines.find((l) => l.postId === 'NY-LATE');
    expect(line?.text).toBe('01:00 Instagram · Evening in New York');
    expect(line?.note).toContain('2025-03-14 20:00 America/New_York');
    expect(day(view, '2025-03-14').lines.some((l) => l.postId === 'NY-LATE')).toBe(false);
  });

  test('the DST change: 02:30 does not exist on 30 March and shows at 03:30; later times keep their clock time', () => {
    const lines = day(view, '2025-03-30').lines;
    expect(lines.find((l) => l.postId === 'DST-GAP')?.text).toBe('03:30 Instagram · In the DST gap');
    expect(lines.find((l) => l.postId === 'DST-AFTER')?.text).toBe('23:30 Instagram · After the change');
    expect(day(view, '2025-03-31').lines.find((l) => l.postId === 'NY-DST')?.text).toBe('05:30 Instagram · Late NY');
  });

  test('lines are sorted by time within a day', () => {
    const times = day(view, '2025-03-30').lines.map((l) => l.text.slice(0, 5));
    expect(times).toEqual([...times].sort());
  });

  test('events appear on their days, multi-day events on each day', () => {
    expect(day(view, '2025-03-08').events).toEqual(["Women's Day"]);
    expect(['2025-03-20', '2025-03-21', '2025-03-22'].map((d) => day(view, d).events)).toEqual([
      ['Spring promo'],
      ['Spring promo'],
      ['Spring promo'],
    ]);
    expect(day(view, '2025-03-23').events).toEqual([]);
  });

  test('days with nothing planned are gaps; days with posts are not', () => {
    const gaps = view.weeks
      .flat()
      .filter((d) => d.isGap)
      .map((d) => d.date);
    expect(gaps).toEqual(['2025-03-05', '2025-03-06', '2025-03-12', '2025-03-19', '2025-03-20', '2025-03-27']);
  });

  test('a day with only cancelled posts is still a gap, and overdue posts are marked when today is given', () => {
    const v = buildMonthView(
      [
        makePost({ date: '2025-04-02', time: '10:00', status: 'Cancelled' }),
        makePost({ id: 'LATE', date: '2025-04-03', time: '10:00', status: 'Draft' }),
        makePost({ date: '2025-04-03', time: '11:00', status: 'Published' }),
      ],
      [],
      { year: 2025, month: 4, timeZone: ZONE, today: '2025-04-10' },
    );
    expect(day(v, '2025-04-02').isGap).toBe(true);
    expect(day(v, '2025-04-03').lines.map((l) => l.overdue)).toEqual([true, false]);
  });

  test('a post without a time is an all-day plan on its written date, listed first', () => {
    const v = buildMonthView(
      [
        makePost({ date: '2025-04-02', time: '08:00', title: 'Morning' }),
        makePost({ date: '2025-04-02', time: '', timeZone: 'Asia/Tokyo', title: 'Some time' }),
      ],
      [],
      { year: 2025, month: 4, timeZone: 'America/New_York' },
    );
    expect(day(v, '2025-04-02').lines.map((l) => l.text)).toEqual([
      'All day Instagram · Some time',
      '08:00 Instagram · Morning',
    ]);
  });

  test('an unknown time zone shows the post as written and says so', () => {
    const v = buildMonthView([makePost({ date: '2025-04-02', time: '08:00', timeZone: 'Mars/Olympus' })], [], {
      year: 2025,
      month: 4,
      timeZone: ZONE,
    });
    const line = day(v, '2025-04-02').lines[0];
    expect(line.text.startsWith('08:00')).toBe(true);
    expect(line.note).toContain('as written');
  });

  test('caps lines per day and counts the rest; falls back to the caption for untitled posts', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      makePost({ date: '2025-04-01', time: `${String(8 + i).padStart(2, '0')}:00` }),
    );
    many.push(
      makePost({
        date: '2025-04-02',
        time: '09:00',
        title: '',
        caption: 'A caption that is rather long and goes on well beyond forty characters\nsecond line',
      }),
    );
    const v = buildMonthView(many, [], { year: 2025, month: 4, timeZone: ZONE, maxLinesPerDay: 5 });
    expect(day(v, '2025-04-01').lines).toHaveLength(5);
    expect(day(v, '2025-04-01').moreCount).toBe(7);
    expect(day(v, '2025-04-02').lines[0].text).toBe('09:00 Instagram · A caption that is rather long and goes…');
  });

  test('Polish: weekday header, title and Sunday-first option', () => {
    const v = buildMonthView([], [], { year: 2025, month: 3, timeZone: ZONE, locale: 'pl_PL', weekStartsOn: 0 });
    expect(v.title).toBe('Marzec 2025');
    expect(v.header).toEqual(['niedz.', 'pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.']);
    expect(v.weeks[0][6].date).toBe('2025-03-01');
  });
});

describe('monthViewToGrid', () => {
  const posts = [
    makePost({
      id: 'A',
      date: '2025-03-10',
      time: '09:00',
      platform: 'X',
      title: 'Spring launch teaser',
      status: 'Approved',
    }),
    makePost({ id: 'B', date: '2025-03-10', time: '12:00', status: 'In review', title: '=HYPERLINK("x")' }),
    makePost({ id: 'C', date: '2025-03-04', time: '12:00', status: 'Draft' }),
  ];
  const view = buildMonthView(
    posts,
    [{ date: '2025-03-10', endDate: '2025-03-10', name: 'Launch', notes: '', type: '', source: 'sheet', row: 2 }],
    {
      year: 2025,
      month: 3,
      timeZone: ZONE,
      today: '2025-03-05',
    },
  );
  const grid = monthViewToGrid(view);

  test('every array is the same rectangle, 7 columns wide, for one batched write', () => {
    const rows = grid.values.length;
    for (const a of [grid.backgrounds, grid.fontColors, grid.fontWeights, grid.fontLines, grid.notes]) {
      expect(a).toHaveLength(rows);
      expect(a.every((r) => r.length === 7)).toBe(true);
    }
    expect(grid.values.every((r) => r.length === 7)).toBe(true);
    expect(grid.rowKinds).toHaveLength(rows);
    expect(grid.frozenRows).toBe(3);
  });

  test('a post has its own cell, coloured by status, led by its status symbol; text is protected from formulas', () => {
    const r = grid.values.findIndex((row) => shown(row[0]) === '✓ 09:00 X · Spring launch teaser');
    expect(r).toBeGreaterThan(0);
    expect(grid.backgrounds[r][0]).toBe(STATUS_PALETTE.Approved.background);
    expect(grid.fontColors[r][0]).toBe(STATUS_PALETTE.Approved.fontColor);
    expect(grid.values[r + 1][0]).toBe('\'◑ 12:00 Instagram · =HYPERLINK("x")');
    expect(grid.notes[r][0]).toContain('Status: Approved');
  });

  test('a past Draft is overdue-styled; days with nothing planned say "No posts" in amber; events in the day row', () => {
    const draft = grid.values.findIndex((row) => shown(row[1]).includes('12:00 Instagram'));
    expect(grid.backgrounds[draft][1]).toBe(OVERDUE_STYLE.background);
    const dayRow = grid.rowKinds.findIndex((k, i) => k === 'day' && shown(grid.values[i][0]) === '10 · Launch');
    expect(dayRow).toBeGreaterThan(0);
    // Wednesday 12 March has nothing planned.
    expect(shown(grid.values[dayRow][2])).toBe('12');
    expect(grid.backgrounds[dayRow][2]).toBe(GAP_STYLE.background);
    expect(shown(grid.values[dayRow + 1][2])).toBe('No posts');
    expect(grid.backgrounds[dayRow + 1][2]).toBe(GAP_STYLE.background);
  });

  test('ends with a key of every status colour', () => {
    const keyCells = grid.values
      .filter((_, i) => grid.rowKinds[i] === 'key')
      .flat()
      .map(shown);
    for (const status of STATUSES) expect(keyCells.some((c) => c.endsWith(status))).toBe(true);
    expect(keyCells).toContain('No posts');
  });
});

describe('month picker', () => {
  test('offers months around today and reads the picked value back', () => {
    const options = monthOptions('2025-12-15', { before: 1, after: 2, locale: 'pl' });
    expect(options.map((o) => o.value)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(options[2].label).toBe('Styczeń 2026');
    expect(parseMonthPick('2026-01', ZONE)).toEqual({ year: 2026, month: 1 });
    expect(parseMonthPick('Styczeń 2026', ZONE)).toEqual({ year: 2026, month: 1 });
    expect(parseMonthPick('March 2025', ZONE)).toEqual({ year: 2025, month: 3 });
    expect(parseMonthPick(new Date('2025-02-28T23:00:00Z'), ZONE)).toEqual({ year: 2025, month: 3 });
    expect(parseMonthPick('2025-13', ZONE)).toBeNull();
    expect(parseMonthPick('soon', ZONE)).toBeNull();
  });
});

describe('a month of 20,000 posts', () => {
  // Its time is the benchmark's (monthView@20000: the whole execution, by npm run bench in a process of its own).
  test('the posts of the month are in the view, and it makes a grid', () => {
    const posts: Post[] = [];
    const zones = ['', 'America/New_York', 'Asia/Tokyo', 'Europe/London'];
    for (let i = 0; i < 20000; i++) {
      const d = (i % 31) + 1;
      posts.push(
        makePost({
          date: `2025-03-${String(d).padStart(2, '0')}`,
          time: `${String((i * 7) % 24).padStart(2, '0')}:${String((i * 13) % 60).padStart(2, '0')}`,
          timeZone: zones[i % 4],
          platform: PLATFORMS[i % PLATFORMS.length],
          status: STATUSES[i % STATUSES.length],
        }),
      );
    }
    const view = buildMonthView(posts, [], { year: 2025, month: 3, timeZone: ZONE });
    expect(view.postCount).toBeGreaterThan(19000); // a few move into February or April across zones
    expect(() => monthViewToGrid(view)).not.toThrow();
  });
});
