/** The benchmark catches the regression it exists for: the add-on rebuilt with a per-cell Checks write goes over budget. */

import path from 'node:path';
import { buildPerCellMutant } from '../../scripts/lib/mutant-build';
import { runBench } from '../../scripts/lib/run-bench';

const ROOT = path.resolve(__dirname, '..', '..');

test('checkAllPosts with one setValue per Checks cell is reported over budget', async () => {
  const mutant = await buildPerCellMutant(ROOT);
  const run = await runBench({
    root: ROOT,
    domain: {
      checkPost: () => {
        throw new Error('not used by the scenarios');
      },
    },
    bundlePath: mutant,
    only: ['checkAllPosts@50', 'checkAllPosts@5000'],
    scenariosOnly: true,
    progress: () => undefined,
  });
  const [small, large] = run.result.scenarios;
  expect(small.state).toBe('ok');
  expect(large.state).toBe('ok');
  // One write per row now: the round trips grow with the calendar.
  expect(large.roundTrips).toBeGreaterThan(5000);
  expect(large.roundTrips - small.roundTrips).toBeGreaterThan(4900);
  const over = run.lines.filter((line) => line.status === 'OVER').map((line) => line.name);
  expect(over).toEqual(
    expect.arrayContaining(['round trips checkAllPosts@5000', 'round trips checkAllPosts@5000 vs checkAllPosts@50']),
  );
  expect(run.ok).toBe(false);
  expect(run.report).toMatch(/checkAllPosts, 5,000 posts .*OVER/);
});
