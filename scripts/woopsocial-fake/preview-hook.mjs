// Starts the local WoopSocial for `npm start` in its own process and points the preview's add-on at it (script property WOOPSOCIAL_API_URL).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Bundles scripts/woopsocial-fake/main.ts, runs it on WOOPSOCIAL_PORT (default 9123) and resolves with
 * its base URL once it listens. The process ends with the preview.
 * @param {{ port?: number, log?: (line: string) => void }} [options]
 */
export async function startLocalWoopSocial(options = {}) {
  const out = path.join(root, '.build', 'woopsocial-fake.cjs');
  await build({
    entryPoints: [path.join(root, 'scripts', 'woopsocial-fake', 'main.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const wanted = options.port ?? Number(process.env.WOOPSOCIAL_PORT ?? 9123);
  // A busy port (another preview, a test) must not stop the preview: then any free port will do.
  const started = (await launch(out, wanted)) ?? (await launch(out, 0));
  if (!started) throw new Error('the local WoopSocial could not start.');
  (options.log ?? console.log)(`preview: local WoopSocial listening on ${started.baseUrl} (API key wsk_local_preview_key)`);
  return { ...started, apiKey: 'wsk_local_preview_key' };
}

/** Runs the bundled fake on `port`; resolves with its base URL, or null when it stopped (port taken). */
function launch(out, port) {
  const child = spawn(process.execPath, [out], {
    env: { ...process.env, WOOPSOCIAL_PORT: String(port), WOOPSOCIAL_CONTRACT: path.join(root, 'scripts', 'woopsocial-fake', 'openapi.yaml'), WOOPSOCIAL_EXIT_WITH_PARENT: '1' },
    // stdin stays open while the preview lives: the fake exits when it closes, even if the preview was killed.
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  return new Promise((resolve) => {
    child.stdout.once('data', (data) => {
      const url = /http:\/\/127\.0\.0\.1:\d+\/v1/.exec(String(data))?.[0];
      if (!url) return resolve(null);
      process.on('exit', () => child.kill());
      resolve({ baseUrl: url, child });
    });
    child.once('exit', () => resolve(null));
  });
}

/** Points the preview's emulator at the local WoopSocial (a script property, as a developer would set one). */
export function useLocalWoopSocial(emulator, baseUrl) {
  emulator.runAs(emulator.context.userEmail, () => emulator.globals.PropertiesService.getScriptProperties().setProperty('WOOPSOCIAL_API_URL', baseUrl));
}
