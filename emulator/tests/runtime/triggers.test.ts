/** Trigger events and menus: onOpen (E-01, E-08), onEdit (E-02, E-05), menus (U-02..U-04), simple-trigger limits (E-06, E-12). */

import { emulatorWith } from './helpers';

const BUNDLE = `
var seen = [];
function onOpen(e) {
  var menu = SpreadsheetApp.getUi().createAddonMenu()
    .addItem('Open post form', 'showForm')
    .addSeparator()
    .addSubMenu(SpreadsheetApp.getUi().createMenu('Export').addItem('Export CSV', 'exportCsv'));
  if (e && e.authMode !== ScriptApp.AuthMode.NONE) menu.addItem('Check all posts', 'checkAll');
  menu.addToUi();
  Logger.log('onOpen ' + e.authMode + ' user=[' + e.user.getEmail() + '] source=' + (e.source ? e.source.getName() : 'none'));
}
function onEdit(e) {
  Logger.log(JSON.stringify({ mode: String(e.authMode), a1: e.range.getA1Notation(), value: e.value, oldValue: e.oldValue,
    hasOld: 'oldValue' in e, user: e.user.getEmail(), isLimited: e.authMode === ScriptApp.AuthMode.LIMITED }));
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Posts').getRange('B1').setValue('checked');
}
function showForm() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>form</p>').setTitle('New post')); }
function exportCsv() { Logger.log('export as ' + Session.getActiveUser().getEmail()); }
function checkAll() { Logger.log('check'); }
function readProps() { return PropertiesService.getDocumentProperties().getProperty('x'); }
function onOpenReadsProps(e) { PropertiesService.getDocumentProperties(); }
function calendarFromTrigger() { return CalendarApp.getDefaultCalendar().getName(); }
`;

describe('onOpen', () => {
  test('E-01: runs as a simple trigger in LIMITED with authMode enum, source and user; builds the add-on menu (U-03)', () => {
    const emulator = emulatorWith(BUNDLE);
    const outcome = emulator.open();
    expect(outcome).toMatchObject({ ran: true, ok: true });
    expect(emulator.logs.map((l) => l.message)).toEqual(['onOpen LIMITED user=[] source=Untitled spreadsheet']);
    expect(emulator.menus).toHaveLength(1);
    const [menu] = emulator.menus;
    // The default add-on name is Apps Script's name for a new project; callers pass their own (addonName).
    expect(menu).toMatchObject({ caption: 'Untitled project', location: 'extensions', requestedCaption: null });
    expect(menu.items).toEqual([
      { type: 'item', caption: 'Open post form', functionName: 'showForm' },
      { type: 'separator' },
      {
        type: 'submenu',
        caption: 'Export',
        items: [{ type: 'item', caption: 'Export CSV', functionName: 'exportCsv' }],
      },
      { type: 'item', caption: 'Check all posts', functionName: 'checkAll' },
    ]);
    expect(emulator.executions[0]).toMatchObject({
      kind: 'simple-trigger',
      authMode: 'LIMITED',
      limitMs: 30000,
      ok: true,
    });
  });

  test('E-08: in AuthMode.NONE the menu still builds, the event has no source', () => {
    const emulator = emulatorWith(BUNDLE);
    emulator.open({ authMode: 'NONE' });
    expect(emulator.logs[0].message).toBe('onOpen NONE user=[] source=none');
    expect(emulator.menus[0].items.map((i) => (i.type === 'item' ? i.caption : i.type))).toEqual([
      'Open post form',
      'separator',
      'submenu',
    ]);
  });

  test('E-08: PropertiesService and document data fail in AuthMode.NONE', () => {
    const emulator = emulatorWith(
      BUNDLE.replace('function onOpenReadsProps', 'function onOpenX').replace(
        'function onOpen(e)',
        'function onOpenOld(e)',
      ) + '\nfunction onOpen(e) { PropertiesService.getDocumentProperties(); }',
    );
    const outcome = emulator.open({ authMode: 'NONE' });
    expect(outcome).toMatchObject({
      ok: false,
      error: 'You do not have permission to call PropertiesService.getDocumentProperties',
    });
    const sheetRead = emulatorWith('function onOpen(e) { SpreadsheetApp.getActiveSpreadsheet(); }');
    expect(sheetRead.open({ authMode: 'NONE' }).error).toBe(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
    expect(emulatorWith('function onOpen(e) { PropertiesService.getDocumentProperties(); }').open().ok).toBe(true);
  });

  test('U-02: createMenu under an add-on shows the add-on name; as a bound script the caption', () => {
    const code = `function onOpen() { SpreadsheetApp.getUi().createMenu('Calendar').addItem('Go', 'go').addToUi(); }`;
    expect(emulatorWith(code).open() && emulatorWith(code).menus).toBeDefined();
    const addon = emulatorWith(code, { addonName: 'Team Planner' });
    addon.open();
    expect(addon.menus[0]).toMatchObject({
      caption: 'Team Planner',
      requestedCaption: 'Calendar',
      location: 'extensions',
    });
    const bound = emulatorWith(code, { isAddon: false });
    bound.open();
    expect(bound.menus[0]).toMatchObject({ caption: 'Calendar', location: 'menubar' });
  });
});

describe('menus', () => {
  test('U-04: clickMenu runs the bound function in AuthMode.FULL as a new execution; sub-menu paths work', () => {
    const emulator = emulatorWith(BUNDLE);
    emulator.open();
    expect(emulator.clickMenu('Open post form')).toMatchObject({ ran: true, ok: true });
    expect(emulator.ui.sidebars).toEqual([
      expect.objectContaining({ title: 'New post', html: '<p>form</p>', width: 300 }),
    ]);
    emulator.clickMenu('Export > Export CSV');
    expect(emulator.logs[emulator.logs.length - 1].message).toBe('export as owner@example.com');
    expect(emulator.executions.slice(-2).map((e) => [e.kind, e.authMode])).toEqual([
      ['menu', 'FULL'],
      ['menu', 'FULL'],
    ]);
    expect(() => emulator.clickMenu('Nope')).toThrow(/no menu item "Nope"/);
  });

  test('a menu item naming a missing function fails with "Script function not found"', () => {
    const emulator = emulatorWith(
      `function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem('Ghost', 'ghost').addToUi(); }`,
    );
    emulator.open();
    expect(emulator.clickMenu('Ghost')).toMatchObject({ ok: false, error: 'Script function not found: ghost' });
  });
});

describe('onEdit', () => {
  test('E-02: a person typing into one cell fires onEdit with range, value, oldValue, LIMITED, blank user (E-12)', () => {
    const emulator = emulatorWith(BUNDLE);
    const first = emulator.editAsUser('Posts', 'A2', [['10']]);
    expect(first).toMatchObject({ simple: { ran: true, ok: true } });
    expect(JSON.parse(emulator.logs[0].message)).toEqual({
      mode: 'LIMITED',
      a1: 'A2',
      value: '10',
      hasOld: false,
      user: '',
      isLimited: true,
    });
    emulator.editAsUser('Posts', 'A2', [['11']]);
    expect(JSON.parse(emulator.logs[1].message)).toMatchObject({ value: '11', oldValue: '10', hasOld: true });
  });

  test('E-05: script writes (the onEdit handler setValue) never fire onEdit', () => {
    const emulator = emulatorWith(BUNDLE);
    emulator.editAsUser('Posts', 'A2', [['x']]);
    expect(emulator.logs).toHaveLength(1);
    expect(emulator.executions).toHaveLength(1);
    emulator.run('checkAll');
    expect(emulator.executions.filter((e) => e.functionName === 'onEdit')).toHaveLength(1);
  });

  test('a rejected edit does not run onEdit', () => {
    const emulator = emulatorWith(BUNDLE);
    expect(emulator.editAsUser('Missing', 'A1', [['x']])).toEqual({ rejected: 'No sheet named Missing.' });
    expect(emulator.executions).toHaveLength(0);
  });

  test('E-12: a same-domain Workspace user is revealed in simple triggers', () => {
    const emulator = emulatorWith(BUNDLE, { userEmail: 'ann@agency.example', developerEmail: 'dev@agency.example' });
    emulator.editAsUser('Posts', 'A1', [['x']]);
    expect(JSON.parse(emulator.logs[0].message).user).toBe('ann@agency.example');
  });

  test('E-06: services that need authorization fail from simple triggers with the permission error', () => {
    const emulator = emulatorWith('function onEdit(e) { CalendarApp.getDefaultCalendar(); }');
    const outcome = emulator.editAsUser('Posts', 'A1', [['x']]);
    expect(outcome).toMatchObject({
      simple: {
        ok: false,
        error:
          'You do not have permission to call CalendarApp.getDefaultCalendar. Required permissions: (https://www.googleapis.com/auth/calendar.readonly || https://www.googleapis.com/auth/calendar || https://www.google.com/calendar/feeds)',
      },
    });
    const drive = emulatorWith('function onEdit(e) { DriveApp.getFileById("x"); }');
    expect((drive.editAsUser('Posts', 'A1', [['x']]) as { simple: { error: string } }).simple.error).toMatch(
      /^You do not have permission to call DriveApp.getFileById/,
    );
    const sidebar = emulatorWith(
      `function onOpen() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('x')); }`,
    );
    expect(sidebar.open().error).toBe(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
  });

  test('Q-02: a simple trigger running past 30 s stops at its next service call', () => {
    const emulator = emulatorWith(
      'function onEdit(e) { Utilities.sleep(20000); Utilities.sleep(20000); Logger.log("late"); }',
    );
    const outcome = emulator.editAsUser('Posts', 'A1', [['x']]) as { simple: { ok: boolean; error?: string } };
    expect(outcome.simple).toMatchObject({ ok: false, error: 'Exceeded maximum execution time' });
    expect(emulator.logs).toHaveLength(0);
  });

  test('installable onEdit triggers run in FULL as their creator, with triggerUid', () => {
    const emulator = emulatorWith(`
      function install() { ScriptApp.newTrigger('handle').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create(); }
      function handle(e) { Logger.log(e.authMode + ' ' + (typeof e.triggerUid) + ' ' + Session.getEffectiveUser().getEmail() + ' ' + e.user.getEmail()); }
    `);
    expect(emulator.run('install')).toEqual({ ok: true, value: null });
    const outcome = emulator.editAsUser('Posts', 'A1', [['x']], { user: 'editor@example.com' }) as {
      installable: Array<{ ok: boolean }>;
    };
    expect(outcome.installable).toEqual([expect.objectContaining({ ok: true })]);
    expect(emulator.logs[0].message).toBe('FULL string owner@example.com editor@example.com');
  });
});

describe('manifest scopes', () => {
  test('explicit oauthScopes: a service outside them fails even in FULL (engineering §3)', () => {
    const manifest = JSON.stringify({
      timeZone: 'Etc/UTC',
      oauthScopes: [
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/script.container.ui',
      ],
    });
    const emulator = emulatorWith(
      'function who() { return Session.getActiveUser().getEmail(); } function name() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }',
      {},
      { 'appsscript.json': manifest },
    );
    expect(emulator.run('name')).toEqual({ ok: true, value: 'Untitled spreadsheet' });
    expect(emulator.run('who')).toEqual({
      ok: false,
      error:
        'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    });
    expect(emulator.context.scriptTimeZone).toBe('Etc/UTC');
  });
});
