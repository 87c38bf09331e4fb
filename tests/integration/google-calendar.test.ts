/** Google Calendar on the built bundle (issue #16 breaks 2, 3 and 7; issue #15 item 8): holidays from unsubscribed public calendars, the sync into the add-on's own calendar under Calendar's burst limit, and consent from the Export dialog. */
import ICAL from 'ical.js';
import { CALENDAR_COLUMNS } from '../../src/domain/post';
import type { CreateEmulatorOptions, Emulator } from '../../emulator';
import type { CalendarChoices, CalendarSyncResult } from '../../src/shared/export-contract';
import { call, clickMenu, inspect, loadAddon, menuCaption, setUpCalendar } from '../support/calendar-harness';

const NOW = () => new Date('2026-11-26T10:00:00Z');
const HOLIDAYS = 'en.polish#holiday@group.v.calendar.google.com';
const APP_CREATED = 'https://www.googleapis.com/auth/calendar.app.created';
const PUBLIC_EVENTS = 'https://www.googleapis.com/auth/calendar.events.public.readonly';
type Column = (typeof CALENDAR_COLUMNS)[number];
type Synced = Extract<CalendarSyncResult, { ok: true }>;

/** What the emulator stores of an event (with the Calendar API's private extended properties). */
interface StoredEvent {
  id: string;
  title: string;
  start: number;
  end: number;
  allDay: boolean;
  description: string;
  privateProperties?: Record<string, string>;
}

function ready(options: CreateEmulatorOptions = {}): Emulator {
  const emulator = loadAddon({ now: NOW, ...options });
  setUpCalendar(emulator);
  return emulator;
}

/** Writes rows under the header in one call, as a paste would. */
function seed(emulator: Emulator, posts: Array<Partial<Record<Column, string>>>): void {
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Calendar')!;
    if (sheet.getMaxRows() < posts.length + 1) sheet.insertRowsAfter(sheet.getMaxRows(), posts.length + 1 - sheet.getMaxRows());
    sheet.getRange(2, 1, posts.length, CALENDAR_COLUMNS.length).setValues(posts.map((post) => CALENDAR_COLUMNS.map((name) => post[name] ?? '')));
  });
}

/** The emulator's calendars (saved state). */
function calendars(emulator: Emulator): Array<{ id: string; name: string; owner: string; createdByApp?: boolean; events: StoredEvent[] }> {
  return (JSON.parse(emulator.save()) as { calendars: { calendars: ReturnType<typeof calendars> } }).calendars.calendars;
}

/** The events of the calendar the add-on made. */
function planEvents(emulator: Emulator): StoredEvent[] {
  return calendars(emulator).find((calendar) => calendar.createdByApp)?.events ?? [];
}

const postOf = (event: StoredEvent) => event.privateProperties?.contentCalendarPostId;
const sync = (emulator: Emulator) => call<CalendarSyncResult>(emulator, 'syncToGoogleCalendar', { fromDialog: true });

describe('holiday import (break 2, issue #15 item 8)', () => {
  function seedHolidays(emulator: Emulator, titles: string[]): void {
    emulator.seedCalendar({
      id: HOLIDAYS,
      name: 'Holidays in Poland',
      timeZone: 'Europe/Warsaw',
      owner: '',
      events: titles.map((title, i) => ({ title, start: `2026-12-${String(24 + i).padStart(2, '0')}` })),
    });
  }

  test('reads a public holiday calendar the user never subscribed to (CalendarApp would return null), titles as text', () => {
    const emulator = ready();
    seedHolidays(emulator, ['Christmas Eve', '=HYPERLINK("https://evil.example","Christmas Day")', '+Boxing Day']);
    emulator.ui.queuePrompt({ button: 'OK', text: 'pl' });
    clickMenu(emulator, menuCaption(emulator, 'importHolidays'));
    expect(emulator.ui.alerts).toEqual([]);
    const [values, formulas] = inspect(emulator, (ss) => {
      const range = ss.getSheetByName('Events')!.getDataRange();
      return [range.getValues(), range.getFormulas()];
    });
    const names = values.slice(1).map((row) => row[1]);
    expect(names).toEqual(['Christmas Eve', '=HYPERLINK("https://evil.example","Christmas Day")', '+Boxing Day']);
    expect(formulas.flat().filter(Boolean)).toEqual([]);
    expect(emulator.ui.toasts[emulator.ui.toasts.length - 1].message).toMatch(/Added 3 holidays for Poland/);
  });

  test('reads every page of a long calendar, and a country Google has no calendar for gets a clear alert', () => {
    const emulator = ready();
    emulator.seedCalendar({
      id: HOLIDAYS,
      name: 'Holidays in Poland',
      owner: '',
      events: Array.from({ length: 2600 }, (_, i) => ({ title: `Day ${i}`, start: new Date(Date.UTC(2026, 11, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10) })),
    });
    emulator.ui.queuePrompt({ button: 'OK', text: 'PL' });
    clickMenu(emulator, menuCaption(emulator, 'importHolidays'));
    expect(inspect(emulator, (ss) => ss.getSheetByName('Events')!.getLastRow())).toBe(2601);

    emulator.ui.queuePrompt({ button: 'OK', text: 'DE' });
    clickMenu(emulator, menuCaption(emulator, 'importHolidays'));
    expect(emulator.ui.alerts[emulator.ui.alerts.length - 1].prompt).toMatch(/no public holiday calendar for Germany at the moment/);
  });
});

describe('Google Calendar sync (break 3)', () => {
  const POSTS: Array<Partial<Record<Column, string>>> = [
    { ID: 'P-00000001', Date: '2026-12-01', Time: '09:00', Platform: 'X', Caption: 'Launch day', Status: 'Scheduled' },
    { ID: 'P-00000002', Date: '2026-12-02', Time: '18:30', 'Time zone': 'America/New_York', Platform: 'LinkedIn', Caption: 'Recap', Status: 'Approved' },
    { ID: 'P-00000003', Date: '2026-12-03', Platform: 'Instagram', Caption: 'All day', Status: 'Published' },
    { ID: 'P-00000004', Date: '2026-12-04', Time: '09:00', Platform: 'X', Caption: 'Only a draft', Status: 'Draft' },
    { Date: '2026-12-05', Time: '09:00', Platform: 'X', Caption: 'No ID yet', Status: 'Scheduled' },
  ];

  test('syncs into a calendar of its own with calendar.app.created: updates, no duplicates, zones, all-day, removals', () => {
    const emulator = ready();
    seed(emulator, POSTS);
    const choices = call<CalendarChoices>(emulator, 'getCalendarChoices');
    expect(choices).toMatchObject({ isNew: true, calendars: [{ id: '', name: expect.stringMatching(/^Content Calendar: /) }] });

    const first = sync(emulator) as Synced;
    expect(first).toMatchObject({ ok: true, created: 3, updated: 0, unchanged: 0, removed: 0, remaining: 0 });
    expect(first.skipped).toEqual([expect.objectContaining({ sheetRow: 6, reason: expect.stringMatching(/no post ID/) })]);
    const made = calendars(emulator).filter((calendar) => calendar.createdByApp);
    expect(made).toHaveLength(1);
    expect(made[0].id).toBe(first.calendarId);
    let list = planEvents(emulator);
    const launch = list.find((event) => postOf(event) === 'P-00000001')!;
    expect(new Date(launch.start).toISOString()).toBe('2026-12-01T08:00:00.000Z'); // 09:00 in Warsaw
    expect(launch.title).toBe('[X] Launch day');
    expect(new Date(list.find((event) => postOf(event) === 'P-00000002')!.start).toISOString()).toBe('2026-12-02T23:30:00.000Z');
    expect(list.find((event) => postOf(event) === 'P-00000003')!.allDay).toBe(true);
    expect(call<CalendarChoices>(emulator, 'getCalendarChoices')).toMatchObject({ isNew: false, selectedId: first.calendarId });

    // Unchanged posts cost no Calendar write: one calendars.get and one events.list.
    emulator.stats.reset();
    expect(sync(emulator)).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 3, removed: 0 });
    const calendarCalls = emulator.stats.log.filter((c) => c.className.startsWith('Calendar.')).map((c) => `${c.className}.${c.method}`);
    expect(calendarCalls).toEqual(['Calendar.Calendars.get', 'Calendar.Events.list']);

    // Move the launch to 11:15, change the recap, make the all-day post timed: still three events.
    inspect(emulator, (ss) => {
      const sheet = ss.getSheetByName('Calendar')!;
      sheet.getRange(2, CALENDAR_COLUMNS.indexOf('Time') + 1).setValue('11:15');
      sheet.getRange(3, CALENDAR_COLUMNS.indexOf('Caption') + 1).setValue('Recap, updated');
      sheet.getRange(4, CALENDAR_COLUMNS.indexOf('Time') + 1).setValue('12:00');
    });
    expect(sync(emulator)).toMatchObject({ ok: true, created: 0, updated: 3, unchanged: 0 });
    list = planEvents(emulator);
    expect(list).toHaveLength(3);
    expect(new Date(list.find((event) => postOf(event) === 'P-00000001')!.start).toISOString()).toBe('2026-12-01T10:15:00.000Z');
    expect(list.find((event) => postOf(event) === 'P-00000002')!.description).toMatch(/^Recap, updated/);
    expect(list.find((event) => postOf(event) === 'P-00000003')!.allDay).toBe(false);

    // A post moved back to Draft loses its event; the menu command toasts.
    inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.getRange(3, CALENDAR_COLUMNS.indexOf('Status') + 1).setValue('Draft'));
    clickMenu(emulator, 'Sync to Google Calendar…');
    expect(emulator.ui.toasts[emulator.ui.toasts.length - 1].message).toMatch(/0 created, 0 updated, 2 unchanged, 1 removed/);
    expect(planEvents(emulator).map(postOf).sort()).toEqual(['P-00000001', 'P-00000003']);
    // Nothing was written to the person's own (primary) calendar.
    expect(calendars(emulator).filter((calendar) => !calendar.createdByApp).flatMap((calendar) => calendar.events)).toEqual([]);
  });

  test('a synced event says what the iCalendar export says, media included', () => {
    const emulator = ready();
    const media = 'https://example.com/launch.jpg\nhttps://example.com/launch-2.jpg';
    seed(emulator, [{ ID: 'P-00000001', Date: '2026-12-01', Time: '09:00', Platform: 'Instagram', Format: 'Carousel', Caption: 'Launch day', Media: media, Status: 'Scheduled' }]);
    expect(sync(emulator)).toMatchObject({ ok: true, created: 1 });
    const [event] = planEvents(emulator);
    expect(event.description).toContain(`Media:\n${media}`);
    const file = call<{ ok: boolean; content: string }>(emulator, 'exportPosts', { target: 'icalendar', onlyPassing: false });
    expect(file.ok).toBe(true);
    const [exported] = new ICAL.Component(ICAL.parse(file.content)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(exported.description).toBe(event.description);
    expect(exported.summary).toBe(event.title);
  });

  test('an event deleted by hand is made again; a calendar deleted by hand is made again', () => {
    const emulator = ready();
    seed(emulator, POSTS.slice(0, 2));
    const first = sync(emulator) as Synced;
    const state = JSON.parse(emulator.save());
    const own = state.calendars.calendars.find((calendar: { id: string }) => calendar.id === first.calendarId);
    own.events = own.events.filter((event: StoredEvent) => event.privateProperties?.contentCalendarPostId !== 'P-00000001');
    emulator.load(JSON.stringify(state));
    expect(sync(emulator)).toMatchObject({ created: 1, unchanged: 1 });
    expect(planEvents(emulator)).toHaveLength(2);

    const gone = JSON.parse(emulator.save());
    gone.calendars.calendars = gone.calendars.calendars.filter((calendar: { id: string }) => calendar.id !== first.calendarId);
    emulator.load(JSON.stringify(gone));
    const again = sync(emulator) as Synced;
    expect(again).toMatchObject({ ok: true, created: 2 });
    expect(again.calendarId).not.toBe(first.calendarId);
  });

  test('a burst refused by Calendar is waited out (1 s, 2 s, 4 s …) within the run', () => {
    const emulator = ready({ calendarBurst: { limit: 10, windowMs: 20_000 } });
    seed(emulator, Array.from({ length: 30 }, (_, i) => ({ ID: `P-${String(i + 1).padStart(8, '0')}`, Date: '2026-12-10', Time: '10:00', Platform: 'X', Caption: `Post ${i}`, Status: 'Approved' })));
    const result = sync(emulator) as Synced;
    expect(result).toMatchObject({ ok: true, created: 30, remaining: 0 });
    expect(result.stopped).toBeUndefined();
    expect(planEvents(emulator)).toHaveLength(30);
    const run = emulator.executions[emulator.executions.length - 1];
    expect(run.elapsedMs).toBeGreaterThan(20_000);
    expect(run.elapsedMs).toBeLessThan(6 * 60_000);
  });

  test('when Calendar keeps refusing, it stops inside the 6-minute limit, says how many posts are left, and the next run finishes', () => {
    const emulator = ready({ calendarBurst: { limit: 10, windowMs: 60 * 60_000 } });
    seed(emulator, Array.from({ length: 25 }, (_, i) => ({ ID: `P-${String(i + 1).padStart(8, '0')}`, Date: '2026-12-10', Time: '10:00', Platform: 'X', Caption: `Post ${i}`, Status: 'Approved' })));
    const partial = sync(emulator) as Synced;
    expect(partial).toMatchObject({ ok: true, created: 10, remaining: 15 });
    expect(partial.stopped).toMatch(/refused more changes/);
    expect(partial.message).toMatch(/15 post\(s\) are still to sync\. Run the sync again to finish/);
    expect(emulator.executions[emulator.executions.length - 1].elapsedMs).toBeLessThan(6 * 60_000);
    emulator.clock.advance(61 * 60_000);
    expect(sync(emulator)).toMatchObject({ ok: true, created: 10, unchanged: 10, remaining: 5 });
    emulator.clock.advance(61 * 60_000);
    expect(sync(emulator)).toMatchObject({ ok: true, created: 5, unchanged: 20, remaining: 0 });
    expect(planEvents(emulator)).toHaveLength(25);
  });

  test('a Calendar failure part-way stops cleanly, says what is left, and the next run finishes without duplicates', () => {
    const emulator = ready();
    seed(emulator, Array.from({ length: 6 }, (_, i) => ({ ID: `P-${String(i + 1).padStart(8, '0')}`, Date: '2026-12-10', Time: '10:00', Platform: 'X', Caption: `Post ${i}`, Status: 'Approved' })));
    emulator.failAtCall(3, 'API call to calendar.events.insert failed with error: Backend Error', (c) => c.className === 'Calendar.Events' && c.method === 'insert');
    const partial = sync(emulator) as Synced;
    expect(partial).toMatchObject({ ok: true, created: 2, remaining: 4, stopped: 'Google Calendar said: API call to calendar.events.insert failed with error: Backend Error' });
    expect(partial.message).toMatch(/4 post\(s\) are still to sync/);
    expect(sync(emulator)).toMatchObject({ ok: true, created: 4, unchanged: 2, remaining: 0 });
    expect(planEvents(emulator)).toHaveLength(6);
  });

  test('4,000 synced posts keep nothing in document properties (the mapping lives in the events)', () => {
    const emulator = ready({ calendarBurst: { limit: 100_000, windowMs: 60_000 } });
    seed(emulator, Array.from({ length: 4000 }, (_, i) => ({ ID: `P-${String(i + 1).padStart(8, '0')}`, Date: '2026-12-10', Time: '10:00', Platform: 'X', Caption: `Post ${i}`, Status: 'Approved' })));
    expect(sync(emulator)).toMatchObject({ ok: true, created: 4000, remaining: 0 });
    const properties = (JSON.parse(emulator.save()) as { properties: { document: Record<string, string>; user: Record<string, Record<string, string>> } }).properties;
    expect(Object.keys(properties.document).filter((key) => key.startsWith('calendarSync.'))).toEqual([]);
    expect(JSON.stringify(properties).length).toBeLessThan(2000);
    emulator.stats.reset();
    expect(sync(emulator)).toMatchObject({ ok: true, unchanged: 4000 });
    expect(emulator.stats.log.filter((c) => c.className === 'Calendar.Events').map((c) => c.method)).toEqual(['list', 'list']);
  });
});

describe('consent from the Export dialog (break 7)', () => {
  test('a dialog call without the Calendar scope gets a sentence and Google’s authorization URL, not an error', () => {
    const emulator = ready({ declinedScopes: [APP_CREATED] });
    seed(emulator, [{ ID: 'P-00000001', Date: '2026-12-01', Time: '09:00', Platform: 'X', Caption: 'Launch', Status: 'Scheduled' }]);
    const choices = call<CalendarChoices>(emulator, 'getCalendarChoices');
    expect(choices.calendars).toEqual([]);
    expect(choices.authorization).toEqual({
      message: expect.stringMatching(/needs your permission .* Open “Grant access”, allow it, then choose “Try again”\.$/),
      url: expect.stringMatching(/^https:\/\/script\.google\.com\//),
    });
    expect(sync(emulator)).toEqual({ ok: false, message: choices.authorization!.message, authorization: choices.authorization });
    expect(calendars(emulator).some((calendar) => calendar.createdByApp)).toBe(false);
    // From the menu Apps Script shows its consent screen (requireScopes); from the dialog it never could.
    expect(emulator.clickMenu('Sync to Google Calendar…')).toMatchObject({ ok: false, error: 'Authorization is required to perform that action.' });
    expect(emulator.runtime.authorizationPrompts).toEqual([{ kind: 'menu', scopes: [APP_CREATED] }]);

    emulator.runtime.declinedScopes.delete(APP_CREATED); // the person granted it on Google's page
    expect(call<CalendarChoices>(emulator, 'getCalendarChoices').authorization).toBeUndefined();
    expect(sync(emulator)).toMatchObject({ ok: true, created: 1 });
  });

  test('the holiday import asks for the public-events scope only, through Apps Script’s consent screen', () => {
    const emulator = ready({ declinedScopes: [PUBLIC_EVENTS] });
    emulator.ui.queuePrompt({ button: 'OK', text: 'PL' });
    expect(emulator.clickMenu(menuCaption(emulator, 'importHolidays'))).toMatchObject({ ok: false, error: 'Authorization is required to perform that action.' });
    expect(emulator.runtime.authorizationPrompts).toEqual([{ kind: 'menu', scopes: [PUBLIC_EVENTS] }]);
  });
});
