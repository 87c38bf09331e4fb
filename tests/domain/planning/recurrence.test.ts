/** Repeat rules and series planning (issue #22): parsing in English and Polish, occurrence dates, keeping a series in step. */

import { emptyPost, type Post } from '../../../src/domain/post';
import { occurrenceDates, parseEvergreen, parseRepeat } from '../../../src/domain/planning/recurrence';
import {
  occurrenceDigest,
  parseSeriesTag,
  planSeries,
  type OccurrenceRow,
} from '../../../src/domain/planning/series-sync';
import { planEvergreenFills } from '../../../src/domain/planning/evergreen';
import {
  findPillarMixProblems,
  parseShare,
  pillarMix,
  readPillarTargets,
} from '../../../src/domain/planning/pillar-mix';

const rule = (text: string) => {
  const parsed = parseRepeat(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.key}`);
  return parsed.rule;
};

describe('parseRepeat and occurrenceDates', () => {
  it.each<[string, string, string[]]>([
    [
      'weekly on Mon, Thu; until 2026-01-22',
      '2026-01-05',
      ['2026-01-08', '2026-01-12', '2026-01-15', '2026-01-19', '2026-01-22'],
    ],
    [
      'co tydzień: pon, czw; do 2026-01-22',
      '2026-01-05',
      ['2026-01-08', '2026-01-12', '2026-01-15', '2026-01-19', '2026-01-22'],
    ],
    ['monthly on day 31; 4 times', '2026-01-31', ['2026-02-28', '2026-03-31', '2026-04-30']],
    ['every 10 days; 3 times', '2026-01-01', ['2026-01-11', '2026-01-21']],
    ['co 10 dni; 3 razy', '2026-01-01', ['2026-01-11', '2026-01-21']],
  ])('%s from %s', (text, start, expected) => {
    expect(occurrenceDates(rule(text), start, '2026-12-31')).toEqual(expected);
  });

  it('stops at the horizon and keeps skipped dates in the count', () => {
    expect(occurrenceDates(rule('every 7 days'), '2026-01-01', '2026-01-20')).toEqual(['2026-01-08', '2026-01-15']);
    expect(rule('weekly on Fri; except 2026-01-09, 2026-01-16').except).toEqual(['2026-01-09', '2026-01-16']);
  });

  it.each([
    ['weekly', 'repeat.noWeekday'],
    ['monthly', 'repeat.badMonthDay'],
    ['every 0 days', 'repeat.badInterval'],
    ['weekly on Mon until 2026-02-30', 'repeat.badDate'],
    ['sometimes', 'repeat.unknown'],
    ['', 'repeat.empty'],
  ])('refuses %j with %s', (text, key) => {
    expect(parseRepeat(text)).toMatchObject({ ok: false, key });
  });
});

const notes = { handEdited: '— edited', skipped: '— skipped', removed: '— removed' };
const first: Post = {
  ...emptyPost(),
  id: 'P-1',
  date: '2026-01-05',
  platform: 'X',
  caption: 'Tip',
  status: 'Draft',
  repeat: 'weekly on Mon; 4 times',
};

function occurrence(index: number, date: string, change: Partial<Post> = {}): OccurrenceRow {
  const post: Post = { ...first, id: `P-o${index}`, date, repeat: '' };
  const tag = parseSeriesTag(`↻ P-1 ${date} #${occurrenceDigest(post)}`)!;
  return { index, post: { ...post, ...change }, tag };
}

describe('planSeries', () => {
  it('reads an evergreen mark', () => {
    expect(['evergreen 30', 'Evergreen: 14 days', 'evergreen', 'evergreen 0'].map(parseEvergreen)).toEqual([
      30,
      14,
      null,
      null,
    ]);
  });

  it('creates the missing dates, leaves a hand edit alone and cancels a date the rule dropped', () => {
    const rows = [
      occurrence(1, '2026-01-12'),
      occurrence(2, '2026-01-19', { caption: 'Mine' }),
      occurrence(3, '2026-02-02'),
    ];
    const plan = planSeries(first, rows, { today: '2026-01-06', horizonDays: 60, notes });
    expect(plan.create.map((c) => c.post.date)).toEqual(['2026-01-26']);
    expect(plan.handEdited.map((h) => h.index)).toEqual([2]);
    expect(plan.handEdited[0].series).toMatch(/— edited$/);
    expect(plan.cancel).toEqual([{ index: 3, series: expect.stringMatching(/— removed$/) }]);
    expect(plan.update).toEqual([]);
  });

  it('rewrites an untouched occurrence when the first post changes, keeping its ID and status', () => {
    const rows = [
      { ...occurrence(1, '2026-01-12'), post: { ...occurrence(1, '2026-01-12').post, status: 'Approved' } },
    ];
    const plan = planSeries({ ...first, caption: 'Tip v2' }, rows, { today: '2026-01-06', horizonDays: 60, notes });
    expect(plan.update).toHaveLength(1);
    expect(plan.update[0].post).toMatchObject({ id: 'P-o1', caption: 'Tip v2', status: 'Approved' });
  });
});

describe('evergreen fills', () => {
  it('uses the post outside its cool-down, in the middle of the gap, never before today', () => {
    const a: Post = {
      ...emptyPost(),
      id: 'E-a',
      date: '2026-01-01',
      platform: 'X',
      repeat: 'evergreen 30',
      status: 'Published',
    };
    const b: Post = { ...a, id: 'E-b', date: '2026-02-20' };
    const gap = {
      severity: 'info' as const,
      code: 'gap-too-long' as const,
      platform: 'X',
      date: '2026-02-25',
      endDate: '2026-03-07',
      message: '',
      postIds: [],
    };
    const fills = planEvergreenFills([a, b], new Map(), [gap], '2026-02-26');
    expect(fills.map((f) => [f.sourceId, f.post.date, f.post.status])).toEqual([['E-a', '2026-03-02', 'Draft']]);
  });
});

describe('pillar mix', () => {
  it('reads the block, shares in any form, and reports a week that strays', () => {
    const grid = [
      ['Platform', 'Pillar', 'Target share'],
      ['', 'Educational', '40%'],
      ['', 'Promotional', 0.2],
      ['', 'Fun', ''],
    ];
    expect(readPillarTargets(grid)).toEqual([
      { pillar: 'Educational', share: 40 },
      { pillar: 'Promotional', share: 20 },
      { pillar: 'Fun', share: null },
    ]);
    expect([parseShare('35'), parseShare(0.35), parseShare('x')]).toEqual([35, 35, null]);
    const post = (id: string, date: string, pillar: string): Post => ({
      ...emptyPost(),
      id,
      date,
      pillar,
      platform: 'X',
      status: 'Draft',
    });
    const posts = [
      post('1', '2026-03-02', 'Promotional'),
      post('2', '2026-03-03', 'Promotional'),
      post('3', '2026-03-04', 'Promotional'),
      post('4', '2026-03-05', 'educational'),
    ];
    expect(pillarMix(posts, readPillarTargets(grid)).counts.map((c) => [c.pillar, c.share])).toEqual([
      ['Educational', 25],
      ['Promotional', 75],
    ]);
    const [issue] = findPillarMixProblems(posts, readPillarTargets(grid), {
      timeZone: 'UTC',
      today: '2026-03-02',
      locale: 'en',
    });
    expect(issue.week).toBe('2026-03-02');
    expect(issue.message).toMatch(/Promotional 75% \/ 20%/);
    expect(
      findPillarMixProblems(posts.slice(0, 3), readPillarTargets(grid), { timeZone: 'UTC', today: '2026-03-02' }),
    ).toEqual([]);
  });
});
