/** Events sheet rows, events on a day, "plan a post before" suggestions, holidays from Google Calendar. */

import {
  eventsByDate,
  eventsOn,
  eventsToRows,
  holidaysFromCalendarEvents,
  newEventsOnly,
  parseEventRows,
  suggestPostDates,
} from '../../../src/domain/planning/events';
import { HOLIDAY_CALENDARS, holidayCalendarId } from '../../../src/domain/planning/holiday-calendars';

const ZONE = 'Europe/Warsaw';

describe('parseEventRows', () => {
  test('reads Date objects, serial numbers and text, finds columns by header, reports bad rows by sheet row', () => {
    const rows = [
      ['Events and launches', '', '', ''],
      ['Name', 'Date', 'Notes', 'Type', 'End date'],
      ['Spring launch', new Date('2025-03-13T23:00:00Z'), 'New range', 'Launch', ''], // midnight 14 March in Warsaw
      ['Promo week', 45740, '', 'Promotion', '2025-03-23'], // serial 45740 = 2025-03-24? checked below
      ['Earth Day', '22.04.2025', '', 'Awareness day', ''],
      ['', '', '', '', ''],
      ['No date', '', 'oops', '', ''],
      ['Bad date', '3/4/2025', '', '', ''],
      ['', '2025-05-01', '', '', ''],
      ['Bad end', '2025-05-10', '', '', '2025-05-01'],
    ];
    const { events, problems } = parseEventRows(rows, { timeZone: ZONE });
    expect(events.map((e) => [e.name, e.date, e.endDate, e.type, e.row])).toEqual([
      ['Spring launch', '2025-03-14', '2025-03-14', 'Launch', 3],
      ['Promo week', '2025-03-24', '2025-03-24', 'Promotion', 4],
      ['Earth Day', '2025-04-22', '2025-04-22', 'Awareness day', 5],
      ['Bad end', '2025-05-10', '2025-05-10', '', 10],
    ]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [4, 'End date'],
      [7, 'Date'],
      [8, 'Date'],
      [9, 'Name'],
      [10, 'End date'],
    ]);
    expect(problems[2].message).toBe(
      'Row 8: “3/4/2025” is not a date. Enter it as year-month-day, e.g. 2026-03-14, or pick it from the date picker.',
    );
  });

  test('a sheet without Date and Name headers gets one clear problem; Polish headers and messages work', () => {
    expect(parseEventRows([['When', 'What']], { timeZone: ZONE }).problems[0].message).toMatch(/header row/);
    const pl = parseEventRows(
      [
        ['Data', 'Nazwa', 'Notatki'],
        ['2025-11-11', 'Święto Niepodległości', ''],
        ['jutro', 'Coś', ''],
      ],
      { timeZone: ZONE, locale: 'pl_PL' },
    );
    expect(pl.events.map((e) => e.name)).toEqual(['Święto Niepodległości']);
    expect(pl.problems[0].message).toMatch(/^Wiersz 3: „jutro” nie jest datą/);
  });
});

describe('events on days', () => {
  const events = [
    {
      date: '2025-03-20',
      endDate: '2025-03-22',
      name: 'Spring promo',
      notes: '',
      type: 'Promotion',
      source: 'sheet' as const,
      row: 2,
    },
    {
      date: '2025-03-21',
      endDate: '2025-03-21',
      name: 'Holiday X',
      notes: '',
      type: 'Holiday',
      source: 'calendar' as const,
      row: 0,
    },
  ];
  test('eventsOn includes spanning events, holidays first', () => {
    expect(eventsOn(events, '2025-03-21').map((e) => e.name)).toEqual(['Holiday X', 'Spring promo']);
    expect(eventsOn(events, '2025-03-23')).toEqual([]);
  });
  test('eventsByDate clips to the range', () => {
    const map = eventsByDate(events, '2025-03-21', '2025-03-31');
    expect(Array.from(map.keys())).toEqual(['2025-03-21', '2025-03-22']);
  });
});

describe('suggestPostDates', () => {
  const launch = { date: '2025-03-14', name: 'Spring launch' };
  test('suggests days before the event, in a sentence (en and pl)', () => {
    expect(suggestPostDates(launch)).toEqual({
      dates: ['2025-03-11', '2025-03-13'],
      text: 'Spring launch is on Friday 14 March. Consider planning a post on Tuesday 11 March (3 days before) and Thursday 13 March (1 day before).',
    });
    expect(suggestPostDates({ date: '2025-03-19', name: 'Premiera' }, [3, 1], { locale: 'pl_PL' }).text).toBe(
      'Premiera: środa 19 marca. Warto zaplanować post na niedzielę 16 marca (3 dni wcześniej) i wtorek 18 marca (1 dzień wcześniej).',
    );
  });
  test('drops days already past; says when it is too late or over', () => {
    expect(suggestPostDates(launch, [3, 1], { today: '2025-03-12' }).dates).toEqual(['2025-03-13']);
    expect(suggestPostDates(launch, [3, 1], { today: '2025-03-14' }).text).toMatch(/too late/);
    expect(suggestPostDates(launch, [3, 1], { today: '2025-03-15' }).dates).toEqual([]);
  });
});

describe('holidays from Google Calendar', () => {
  test('normalises all-day events (midnights in the script zone, exclusive end), dedupes, sorts', () => {
    const holidays = holidaysFromCalendarEvents(
      [
        {
          title: 'Independence Day',
          start: new Date('2025-11-10T23:00:00Z'),
          end: new Date('2025-11-11T23:00:00Z'),
          allDay: true,
        },
        { title: 'Independence Day', start: new Date('2025-11-10T23:00:00Z'), allDay: true },
        { title: 'Christmas', start: '2025-12-25', end: '2025-12-27', allDay: true },
        { title: 'New Year', start: new Date('2025-01-01T05:00:00Z'), allDay: true },
        { title: '', start: '2025-05-01', allDay: true },
      ],
      ZONE,
      'America/New_York',
    );
    expect(holidays.map((h) => [h.date, h.endDate, h.name, h.type])).toEqual([
      ['2025-01-01', '2025-01-01', 'New Year', 'Holiday'],
      ['2025-11-10', '2025-11-10', 'Independence Day', 'Holiday'],
      ['2025-12-25', '2025-12-26', 'Christmas', 'Holiday'],
    ]);
  });

  test('new holidays only, as Events rows', () => {
    const existing = parseEventRows(
      [
        ['Date', 'Name'],
        ['2025-12-25', 'christmas'],
      ],
      { timeZone: ZONE },
    ).events;
    const imported = holidaysFromCalendarEvents(
      [
        { title: 'Christmas', start: '2025-12-25', allDay: true },
        { title: 'Boxing Day', start: '2025-12-26', allDay: true },
      ],
      ZONE,
    );
    expect(eventsToRows(newEventsOnly(existing, imported))).toEqual([['2025-12-26', 'Boxing Day', 'Holiday', '', '']]);
  });

  test('public holiday calendar ids follow the <lang>.<region>#holiday@group.v.calendar.google.com pattern', () => {
    expect(holidayCalendarId('pl')).toBe('en.polish#holiday@group.v.calendar.google.com');
    expect(holidayCalendarId('UK')).toBe('en.uk#holiday@group.v.calendar.google.com');
    expect(holidayCalendarId('US')).toBe('en.usa#holiday@group.v.calendar.google.com');
    expect(holidayCalendarId('ZZ')).toBeNull();
    for (const c of HOLIDAY_CALENDARS)
      expect(c.calendarId).toMatch(/^en\.[a-z_]+#holiday@group\.v\.calendar\.google\.com$/);
    expect(new Set(HOLIDAY_CALENDARS.map((c) => c.country)).size).toBe(HOLIDAY_CALENDARS.length);
  });
});
