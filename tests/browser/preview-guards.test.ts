/** The preview server's guards (issue #15 items 1 and 17): its google.script.run reaches only the add-on's public functions, bad bodies get 400/413 with a message, and every page is served with a Content-Security-Policy that Chromium enforces. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { freePort, postJson, rawRequest, startPreviewServer, type PreviewServer } from './preview-server';

const CHROMIUM = '/usr/bin/chromium';

let server: PreviewServer;
let browser: Browser;
let page: Page;
let storeDir = '';
const consoleLines: string[] = [];

beforeAll(async () => {
  storeDir = mkdtempSync(path.join(os.tmpdir(), 'preview-guards-'));
  server = await startPreviewServer(await freePort(), storeDir, ['--reset']);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  page.on('console', (message) => consoleLines.push(message.text()));
  page.on('dialog', (dialog) => void dialog.dismiss());
  await page.goto(server.url);
  await page.waitForSelector('#grid td[data-row="1"]');
}, 60000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (storeDir) rmSync(storeDir, { recursive: true, force: true });
});

/** What /api/run answers for a name and arguments. */
async function run(
  name: unknown,
  args: unknown[] = [],
): Promise<{ status: number; result: { ok: boolean; error?: string; value?: unknown } }> {
  const response = await postJson(server.port, '/api/run', JSON.stringify({ name, args }));
  return { status: response.status, result: JSON.parse(response.body) as { ok: boolean; error?: string } };
}

const HOSTILE_NAMES = [
  'eval',
  'Function',
  'constructor',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'Object',
  'globalThis',
  'SpreadsheetApp',
  'Utilities',
  'JSON',
  'savePost.constructor',
  'constructor.constructor',
  'SpreadsheetApp.constructor.constructor',
  'onOpen.call',
  'setupCalendar_',
  'getFormContext_',
];

test(`/api/run: ${HOSTILE_NAMES.length} built-ins, constructor chains, __proto__ and _-names are not functions, and nothing runs`, async () => {
  for (const name of HOSTILE_NAMES) {
    const { status, result } = await run(name, [
      'return process.mainModule.require("child_process").execSync("id").toString()',
    ]);
    expect({ name, status, result }).toEqual({
      name,
      status: 200,
      result: { ok: false, error: expect.stringMatching(/is not a function$/) },
    });
  }
  // The add-on's own public functions still answer.
  const hints = await run('getPlanningHints');
  expect(hints.result.ok).toBe(true);
});

test('/api/run: a "__proto__" key in the arguments reaches the bundle as data, never as a prototype', async () => {
  const { result } = await run('checkPost', [JSON.parse('{"__proto__": {"platforms": ["X"]}, "caption": "hi"}')]);
  // checkPost validates its input: whatever it says, it did not read platforms from a prototype.
  expect(JSON.stringify(result)).not.toMatch(/"X"/);
});

test('a body of null, an array, a number, malformed JSON or wrong field types gets 400 with a clear message', async () => {
  const cases: Array<[string, string, RegExp]> = [
    ['/api/run', 'null', /must be a JSON object, not null/],
    ['/api/run', '[1,2]', /must be a JSON object, not an array/],
    ['/api/run', '42', /must be a JSON object, not a number/],
    ['/api/run', '{"name": 5}', /"name" must be a string/],
    ['/api/run', '{"name": "getFormContext", "args": {"0": 1}}', /"args" must be an array/],
    ['/api/run', '{bad json', /not valid JSON/],
    ['/api/edit', 'null', /must be a JSON object/],
    ['/api/edit', '{"sheet": ["Calendar"], "a1": "A1"}', /"sheet" must be a string/],
    ['/api/menu', '{"caption": null}', /"caption" must be a string/],
    ['/api/menu', '{"caption": "No such command"}', /no menu item/],
    ['/api/select', '{"sheet": "No such sheet"}', /No sheet named No such sheet/],
    ['/api/answer', '{"id": "d99", "button": "OK"}', /no longer open/],
  ];
  for (const [route, body, message] of cases) {
    const response = await postJson(server.port, route, body);
    expect({ route, body, status: response.status }).toEqual({
      route,
      body,
      status: route === '/api/answer' ? 409 : 400,
    });
    expect(JSON.parse(response.body)).toEqual({ ok: false, error: expect.stringMatching(message) });
  }
});

test('a body over 1 MB gets a 413 with a message, not a reset connection; the server keeps serving', async () => {
  const big = Buffer.alloc(2 * 1024 * 1024, 'a');
  const response = await postJson(server.port, '/api/run', big);
  expect(response.status).toBe(413);
  expect(JSON.parse(response.body).error).toMatch(/larger than 1 MB/);
  const chunked = await rawRequest(server.port, {
    method: 'POST',
    path: '/api/run',
    headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
    body: big,
  });
  expect(chunked.status).toBe(413);
  expect((await run('getPlanningHints')).result.ok).toBe(true);
});

/** Opens New post… and returns the sidebar's frame once its form is ready. */
async function openSidebar(): Promise<Frame> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'New post…' }).click();
  const handle = await page.waitForSelector('#sidebar-frame');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The sidebar has no frame.');
  await frame.waitForSelector('#save');
  return frame;
}

test('the window, the sidebar and the dialogs are served with a Content-Security-Policy that allows only their own code', async () => {
  const main = await rawRequest(server.port, { method: 'GET', path: '/' });
  expect(main.headers['content-security-policy']).toMatch(/script-src 'self'/);
  const frame = await openSidebar();
  const sidebar = await rawRequest(server.port, {
    method: 'GET',
    path: new URL(frame.url()).pathname + new URL(frame.url()).search,
  });
  const policy = String(sidebar.headers['content-security-policy']);
  expect(policy).toMatch(/default-src 'none'/);
  expect(policy).toMatch(/script-src 'sha256-[^']+'/);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  // The form works under the policy: its context loaded, and no violation was reported.
  await frame.waitForFunction(() => (document.querySelectorAll('label.chip').length ?? 0) > 3, undefined, {
    timeout: 15000,
  });
  // The export dialog and the review queue work under theirs too.
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Export…' }).click();
  const dialog = await (await page.waitForSelector('#dialog-frame')).contentFrame();
  await dialog?.waitForFunction(() => document.querySelectorAll('input, select').length > 3, undefined, {
    timeout: 15000,
  });
  await page.click('#dialog-close');
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Review queue' }).click();
  await page.waitForFunction(() =>
    (document.getElementById('sidebar-frame') as HTMLIFrameElement).src.includes('/sidebar?id='),
  );
  await page.waitForTimeout(1500);
  expect(consoleLines.filter((line) => /Content Security Policy/i.test(line))).toEqual([]);
});

test('in Chromium, a script or event handler injected into the sidebar is blocked by the policy', async () => {
  const frame = await openSidebar();
  const before = consoleLines.length;
  await frame.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = "script ran";';
    document.body.append(script);
    const holder = document.createElement('div');
    // An image that cannot decode fires `error` on every Chromium (a truncated GIF's `load` is not certain).
    holder.innerHTML = '<img src="data:image/gif;base64,AAAA" onerror="window.__injected = \'handler ran\'">';
    document.body.append(holder);
  });
  const violations = () => consoleLines.slice(before).filter((line) => /Content Security Policy/i.test(line)).length;
  for (let waited = 0; violations() < 2 && waited < 5000; waited += 100) await page.waitForTimeout(100);
  expect(await frame.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  expect(violations()).toBeGreaterThanOrEqual(2);
});

test('in Chromium, the page’s google.script.run has the add-on’s public functions as methods, and no eval, constructor or _-names', async () => {
  const frame = await (await page.waitForSelector('#sidebar-frame')).contentFrame();
  if (!frame) throw new Error('The sidebar has no frame.');
  const methods = await frame.evaluate(() => {
    const run = (window as unknown as { google: { script: { run: Record<string, unknown> } } }).google.script.run;
    return ['savePost', 'getFormContext', 'eval', 'Function', 'setupCalendar_', '__proto__'].map(
      (name) => `${name}:${Object.prototype.hasOwnProperty.call(run, name) ? typeof run[name] : 'absent'}`,
    );
  });
  expect(methods).toEqual([
    'savePost:function',
    'getFormContext:function',
    'eval:absent',
    'Function:absent',
    'setupCalendar_:absent',
    '__proto__:absent',
  ]);
});

test('calls that only read leave the store file alone; a save rewrites it once', async () => {
  const store = path.join(storeDir, 'store.json');
  const stamp = () => `${statSync(store).ino}:${statSync(store).mtimeMs}`;
  const before = stamp();
  for (const name of ['getFormContext', 'getPlanningHints', 'getReviewQueue', 'getExportContext', 'getFormContext'])
    expect((await run(name)).result.ok).toBe(true);
  expect(stamp()).toBe(before);
  const saved = await run('savePost', [
    { platforms: ['Mastodon'], date: '2031-03-14', time: '10:30', format: 'Text', caption: 'Store check.' },
  ]);
  expect((saved.result.value as { ok: boolean }).ok).toBe(true);
  // The store is written just after the response goes out.
  for (let i = 0; i < 40 && stamp() === before; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(stamp()).not.toBe(before);
});
