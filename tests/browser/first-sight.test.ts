/** The calendar tells the truth at first sight in the local preview (issue #19 items 1 and 5), in Chromium at 1440 × 900: check marks on screen, one time format, bad times refused. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CODE_JS, ROOT } from '../support/dist';

const CHROMIUM = '/usr/bin/chromium';
const ERROR_BG = 'rgb(252, 232, 230)'; // ERROR_STYLE (#FCE8E6)

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let storeDir = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function startPreview(port: number): Promise<string> {
  let output = '';
  return new Promise((resolve, reject) => {
    server = spawn(process.execPath, [path.join(ROOT, 'scripts', 'preview.mjs'), '--reset'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), PREVIEW_STORE_DIR: storeDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => reject(new Error(`The preview did not start:\n${output}`)), 30000);
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

async function grid(): Promise<{ text: string[][]; bg: string[][] }> {
  return page.evaluate(() => {
    const cells = [...document.querySelectorAll('#grid tbody tr')].map((tr) => [...tr.querySelectorAll('td')]);
    return {
      text: cells.map((row) => row.map((td) => td.querySelector('.cell-text')?.textContent ?? '')),
      bg: cells.map((row) => row.map((td) => getComputedStyle(td).backgroundColor)),
    };
  });
}

const cell = (row: number, column: number) => page.locator(`#grid td[data-row="${row}"][data-column="${column}"]`);

async function typeIntoCell(row: number, column: number, value: string): Promise<void> {
  await cell(row, column).click();
  await page.keyboard.press('x');
  const editor = page.locator('#grid .cell-editor');
  await editor.fill(value);
  await editor.press('Enter');
}

beforeAll(async () => {
  if (!existsSync(CODE_JS)) throw new Error('dist/Code.js is missing: run `npm run build`.');
  storeDir = mkdtempSync(path.join(os.tmpdir(), 'first-sight-'));
  const url = await startPreview(await freePort());
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('dialog', (dialog) => void dialog.dismiss());
  await page.goto(url);
  await page.waitForSelector('#grid td[data-row="1"]');
}, 60000);

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (storeDir) rmSync(storeDir, { recursive: true, force: true });
});

test('a row with an error is marked on its ID cell and its cell at fault, both on screen without scrolling', async () => {
  const { text, bg } = await grid();
  const header = text[0];
  const [id, caption, checks] = ['ID', 'Caption', 'Checks'].map((name) => header.indexOf(name));
  const row = text.findIndex((r, i) => i > 0 && /^✖ [^:]*: \d+\/\d+ /.test(r[checks]) && !/hashtag/.test(r[checks]));
  expect(row).toBeGreaterThan(0);
  expect(bg[row][id]).toBe(ERROR_BG);
  expect(bg[row][caption]).toBe(ERROR_BG);
  for (const column of [id, caption]) {
    const box = await cell(row, column).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1440);
  }
  expect(await page.evaluate(() => window.scrollX)).toBe(0);
});

test('a time typed in the grid shows as HH:mm; 25:00 is refused with a message and nothing is stored', async () => {
  const { text } = await grid();
  const header = text[0];
  const time = header.indexOf('Time');
  const platform = header.indexOf('Platform');
  const row = text.findIndex((r, i) => i > 0 && r[platform] !== '');
  await typeIntoCell(row, time, '10:00');
  await page.waitForFunction(([r, c]) => document.querySelector(`#grid td[data-row="${r}"][data-column="${c}"] .cell-text`)?.textContent === '10:00', [row, time]);
  await typeIntoCell(row, time, '25:00');
  await page.waitForFunction(() => /24-hour time from 00:00 to 23:59/.test(document.body.textContent ?? ''));
  expect((await grid()).text[row][time]).toBe('10:00');
});
