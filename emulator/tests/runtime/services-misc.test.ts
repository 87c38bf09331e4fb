/** Session (T-06, T-07, E-12), ScriptApp triggers (E-11, Q-03), DriveApp, CalendarApp, Logger/console, wrapService counting. */

import { emulatorWith } from './helpers';

describe('Session', () => {
  test('T-06: script time zone is independent of the spreadsheet time zone', () => {
    const emulator = emulatorWith(
      'function tz() { return [Session.getScriptTimeZone(), SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(), Session.getActiveUserLocale()]; }',
      { scriptTimeZone: 'America/New_York', timeZone: 'Asia/Tokyo', locale: 'pl_PL' },
    );
    expect(emulator.run('tz')).toEqual({ ok: true, value: ['America/New_York', 'Asia/Tokyo', 'pl'] });
  });

  test('E-12/T-07: in FULL the active and effective user is the person; in simple triggers the email is blank', () => {
    const emulator = emulatorWith(`
      function who() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getTemporaryActiveUserKey().length > 10]; }
      function onEdit(e) { Logger.log(Session.getActiveUser().getEmail() + '|' + Session.getEffectiveUser().getEmail()); }
    `);
    expect(emulator.runAsUser('ann@gmail.com', 'who')).toEqual({
      ok: true,
      value: ['ann@gmail.com', 'ann@gmail.com', true],
    });
    emulator.editAsUser('Posts', 'A1', [['x']], { user: 'ann@gmail.com' });
    expect(emulator.logs[0].message).toBe('|');
  });
});

describe('ScriptApp', () => {
  const BUNDLE = `
    function schedule() { return ScriptApp.newTrigger('tick').timeBased().everyHours(1).create().getUniqueId(); }
    function once() { ScriptApp.newTrigger('tick').timeBased().after(10 * 60 * 1000).create(); }
    function list() { return ScriptApp.getProjectTriggers().map(function (t) { return [t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource())]; }); }
    function removeAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); return ScriptApp.getProjectTriggers().length; }
    function tick(e) { Logger.log('tick ' + e.authMode + ' ' + (typeof e.triggerUid) + ' ' + e.minute); }
    function many() { for (var i = 0; i < 21; i++) ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }
    function minutes() { ScriptApp.newTrigger('tick').timeBased().everyMinutes(5).create(); }
    function modes() { return [String(ScriptApp.AuthMode.NONE), String(ScriptApp.AuthMode.LIMITED), ScriptApp.AuthMode.FULL === ScriptApp.AuthMode.FULL,
      String(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus()), ScriptApp.getScriptId().length > 10]; }
  `;
  const start = Date.UTC(2024, 0, 1, 8, 0);

  test('E-11: AuthMode enum members stringify to their names; authorization info', () => {
    expect(emulatorWith(BUNDLE).run('modes')).toEqual({
      ok: true,
      value: ['NONE', 'LIMITED', true, 'NOT_REQUIRED', true],
    });
  });

  test('time-driven triggers: listed per user, fired by runPendingTriggers in FULL with triggerUid, deleted', () => {
    const emulator = emulatorWith(BUNDLE, { now: () => new Date(start) });
    emulator.run('schedule');
    emulator.run('once');
    expect(emulator.run('list')).toEqual({
      ok: true,
      value: [
        ['tick', 'CLOCK', 'CLOCK'],
        ['tick', 'CLOCK', 'CLOCK'],
      ],
    });
    expect(emulator.runAsUser('bob@example.com', 'list')).toEqual({ ok: true, value: [] });
    const runs = emulator.runPendingTriggers({ until: new Date(start + 2 * 3600000) });
    expect(runs.map((r) => r.ok)).toEqual([true, true, true]);
    expect(emulator.logs.map((l) => l.message)).toEqual([
      'tick FULL string 10',
      'tick FULL string 0',
      'tick FULL string 0',
    ]);
    expect(emulator.executions.filter((e) => e.kind === 'time-trigger')).toHaveLength(3);
    expect(emulator.run('removeAll')).toEqual({ ok: true, value: 0 });
  });

  test('Q-03: 20 triggers per user; add-ons cannot run more often than hourly', () => {
    const emulator = emulatorWith(BUNDLE);
    expect(emulator.run('many')).toEqual({
      ok: false,
      error: 'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    });
    expect(emulator.run('minutes')).toMatchObject({ ok: false, error: expect.stringMatching(/at most once per hour/) });
  });

  test('creating triggers from a simple trigger needs authorization', () => {
    const emulator = emulatorWith(`function onOpen() { ScriptApp.newTrigger('x').timeBased().after(1).create(); }`);
    expect(emulator.open().error).toBe(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
  });
});

describe('DriveApp', () => {
  test('files of spreadsheets made with SpreadsheetApp.create: name, url, sharing', () => {
    const emulator = emulatorWith(`
      function make() { return SpreadsheetApp.create('Export 2024').getId(); }
      function share(id) {
        var f = DriveApp.getFileById(id);
        f.addEditor('ann@example.com').addViewer('bob@example.com').addCommenter('cy@example.com').addViewer('ann@example.com');
        f.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
        return [f.getName(), f.getId() === id, /^https:\\/\\//.test(f.getUrl()),
          f.getEditors().map(function (u) { return u.getEmail(); }), f.getViewers().map(function (u) { return u.getEmail(); }),
          String(f.getSharingAccess()), String(f.getSharingPermission())];
      }
      function missing() { DriveApp.getFileById('nope'); }
      function bad(id) { DriveApp.getFileById(id).addEditor('not an email'); }
    `);
    const made = emulator.run('make') as { ok: true; value: string };
    expect(made.ok).toBe(true);
    expect(emulator.run('share', made.value)).toEqual({
      ok: true,
      value: [
        'Export 2024',
        true,
        true,
        ['ann@example.com'],
        ['cy@example.com', 'bob@example.com'],
        'ANYONE_WITH_LINK',
        'VIEW',
      ],
    });
    expect(emulator.run('missing')).toEqual({
      ok: false,
      error:
        'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
    });
    expect(emulator.run('bad', made.value)).toEqual({ ok: false, error: 'Invalid argument: permission.emailAddress' });
  });
});

describe('CalendarApp', () => {
  test('seeded holiday calendars; create, find, edit and delete events; tags', () => {
    const emulator = emulatorWith(`
      function holidays() {
        var c = CalendarApp.getCalendarById('en.polish#holiday@group.v.calendar.google.com');
        return c.getEvents(new Date('2024-12-01T00:00:00Z'), new Date('2025-01-01T00:00:00Z')).map(function (e) { return [e.getTitle(), e.isAllDayEvent(), e.getStartTime().toISOString()]; });
      }
      function plan() {
        var cal = CalendarApp.getDefaultCalendar();
        var e = cal.createEvent('Post: launch', new Date('2024-05-01T09:00:00Z'), new Date('2024-05-01T09:30:00Z'), { description: 'Instagram' });
        e.setTag('postId', 'P-1');
        var found = cal.getEventById(e.getId());
        found.setTitle('Post: launch!').setTime(new Date('2024-05-02T09:00:00Z'), new Date('2024-05-02T10:00:00Z')).setDescription('IG');
        var listed = cal.getEvents(new Date('2024-05-02T00:00:00Z'), new Date('2024-05-03T00:00:00Z'));
        var out = [listed.length, listed[0].getTitle(), listed[0].getDescription(), listed[0].getTag('postId'), listed[0].getTag('nope'), cal.getId()];
        found.deleteEvent();
        out.push(cal.getEventById(e.getId()), CalendarApp.getCalendarsByName('Holidays in Poland').length, CalendarApp.getCalendarById('missing'));
        return out;
      }
      function writeHoliday() { CalendarApp.getCalendarById('en.polish#holiday@group.v.calendar.google.com').createEvent('x', new Date(), new Date()); }
    `);
    emulator.seedCalendar({
      id: 'en.polish#holiday@group.v.calendar.google.com',
      name: 'Holidays in Poland',
      subscribers: ['owner@example.com'],
      events: [
        { title: 'Christmas Day', start: '2024-12-25' },
        { title: 'New Year', start: '2025-01-01' },
      ],
    });
    expect(emulator.run('holidays')).toEqual({
      ok: true,
      value: [['Christmas Day', true, '2024-12-25T00:00:00.000Z']],
    });
    expect(emulator.run('plan')).toEqual({
      ok: true,
      value: [1, 'Post: launch!', 'IG', 'P-1', null, 'owner@example.com', null, 1, null],
    });
    expect(emulator.run('writeHoliday')).toEqual({ ok: false, error: 'Action not allowed' });
  });
});

describe('wrapService and logging', () => {
  test('unimplemented methods throw the Emulator message; calls are counted; chaining keeps counting', () => {
    const emulator = emulatorWith(`
      function gap() { return Utilities.zip([]); }
      function chain() { var o = HtmlService.createHtmlOutput('a').setTitle('t').setWidth(1); o.setHeight(2); }
      function logs() { Logger.log('a %s b', 'x'); Logger.log({ k: 1 }); console.log('c %d', 5); console.warn('w'); }
    `);
    expect(emulator.run('gap')).toEqual({ ok: false, error: 'Emulator: Utilities.zip is not implemented' });
    emulator.stats.reset();
    emulator.run('chain');
    expect(emulator.stats.byMethod).toMatchObject({
      'HtmlService.createHtmlOutput': 1,
      'HtmlOutput.setTitle': 1,
      'HtmlOutput.setWidth': 1,
      'HtmlOutput.setHeight': 1,
    });
    emulator.run('logs');
    expect(emulator.logs.map((l) => [l.level, l.message])).toEqual([
      ['Logger', 'a x b'],
      ['Logger', '{"k":1}'],
      ['log', 'c 5'],
      ['warn', 'w'],
    ]);
  });
});
