/** The audience import plan (issue #15 items 8 and 11): the imported blocks are replaced in place or added, every other cell written back as it was. */
import { audienceImportPlan, audienceToRows, defaultAudience, defaultAudienceGrid } from '../../../src/domain/planning';
import { AUDIENCE_COLUMNS } from '../../../src/domain/planning/audience-sheet';

const grid = (platform: string) => ({ ...defaultAudienceGrid('LinkedIn'), platform, source: 'CSV' });

test('one imported platform rewrites only its own nine rows, in place', () => {
  const rows = audienceToRows(defaultAudience());
  const at = rows.findIndex((row) => row[0] === 'LinkedIn');
  const plan = audienceImportPlan(rows, [], [grid('LinkedIn')], 'en');
  expect(plan.top).toBe(at);
  expect(plan.values).toHaveLength(9);
  expect(plan.values[0][1]).toBe('Source: CSV');
  expect(plan.blocks).toEqual([{ row: at, grid: grid('LinkedIn') }]);
});

test('a platform new to the sheet goes below the last used row; the team cells between are written back, formulas as formulas', () => {
  const rows: unknown[][] = audienceToRows([defaultAudienceGrid('X')]).map((row) => [...row]);
  rows.push(Array(AUDIENCE_COLUMNS).fill(''));
  rows[10] = ['Team note', '', 5, ...Array(AUDIENCE_COLUMNS - 3).fill('')];
  const formulas = rows.map((row, r) => row.map((_, c) => (r === 10 && c === 2 ? '=2+3' : '')));
  const plan = audienceImportPlan(rows, formulas, [grid('X'), grid('Our newsletter')], 'en');
  expect(plan.top).toBe(0);
  expect(plan.blocks.map((block) => [block.grid.platform, block.row])).toEqual([['X', 0], ['Our newsletter', 12]]);
  expect(plan.values[10].slice(0, 3)).toEqual(['Team note', '', '=2+3']);
  expect(plan.values[12][0]).toBe('Our newsletter');
});

test('a platform name that Sheets would run is guarded as text', () => {
  const plan = audienceImportPlan([], [], [grid('=HYPERLINK("https://evil.example")')], 'en');
  expect(plan.values[0][0]).toBe('\'=HYPERLINK("https://evil.example")');
});
