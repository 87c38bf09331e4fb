/**
 * Least privilege (issues #12, #16): the manifest's oauthScopes are exactly those the bundle's service calls
 * need (every scope used by some call, every call covered by a scope), the advanced services it enables
 * are exactly those it calls, and the simple triggers run in AuthMode.NONE / LIMITED without a permission
 * error. The scope of each call comes from the emulator's authorization table
 * (emulator/runtime/permissions.ts AUTHORIZATION: one row per method, from the "Authorization" block of
 * the method's page in Google's reference, with its URL).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';
import { AUTHORIZATION, authorizationOf, requirementOf } from '../../emulator/runtime/permissions';
import { addon, bundlePath, columnOf, setUp } from './support';

type Node = { type: string; [key: string]: unknown };

/** The Apps Script services a bundle may reference (global names), and the classes whose methods are reached through them. */
const SERVICES = ['SpreadsheetApp', 'HtmlService', 'LockService', 'Utilities', 'Session', 'CalendarApp', 'DriveApp', 'PropertiesService', 'CacheService', 'ScriptApp', 'UrlFetchApp', 'MailApp', 'GmailApp', 'DocumentApp', 'FormApp', 'GroupsApp', 'ContactsApp', 'Logger'];
/** The advanced services' default user symbols: their calls are dotted paths (`Sheets.Spreadsheets.Values.update`). */
const ADVANCED = ['Sheets', 'Drive', 'Calendar'];

/** `Sheets.Spreadsheets.create` for a member chain rooted at an advanced service's identifier, else null. */
function chainOf(node: Node): string | null {
  if (node.type === 'Identifier') return ADVANCED.includes(node.name as string) ? (node.name as string) : null;
  if (node.type !== 'MemberExpression' || node.computed) return null;
  const head = chainOf(node.object as Node);
  const property = node.property as Node;
  return head && property.type === 'Identifier' ? `${head}.${property.name as string}` : null;
}

/** Every `Service.method` the bundle names (free identifiers only: minification never renames globals). */
function serviceCalls(code: string): { services: Set<string>; calls: Set<string>; members: Set<string>; advanced: Set<string> } {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script' }) as unknown as Node;
  const services = new Set<string>();
  const calls = new Set<string>();
  const members = new Set<string>();
  const advanced = new Set<string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Node;
    if (n.type === 'MemberExpression') {
      const chain = chainOf(n);
      if (chain && chain.split('.').length >= 3) advanced.add(chain);
      const object = n.object as Node;
      const property = n.property as Node;
      const name = !n.computed && property.type === 'Identifier' ? (property.name as string) : null;
      if (name) members.add(name);
      if (object.type === 'Identifier' && SERVICES.includes(object.name as string)) {
        services.add(object.name as string);
        if (name) calls.add(`${object.name as string}.${name}`);
      }
    } else if (n.type === 'Identifier' && SERVICES.includes(n.name as string)) {
      services.add(n.name as string);
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'type' && value && typeof value === 'object') visit(value);
  };
  visit(ast);
  // Keep the full paths only (`Sheets.Spreadsheets.Values.update`, not `Sheets.Spreadsheets.Values`).
  for (const chain of [...advanced]) if ([...advanced].some((other) => other.startsWith(`${chain}.`))) advanced.delete(chain);
  return { services, calls, members, advanced };
}

const code = readFileSync(bundlePath(), 'utf8');
const manifest = JSON.parse(readFileSync(path.join(path.dirname(bundlePath()), 'appsscript.json'), 'utf8')) as {
  oauthScopes: string[];
  dependencies?: { enabledAdvancedServices?: Array<{ userSymbol: string; serviceId: string; version: string }> };
};
const found = serviceCalls(code);

/** The scope alternatives each call needs (calls on objects the services return are found by member name). */
function needs(): Array<{ call: string; scopes: string[] }> {
  // Enum properties (`SpreadsheetApp.ProtectionType`, `Utilities.Charset`) are values, not calls.
  const list = [...found.calls].filter((call) => !/\.[A-Z]/.test(call)).map((call) => {
    const [className, method] = call.split('.');
    return { call, scopes: requirementOf(className, method).scopes };
  });
  for (const call of found.advanced) list.push({ call, scopes: authorizationOf(call.slice(0, call.lastIndexOf('.')), call.slice(call.lastIndexOf('.') + 1))?.scopes ?? ['(not in the table)'] });
  // Methods reached through returned objects: the Ui (SpreadsheetApp.getUi()) and calendars/events.
  for (const method of ['showSidebar', 'showModalDialog', 'showModelessDialog', 'alert', 'prompt', 'createMenu', 'createAddonMenu']) {
    if (found.members.has(method) && found.calls.has('SpreadsheetApp.getUi')) list.push({ call: `Ui.${method}`, scopes: requirementOf('Ui', method).scopes });
  }
  if (found.services.has('CalendarApp')) {
    for (const method of ['createEvent', 'createAllDayEvent', 'setTitle', 'setDescription', 'setTime', 'deleteEvent']) {
      if (found.members.has(method)) list.push({ call: `CalendarEvent.${method}`, scopes: requirementOf('CalendarEvent', method).scopes });
    }
  }
  return list.filter((need) => need.scopes.length > 0);
}

test('the bundle references only the services the shipped features use', () => {
  expect([...found.services].sort()).toEqual(expect.arrayContaining(['HtmlService', 'LockService', 'SpreadsheetApp', 'Utilities']));
  for (const unused of ['GmailApp', 'DocumentApp', 'FormApp', 'GroupsApp', 'ContactsApp']) expect(found.services.has(unused)).toBe(false);
  // DriveApp needs drive or drive.readonly for any file (issue #16): the add-on shares through the Drive API.
  expect(found.services.has('DriveApp')).toBe(false);
  expect(found.calls.has('SpreadsheetApp.create') || found.calls.has('SpreadsheetApp.openById')).toBe(false);
  // UrlFetchApp only for the WoopSocial hand-off (issue #20): plain fetch, never fetchAll of arbitrary URLs.
  expect([...found.calls].filter((call) => call.startsWith('UrlFetchApp.'))).toEqual(['UrlFetchApp.fetch']);
});

test('every service call the bundle makes has its own row in the authorization table, citing Google\'s reference', () => {
  const calls = [...found.calls, ...found.advanced];
  const unlisted = calls.filter((call) => !(call in AUTHORIZATION) && !/^[A-Za-z]+\.[A-Z]/.test(call));
  expect(unlisted).toEqual([]);
  for (const [key, row] of Object.entries(AUTHORIZATION)) {
    expect([key, row.url]).toEqual([key, expect.stringMatching(/^https:\/\/developers\.google\.com\/(apps-script\/reference|workspace)\//)]);
    for (const scope of row.scopes) expect([key, scope]).toEqual([key, expect.stringMatching(/^https:\/\/(www\.googleapis\.com\/auth\/|mail\.google\.com\/|www\.google\.com\/calendar\/feeds)/)]);
  }
  // DriveApp never accepts drive.file, even for a file the script created (Google's DriveApp pages).
  expect(Object.entries(AUTHORIZATION).filter(([key, row]) => /^(DriveApp|File)\./.test(key) && row.scopes.some((s) => s.endsWith('drive.file')))).toEqual([]);
});

test('the manifest enables exactly the advanced services the bundle calls', () => {
  const enabled = (manifest.dependencies?.enabledAdvancedServices ?? []).map((service) => service.userSymbol).sort();
  const used = [...new Set([...found.advanced].map((call) => call.split('.')[0]))].sort();
  expect(enabled).toEqual(used);
});

test('every service call the bundle makes is covered by a manifest scope', () => {
  const uncovered = needs().filter((need) => !need.scopes.some((scope) => manifest.oauthScopes.includes(scope)));
  expect(uncovered).toEqual([]);
});

test('every manifest scope is needed by some service call (nothing broader than used)', () => {
  const required = needs();
  const unused = manifest.oauthScopes.filter((scope) => !required.some((need) => need.scopes.includes(scope)));
  expect(unused).toEqual([]);
  // Narrow variants where a narrow one exists: never all of Drive, never all of Sheets (issue #16).
  expect(manifest.oauthScopes.some((scope) => /auth\/drive($|\.readonly)/.test(scope))).toBe(false);
  expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
});

test('onOpen builds the menu in AuthMode.NONE and LIMITED, and onEdit runs in LIMITED, without a permission error', () => {
  const emulator = addon();
  const none = emulator.open({ authMode: 'NONE' });
  expect(none).toMatchObject({ ran: true, ok: true });
  expect(emulator.menus.length).toBeGreaterThan(0);
  expect(emulator.open({ authMode: 'LIMITED' })).toMatchObject({ ran: true, ok: true });
  setUp(emulator);
  const caption = columnOf(emulator, 'Caption');
  const edit = emulator.editAsUser('Calendar', `A2:${String.fromCharCode(64 + caption)}2`, [['', '2026-12-01', '10:00', '', 'X', 'Text', '', 'Typed by hand']]);
  expect(edit.rejected).toBeUndefined();
  expect(edit.rejected === undefined && edit.simple).toMatchObject({ ran: true, ok: true });
  const simple = emulator.executions.filter((execution) => execution.kind === 'simple-trigger');
  expect(simple.length).toBeGreaterThanOrEqual(3);
  expect(simple.filter((execution) => execution.error)).toEqual([]);
  expect(emulator.logs.filter((entry) => /permission/i.test(JSON.stringify(entry)))).toEqual([]);
});
