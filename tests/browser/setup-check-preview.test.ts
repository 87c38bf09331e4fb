/** Issue #16: Help › Check this spreadsheet's setup runs in the local preview (npm start): the menu item, the dialog, and no sheet left behind, in Chromium. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CODE_JS, ROOT } from '../support/dist';

const CHROMIUM = '/usr/bin/chromium';
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let storeDir = '';

/** Starts `node scripts/preview.mjs --reset` on a free port (PORT=0) and resolves with the URL it prints. */
function startPreview(): Promise<string> {
  let output = '';
  return new Promise((resolve, reject) => {
    server = spawn(process.execPath, [path.join(ROOT, 'scripts', 'preview.mjs'), '--reset'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', PREVIEW_STORE_DIR: storeDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => reject(new Error(`The preview did not print its URL in 30 s:\n${output}`)), 30000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/localhost:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
  });
}

beforeAll(async () => {
  if (!existsSync(CODE_JS)) throw new Error('dist/Code.js is missing: run `npm run build` (npm test does it first).');
  storeDir = mkdtempSync(path.join(os.tmpdir(), 'preview-setup-check-'));
  const url = await startPreview();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(url);
  await page.waitForSelector('#grid td[data-row="1"]');
}, 60000);

afterAll(async () => {
  await browser?.close();
  const running = server;
  if (running && running.exitCode === null) {
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  }
  if (storeDir) rmSync(storeDir, { recursive: true, force: true });
});

test('Extensions › Content Calendar › Help › Check this spreadsheet’s setup opens the report dialog and leaves the sheets as they were', async () => {
  const tabs = async () => (await page.locator('#tabs button, #tabs [role="tab"]').allTextContents()).map((text) => text.trim());
  const before = await tabs();
  expect(before).toEqual(expect.arrayContaining(['Calendar', 'Platforms']));
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Check this spreadsheet’s setup' }).click();
  await page.waitForSelector('#dialog-layer:not([hidden])');
  const frame = page.frameLocator('#dialog-frame');
  await frame.getByText('Dates read in the spreadsheet’s time zone').waitFor();
  expect(await frame.locator('li').count()).toBe(8);
  const json = JSON.parse(await frame.locator('#json').inputValue()) as { probes: Array<{ id: string; status: string }> };
  expect(json.probes.find((probe) => probe.id === 'text-apostrophe')?.status).toBe('pass');
  expect(await tabs()).toEqual(before);
}, 60000);
