/** Best times: benchmark defaults, the Audience sheet, the CSV import, slot suggestions and the low-activity check. */

import { defaultAudience, defaultAudienceGrid } from '../../../src/domain/planning/audience-defaults';
import type { AudienceGrid } from '../../../src/domain/planning/audience-defaults';
import {
  AUDIENCE_COLUMNS,
  audienceGridFor,
  audienceHeatmapRanges,
  audienceToRows,
  mergeAudience,
  parseWeekday,
  rowsToAudience,
} from '../../../src/domain/planning/audience-sheet';
import { AUDIENCE_CSV_EXAMPLE, parseAudienceCsv } from '../../../src/domain/planning/audience-csv';
import { isLowActivity, suggestSlots } from '../../../src/domain/planning/best-times';
import { PLATFORMS } from '../../../src/domain/post';

const ZONE = 'Europe/Warsaw';

/** A grid that is zero everywhere except the given (weekday, hour, weight) cells. */
function gridWith(platform: string, cells: Array<[number, number, number]>): AudienceGrid {
  const weights = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  for (const [d, h, w] of cells) weights[d][h] = w;
  return { platform, weights, source: 'test' };
}

describe('default audience', () => {
  test('every built-in platform has a 7 × 24 grid of weights in 0..1 with a cited source', () => {
    const audience = defaultAudience();
    expect(audience.map((g) => g.platform)).toEqual([...PLATFORMS]);
    for (const g of audience) {
      expect(g.weights).toHaveLength(7);
      expect(g.weights.every((row) => row.length === 24 && row.every((w) => w >= 0 && w <= 1))).toBe(true);
      expect(Math.max(...g.weights.flat())).toBe(1);
      // A source a social media manager understands: a study's name and year, never an internal document (issue #19).
      expect(g.source).toMatch(/(Sprout Social|Buffer|Later|Loomly)( \d{4})?|no study found/);
      expect(g.source).not.toMatch(/\.md|§|Issue #/);
    }
  });

  test('peaks follow platform-rules.md §5: LinkedIn Tue–Wed 10–12, TikTok Wed 14–17, YouTube Saturday afternoon; Sunday is weak', () => {
    const li = defaultAudienceGrid('linkedin');
    expect(li.weights[1][10]).toBe(1);
    expect(li.weights[6][3]).toBeLessThan(0.05);
    expect(defaultAudienceGrid('TikTok').weights[2][15]).toBe(1);
    expect(defaultAudienceGrid('YouTube').weights[5][13]).toBe(1);
    const ig = defaultAudienceGrid('Instagram');
    expect(Math.max(...ig.weights[6])).toBeLessThan(Math.max(...ig.weights[1]));
    expect(defaultAudienceGrid('Myspace').source).toMatch(/cross-platform/);
  });
});

describe('Audience sheet', () => {
  test('round-trips through the block layout, one rectangle of 25 columns', () => {
    const audience = defaultAudience();
    const rows = audienceToRows(audience);
    expect(rows.every((r) => r.length === AUDIENCE_COLUMNS)).toBe(true);
    expect(rows[0][0]).toBe('X');
    expect(rows[1].slice(0, 3)).toEqual(['Weekday', 0, 1]);
    expect(rows[2][0]).toBe('Monday');
    const back = rowsToAudience(rows);
    expect(back.problems).toEqual([]);
    expect(back.audience.map((g) => g.weights)).toEqual(audience.map((g) => g.weights));
    expect(back.audience[0].source).toBe(audience[0].source);
    const ranges = audienceHeatmapRanges(audience);
    expect(rows[ranges[1].row][0]).toBe('Monday');
    expect(rows[ranges[1].row - 2][0]).toBe('Instagram');
  });

  test('reads edited blocks in Polish, scales to the busiest hour, reports bad cells and missing weekdays', () => {
    const hours = ['Dzień tygodnia', ...Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`)];
    const monday = ['pon.', ...Array<number>(24).fill(0)];
    monday[11] = 50;
    const tuesday = ['wtorek', ...Array<string | number>(24).fill('')];
    tuesday[10] = '25,5';
    tuesday[12] = 'dużo';
    const { audience, problems } = rowsToAudience(
      [['linkedin', 'Źródło: nasze dane'], hours, monday, tuesday, ['Blursday', 1]],
      { locale: 'pl' },
    );
    expect(audience).toHaveLength(1);
    expect(audience[0].platform).toBe('LinkedIn');
    expect(audience[0].source).toBe('nasze dane');
    expect(audience[0].weights[0][10]).toBe(1);
    expect(audience[0].weights[1][9]).toBe(0.51);
    expect(problems.map((p) => p.row)).toEqual([4, 5, 1, 1, 1, 1, 1]);
    expect(problems[0].message).toMatch(/^Wiersz 4, godzina 11: „dużo”/);
  });

  test('a sheet without blocks says how a block looks', () => {
    expect(rowsToAudience([['nothing here']]).problems[0].message).toMatch(/no platform blocks/);
  });

  test('weekday names and numbers (Monday = 0)', () => {
    expect(['Mon', 'monday', 'Wt.', 'środa', 'sroda', 'Sun', 0, '6', 'niedz.'].map(parseWeekday)).toEqual([
      0, 0, 1, 2, 2, 6, 0, 6, 6,
    ]);
    expect([7, '7', 'Blursday', ''].map(parseWeekday)).toEqual([null, null, null, null]);
  });
});

describe('parseAudienceCsv', () => {
  test('reads the documented layout; rows for the same slot add up; each platform is scaled to its busiest hour', () => {
    const csv =
      'Platform,Weekday,Hour,Value\r\ninstagram,Monday,9,100\r\nInstagram,Mon,09:00,100\r\nInstagram,1,10,400\r\n"LinkedIn",Sunday,23,7\r\n';
    const { audience, problems } = parseAudienceCsv(csv, { source: 'Meta export' });
    expect(problems).toEqual([]);
    expect(audience.map((g) => g.platform)).toEqual(['Instagram', 'LinkedIn']);
    expect(audience[0].weights[0][9]).toBe(0.5);
    expect(audience[0].weights[1][10]).toBe(1);
    expect(audience[1].weights[6][23]).toBe(1);
    expect(audience[0].source).toBe('Meta export');
    expect(parseAudienceCsv(AUDIENCE_CSV_EXAMPLE).problems).toEqual([]);
  });

  test('semicolons with decimal commas, columns in any order, a BOM', () => {
    const { audience, problems } = parseAudienceCsv(
      '\uFEFFvalue;hour;weekday;platform\n0,5;8;wt;TikTok\n1;9;wt;TikTok\n',
    );
    expect(problems).toEqual([]);
    expect(audience[0].weights[1].slice(8, 10)).toEqual([0.5, 1]);
  });

  test('clear problems for bad lines, which are skipped', () => {
    const csv = [
      'platform,weekday,hour,value',
      'X,Funday,9,1',
      'X,Mon,24,1',
      'X,Mon,9,-3',
      ',Mon,9,1',
      'X,Mon',
      'X,Tue,9,2',
    ].join('\n');
    const { audience, problems } = parseAudienceCsv(csv);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(problems[0].message).toBe(
      'Line 2: “Funday” is not a weekday. Use Monday … Sunday, Mon … Sun, or 0–6 with Monday = 0.',
    );
    expect(problems[1].message).toMatch(/“24” is not an hour/);
    expect(problems[4].message).toMatch(/has 2 values; it needs 4/);
    expect(audience[0].weights[1][9]).toBe(1);
    expect(parseAudienceCsv('when,what\n1,2').problems[0].message).toMatch(/^The first row must name the columns/);
    expect(parseAudienceCsv('').problems[0].message).toMatch(/empty/);
    expect(parseAudienceCsv('platform,weekday,hour,value\n"X,Mon,9,1').problems[0].message).toMatch(
      /quote that never closes/,
    );
  });

  test('imported platforms replace theirs, the rest stay', () => {
    const merged = mergeAudience(defaultAudience(), [
      gridWith('LinkedIn', [[0, 7, 1]]),
      gridWith('Snapchat', [[0, 7, 1]]),
    ]);
    expect(merged).toHaveLength(PLATFORMS.length + 1);
    expect(audienceGridFor(merged, 'linkedin').source).toBe('test');
    expect(audienceGridFor(merged, 'X').source).toMatch(/Sprout/);
  });
});

describe('suggestSlots', () => {
  // Monday 10 March 2025 in Warsaw.
  const linkedIn = gridWith('LinkedIn', [
    [1, 10, 1], // Tuesday 10:00
    [2, 9, 0.9], // Wednesday 09:00
    [0, 14, 0.5], // Monday 14:00
  ]);

  test('suggests the best free slots on and after the date, from the Audience grid', () => {
    const slots = suggestSlots([linkedIn], 'LinkedIn', '2025-03-10', [], { timeZone: ZONE });
    expect(slots.map((s) => [s.date, s.time])).toEqual([
      ['2025-03-11', '10:00'],
      ['2025-03-12', '09:00'],
      ['2025-03-10', '14:00'],
    ]);
    expect(slots[0].instant).toBe('2025-03-11T09:00:00.000Z');
    expect(slots[0].label).toBe('Tuesday 11 March, 10:00');
  });

  test('the suggestions change when the Audience grid changes', () => {
    const before = suggestSlots([linkedIn], 'LinkedIn', '2025-03-10', [], { timeZone: ZONE, count: 1 });
    const edited = gridWith('LinkedIn', [[3, 16, 1]]); // the team's analytics say Thursday 16:00
    const after = suggestSlots([edited], 'LinkedIn', '2025-03-10', [], { timeZone: ZONE, count: 1 });
    expect(before[0].time).toBe('10:00');
    expect([after[0].date, after[0].time]).toEqual(['2025-03-13', '16:00']);
    // and a platform without a grid uses its benchmark default (LinkedIn: Tuesday/Wednesday 10:00–12:00)
    const fallback = suggestSlots([], 'LinkedIn', '2025-03-10', [], { timeZone: ZONE, count: 1 });
    expect([fallback[0].date, fallback[0].time]).toEqual(['2025-03-11', '10:00']);
  });

  test('keeps clear of planned posts and of the past; skips the hour that DST removes', () => {
    const taken = [new Date('2025-03-11T09:30:00Z')]; // Tuesday 10:30 Warsaw
    const slots = suggestSlots([linkedIn], 'LinkedIn', '2025-03-10', taken, {
      timeZone: ZONE,
      count: 2,
      days: 8,
      now: '2025-03-10T14:00:00Z',
    });
    expect(slots.map((s) => [s.date, s.time])).toEqual([
      ['2025-03-12', '09:00'],
      ['2025-03-17', '14:00'],
    ]);
    const dst = gridWith('X', [
      [6, 2, 1],
      [6, 3, 0.8],
    ]); // Sunday 02:00 does not exist on 30 March
    expect(
      suggestSlots([dst], 'X', '2025-03-30', [], { timeZone: ZONE, count: 1, days: 1 }).map((s) => s.time),
    ).toEqual(['03:00']);
  });
});

describe('isLowActivity', () => {
  test('an info check for a quiet hour, suggesting a better one; none for a busy hour', () => {
    const audience = defaultAudience();
    const issue = isLowActivity(audience, 'LinkedIn', '2025-03-16T02:00:00Z', ZONE); // Sunday 03:00 in Warsaw
    expect(issue).toEqual({
      severity: 'info',
      code: 'low-activity-hour',
      field: 'time',
      message: 'Few of your LinkedIn audience are active on Sundays at 03:00; consider Tuesday 10:00.',
    });
    expect(isLowActivity(audience, 'LinkedIn', '2025-03-11T09:00:00Z', ZONE)).toBeNull();
    expect(isLowActivity(audience, 'LinkedIn', '2025-03-16T02:00:00Z', ZONE, 'pl_PL')?.message).toBe(
      'Niewielu odbiorców na platformie LinkedIn jest aktywnych w niedziele o 03:00; rozważ wtorek 10:00.',
    );
  });

  test('follows the team’s grid: the same hour is fine once their data says so', () => {
    const night = gridWith('LinkedIn', [[6, 3, 1]]);
    expect(isLowActivity([night], 'LinkedIn', '2025-03-16T02:00:00Z', ZONE)).toBeNull();
  });
});
