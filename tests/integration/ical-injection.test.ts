/** iCalendar injection on the built bundle (issue #15 item 7): no cell can add a property, an event or an alarm to the exported file. */
import ICAL from 'ical.js';
import type { Emulator } from '../../emulator';
import { CALENDAR_COLUMNS } from '../../src/domain/post';
import type { ExportFile, ExportPreview } from '../../src/shared/export-contract';
import { call, inspect, loadAddon, setUpCalendar } from '../support/calendar-harness';

type Column = (typeof CALENDAR_COLUMNS)[number];
const NOW = () => new Date('2026-11-26T10:00:00Z');
const EVIL = '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@attacker\r\nDTSTART:20261201T090000Z\r\nSUMMARY:Injected\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT5M\r\nDESCRIPTION:pwned\r\nEND:VALARM';

/** The same text as TEXT unescaping gives it back: RFC 5545 has one line break, written `\n`. */
const EVIL_TEXT = EVIL.replace(/\r\n/g, '\n');

const POSTS: Array<Partial<Record<Column, string>>> = [
  { ID: `P-evil-id${EVIL}`, Date: '2026-12-01', Time: '09:00', Platform: 'LinkedIn', Format: 'Text', Caption: 'Hostile ID', Status: 'Approved' },
  { ID: 'P;semi,comma\\slash', Date: '2026-12-02', Time: '09:00', Platform: 'LinkedIn', Format: 'Text', Caption: 'Odd but printable ID', Status: 'Approved' },
  { ID: 'P-title', Date: '2026-12-03', Time: '09:00', Platform: `LinkedIn${EVIL}`, Format: 'Text', Title: `Title${EVIL}`, Caption: `Caption${EVIL}`, Status: 'Approved' },
  { ID: 'P-zone', Date: '2026-12-04', Time: '09:00', 'Time zone': `Europe/Warsaw${EVIL}`, Platform: 'X', Format: 'Text', Caption: 'Zone', Link: `https://example.com/${EVIL}`, Status: 'Approved' },
  { ID: 'P-allday', Date: '2026-12-05', Platform: 'X', Format: 'Text', Caption: 'All day', Hashtags: `#a${EVIL}`, Status: 'Approved' },
];

function seeded(): Emulator {
  const emulator = loadAddon({ now: NOW });
  setUpCalendar(emulator);
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Calendar')!;
    sheet.getRange(2, 1, POSTS.length, CALENDAR_COLUMNS.length).setValues(POSTS.map((post) => CALENDAR_COLUMNS.map((name) => post[name] ?? '')));
  });
  return emulator;
}

for (const icsTimes of ['utc', 'zoned'] as const) {
  test(`an ID, title, caption, platform, zone, link or hashtag holding CR/LF adds no event or alarm (${icsTimes} times); ical.js reads exactly the posts`, () => {
    const emulator = seeded();
    const preview = call<ExportPreview>(emulator, 'previewExport', { target: 'icalendar', icsTimes });
    const badId = preview.problems.find((problem) => problem.code === 'bad-id');
    expect(badId).toMatchObject({ severity: 'error', sheetRow: 2 });
    expect(badId?.message).toMatch(/line break or another control character in its ID/);
    expect(badId?.message).not.toMatch(/[\r\n]/);
    expect(call<ExportFile>(emulator, 'exportPosts', { target: 'icalendar', icsTimes }).ok).toBe(false);

    // With the ID fixed, the file holds every post (a post whose own checks fail is a warning in a calendar
    // copy, and "only passing" would leave it out: issue #19), so each hostile field reaches the writer.
    inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.getRange(2, CALENDAR_COLUMNS.indexOf('ID') + 1).setValue('P-id-fixed'));
    const file = call<ExportFile>(emulator, 'exportPosts', { target: 'icalendar', icsTimes });
    if (!file.ok) throw new Error(JSON.stringify(file.problems));
    // Every physical line is a property, a fold or nothing: no bare CR or LF inside a line.
    for (const line of file.content.split('\r\n')) expect(line).not.toMatch(/[\r\n]/);
    expect(file.content).not.toMatch(/^(BEGIN:VALARM|UID:evil|SUMMARY:Injected)/m);
    const root = new ICAL.Component(ICAL.parse(file.content));
    expect(root.getAllSubcomponents('valarm')).toHaveLength(0);
    const events = root.getAllSubcomponents('vevent');
    expect(events.flatMap((event) => event.getAllSubcomponents('valarm'))).toHaveLength(0);
    expect(events.map((event) => event.getFirstPropertyValue('uid'))).toEqual([
      'P-id-fixed@content-calendar',
      'P;semi,comma\\slash@content-calendar',
      'P-title@content-calendar',
      'P-zone@content-calendar',
      'P-allday@content-calendar',
    ]);
    const byUid = new Map(events.map((event) => [String(event.getFirstPropertyValue('uid')), new ICAL.Event(event)]));
    const title = byUid.get('P-title@content-calendar')!;
    expect(title.summary.startsWith(`[LinkedIn${EVIL_TEXT}] Title${EVIL_TEXT.slice(0, 20)}`)).toBe(true);
    expect(title.description.startsWith(`Caption${EVIL_TEXT}`)).toBe(true);
    expect(byUid.get('P-title@content-calendar')!.component.getFirstPropertyValue('categories')).toBe(`LinkedIn${EVIL_TEXT}`);
    // A zone holding a line break is no zone: the event falls back to UTC; a link holding one is no URL.
    const zone = byUid.get('P-zone@content-calendar')!;
    expect(zone.startDate.toJSDate().toISOString()).toBe('2026-12-04T09:00:00.000Z');
    expect(zone.component.getFirstPropertyValue('url')).toBeNull();
    for (const event of events) expect(event.getAllProperties().map((property) => property.name)).not.toContain('trigger');
  });
}
