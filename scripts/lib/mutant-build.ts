/**
 * The budget's self-test: builds a copy of the add-on whose Checks write is changed to one setValue
 * per cell (the regression the budget exists to catch), so the benchmark can show it goes OVER.
 */

import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

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
 * Builds the mutant into `<root>/.build/mutant/` (Code.js and the manifest beside it, which the
 * emulator reads for scopes) with the server options of scripts/build.mjs. Returns the Code.js path.
 */
export async function buildPerCellMutant(root: string): Promise<string> {
  const dir = path.join(root, '.build/mutant');
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, 'Code.js');
  await build({
    entryPoints: [path.join(root, 'src/index.ts')],
    absWorkingDir: root,
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    outfile,
    plugins: [perCellWritePlugin()],
    logLevel: 'silent',
  });
  copyFileSync(path.join(root, 'appsscript.json'), path.join(dir, 'appsscript.json'));
  return outfile;
}
