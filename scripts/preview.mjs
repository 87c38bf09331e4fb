// The local preview server: runs the built add-on (dist/Code.js, dist/*.html) on the in-memory emulator and serves a Sheets-like page on 127.0.0.1.
import http from 'node:http';
import { existsSync, mkdirSync, readFileSync, rmSync, watch, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers';
import { build } from 'esbuild';
import { PAGE_CSP, builtPageHashes, framePolicy } from './preview/csp.mjs';
import { runInteractively, withAnswer } from './preview/dialogs.mjs';
import { polishHolidayCalendar } from './preview/sample-holidays.mjs';
import { RequestError, parseRequest, readJsonBody } from './preview/requests.mjs';
import { startLocalWoopSocial, useLocalWoopSocial } from './woopsocial-fake/preview-hook.mjs';
import { editOtherSpreadsheet, stakeholderEmails } from './preview/stakeholder-edit.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, '.build', 'preview');
const pageDir = path.join(root, 'scripts', 'preview');
const distDir = path.join(root, 'dist');
const codePath = path.join(distDir, 'Code.js');
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

/** Bundles the emulator (with the add-on's identity), the sample calendar and the google.script.run stand-in into .build/preview and imports them. */
async function loadServerModules() {
  await build({
    entryPoints: {
      emulator: path.join(root, 'scripts', 'lib', 'addon-emulator.ts'),
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
  return { createEmulator: emulator.createAddonEmulator, sample, client };
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
function standInSource(client, functionNames) {
  return client.googleScriptRunSource({ transport: '__gasRun', closeHook: '__gasClose', functionNames });
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
    /** The alert or prompt waiting for the person's answer: what to ask, the answers so far, how to replay. */
    this.pending = null;
    this.pendingId = 0;
    /** The spreadsheet the page looks at when it is not the add-on's own (a stakeholder copy): its id and sheet. */
    this.view = null;
  }

  /**
   * Runs a menu command or server call so that its prompts and choice alerts are answered by the
   * person: on a dialog with no answer yet the run is suspended (state rolled back) and the dialog is
   * shown; /api/answer replays it with the answer. `finish(outcome)` gets the final outcome.
   */
  interact(execute, finish, answers = { alerts: [], prompts: [] }) {
    this.persist(); // a change still waiting to be written: the rollback point must be the state now
    const result = runInteractively(this.emulator, execute, answers, this.written ?? null);
    if (result.suspended) {
      this.pending = { id: `d${++this.pendingId}`, ...result.suspended, answers, execute, finish };
      return null;
    }
    this.pending = null;
    finish(result.outcome);
    return result.outcome;
  }

  /** The person answered the pending dialog: replays its execution with every answer so far. */
  answer(id, button, text) {
    const pending = this.pending;
    if (!pending || pending.id !== id)
      throw new RequestError(409, 'That dialog is no longer open. Run the command again from the menu.');
    const allowed = {
      OK: ['OK'],
      OK_CANCEL: ['OK', 'CANCEL'],
      YES_NO: ['YES', 'NO'],
      YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
    }[pending.buttons] ?? ['OK'];
    const name = button.toUpperCase();
    if (name !== 'CLOSE' && !allowed.includes(name))
      throw new RequestError(
        400,
        `"${button}" is not a button of this dialog. Choose one of ${allowed.join(', ')} (or CLOSE).`,
      );
    this.interact(pending.execute, pending.finish, withAnswer(pending.answers, pending.kind, name, text));
  }

  /** Makes the emulator, loads dist/Code.js and the store (or a fresh sample calendar), then opens the spreadsheet. */
  start(savedState) {
    const emulator = this.modules.createEmulator({});
    emulator.loadBundle(codePath);
    this.emulator = emulator;
    // A script call that can change what the store holds marks the state dirty; reads leave the store alone.
    this.dirty = true;
    emulator.context.beforeCall.push((call) => {
      if (!this.dirty && mayChangeState(call)) this.dirty = true;
    });
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
    this.afterResponse();
    return { created };
  }

  /** Sets the calendar up through the bundle, writes the sample month in one setValues and checks every post. */
  createSample() {
    const { emulator } = this;
    // The person has subscribed to Poland's holidays, so Import public holidays… finds them.
    emulator.seedCalendar(polishHolidayCalendar(emulator.clock.now()));
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

  /**
   * Writes the emulator's state to the store file (atomically) when a call may have changed it and it
   * differs from what was last written; `force` for changes made outside the script (a person's edit).
   */
  persist(force = false) {
    if (!force && !this.dirty && this.written !== undefined) return false;
    this.dirty = false;
    const saved = this.emulator.save();
    if (saved === this.written) return false;
    mkdirSync(this.options.storeDir, { recursive: true });
    const temp = `${this.options.storeFile}.tmp`;
    writeFileSync(temp, saved);
    renameSync(temp, this.options.storeFile);
    this.written = saved;
    this.writes = (this.writes ?? 0) + 1;
    return true;
  }

  /** Records a failed execution so the page can show it. */
  report(outcome, what) {
    if (outcome && outcome.ok === false) {
      this.errors.push({ id: ++this.errorId, message: `${what} failed: ${outcome.error ?? 'unknown error'}` });
      if (this.errors.length > 20) this.errors.shift();
    }
  }

  /** After a request: picks up new sidebars and dialogs, saves what changed, and wakes the page's long poll. */
  changed(force = false) {
    const ui = this.emulator.ui;
    if (ui.sidebars.length > this.seen.sidebars) this.openSidebar = ui.sidebars.length - 1;
    if (ui.dialogs.length > this.seen.dialogs) this.openDialog = ui.dialogs.length - 1;
    this.seen.sidebars = ui.sidebars.length;
    this.seen.dialogs = ui.dialogs.length;
    if (force) this.dirty = true;
    this.afterResponse();
    this.version++;
    const waiters = this.waiters.splice(0);
    for (const wake of waiters) wake();
  }

  /**
   * Once the response is out: writes the store if something changed, then evaluates the bundle for
   * the next execution (a fresh realm each, as in Apps Script), so neither delays the page's call.
   */
  afterResponse() {
    if (this.afterScheduled) return;
    this.afterScheduled = true;
    setImmediate(() => {
      this.afterScheduled = false;
      try {
        this.persist();
      } catch (error) {
        console.log(`preview: could not write ${this.options.storeFile}: ${errorMessage(error)}`);
      }
      try {
        this.emulator.runtime.prewarm();
      } catch {
        // The next execution evaluates the bundle itself and reports the error.
      }
    });
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

  /** The spreadsheet the page is looking at, when it is another one than the add-on's (null: the add-on's own). */
  viewed() {
    if (!this.view) return null;
    const { spreadsheet } = this.emulator;
    try {
      const info = this.emulator.context.quietly(() => spreadsheet.describeSpreadsheet(this.view.id));
      const active = info.sheets.some((s) => s.name === this.view.sheet) ? this.view.sheet : info.activeSheet;
      return { ...info, active };
    } catch {
      this.view = null;
      return null;
    }
  }

  /** Who the person at the keyboard is: the spreadsheet's owner, or the teammate chosen in "Acting as". */
  actingUser() {
    return this.user ?? this.emulator.context.userEmail;
  }

  /** The people one may act as: the owner and everyone named in the Calendar's Owner column (emails only). */
  users() {
    const { emulator } = this;
    const owners = emulator.context.quietly(() => {
      const sheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Calendar');
      if (!sheet || sheet.getLastRow() < 2) return [];
      const header = sheet
        .getRange(1, 1, 1, sheet.getLastColumn())
        .getValues()[0]
        .map((v) => String(v).trim().toLowerCase());
      const column = header.indexOf('owner');
      if (column < 0) return [];
      return sheet
        .getRange(2, column + 1, sheet.getLastRow() - 1, 1)
        .getValues()
        .map((row) => String(row[0]).trim());
    });
    const emails = owners.filter((value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value));
    return [...new Set([emulator.context.userEmail, ...emails, ...stakeholderEmails(emulator)])];
  }

  /** Every spreadsheet the emulator holds (the add-on's first), by name, for the page's spreadsheet switcher. */
  spreadsheets() {
    return this.emulator.context.quietly(() => this.emulator.spreadsheet.listSpreadsheets());
  }

  /** Everything the page shows, as JSON. */
  state() {
    const { emulator } = this;
    const other = this.viewed();
    const info = other ?? this.sheetInfo();
    const sheet = info.sheets.find((s) => s.name === info.active) ?? info.sheets[0];
    // Like Sheets, rows to type into below the data: up to the sheet's own size.
    const rows = Math.min(Math.max(sheet.lastRow + 25, 60), sheet.maxRows);
    const rendered = emulator.context.quietly(() =>
      other
        ? emulator.spreadsheet.renderSheetOf(other.id, sheet.name, { startRow: 1, maxRows: rows })
        : emulator.spreadsheet.renderSheet(sheet.name, { startRow: 1, maxRows: rows }),
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
    while (cells.length < rows) cells.push(Array.from({ length: columns }, () => ({})));
    const ui = emulator.ui;
    const sidebar = this.openSidebar === null ? null : ui.sidebars[this.openSidebar];
    const dialog = this.openDialog === null ? null : ui.dialogs[this.openDialog];
    return {
      version: this.version,
      reload: this.reload ?? 0,
      title: other ? other.name : info.title,
      sheets: info.sheets.map((s) => s.name),
      active: info.active,
      selection: other ? null : info.selection,
      spreadsheets: this.spreadsheets(),
      user: this.actingUser(),
      users: this.users(),
      viewing: other ? { id: other.id, name: other.name } : null,
      pending: this.pending
        ? {
            id: this.pending.id,
            kind: this.pending.kind,
            title: this.pending.title,
            prompt: this.pending.prompt,
            buttons: this.pending.buttons,
          }
        : null,
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
      // Alerts with only OK are shown once the script has gone on; prompts and choices were answered in the page.
      alerts: ui.alerts
        .slice(this.seen.alerts ?? 0)
        .map((alert, i) => ({
          id: `a${(this.seen.alerts ?? 0) + i}`,
          title: alert.title,
          prompt: alert.prompt,
          buttons: alert.buttons,
          response: alert.response,
        }))
        .filter((alert) => alert.buttons === 'OK')
        .slice(-5),
      errors: this.errors.slice(-5),
    };
  }
}

/** Services whose calls never change what the store holds (UI, HTML, logs, locks, utilities, the session). */
const STATELESS_SERVICES = new Set([
  'Ui',
  'Menu',
  'PromptResponse',
  'HtmlService',
  'HtmlOutput',
  'HtmlTemplate',
  'Logger',
  'console',
  'LockService',
  'Lock',
  'Utilities',
  'Session',
  'User',
  'Blob',
]);

/** Whether a service call may change the saved state: anything but reads, getters and stateless services. */
function mayChangeState(call) {
  if (call.kind === 'read' || STATELESS_SERVICES.has(call.className)) return false;
  return !/^(get|is|has|can|find|create(Html|Template|Text|Menu|AddonMenu)|toast$)/.test(call.method);
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

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

function sendJson(res, status, value) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
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

/** The sidebar or dialog HTML with the google.script.run stand-in injected before any of its own scripts, and its policy. */
function withStandIn(html, standIn) {
  const transport = `window.__gasRun = function (name, argsJson) {
  return fetch('/api/run', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: name, args: JSON.parse(argsJson) }) })
    .then(function (response) { return response.text(); });
};
window.__gasClose = function () {
  if (window.parent && window.parent !== window) window.parent.postMessage({ type: 'gas-host', action: 'close' }, location.origin);
};`;
  const safe = (code) => code.replace(/<\/(script)/gi, '<\\/$1');
  const injected = [safe(transport), safe(standIn)];
  const inject = injected.map((code) => `<script>${code}</script>`).join('');
  const policy = framePolicy(builtPageHashes(distDir), injected);
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head)
    return {
      html: html.slice(0, head.index + head[0].length) + inject + html.slice(head.index + head[0].length),
      policy,
    };
  return { html: inject + html, policy };
}

function errorMessage(error) {
  return error && typeof error === 'object' && 'message' in error ? String(error.message) : String(error);
}

/** Creates the request handler for a session. */
function createHandler(holder, options, assets) {
  return async (req, res) => {
    const received = performance.now();
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
            // Like Apps Script's, the page's google.script.run has a method for each public server function only.
            session.standIn ??= standInSource(holder.modules.client, session.emulator.pageCallableNames());
            const served = withStandIn(record.html, session.standIn);
            send(res, 200, 'text/html; charset=utf-8', served.html, {
              'Content-Security-Policy': served.policy,
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
      const body = parseRequest(url.pathname, await readJsonBody(req));
      const { emulator } = session;
      switch (url.pathname) {
        case '/api/edit': {
          const value = body.value === undefined || body.value === null ? '' : body.value;
          const values = Array.isArray(value) ? value : [[typeof value === 'boolean' ? value : String(value)]];
          if (session.view) {
            // Another spreadsheet (the stakeholder copy): a person's edit there, as the acting user.
            const sheetName = body.sheet || session.viewed()?.active;
            const edit = editOtherSpreadsheet(emulator, session.view.id, sheetName, body.a1, values, session.actingUser());
            session.changed(true);
            sendJson(res, 200, edit.rejected ? { rejected: edit.rejected, state: session.state() } : { ok: true, state: session.state() });
            return;
          }
          let outcome;
          try {
            outcome = emulator.editAsUser(body.sheet, body.a1, values, { user: session.actingUser() });
          } catch (error) {
            throw new RequestError(400, `${errorMessage(error)} Edit a cell of one of the sheet tabs, such as A1.`);
          }
          if (outcome.rejected) {
            session.changed(true);
            sendJson(res, 200, { rejected: outcome.rejected, state: session.state() });
            return;
          }
          session.report(outcome.simple, 'onEdit');
          for (const other of outcome.installable ?? []) session.report(other, 'An edit trigger');
          session.changed(true);
          sendJson(res, 200, { ok: true, state: session.state() });
          return;
        }
        case '/api/select': {
          if (session.view) {
            session.view = { ...session.view, sheet: body.sheet };
          } else {
            try {
              emulator.context.quietly(() => emulator.spreadsheet.setActive(body.sheet, body.a1 || undefined));
            } catch (error) {
              throw new RequestError(400, `${errorMessage(error)} Choose a sheet tab and a cell such as A1.`);
            }
          }
          session.changed(true);
          sendJson(res, 200, { ok: true, state: session.state() });
          return;
        }
        case '/api/view': {
          // Look at another spreadsheet the emulator holds (null: back to the add-on's own).
          if (body.spreadsheet === null) session.view = null;
          else {
            const known = session.spreadsheets();
            if (!known.some((entry) => entry.id === body.spreadsheet))
              throw new RequestError(404, 'There is no such spreadsheet in the preview. Choose one from the list.');
            session.view =
              known[0].id === body.spreadsheet ? null : { id: body.spreadsheet, sheet: body.sheet ?? null };
          }
          session.changed();
          sendJson(res, 200, { ok: true, state: session.state() });
          return;
        }
        case '/api/menu': {
          const label = `The menu command "${body.caption.split('>').pop().trim()}"`;
          const finish = (outcome) => session.report(outcome, label);
          let outcome;
          try {
            outcome = session.interact(() => emulator.clickMenu(body.caption, { user: session.actingUser() }), finish);
          } catch (error) {
            throw new RequestError(400, `${errorMessage(error)} Choose a command from the menu.`);
          }
          session.changed();
          sendJson(res, 200, {
            ok: outcome ? outcome.ok : true,
            error: outcome?.error,
            waiting: outcome === null,
            state: session.state(),
          });
          return;
        }
        case '/api/run': {
          // The page's google.script.run: only the add-on's public functions (emulator.run enforces it).
          // A prompt in the call holds the response until the person answers it (/api/answer replays the call).
          let settle;
          const settled = new Promise((resolve) => (settle = resolve));
          const user = session.actingUser();
          session.interact(() => emulator.runAsUser(user, body.name, ...body.args), settle);
          session.changed();
          const result = await settled;
          send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result), {
            'Server-Timing': `app;dur=${(performance.now() - received).toFixed(1)}`,
          });
          return;
        }
        case '/api/user': {
          // "Switch user": act as another person of the team (Session.getActiveUser in the scripts).
          if (!session.users().includes(body.email))
            throw new RequestError(
              400,
              `${body.email} is not one of the people in this calendar. Choose one from the list.`,
            );
          session.user = body.email === emulator.context.userEmail ? null : body.email;
          session.changed();
          sendJson(res, 200, { ok: true, state: session.state() });
          return;
        }
        case '/api/answer': {
          session.answer(body.id, body.button, body.text);
          session.changed();
          sendJson(res, 200, { ok: true, state: session.state() });
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
          // A script waiting for an answer belonged to the old build: end it, so a held page call returns.
          old.pending?.finish({
            ok: false,
            error: 'The preview was rebuilt while the script waited for an answer. Run the command again.',
          });
          old.pending = null;
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
  const holder = { modules, session: null };
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
    try {
      holder.session.persist();
    } catch (error) {
      console.error(`preview: could not write the store: ${errorMessage(error)}`);
    }
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
