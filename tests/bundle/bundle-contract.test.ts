/** The built dist/Code.js evaluates on bare V8 and exposes every entry point as a top-level function. */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { DIST, readBundle } from '../support/dist';
import { assignedGlobals, checkBundle, menuCallbacks } from './contract';

const code = readBundle();
const globals = assignedGlobals(code);
const SIDEBAR_CALLS = ['getFormContext', 'savePost', 'checkPost'];

test('the bundle assigns the triggers, menu commands and sidebar calls to globalThis', () => {
  for (const name of ['onOpen', 'onInstall', 'onEdit', 'setupCalendar', 'showPostForm', 'checkAllPosts', ...SIDEBAR_CALLS]) {
    expect(globals).toContain(name);
  }
});

test('every assigned global and every menu callback is a top-level function of the bundle', () => {
  const required = [...new Set([...globals, ...menuCallbacks(code, 'NONE'), ...menuCallbacks(code, 'LIMITED'), ...SIDEBAR_CALLS])];
  expect(checkBundle(code, required)).toEqual([]);
});

test('the contract fails when an entry point is removed from the stub list', () => {
  const withoutStub = code.replace(/^function savePost\(\)\{\}$/m, '');
  expect(withoutStub).not.toEqual(code);
  expect(checkBundle(withoutStub, globals)).toContain(
    'savePost is not a top-level function declaration (Apps Script cannot see it)',
  );
});

test('the contract rejects regular-expression flags newer than ES2020', () => {
  expect(checkBundle(`${code}\nvar r = /a/v;`, []).join(' ')).toMatch(/does not parse|flag "v"/);
  expect(checkBundle(`${code}\nvar r = new RegExp("a", "v");`, [])).toContain('new RegExp(..., "v") with flag "v"');
});

test('the bundle does not evaluate if it touches a Node or browser global at load time', () => {
  expect(checkBundle(`${code}\nURL.length;`, []).join(' ')).toMatch(/URL is not defined/);
});

test('the manifest in dist/ is V8 with explicit scopes and a time zone', () => {
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'));
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  expect(typeof manifest.timeZone).toBe('string');
  expect(manifest.oauthScopes).toEqual(
    expect.arrayContaining([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]),
  );
});

test('each page is one self-contained HTML file with no external requests', () => {
  const page = path.join(DIST, 'Sidebar.html');
  expect(existsSync(page)).toBe(true);
  const html = readFileSync(page, 'utf8');
  expect(html).not.toMatch(/<script[^>]+src=/i);
  expect(html).not.toMatch(/<link[^>]+href=/i);
  expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
  expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
  expect(html).not.toMatch(/@import/i);
});
