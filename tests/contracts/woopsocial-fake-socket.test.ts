/** The local WoopSocial (scripts/woopsocial-fake) in its own process, reached by the emulator's UrlFetchApp over a real socket. */

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { createEmulator, type Emulator } from '../../emulator';

const ROOT = path.resolve(__dirname, '../..');

const BUNDLE = `
function get(url, params) {
  var r = UrlFetchApp.fetch(url, params);
  return { code: r.getResponseCode(), text: r.getContentText() };
}
`;

/** An emulator with BUNDLE loaded from a temp folder. */
function emulatorWithBundle(): Emulator {
  const dir = mkdtempSync(path.join(tmpdir(), 'gas-bundle-'));
  writeFileSync(path.join(dir, 'Code.js'), BUNDLE);
  const emulator = createEmulator();
  emulator.loadBundle(path.join(dir, 'Code.js'));
  return emulator;
}

const run = (emulator: Emulator, url: string, ...params: object[]) => {
  const result = emulator.run('get', url, ...params);
  if (!result.ok) throw new Error(result.error);
  return result.value as { code: number; text: string };
};

describe('over a real socket (the local WoopSocial in its own process)', () => {
  let child: ChildProcess;
  let base = '';
  beforeAll(async () => {
    // The same bundle and process the preview hook (scripts/woopsocial-fake/preview-hook.mjs) starts.
    const out = path.join(ROOT, '.build', 'woopsocial-fake-test.cjs');
    buildSync({
      entryPoints: [path.join(ROOT, 'scripts/woopsocial-fake/main.ts')],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      logLevel: 'warning',
    });
    child = spawn(process.execPath, [out], {
      env: {
        ...process.env,
        WOOPSOCIAL_PORT: '9311',
        WOOPSOCIAL_CONTRACT: path.join(ROOT, 'scripts/woopsocial-fake/openapi.yaml'),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise((resolve) => child.stdout!.once('data', resolve));
    base = 'http://127.0.0.1:9311/v1';
  }, 30_000);
  afterAll(() => child?.kill());

  test('fetch blocks until the child process has the answer; the fake counts no contract violation', () => {
    const emulator = emulatorWithBundle();
    const health = run(emulator, `${base}/health`, { headers: { Authorization: 'Bearer wsk_local_preview_key' } });
    expect(health.code).toBe(200);
    expect(JSON.parse(health.text)).toMatchObject({ message: 'Hello from WoopSocial API', version: 'v1' });
    const refused = run(emulator, `${base}/projects`, {
      headers: { Authorization: 'Bearer wrong' },
      muteHttpExceptions: true,
    });
    expect(refused.code).toBe(401);
    const state = run(emulator, base.replace('/v1', '/_fake/state'));
    expect(JSON.parse(state.text)).toMatchObject({ violations: [], undocumented: ['listProjects 401'] });
  });
});
