// `npm run probes` (after `npm run build`): runs the setup check (Help > Check this spreadsheet's setup)
// of dist/Code.js on the emulator, prints its report as a person would read it and the JSON block.
// Flags: --conservative runs it on the conservative runtime (no Intl longOffset, Segmenter, PluralRules);
// --json prints only the JSON; --record writes tests/fixtures/platform-reports/emulator.json.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, '.build');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

mkdirSync(buildDir, { recursive: true });
const runner = path.join(buildDir, 'probes-runner.cjs');
await build({
  entryPoints: [path.join(root, 'scripts/lib/run-probes.ts')],
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outfile: runner,
  logLevel: 'warning',
});
const { runProbesOnEmulator } = require(runner);
const report = runProbesOnEmulator({ codePath: path.join(root, 'dist/Code.js'), conservativeRuntime: args.includes('--conservative') });
const json = JSON.stringify(report, null, 2);

if (args.includes('--record')) {
  const file = path.join(root, 'tests/fixtures/platform-reports/emulator.json');
  writeFileSync(file, `${json}\n`);
  console.error(`wrote ${path.relative(root, file)}`);
}
if (args.includes('--json')) {
  console.log(json);
} else {
  const mark = { pass: 'OK     ', warn: 'COPES  ', fail: 'PROBLEM', info: 'INFO   ' };
  console.log(`Setup check on ${report.platform}: spreadsheet ${report.spreadsheetTimeZone}, script ${report.scriptTimeZone}, ${report.locale}`);
  for (const probe of report.probes) {
    console.log(`  ${mark[probe.status]} ${probe.id}${probe.error ? ` (${probe.error})` : ''}`);
    console.log(`          ${JSON.stringify(probe.facts)}`);
  }
  console.log('\nJSON (as the dialog shows it):');
  console.log(json);
}
process.exitCode = report.probes.some((probe) => probe.status === 'fail') ? 1 : 0;
