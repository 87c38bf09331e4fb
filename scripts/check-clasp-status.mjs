// Checks offline that `clasp status --json` would push exactly the built files in dist/ (Code.js, the pages, the manifest).
import { execFileSync } from 'node:child_process';
import { readdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const home = mkdtempSync(path.join(tmpdir(), 'clasp-home-')); // no credentials: status works offline
const output = execFileSync(path.join(root, 'node_modules/.bin/clasp'), ['status', '--json'], {
  cwd: root,
  env: { ...process.env, HOME: home },
  encoding: 'utf8',
});
const status = JSON.parse(output.slice(output.indexOf('{')));
const tracked = (status.filesToPush ?? []).map((file) => path.basename(file)).sort();
const expected = readdirSync(path.join(root, 'dist')).sort();
if (JSON.stringify(tracked) !== JSON.stringify(expected)) {
  console.error(`clasp would push ${JSON.stringify(tracked)}, but dist/ holds ${JSON.stringify(expected)}.`);
  process.exit(1);
}
console.log(`clasp status: pushes exactly ${tracked.join(', ')}`);
