/** Google Calendar as strict as Google: unsubscribed holiday calendars, the burst limit, and the Advanced Calendar service (enabled by the manifest, Google's JSON shapes, paging, scopes). */

import { emulatorWith } from './helpers';

const HOLIDAYS = 'en.polish#holiday@group.v.calendar.google.com';
const auth = (scope: string) => `https://www.googleapis.com/auth/${scope}`;
const ADVANCED = { dependencies: { enabledAdvancedServices: [{ userSymbol: 'Calendar', serviceId: 'calendar', version: 'v3' }] } };

/** appsscript.json text with the given scopes (and the Advanced Calendar service unless `advanced` is false). */
function manifest(scopes: string[], advanced = true): Record<string, string> {
  return { 'appsscript.json': JSON.stringify({ timeZone: 'Etc/UTC', oauthScopes: scopes.map(auth), ...(advanced ? ADVANCED : {}) }) };
}

const CODE = `
  function byCalendarApp(id) { var c = CalendarApp.getCalendarById(id); return c ? c.getName() : null; }
  function hasAdvanced() { return typeof Calendar !== 'undefined'; }
  function listPage(id, args) { return Calendar.Events.list(id, args); }
  function makeMany(n) {
    var cal = CalendarApp.getDefaultCalendar();
    for (var i = 0; i < n; i++) cal.createEvent('e' + i, new Date(Date.UTC(2026, 0, 1, 9)), new Date(Date.UTC(2026, 0, 1, 10)));
  }
  function appCalendar(n) {
    var id = Calendar.Calendars.insert({ summary: 'Plan', timeZone: 'Europe/Warsaw' }).id;
    for (var i = 0; i < n; i++) Calendar.Events.insert({ summary: 'p' + i, start: { date: '2026-12-0' + (1 + (i % 9)) }, end: { date: '2026-12-1' + (i % 9) },
      extendedProperties: { private: { post: 'P-' + i } } }, id);
    return id;
  }
  function insertPrimary() { return Calendar.Events.insert({ summary: 'x', start: { dateTime: '2026-12-01T09:00:00Z' }, end: { dateTime: '2026-12-01T10:00:00Z' } }, 'primary').id; }
`;

function seedHolidays(emulator: ReturnType<typeof emulatorWith>, count = 3): void {
  emulator.seedCalendar({
    id: HOLIDAYS,
    name: 'Holidays in Poland',
    timeZone: 'Europe/Warsaw',
    events: Array.from({ length: count }, (_, i) => ({ title: `Holiday ${i}`, start: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10) })),
  });
}

test('CalendarApp.getCalendarById returns null for a public holiday calendar the user has not subscribed to', () => {
  const emulator = emulatorWith(CODE, {}, manifest(['calendar']));
  seedHolidays(emulator);
  expect(emulator.run('byCalendarApp', HOLIDAYS)).toEqual({ ok: true, value: null });
  emulator.seedCalendar({ id: HOLIDAYS, name: 'Holidays in Poland', subscribers: ['owner@example.com'] });
  expect(emulator.run('byCalendarApp', HOLIDAYS)).toEqual({ ok: true, value: 'Holidays in Poland' });
});

test('the Calendar global exists only when appsscript.json enables the Advanced Calendar service', () => {
  expect(emulatorWith(CODE, {}, manifest(['calendar.events.public.readonly'], false)).run('hasAdvanced')).toEqual({ ok: true, value: false });
  expect(emulatorWith(CODE, {}, manifest(['calendar.events.public.readonly'])).run('hasAdvanced')).toEqual({ ok: true, value: true });
});

test('events.list reads an unsubscribed public calendar with calendar.events.public.readonly, in pages, in Google JSON', () => {
  const emulator = emulatorWith(CODE, {}, manifest(['calendar.events.public.readonly']));
  seedHolidays(emulator, 5);
  const args = { timeMin: '2026-01-01T00:00:00Z', timeMax: '2027-01-01T00:00:00Z', singleEvents: true, orderBy: 'startTime', maxResults: 2 };
  const first = emulator.run('listPage', HOLIDAYS, args) as { ok: true; value: { items: Array<Record<string, unknown>>; nextPageToken?: string } };
  expect(first.value.items).toHaveLength(2);
  expect(first.value.items[0]).toMatchObject({ kind: 'calendar#event', summary: 'Holiday 0', start: { date: '2026-01-01' }, end: { date: '2026-01-02' } });
  expect(first.value.nextPageToken).toEqual(expect.any(String));
  const titles: string[] = [];
  let token: string | undefined;
  do {
    const page = emulator.run('listPage', HOLIDAYS, { ...args, ...(token ? { pageToken: token } : {}) }) as typeof first;
    titles.push(...page.value.items.map((item) => String(item.summary)));
    token = page.value.nextPageToken;
  } while (token);
  expect(titles).toEqual(['Holiday 0', 'Holiday 1', 'Holiday 2', 'Holiday 3', 'Holiday 4']);
  // Bad requests as Google refuses them.
  expect(emulator.run('listPage', HOLIDAYS, { timeMin: '2026-01-01' })).toEqual({ ok: false, error: 'API call to calendar.events.list failed with error: Bad Request' });
  expect(emulator.run('listPage', HOLIDAYS, { orderBy: 'startTime' })).toEqual({ ok: false, error: 'API call to calendar.events.list failed with error: Bad Request' });
  expect(emulator.run('listPage', 'xx.nowhere#holiday@group.v.calendar.google.com', {})).toEqual({ ok: false, error: 'API call to calendar.events.list failed with error: Not Found' });
  // The public scope does not reach the user's own calendar.
  expect(emulator.run('insertPrimary')).toMatchObject({ ok: false, error: expect.stringMatching(/permission|insufficient authentication scopes/) });
});

test('calendar.app.created reaches the calendar the add-on made (insert, list by private extended property) and nothing else', () => {
  const emulator = emulatorWith(CODE, {}, manifest(['calendar.app.created']));
  const made = emulator.run('appCalendar', 3) as { ok: true; value: string };
  expect(made.ok).toBe(true);
  const found = emulator.run('listPage', made.value, { privateExtendedProperty: 'post=P-1' }) as { ok: true; value: { items: Array<Record<string, unknown>> } };
  expect(found.value.items).toEqual([expect.objectContaining({ summary: 'p1', extendedProperties: { private: { post: 'P-1' } } })]);
  expect(emulator.run('insertPrimary')).toEqual({ ok: false, error: 'API call to calendar.events.insert failed with error: Request had insufficient authentication scopes.' });
});

test('Calendar refuses a burst of creations with Google’s message (CalendarApp) and "Calendar usage limits exceeded." (API); the window frees up', () => {
  const emulator = emulatorWith(CODE, { calendarBurst: { limit: 5, windowMs: 60_000 } }, manifest(['calendar', 'calendar.app.created']));
  expect(emulator.run('makeMany', 6)).toEqual({
    ok: false,
    error: 'You have been creating or deleting too many calendars or calendar events in a short time. Please try again later.',
  });
  emulator.clock.advance(61_000);
  expect(emulator.run('makeMany', 5)).toMatchObject({ ok: true });
  emulator.clock.advance(61_000);
  expect(emulator.run('appCalendar', 6)).toEqual({ ok: false, error: 'API call to calendar.events.insert failed with error: Calendar usage limits exceeded.' });
});
