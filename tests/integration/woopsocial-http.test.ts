/** The hand-off over a real socket, as in the preview: the built bundle's blocking UrlFetchApp calls reach the local WoopSocial running in its own process on 127.0.0.1. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { call } from '../support/calendar-harness';
import { approved, rowsById, seed, woopReady } from '../support/woopsocial-harness';

const ROOT = path.resolve(__dirname, '../..');
const PORT = 9312;
let child: ChildProcess;

beforeAll(async () => {
  const out = path.join(ROOT, '.build', 'woopsocial-fake-http-test.cjs');
  buildSync({ entryPoints: [path.join(ROOT, 'scripts/woopsocial-fake/main.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'warning' });
  child = spawn(process.execPath, [out], { env: { ...process.env, WOOPSOCIAL_PORT: String(PORT), WOOPSOCIAL_CONTRACT: path.join(ROOT, 'scripts/woopsocial-fake/openapi.yaml') }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => child.stdout!.once('data', resolve));
}, 30_000);
afterAll(() => child?.kill());

test('connect with the sample key, map the LinkedIn page, send and refresh: one post in the local WoopSocial and 0 contract violations', async () => {
  const { emulator } = woopReady({ now: () => new Date() });
  emulator.runAs(emulator.context.userEmail, () =>
    (emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getScriptProperties().setProperty('WOOPSOCIAL_API_URL', `http://127.0.0.1:${PORT}/v1`),
  );
  const connected = call<{ ok: boolean; accounts: Array<{ id: string }> }>(emulator, 'connectWoopSocial', { apiKey: 'wsk_local_preview_key' });
  expect(connected.ok).toBe(true);
  expect(connected.accounts.map((a) => a.id)).toEqual(['acc_sample_ig', 'acc_sample_li']);
  expect(call<{ ok: boolean }>(emulator, 'saveWoopSocialSetup', { projectId: 'proj_sample', mapping: { LinkedIn: 'acc_sample_li' } }).ok).toBe(true);
  seed(emulator, [approved('p-li', 'LinkedIn', { Date: '2099-01-05', Time: '09:00', 'Time zone': 'Etc/UTC' })]);
  expect(call(emulator, 'sendToWoopSocial', { from: '', to: '' })).toMatchObject({ ok: true, sent: 1 });
  expect(call<{ ok: boolean; message: string }>(emulator, 'refreshDeliveryStatus').message).toMatch(/^Delivery status read for 1 post/);
  expect(rowsById(emulator)['p-li']).toMatchObject({ Status: 'Scheduled', Delivery: 'NOT_STARTED 2099-01-05 09:00 UTC' });
  const state = (await (await fetch(`http://127.0.0.1:${PORT}/_fake/state`)).json()) as { violations: string[]; posts: unknown[] };
  expect(state.posts).toHaveLength(1);
  expect(state.violations).toEqual([]);
});
