// The local preview server: runs the built add-on (dist/Code.js, dist/*.html) on the in-memory emulator and serves a Sheets-like page on 127.0.0.1.
import http from 'node:http';
import { existsSync, mkdirSync, readFileSync, rmSync, watch, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { startLocalWoopSocial, useLocalWoopSocial } from './woopsocial-fake/preview-hook.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, '.build', 'preview');
const pageDir = path.join(root, 'scripts', 'preview');
const codePath = path.join(root, 'dist', 'Code.js');
const require = createRequire(import.meta.url);

/** Command-line flags and environment: `--reset`, `--watch`, PORT, PREVIEW_STORE_DIR. */
export function parseOptions(argv = process.argv.slice(2), env = process.env) {
  const port = env.PORT === undefined || env.PORT === '' ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number (0-65535), not "${env.PORT}".`);
  const unknown = argv.filter((arg) => !['--reset', '--watch'].includes(arg));
  if (unknown.length > 0)
    throw new Error(
      `Unknown option ${unknown[0]}. Use --reset (start from a fresh sample calendar) or --watch (rebuild and reload on changes).`,
    );
  const storeDir = path.resolve(root, env.PREVIEW_STORE_DIR || '.preview');
  return {
    port,
    reset: argv.includes('--reset'),
    watch: argv.includes('--watch'),
    storeDir,
    storeFile: path.join(storeDir, 'store.json'),
  };
}

// ---------------------------------------------------------------------------------------------
// Building the emulator (TypeScript) for Node and the page script for the browser.
// ---------------------------------------------------------------------------------------------

/** Bundles the emulator, the sample calendar and the google.script.run stand-in into .build/preview and imports them. */
async function loadServerModules() {
  await build({
    entryPoints: {
      emulator: path.join(root, 'emulator', 'index.ts'),
      'sample-calendar': path.join(root, 'scripts', 'lib', 'sample-calendar.ts'),
      'google-script-run': path.join(root, 'emulator', 'client', 'google-script-run.ts'),
    },
    outdir: buildDir,
    bundle: true,
    platform: 'node',
    // CommonJS, so the emulator's dependencies resolve as they do in the tests (subpaths without extensions).
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.cjs' },
    logLevel: 'warning',
  });
  const load = (name) => {
    const file = path.join(buildDir, `${name}.cjs`);
    delete require.cache[file];
    return require(file);
  };
  const [emulator, sample, client] = [load('emulator'), load('sample-calendar'), load('google-script-run')];
  return { createEmulator: emulator.createEmulator, sample, client };
}

/** Bundles the page script (TypeScript) for the browser; returns its code. */
async function buildPage() {
  const result = await build({
    entryPoints: [path.join(pageDir, 'page.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** The JavaScript source of the google.script.run / google.script.host stand-in, on the preview's transport and close hook. */
function standInSource(client) {
  return client.googleScriptRunSource({ transport: '__gasRun', closeHook: '__gasClose' });
}

// ---------------------------------------------------------------------------------------------
// The session: one emulator, the store file, and what the page has been shown.
// ---------------------------------------------------------------------------------------------

/** One running emulator with the add-on loaded, its store and the UI the page shows. */
class PreviewSession {
  constructor(modules, options) {
    this.modules = modules;
    this.options = options;
    this.version = 1;
    this.waiters = [];
    this.openSidebar = null;
    this.openDialog = null;
    this.seen = { sidebars: 0, dialogs: 0 };
    this.errors = [];
    this.errorId = 0;
  }

  /** Makes the emulator, loads dist/Code.js and the store (or a fresh sample calendar), then opens the spreadsheet. */
  start(savedState) {
    const emulator = this.modules.createEmulator({});
    emulator.loadBundle(codePath);
    this.emulator = emulator;
    this.seen = { sidebars: 0, dialogs: 0 };
    let created = false;
    const stored =
      savedState ?? (existsSync(this.options.storeFile) ? readFileSync(this.options.storeFile, 'utf8') : null);
    if (stored) {
      try {
        emulator.load(stored);
      } catch (error) {
        throw new Error(
          `${this.options.storeFile} could not be loaded (${errorMessage(error)}). Start fresh with npm start -- --reset.`,
          { cause: error },
        );
      }
    } else {
      this.createSample();
      created = true;
    }
    this.clearUi();
    this.report(emulator.open(), 'onOpen');
    this.persist();
    return { created };
  }

  /** Sets the calendar up through the bundle, writes the sample month in one setValues and checks every post. */
  createSample() {
    const { emulator } = this;
    const setup = emulator.run('setupCalendar');
    if (!setup.ok) throw new Error(`Setting up the sample calendar failed: ${setup.error}`);
    emulator.runAs(emulator.context.userEmail, () => {
      const app = emulator.globals.SpreadsheetApp;
      const spreadsheet = app.getActiveSpreadsheet();
      const sheet = spreadsheet.getSheetByName('Calendar');
      const today = this.modules.sample.civilToday(
        new Date(emulator.clock.now().getTime()),
        spreadsheet.getSpreadsheetTimeZone(),
      );
      this.modules.sample.writeSampleCalendar(sheet, today);
    });
    emulator.runAs(emulator.context.userEmail, () =>
      emulator.globals.SpreadsheetApp.getActiveSpreadsheet().rename('Northwind Coffee — content calendar'),
    );
    const checked = emulator.run('checkAllPosts');
    if (!checked.ok) throw new Error(`Checking the sample calendar failed: ${checked.error}`);
    emulator.spreadsheet.setActive('Calendar', 'A1');
  }

  /** Forgets the sidebars, dialogs, toasts and alerts of setup, so the page opens clean. */
  clearUi() {
    const ui = this.emulator.ui;
    this.seen = {
      sidebars: ui.sidebars.length,
      dialogs: ui.dialogs.length,
      toasts: ui.toasts.length,
      alerts: ui.alerts.length,
      prompts: ui.prompts.length,
    };
    this.openSidebar = null;
    this.openDialog = null;
  }

  /** Writes the emulator's state to the store file (atomically). */
  persist() {
    mkdirSync(this.options.storeDir, { recursive: true });
    const temp = `${this.options.storeFile}.tmp`;
    writeFileSync(temp, this.emulator.save());
    renameSync(temp, this.options.storeFile);
  }

  /** Records a failed execution so the page can show it. */
  report(outcome, what) {
    if (outcome && outcome.ok === false) {
      this.errors.push({ id: ++this.errorId, message: `${what} failed: ${outcome.error ?? 'unknown error'}` });
      if (this.errors.length > 20) this.errors.shift();
    }
  }

  /** After a mutating request: picks up new sidebars and dialogs, saves, and wakes the page's long poll. */
  changed() {
    const ui = this.emulator.ui;
    if (ui.sidebars.length > this.seen.sidebars) this.openSidebar = ui.sidebars.length - 1;
    if (ui.dialogs.length > this.seen.dialogs) this.openDialog = ui.dialogs.length - 1;
    this.seen.sidebars = ui.sidebars.length;
    this.seen.dialogs = ui.dialogs.length;
    this.persist();
    this.version++;
    const waiters = this.waiters.splice(0);
    for (const wake of waiters) wake();
  }

  /** Tells the page to reload (after a rebuild in --watch mode). */
  reloaded() {
    this.reload = (this.reload ?? 0) + 1;
    this.version++;
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Names of the sheets, the active one, and its selection. */
  sheetInfo() {
    const { emulator } = this;
    return emulator.context.quietly(() => {
      const spreadsheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
      const active = spreadsheet.getActiveSheet();
      const range = spreadsheet.getActiveRange();
      const sheets = spreadsheet.getSheets().map((sheet) => ({
        name: sheet.getName(),
        lastRow: sheet.getLastRow(),
        lastColumn: sheet.getLastColumn(),
        maxRows: sheet.getMaxRows(),
        maxColumns: sheet.getMaxColumns(),
      }));
      return {
        title: spreadsheet.getName(),
        sheets,
        active: active.getName(),
        selection: range && range.getSheet().getName() === active.getName() ? range.getA1Notation() : null,
      };
    });
  }

  /** Everything the page shows, as JSON. */
  state() {
    const { emulator } = this;
    const info = this.sheetInfo();
    const sheet = info.sheets.find((s) => s.name === info.active) ?? info.sheets[0];
    const rows = Math.min(Math.max(sheet.lastRow + 25, 60), sheet.maxRows);
    const rendered = emulator.context.quietly(() =>
      emulator.spreadsheet.renderSheet(sheet.name, { startRow: 1, maxRows: rows }),
    );
    // Like Sheets, show a few empty columns after the used ones.
    const used = rendered.cells[0]?.length ?? 0;
    const columns = Math.min(Math.max(used + 2, 26), sheet.maxColumns);
    const widths = [...(rendered.columnWidths ?? [])];
    while (widths.length < columns) widths.push(100);
    const cells = rendered.cells.map((row) => {
      const out = row.slice(0, columns).map(compactCell);
      while (out.length < columns) out.push({});
      return out;
    });
    const ui = emulator.ui;
    const sidebar = this.openSidebar === null ? null : ui.sidebars[this.openSidebar];
    const dialog = this.openDialog === null ? null : ui.dialogs[this.openDialog];
    return {
      version: this.version,
      reload: this.reload ?? 0,
      title: info.title,
      sheets: info.sheets.map((s) => s.name),
      active: info.active,
      selection: info.selection,
      grid: {
        name: rendered.name,
        frozenRows: rendered.frozenRows ?? 0,
        columnWidths: widths.slice(0, columns),
        maxRows: sheet.maxRows,
        cells,
      },
      menus: ui.menus.map((menu) => ({ caption: menu.caption, location: menu.location, items: menu.items })),
      sidebar: sidebar ? { id: this.openSidebar, title: sidebar.title, width: sidebar.width ?? 300 } : null,
      dialog: dialog
        ? { id: this.openDialog, title: dialog.title, width: dialog.width, height: dialog.height, modal: dialog.modal }
        : null,
      toasts: ui.toasts
        .slice(this.seen.toasts ?? 0)
        .map((toast, i) => ({
          id: (this.seen.toasts ?? 0) + i,
          title: String(toast.title ?? ''),
          message: String(toast.message ?? ''),
        }))
        .slice(-5),
      alerts: [
        ...ui.alerts.slice(this.seen.alerts ?? 0).map((alert, i) => ({
          id: `a${(this.seen.alerts ?? 0) + i}`,
          title: alert.title,
          prompt: alert.prompt,
          buttons: alert.buttons,
          response: alert.response,
        })),
        ...ui.prompts.slice(this.seen.prompts ?? 0).map((prompt, i) => ({
          id: `p${(this.seen.prompts ?? 0) + i}`,
          title: prompt.title,
          prompt: prompt.prompt,
          buttons: prompt.buttons,
          response: prompt.response,
          prompted: true,
        })),
      ].slice(-5),
      errors: this.errors.slice(-5),
    };
  }
}

/** A rendered cell with only the fields the page uses (empty ones left out to keep the JSON small). */
function compactCell(cell) {
  if (!cell) return {};
  const out = {};
  if (cell.display !== undefined && cell.display !== null && cell.display !== '') out.d = String(cell.display);
  if (cell.background && !/^#(fff|ffffff)$/i.test(cell.background)) out.bg = cell.background;
  if (cell.fontColor && !/^#(000|000000)$/.test(cell.fontColor)) out.fg = cell.fontColor;
  if (cell.bold) out.b = 1;
  if (cell.italic) out.i = 1;
  if (cell.strikethrough) out.s = 1;
  if (cell.note) out.n = String(cell.note);
  if (Array.isArray(cell.dropdown)) out.dd = cell.dropdown.map(String);
  if (cell.checkbox) out.cb = 1;
  if (cell.invalid) out.inv = 1;
  return out;
}

// ---------------------------------------------------------------------------------------------
// HTTP.
// ---------------------------------------------------------------------------------------------

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

function sendJson(res, status, value) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** Reads a JSON request body (at most 1 MB). */
function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > 1024 * 1024) {
        reject(Object.assign(new Error('Request body too large.'), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(chunks.length === 0 ? {} : JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(Object.assign(new Error('The request body is not JSON.'), { status: 400 }));
      }
    });
    req.on('error', reject);
  });
}

/**
 * Whether a request may be served: its Host names this server on the loopback interface (no DNS
 * rebinding), and its Origin, when present, is this server (no cross-site requests).
 */
export function isAllowedRequest(headers, port) {
  const hosts = [`localhost:${port}`, `127.0.0.1:${port}`];
  const host = String(headers.host ?? '').toLowerCase();
  if (!hosts.includes(host)) return false;
  const origin = headers.origin;
  if (origin !== undefined && !hosts.map((h) => `http://${h}`).includes(String(origin).toLowerCase())) return false;
  return true;
}

/** The sidebar or dialog HTML with the google.script.run stand-in injected before any of its own scripts. */
function withStandIn(html, standIn) {
  const transport = `window.__gasRun = function (name, argsJson) {
  return fetch('/api/run', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: name, args: JSON.parse(argsJson) }) })
    .then(function (response) { return response.text(); });
};
window.__gasClose = function () {
  if (window.parent && window.parent !== window) window.parent.postMessage({ type: 'gas-host', action: 'close' }, location.origin);
};`;
  const safe = (code) => code.replace(/<\/(script)/gi, '<\\/$1');
  const inject = `<script>${safe(transport)}</script><script>${safe(standIn)}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + inject + html.slice(head.index + head[0].length);
  return inject + html;
}

function errorMessage(error) {
  return error && typeof error === 'object' && 'message' in error ? String(error.message) : String(error);
}

/** Creates the request handler for a session. */
function createHandler(holder, options, assets) {
  return async (req, res) => {
    const port = options.boundPort;
    if (!isAllowedRequest(req.headers, port)) {
      send(
        res,
        403,
        'text/plain; charset=utf-8',
        'Forbidden: the preview serves only http://localhost and http://127.0.0.1 on its own port.',
      );
      return;
    }
    const url = new URL(req.url ?? '/', `http://localhost:${port}`);
    const session = holder.session;
    try {
      if (req.method === 'GET' || req.method === 'HEAD') {
        switch (url.pathname) {
          case '/':
          case '/index.html':
            send(res, 200, 'text/html; charset=utf-8', assets.html, {
              'Content-Security-Policy': PAGE_CSP,
              'X-Frame-Options': 'DENY',
            });
            return;
          case '/page.js':
            send(res, 200, 'text/javascript; charset=utf-8', assets.js);
            return;
          case '/page.css':
            send(res, 200, 'text/css; charset=utf-8', assets.css);
            return;
          case '/favicon.ico':
            send(res, 204, 'text/plain', '');
            return;
          case '/api/state': {
            const after = Number(url.searchParams.get('after') ?? 0);
            if (after >= session.version) {
              await new Promise((resolve) => {
                const timer = setTimeout(resolve, 20000);
                holder.session.waiters.push(() => {
                  clearTimeout(timer);
                  resolve();
                });
                req.on('close', () => {
                  clearTimeout(timer);
                  resolve();
                });
              });
            }
            if (res.destroyed) return;
            const current = holder.session;
            if (after >= current.version) sendJson(res, 200, { version: current.version, unchanged: true });
            else sendJson(res, 200, current.state());
            return;
          }
          case '/sidebar':
          case '/dialog': {
            const list = url.pathname === '/sidebar' ? session.emulator.ui.sidebars : session.emulator.ui.dialogs;
            const id = Number(url.searchParams.get('id'));
            const record = Number.isInteger(id) ? list[id] : undefined;
            if (!record) {
              send(res, 404, 'text/plain; charset=utf-8', 'No such sidebar or dialog: open it again from the menu.');
              return;
            }
            send(res, 200, 'text/html; charset=utf-8', withStandIn(record.html, holder.standIn), {
              'X-Frame-Options': 'SAMEORIGIN',
            });
            return;
          }
          default:
            send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
            return;
        }
      }
      if (req.method !== 'POST') {
        send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
        return;
      }
      if (
        !String(req.headers['content-type'] ?? '')
          .toLowerCase()
          .startsWith('application/json')
      ) {
        send(res, 415, 'text/plain; charset=utf-8', 'Send JSON (Content-Type: application/json).');
        return;
      }
      const body = await readJson(req);
      const { emulator } = session;
      switch (url.pathname) {
        case '/api/edit': {
          const sheet = String(body.sheet ?? '');
          const a1 = String(body.a1 ?? '');
          const value = body.value === undefined || body.value === null ? '' : body.value;
          const values = Array.isArray(value) ? value : [[typeof value === 'boolean' ? value : String(value)]];
          const outcome = emulator.editAsUser(sheet, a1, values);
          if (outcome.rejected) {
            session.changed();
            sendJson(res, 200, { rejected: outcome.rejected, state: session.state() });
            return;
          }
          session.report(outcome.simple, 'onEdit');
          for (const other of outcome.installable ?? []) session.report(other, 'An edit trigger');
          session.changed();
          sendJson(res, 200, { ok: true, state: session.state() });
          return;
        }
        case '/api/select': {
          const sheet = String(body.sheet ?? '');
          emulator.context.quietly(() => emulator.spreadsheet.setActive(sheet, body.a1 ? String(body.a1) : undefined));
          session.changed();
          sendJson(res, 200, { ok: true, state: session.state() });
          return;
        }
        case '/api/menu': {
          const outcome = emulator.clickMenu(String(body.caption ?? ''));
          session.report(outcome, `The menu command "${String(body.caption).split('>').pop().trim()}"`);
          session.changed();
          sendJson(res, 200, { ok: outcome.ok, error: outcome.error, state: session.state() });
          return;
        }
        case '/api/run': {
          const name = String(body.name ?? '');
          const args = Array.isArray(body.args) ? body.args : [];
          const result = emulator.run(name, ...args);
          session.changed();
          sendJson(res, 200, result);
          return;
        }
        case '/api/close': {
          if (body.kind === 'dialog') session.openDialog = null;
          else session.openSidebar = null;
          session.changed();
          sendJson(res, 200, { ok: true, state: session.state() });
          return;
        }
        case '/api/seen': {
          // The page has shown these toasts and alerts: later states leave them out.
          const ui = emulator.ui;
          session.seen.toasts = ui.toasts.length;
          session.seen.alerts = ui.alerts.length;
          session.seen.prompts = ui.prompts.length;
          sendJson(res, 200, { ok: true });
          return;
        }
        default:
          send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
          return;
      }
    } catch (error) {
      const status = error && typeof error === 'object' && 'status' in error ? Number(error.status) : 500;
      if (!res.headersSent) sendJson(res, status, { ok: false, error: errorMessage(error) });
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Watch mode.
// ---------------------------------------------------------------------------------------------

function runBuild() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    child.on('exit', (code) => resolve(code === 0));
  });
}

/** Rebuilds on changes: src/ → dist/ and a fresh emulator on the same state; emulator/ → the emulator; scripts/preview/ → the page. */
function startWatching(holder, options, assets) {
  let timer = null;
  const pending = new Set();
  const schedule = (kind) => {
    pending.add(kind);
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const kinds = [...pending];
      pending.clear();
      try {
        if (kinds.includes('page')) Object.assign(assets, await loadAssets());
        if (kinds.includes('emulator')) {
          holder.modules = await loadServerModules();
          holder.standIn = standInSource(holder.modules.client);
        }
        if (kinds.includes('src') && !(await runBuild())) {
          console.log('preview: the build failed; fix the error and save again.');
          return;
        }
        if (kinds.includes('src') || kinds.includes('emulator')) {
          const saved = holder.session.emulator.save();
          const next = new PreviewSession(holder.modules, options);
          next.version = holder.session.version;
          next.reload = holder.session.reload;
          next.start(saved);
          const old = holder.session;
          holder.session = next;
          for (const wake of old.waiters.splice(0)) wake();
        }
        holder.session.reloaded();
        console.log(`preview: rebuilt (${kinds.join(', ')}); the page reloads.`);
      } catch (error) {
        console.log(`preview: rebuild failed: ${errorMessage(error)}`);
      }
    }, 250);
  };
  const watchDir = (dir, kind) => {
    if (!existsSync(dir)) return;
    watch(dir, { recursive: true }, () => schedule(kind));
  };
  watchDir(path.join(root, 'src'), 'src');
  watchDir(path.join(root, 'emulator'), 'emulator');
  watchDir(pageDir, 'page');
  watchDir(path.join(root, 'scripts', 'lib'), 'emulator');
}

// ---------------------------------------------------------------------------------------------
// Main.
// ---------------------------------------------------------------------------------------------

async function loadAssets() {
  return {
    html: readFileSync(path.join(pageDir, 'page.html'), 'utf8'),
    css: readFileSync(path.join(pageDir, 'page.css'), 'utf8'),
    js: await buildPage(),
  };
}

async function main() {
  const options = parseOptions();
  if (!existsSync(codePath))
    throw new Error('dist/Code.js is missing: run `npm run build` first (npm start does it for you).');
  if (options.reset) rmSync(options.storeFile, { force: true });
  const modules = await loadServerModules();
  const holder = { modules, standIn: standInSource(modules.client), session: null };
  const assets = await loadAssets();
  const session = new PreviewSession(modules, options);
  const { created } = session.start();
  holder.session = session;
  // The local WoopSocial (issue #20) in its own process, so the add-on's blocking UrlFetchApp calls can reach it; WOOPSOCIAL_PORT=off skips it.
  if (process.env.WOOPSOCIAL_PORT !== 'off') useLocalWoopSocial(session.emulator, (await startLocalWoopSocial()).baseUrl);
  const server = http.createServer(createHandler(holder, options, assets));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  options.boundPort = server.address().port;
  const relativeStore = options.storeFile.startsWith(root + path.sep)
    ? path.relative(root, options.storeFile)
    : options.storeFile;
  console.log(
    created
      ? `preview: created a sample calendar in ${relativeStore}`
      : `preview: loaded ${relativeStore} (npm start -- --reset starts fresh)`,
  );
  if (options.watch) {
    startWatching(holder, options, assets);
    console.log('preview: watching src/, emulator/ and scripts/preview/ for changes');
  }
  console.log(`preview: Content Calendar is running at http://localhost:${options.boundPort}/ (Ctrl+C stops it)`);
  const stop = () => {
    server.close();
    server.closeAllConnections?.();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`preview: ${errorMessage(error)}`);
    process.exit(1);
  });
}
