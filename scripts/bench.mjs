// The benchmark (`npm run bench`, after `npm run build`): runs the built dist/Code.js on the in-memory
// Apps Script emulator, prints one table, writes it as JSON to .bench/results.json and exits 1 when a
// line is over budget.
//
// What it measures (issue #11):
// - Round trips: service calls that read or write cells, formats, validation, notes (emulator
//   stats; emulator/spreadsheet/call-kinds.ts says which calls count), for every scenario in
//   scripts/lib/scenarios.ts, with the cells those calls cover.
// - A naive reference: check-all written cell by cell (scripts/lib/naive-check.ts), at 500 posts.
// - Bundle: bytes of dist/Code.js and dist/Sidebar.html, what Code.js is made of, and the median time
//   to evaluate Code.js in a fresh node:vm context over 30 runs next to a plain-data script of the same
//   size (the ratio is what stays stable across machines).
// - Throughput: posts per second the domain's checkPost (bundled platform-neutral, minified, as for
//   Apps Script) checks at 1,000 .. 10,000 posts, median of 5 runs, and the scaling (ms per post at
//   10,000 / at 1,000; about 1 when linear).
//
// Cost model (scripts/lib/cost-model.ts), from Google's best-practices example: 100 × 100 cells set
// one by one with setBackgroundColor take ~70 s, one setBackgrounds over the same 10,000 cells ~1 s.
// So ~7 ms per round trip and ~0.1 ms per cell. Estimated Apps Script seconds =
//   round trips × 0.007 + cells × 0.0001 + 2 × Node CPU seconds of the execution,
// where the execution's CPU time covers evaluating the bundle in a fresh realm (as Apps Script does on
// every execution), the add-on's code and the emulated calls (an upper bound), and the ×2 is an
// assumption (Apps Script's V8 about half as fast as Node here), not a measurement. Times are CPU
// time (process.cpuUsage), so other processes busy on the machine do not inflate them.
// Each estimate is shown next to its limit: 30 s for onEdit (simple trigger), 6 min otherwise.
//
// Flags: --self-test builds a copy of the add-on whose Checks write is one setValue per cell and
// exits 0 only if the budget reports it OVER. --only=id1,id2 runs only those scenarios.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, '.build');
const require = createRequire(import.meta.url);

/** Bundles a TypeScript entry into .build/ as CommonJS and returns its path. */
async function bundle(entry, outfile, options) {
  const out = path.join(buildDir, outfile);
  await build({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    format: 'cjs',
    outfile: out,
    logLevel: 'warning',
    ...options,
  });
  return out;
}

const args = process.argv.slice(2);
const selfTest = args.includes('--self-test');
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');

mkdirSync(buildDir, { recursive: true });
const [runnerPath, domainPath] = await Promise.all([
  bundle('scripts/lib/run-bench.ts', 'bench-runner.cjs', { platform: 'node', target: 'node20', external: ['esbuild'] }),
  // The domain as Apps Script gets it: platform neutral, minified.
  bundle('src/domain/check-post.ts', 'bench-domain.cjs', {
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    minify: true,
  }),
]);
const { runBench, buildPerCellMutant } = require(runnerPath);
const domain = require(domainPath);

if (selfTest) {
  const mutant = await buildPerCellMutant(root);
  const ids = ['checkAllPosts@50', 'checkAllPosts@5000'];
  const run = await runBench({ root, domain, bundlePath: mutant, only: ids, scenariosOnly: true });
  const caught = run.lines.filter((line) => line.status === 'OVER' && ids.some((id) => line.name.includes(id)));
  for (const scenario of run.result.scenarios) {
    console.log(
      `mutant ${scenario.id}: ${scenario.state === 'ok' ? `${scenario.roundTrips} round trips` : `${scenario.state} ${scenario.error ?? ''}`}`,
    );
  }
  for (const line of caught)
    console.log(
      `OVER as expected: ${line.name}: ${line.actual} ${line.unit} (budget ${line.comparison} ${line.limit})`,
    );
  if (caught.length === 0) {
    console.error('self-test FAILED: a per-cell Checks write was not reported over budget.');
    process.exit(1);
  }
  console.log('self-test passed: the budget catches a per-cell Checks write.');
  process.exit(0);
}

const run = await runBench({ root, domain, only });
console.log(run.report);
mkdirSync(path.join(root, '.bench'), { recursive: true });
writeFileSync(
  path.join(root, '.bench/results.json'),
  `${JSON.stringify({ ...run.result, budget: run.lines, ok: run.ok }, null, 2)}\n`,
);
console.log('\nwritten: .bench/results.json');
process.exit(run.ok ? 0 : 1);
