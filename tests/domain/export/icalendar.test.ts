/** Tests for the iCalendar target: ical.js parses the file, values round-trip, times land right in UTC and zoned modes. */

import ICAL from 'ical.js';
import { contentLine, escapeText, foldLine, hasControlCharacter } from '../../../src/domain/export/ical-format';
import { icalendarTarget } from '../../../src/domain/export/targets/icalendar';
import { offsetChanges } from '../../../src/domain/export/vtimezone';
import { DEFAULT_UTM_TEMPLATE } from '../../../src/domain/export/utm';
import { options, post, TRICKY_CAPTIONS, trickyPosts } from './fixtures';

/** Parses a calendar with ical.js, registering its VTIMEZONEs so zoned times convert with the file's own rules. */
function parseCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return { root, events: root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

afterEach(() => ICAL.TimezoneService.reset());

describe('iCalendar export', () => {
  it('is RFC 5545 shaped: CRLF, lines of at most 75 octets, VERSION, PRODID, UID and DTSTAMP on every event', () => {
    const text = icalendarTarget.write(trickyPosts(), options());
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const { root, events } = parseCalendar(text);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toContain('Content Calendar');
    expect(events).toHaveLength(TRICKY_CAPTIONS.length);
    for (const [i, event] of events.entries()) {
      expect(event.uid).toBe(`P-${i + 1}@content-calendar`);
      expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-01-10T12:00:00Z');
    }
  });

  it('round-trips captions with quotes, commas, semicolons, backslashes, newlines, emoji and a leading = exactly', () => {
    const posts = trickyPosts();
    const { events } = parseCalendar(icalendarTarget.write(posts, options({ utmTemplate: DEFAULT_UTM_TEMPLATE })));
    events.forEach((event, i) => {
      const description = event.description ?? '';
      expect(description.startsWith(`${TRICKY_CAPTIONS[i].replace(/\r\n|\r/g, '\n')}\n\n`)).toBe(true);
      expect(event.component.getFirstPropertyValue('categories')).toBe('LinkedIn');
      expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    });
    expect(events[0].summary).toBe('[LinkedIn] Launch');
  });

  it('puts a 09:00 Europe/Warsaw post at 08:00Z in winter and 07:00Z in summer (UTC mode)', () => {
    const posts = [post({ id: 'W' }), post({ id: 'S', date: '2026-07-15' })];
    const { events } = parseCalendar(icalendarTarget.write(posts, options()));
    expect(events[0].startDate.toJSDate().toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(events[1].startDate.toJSDate().toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(events[0].startDate.zone?.tzid).toBe('UTC');
    expect(events[0].endDate.toJSDate().toISOString()).toBe('2026-01-15T08:15:00.000Z');
  });

  it('in zoned mode writes TZID and a VTIMEZONE from which ical.js computes the same instants', () => {
    const posts = [
      post({ id: 'W' }),
      post({ id: 'S', date: '2026-07-15' }),
      post({ id: 'NY', date: '2026-03-08', time: '03:30', timeZone: 'America/New_York' }),
      post({ id: 'NF', date: '2026-11-01', time: '03:30', timeZone: 'America/St_Johns' }),
      post({ id: 'SYD', date: '2026-12-24', time: '18:00', timeZone: 'Australia/Sydney' }),
      post({ id: 'KTM', date: '2026-05-01', time: '12:00', timeZone: 'Asia/Kathmandu' }),
    ];
    const text = icalendarTarget.write(posts, options({ icsTimes: 'zoned' }));
    expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20260115T090000');
    const { root, events } = parseCalendar(text);
    expect(
      root
        .getAllSubcomponents('vtimezone')
        .map((z) => z.getFirstPropertyValue('tzid'))
        .sort(),
    ).toEqual(['America/New_York', 'America/St_Johns', 'Asia/Kathmandu', 'Australia/Sydney', 'Europe/Warsaw']);
    const utc = events.map((e) => e.startDate.toJSDate().toISOString());
    expect(utc).toEqual([
      '2026-01-15T08:00:00.000Z',
      '2026-07-15T07:00:00.000Z',
      '2026-03-08T07:30:00.000Z',
      '2026-11-01T07:00:00.000Z',
      '2026-12-24T07:00:00.000Z',
      '2026-05-01T06:15:00.000Z',
    ]);
    expect(events[0].startDate.zone?.tzid).toBe('Europe/Warsaw');
    expect(events[0].startDate.hour).toBe(9);
  });

  it('makes a post without a time an all-day event and puts the tracked link in URL', () => {
    const p = post({ time: '', link: 'https://example.com/a?x=1#top' });
    const { events } = parseCalendar(icalendarTarget.write([p], options({ utmTemplate: DEFAULT_UTM_TEMPLATE })));
    expect(events[0].startDate.isDate).toBe(true);
    expect(events[0].startDate.toString()).toBe('2026-01-15');
    expect(events[0].endDate.toString()).toBe('2026-01-16');
    expect(events[0].component.getFirstPropertyValue('url')).toBe(
      'https://example.com/a?x=1&utm_source=linkedin&utm_medium=social&utm_content=P-1#top',
    );
  });

  it('keeps UIDs stable across exports and bumps SEQUENCE so re-imports update', () => {
    const first = parseCalendar(icalendarTarget.write([post()], options())).events[0];
    const later = parseCalendar(
      icalendarTarget.write([post({ caption: 'Edited' })], options({ now: new Date('2026-01-11T12:00:00Z') })),
    ).events[0];
    expect(later.uid).toBe(first.uid);
    expect(later.sequence).toBeGreaterThan(first.sequence);
  });

  it('pre-flight: no date or no ID is an error, an unknown zone a warning', () => {
    const problems = icalendarTarget.preflight(
      [post({ date: '' }), post({ id: '' }), post({ id: 'Z', timeZone: 'Mars/Base' }), post({ id: 'Z' })],
      options(),
    );
    expect(problems.map((p) => [p.row, p.code, p.severity])).toEqual([
      [1, 'no-date', 'error'],
      [2, 'no-id', 'error'],
      [3, 'bad-time-zone', 'warning'],
      [4, 'duplicate-id', 'error'],
    ]);
  });
});

describe('iCalendar text helpers', () => {
  it('escapes TEXT per RFC 5545', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('finds and removes the control characters no content line may carry (tab is allowed), issue #15 item 7', () => {
    expect(hasControlCharacter('P-1\r\nBEGIN:VALARM')).toBe(true);
    expect(hasControlCharacter('P-\u0000')).toBe(true);
    expect(hasControlCharacter('P-1\tx;y,z\\')).toBe(false);
    expect(contentLine('UID:P-1\r\nBEGIN:VALARM\u007F')).toBe('UID:P-1BEGIN:VALARM');
  });

  it('refuses an ID holding a line break (bad-id) and never writes it into a UID line', () => {
    const posts = [post({ id: 'P-1\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil' }), post({ id: 'P;2,x' })];
    const problems = icalendarTarget.preflight(posts, options());
    expect(problems.map((p) => [p.row, p.code, p.severity])).toEqual([[1, 'bad-id', 'error']]);
    expect(problems[0].message).not.toMatch(/[\r\n]/);
    const text = icalendarTarget.write(posts, options());
    expect(text).not.toMatch(/^UID:evil/m);
    expect(text).toMatch(/^UID:P\\;2\\,x@content-calendar\r$/m);
  });

  it('folds at 75 octets without splitting UTF-8 sequences or surrogate pairs', () => {
    const line = `DESCRIPTION:${'ż🚀'.repeat(40)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n').filter(Boolean);
    for (const part of physical) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(physical.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  it('finds half-hour and southern-hemisphere offset changes to the minute', () => {
    const changes = offsetChanges(
      'America/St_Johns',
      new Date('2026-01-01T00:00:00Z'),
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(changes.map((c) => [c.at.toISOString(), c.from, c.to])).toEqual([
      ['2026-03-08T05:30:00.000Z', -210, -150],
      ['2026-11-01T04:30:00.000Z', -150, -210],
    ]);
  });
});
