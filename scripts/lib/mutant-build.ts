/**
 * The budget's self-test: builds a copy of the add-on whose Checks write is changed to one setValue
 * per cell (the regression the budget exists to catch), so the benchmark can show it goes OVER.
 */

import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serverBuildOptions, withStubs } = require('./server-build-options.cjs') as {
  serverBuildOptions: (root: string, extraPlugins?: Plugin[]) => Parameters<typeof build>[0];
  withStubs: (code: string) => { code: string; names: string[] };
};

/** The batched write in src/sheets/calendar-sheet.ts writeColumns() that the mutant unbatches. */
export const BATCHED_WRITE =
  /calendar\.sheet\.getRange\(firstRow, run\[0\], count, run\.length\)\.setValues\(values\);/;

/** The per-cell replacement: what a careless edit of writeColumns() would look like. */
export const PER_CELL_WRITE =
  'values.forEach((row, i) => row.forEach((value, j) => calendar.sheet.getRange(firstRow + i, run[0] + j).setValue(value)));';

/** An esbuild plugin that applies the mutation, and fails the build when the code no longer matches. */
function perCellWritePlugin(): Plugin {
  return {
    name: 'per-cell-checks-write',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /src[\\/]sheets[\\/]calendar-sheet\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!BATCHED_WRITE.test(source)) {
          return {
            errors: [
              {
                text: 'self-test: writeColumns() no longer has the batched setValues this mutation replaces; update scripts/lib/mutant-build.ts.',
              },
            ],
          };
        }
        return { contents: source.replace(BATCHED_WRITE, PER_CELL_WRITE), loader: 'ts' };
      });
    },
  };
}

/**
 * Builds the mutant into `<root>/.build/mutant/` with the real build's options (scripts/build.mjs
 * serverBuildOptions, its plugins and function stubs; the mutation runs first), with the manifest and
 * the built pages and Messages.html beside it (the emulator reads scopes and HTML files from there).
 * Returns the Code.js path. Needs `npm run build` first for the HTML files.
 */
export async function buildPerCellMutant(root: string): Promise<string> {
  const dir = path.join(root, '.build/mutant');
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, 'Code.js');
  const result = await build({ ...serverBuildOptions(root, [perCellWritePlugin()]), logLevel: 'silent' });
  const output = result.outputFiles?.[0];
  if (!output) throw new Error('self-test: the mutant build wrote nothing.');
  writeFileSync(outfile, withStubs(output.text).code);
  copyFileSync(path.join(root, 'appsscript.json'), path.join(dir, 'appsscript.json'));
  const dist = path.join(root, 'dist');
  if (existsSync(dist)) for (const file of readdirSync(dist)) if (file.endsWith('.html')) copyFileSync(path.join(dist, file), path.join(dir, file));
  return outfile;
}
