/**
 * Least privilege (issue #12): the manifest's oauthScopes are exactly those the bundle's service calls
 * need (every scope used by some call, every call covered by a scope), and the simple triggers run in
 * AuthMode.NONE / LIMITED without a permission error. The scope of each call comes from the
 * emulator's permission table (emulator/runtime/permissions.ts requirementOf, which follows
 * /work/shared/reference/apps-script-engineering.md §3).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';
import { requirementOf } from '../../emulator/runtime/permissions';
import { addon, bundlePath, columnOf, setUp } from './support';

type Node = { type: string; [key: string]: unknown };

/** The Apps Script services a bundle may reference (global names), and the classes whose methods are reached through them. */
const SERVICES = ['SpreadsheetApp', 'HtmlService', 'LockService', 'Utilities', 'Session', 'CalendarApp', 'DriveApp', 'PropertiesService', 'CacheService', 'ScriptApp', 'UrlFetchApp', 'MailApp', 'GmailApp', 'DocumentApp', 'FormApp', 'GroupsApp', 'ContactsApp', 'Logger', 'Calendar'];

/** Every `Service.method` the bundle names (free identifiers only: minification never renames globals). */
function serviceCalls(code: string): { services: Set<string>; calls: Set<string>; members: Set<string> } {
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script' }) as unknown as Node;
  const services = new Set<string>();
  const calls = new Set<string>();
  const members = new Set<string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Node;
    if (n.type === 'MemberExpression') {
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
  return { services, calls, members };
}

const code = readFileSync(bundlePath(), 'utf8');
const manifest = JSON.parse(readFileSync(path.join(path.dirname(bundlePath()), 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
const found = serviceCalls(code);

/** The scope alternatives each call needs (calls on objects the services return are found by member name). */
function needs(): Array<{ call: string; scopes: string[] }> {
  // DriveApp.getFileById of a file the script made (SpreadsheetApp.create) is reachable with drive.file.
  const createsFiles = found.calls.has('SpreadsheetApp.create');
  const list = [...found.calls].map((call) => {
    const [className, method] = call.split('.');
    return { call, scopes: requirementOf(className, method, createsFiles && call === 'DriveApp.getFileById').scopes };
  });
  // Methods reached through returned objects: the Ui (SpreadsheetApp.getUi()) and calendars/events.
  for (const method of ['showSidebar', 'showModalDialog', 'showModelessDialog', 'alert', 'prompt', 'createMenu', 'createAddonMenu']) {
    if (found.members.has(method) && found.calls.has('SpreadsheetApp.getUi')) list.push({ call: `Ui.${method}`, scopes: requirementOf('Ui', method).scopes });
  }
  if (found.services.has('CalendarApp')) {
    for (const method of ['createEvent', 'createAllDayEvent', 'setTitle', 'setDescription', 'setTime', 'deleteEvent']) {
      if (found.members.has(method)) list.push({ call: `CalendarEvent.${method}`, scopes: requirementOf('CalendarEvent', method).scopes });
    }
  }
  // The Advanced Calendar service (`Calendar` global): its collections' methods, found by member name.
  if (found.services.has('Calendar')) {
    for (const [collection, methods] of [['Events', ['list', 'get', 'insert', 'patch', 'remove']], ['Calendars', ['insert', 'get']]] as const) {
      for (const method of methods) {
        if (found.members.has(collection) && found.members.has(method)) list.push({ call: `Calendar.${collection}.${method}`, scopes: requirementOf(`Calendar.${collection}`, method).scopes });
      }
    }
  }
  return list.filter((need) => need.scopes.length > 0);
}

test('the bundle references only the services the shipped features use', () => {
  expect([...found.services].sort()).toEqual(expect.arrayContaining(['HtmlService', 'LockService', 'SpreadsheetApp', 'Utilities']));
  for (const unused of ['MailApp', 'GmailApp', 'DocumentApp', 'FormApp', 'GroupsApp', 'ContactsApp']) expect(found.services.has(unused)).toBe(false);
  // Drive only for files the add-on creates (the stakeholder view's copy), never the whole Drive.
  if (found.services.has('DriveApp')) expect([...found.calls].filter((call) => call.startsWith('DriveApp.'))).toEqual(['DriveApp.getFileById']);
  // UrlFetchApp only for the WoopSocial hand-off (issue #20): plain fetch, never fetchAll of arbitrary URLs.
  expect([...found.calls].filter((call) => call.startsWith('UrlFetchApp.'))).toEqual(['UrlFetchApp.fetch']);
});

test('every service call the bundle makes is covered by a manifest scope', () => {
  const uncovered = needs().filter((need) => !need.scopes.some((scope) => manifest.oauthScopes.includes(scope)));
  expect(uncovered).toEqual([]);
});

test('every manifest scope is needed by some service call (nothing broader than used)', () => {
  const required = needs();
  const unused = manifest.oauthScopes.filter((scope) => !required.some((need) => need.scopes.includes(scope)));
  expect(unused).toEqual([]);
  // Narrow variants where a narrow one exists: never all of Drive; all of Sheets only to create a file.
  expect(manifest.oauthScopes.some((scope) => /auth\/drive($|\.readonly)/.test(scope))).toBe(false);
  if (manifest.oauthScopes.includes('https://www.googleapis.com/auth/spreadsheets')) expect(found.calls.has('SpreadsheetApp.create') || found.calls.has('SpreadsheetApp.openById')).toBe(true);
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
