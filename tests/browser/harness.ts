/** Browser-test harness: Debian's Chromium through playwright-core, showing the built sidebar and dialogs wired to the built bundle on the emulator, and one suite set-up (launch, check and close) for every browser test file. */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { CreateEmulatorOptions, Emulator } from '../../emulator';
import { createAddonEmulator } from '../../scripts/lib/addon-emulator';
import { googleScriptRunSource } from '../../emulator/client/google-script-run';
import { emulatorTransport } from '../../emulator/client/transport';

/** The Chromium the tests drive (Debian's package; CI installs it). A browser is never downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');

/** The made-up origin the sidebar is served from; every other request is blocked and recorded. */
export const SIDEBAR_ORIGIN = 'https://sidebar.content-calendar.test';

/**
 * Starts headless Chromium. Fails loudly when the browser or the build is missing.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium".`);
  }
  for (const file of ['Code.js', 'Sidebar.html']) {
    if (!existsSync(join(DIST, file))) throw new Error(`dist/${file} is missing: run "npm run build" first.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** What a suite checks after each test: a page never reached out to the network, never opened a dialog, never crashed. */
export interface CheckedSession {
  page: Page;
  externalRequests: string[];
  pageErrors: string[];
  /** Dialogs (alert/confirm/prompt) the page opened, when the session records them. */
  dialogs?: string[];
  close(): Promise<void>;
}

/** A test file's browser and the sessions its tests opened. */
export interface BrowserSuite<S extends CheckedSession> {
  /** The browser, launched before the first test. */
  readonly browser: Browser;
  /** Sessions to check and close after the test (push each one opened). */
  readonly sessions: S[];
}

/**
 * Launches the browser for a test file (closed after its last test) and, after each test, checks and
 * closes every session the test pushed: no outside request, no dialog, no page error, and `check`'s own.
 * @param options `check`: more to assert about each session before it closes.
 */
export function useBrowserSuite<S extends CheckedSession = SidebarSession>(
  options: { check?: (session: S) => Promise<void> | void } = {},
): BrowserSuite<S> {
  let browser: Browser | undefined;
  const sessions: S[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const session of sessions.splice(0)) {
      // Whatever a test did, the page never reached out to the network, never opened a dialog, never crashed.
      expect(session.externalRequests).toEqual([]);
      expect(session.dialogs ?? []).toEqual([]);
      expect(session.pageErrors).toEqual([]);
      await options.check?.(session);
      await session.close();
    }
  });
  return {
    get browser() {
      if (!browser) throw new Error('The browser is launched in beforeAll: use suite.browser inside a test.');
      return browser;
    },
    sessions,
  };
}

/** The built page, as clasp would push it. */
export function builtSidebarHtml(): string {
  return readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
}

/** One sidebar open in a browser page, talking to a calendar on the emulator. */
export interface SidebarSession {
  page: Page;
  emulator: Emulator;
  /** Server calls the page made, in order (name and JSON arguments). */
  calls: Array<{ name: string; args: unknown[] }>;
  /** Requests the page tried to make to anything but the sidebar's own URL (must stay empty). */
  externalRequests: string[];
  /** Dialogs (alert/confirm/prompt) the page opened (must stay empty). */
  dialogs: string[];
  /** Uncaught page errors. */
  pageErrors: string[];
  /** How many times the page called google.script.host.close(). */
  closed: number;
  /** Closes the page. */
  close(): Promise<void>;
}

/** Options for a new calendar. */
export interface CalendarOptions extends CreateEmulatorOptions {
  /** Calendar rows to add before the sidebar opens (through the bundle's own savePost). */
  posts?: Array<Record<string, unknown>>;
}

/** The bundle's public functions per emulator, so the stand-in offers exactly those, like the real runner. */
const FUNCTION_NAMES = new WeakMap<Emulator, string[]>();

/** Set-up calendars by options: loading the bundle takes most of a second, so each is made once and reset. */
const CALENDARS = new Map<string, { emulator: Emulator; state: string }>();

/**
 * A spreadsheet on the emulator with the built bundle loaded, opened (onOpen built the menu) and the
 * calendar set up (setupCalendar). Calendars with the same options are one emulator, reset to the state
 * right after set-up on every call (its spreadsheet, properties, triggers and clock).
 * @param options Emulator options (time zone, locale, ...) and posts to add.
 */
export function createCalendar(options: CalendarOptions = {}): Emulator {
  const { posts = [], ...emulatorOptions } = options;
  const key = JSON.stringify(emulatorOptions);
  let calendar = CALENDARS.get(key);
  if (calendar) {
    calendar.emulator.load(calendar.state);
  } else {
    const emulator = createAddonEmulator({ timeZone: 'Europe/Warsaw', locale: 'en_US', ...emulatorOptions });
    FUNCTION_NAMES.set(emulator, Object.keys(emulator.loadBundle(join(DIST, 'Code.js'))));
    const opened = emulator.open();
    if (!opened.ok) throw new Error(`onOpen failed: ${opened.error}`);
    const setup = emulator.run('setupCalendar');
    if (!setup.ok) throw new Error(`setupCalendar failed: ${setup.error}`);
    calendar = { emulator, state: emulator.save() };
    CALENDARS.set(key, calendar);
  }
  const { emulator } = calendar;
  emulator.spreadsheet.setActive('Calendar', 'A1');
  for (const post of posts) {
    const saved = emulator.run('savePost', post);
    if (!saved.ok || !(saved.value as { ok: boolean }).ok) throw new Error(`savePost failed: ${JSON.stringify(saved)}`);
  }
  return emulator;
}

/** One browser context per browser (new contexts are slow to make); every sidebar is a page in it. */
const CONTEXTS = new WeakMap<Browser, BrowserContext>();

/**
 * Opens the sidebar the way a person does (the menu command runs showPostForm, which serves dist/Sidebar.html)
 * in a new 300-pixel-wide page whose google.script.run calls the bundle on `emulator`.
 * @param browser The browser.
 * @param emulator The calendar.
 * @param options `menu`: the menu caption to click (default `New post…`); `height`: the viewport height.
 */
export async function openSidebar(
  browser: Browser,
  emulator: Emulator,
  options: { menu?: string; height?: number } = {},
): Promise<SidebarSession> {
  const shown = emulator.clickMenu(options.menu ?? 'New post…');
  if (!shown.ok) throw new Error(`The menu command failed: ${shown.error}`);
  const sidebar = emulator.ui.lastSidebar();
  if (!sidebar) throw new Error('The menu command showed no sidebar.');

  let context = CONTEXTS.get(browser);
  if (!context) {
    context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
    CONTEXTS.set(browser, context);
  }
  const page = await context.newPage();
  await page.setViewportSize({ width: sidebar.width, height: options.height ?? 900 });
  const session = newSession(page, emulator);
  await servePage(session, sidebar.html);
  return session;
}

/** A session on a new page, nothing recorded yet. */
function newSession(page: Page, emulator: Emulator): SidebarSession {
  return { page, emulator, calls: [], externalRequests: [], dialogs: [], pageErrors: [], closed: 0, close: () => page.close() };
}

/** How a served page reaches the server: through the bundle (default), a stand-in transport, or not at all. */
export interface ServeOptions {
  /** Answers the page's google.script.run calls in place of the bundle (JSON of `{ ok, value } | { ok: false, error }`). */
  transport?: (name: string, argsJson: string) => Promise<string>;
  /** Serves the page without google.script.run, as a browser outside Apps Script would open it. */
  noServer?: boolean;
}

/**
 * Shows `html` in the session's page at the sidebar's origin, with google.script.run wired to the bundle on
 * the session's emulator (every call recorded), every other request blocked and recorded.
 */
async function servePage(session: SidebarSession, html: string, options: ServeOptions = {}): Promise<void> {
  const { page, emulator } = session;
  page.on('pageerror', (error) => session.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    session.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const transport = options.transport ?? emulatorTransport(emulator);
  if (!options.noServer) {
    await page.exposeFunction('__gasRun', (name: string, argsJson: string) => {
      session.calls.push({ name, args: JSON.parse(argsJson) as unknown[] });
      return transport(name, argsJson);
    });
    await page.exposeFunction('__gasClose', () => {
      session.closed++;
    });
    await page.addInitScript({
      content: googleScriptRunSource({ transport: '__gasRun', closeHook: '__gasClose', functionNames: FUNCTION_NAMES.get(emulator) }),
    });
  }
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === `${SIDEBAR_ORIGIN}/`) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else {
      session.externalRequests.push(url);
      await route.abort();
    }
  });
  await page.goto(`${SIDEBAR_ORIGIN}/`);
}

/**
 * Runs the menu command `menu` and shows the modal dialog it served in a new page of its own, at the size
 * the dialog asked for (downloads accepted), wired like openSidebar.
 * @param browser The browser.
 * @param emulator The calendar.
 * @param menu The menu caption (e.g. `Export…`).
 * @param options How the page reaches the server (see ServeOptions).
 */
export async function openDialog(browser: Browser, emulator: Emulator, menu: string, options: ServeOptions = {}): Promise<SidebarSession> {
  const shown = emulator.clickMenu(menu);
  if (!shown.ok) throw new Error(`${menu} failed: ${shown.error}`);
  const dialog = emulator.ui.dialogs[emulator.ui.dialogs.length - 1];
  if (!dialog) throw new Error(`${menu} showed no dialog.`);
  const page = await browser.newPage({ viewport: { width: dialog.width ?? 560, height: dialog.height ?? 620 }, acceptDownloads: true });
  const session = newSession(page, emulator);
  await servePage(session, dialog.html, options);
  return session;
}

/** The Calendar sheet as display strings: the header row and the post rows. */
export interface CalendarTable {
  header: string[];
  rows: string[][];
  /** The cell under `column` (a header name) in `row` (an index into rows). */
  cell(row: number, column: string): string;
  /** The index into rows of the post with this ID, or -1. */
  findId(id: string): number;
}

/** The Calendar sheet of `emulator`, read through its SpreadsheetApp. */
export function calendarSheet(emulator: Emulator): GoogleAppsScript.Spreadsheet.Sheet {
  const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheetByName('Calendar');
  if (!sheet) throw new Error('The spreadsheet has no Calendar sheet.');
  return sheet;
}

/**
 * Reads the Calendar sheet's header and post rows (rows with any value).
 * @param emulator The calendar.
 */
export function readCalendar(emulator: Emulator): CalendarTable {
  const sheet = calendarSheet(emulator);
  const values = sheet.getDataRange().getDisplayValues();
  const header = values[0].map(String);
  const rows = values.slice(1).filter((row) => row.some((value) => value !== ''));
  const column = (name: string) => {
    const index = header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    if (index < 0) throw new Error(`The Calendar sheet has no ${name} column.`);
    return index;
  };
  return {
    header,
    rows,
    cell: (row, name) => rows[row][column(name)],
    findId: (id) => rows.findIndex((row) => row[column('ID')] === id),
  };
}

/**
 * Injects axe-core into the page and returns its violations (WCAG 2.x A/AA and best practices), as readable lines.
 * @param page The page.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } })
      .axe;
    interface AxeResults {
      violations: Array<{ id: string; help: string; nodes: Array<{ target: string[]; failureSummary?: string }> }>;
    }
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return results.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} (${violation.help}) at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
      ),
    );
  });
}
