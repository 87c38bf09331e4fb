/** Paths of the built add-on, and a clear failure when it has not been built. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const CODE_JS = path.join(DIST, 'Code.js');

/** The built Code.js; throws with what to do when `npm run build` has not run. */
export function readBundle(): string {
  if (!existsSync(CODE_JS)) throw new Error('dist/Code.js is missing: run `npm run build` (npm test does it first).');
  return readFileSync(CODE_JS, 'utf8');
}
