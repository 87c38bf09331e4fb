/** The real server build (scripts/lib/server-build-options.cjs) for TypeScript tools: typed once, with a function that returns dist/Code.js's text. */

import { build, type BuildOptions, type Plugin } from 'esbuild';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const options = require('./server-build-options.cjs') as {
  serverBuildOptions: (root: string, extraPlugins?: Plugin[]) => BuildOptions & { write: false };
  withStubs: (code: string) => { code: string; names: string[] };
};

/** The esbuild options of dist/Code.js (src/index.ts for Apps Script's V8); `extraPlugins` run before the real ones. */
export const serverBuildOptions = options.serverBuildOptions;

/** The bundle with a `function name() {}` stub per public function appended; also the names. */
export const withStubs = options.withStubs;

/**
 * Builds the server bundle exactly as scripts/build.mjs writes dist/Code.js (same options, plugins and
 * stubs), with `extraPlugins` (a mutation) running first, and returns its text.
 */
export async function buildServerCode(root: string, extraPlugins: Plugin[] = []): Promise<string> {
  const result = await build({ ...serverBuildOptions(root, extraPlugins), logLevel: 'silent' });
  const output = result.outputFiles?.[0];
  if (!output) throw new Error('build: the server build wrote nothing.');
  return withStubs(output.text).code;
}
