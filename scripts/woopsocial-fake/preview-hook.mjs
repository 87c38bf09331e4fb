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
  const port = options.port ?? Number(process.env.WOOPSOCIAL_PORT ?? 9123);
  // The bundled fake is told where openapi.yaml is (its own folder is .build/ now).
  const child = spawn(process.execPath, [out], { env: { ...process.env, WOOPSOCIAL_PORT: String(port), WOOPSOCIAL_CONTRACT: path.join(root, 'scripts', 'woopsocial-fake', 'openapi.yaml') }, stdio: ['ignore', 'pipe', 'inherit'] });
  process.on('exit', () => child.kill());
  const line = await new Promise((resolve, reject) => {
    child.stdout.once('data', (data) => resolve(String(data).trim()));
    child.once('exit', (code) => reject(new Error(`the local WoopSocial stopped (exit ${code}); is port ${port} free? Set WOOPSOCIAL_PORT.`)));
  });
  (options.log ?? console.log)(`preview: ${line.replace(/^woopsocial-fake: /, 'local WoopSocial ')}`);
  return { baseUrl: `http://127.0.0.1:${port}/v1`, apiKey: 'wsk_local_preview_key', child };
}

/** Points the preview's emulator at the local WoopSocial (a script property, as a developer would set one). */
export function useLocalWoopSocial(emulator, baseUrl) {
  emulator.runAs(emulator.context.userEmail, () => emulator.globals.PropertiesService.getScriptProperties().setProperty('WOOPSOCIAL_API_URL', baseUrl));
}
