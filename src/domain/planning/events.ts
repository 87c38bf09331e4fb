/** Events and holidays: the Events sheet's rows, holidays from Google Calendar, and "plan a post before" hints. */

import { textForCell } from '../cell-text';
import { addDays, daysBetween } from './civil-date';
import type { RowProblem } from './cell-values';
import { cellToDate, cellToText, findHeader } from './cell-values';
import { countPhrase, joinList, longDate, pm } from './planning-messages';

/** A launch, promotion, awareness day or public holiday. One-day events have `endDate === date`. */
export interface PlanningEvent {
  date: string;
  endDate: string;
  name: string;
  notes: string;
  /** As typed in the Type column (e.g. Launch, Promotion, Awareness day); `Holiday` for imported holidays. */
  type: string;
  source: 'sheet' | 'calendar';
  /** The Events sheet row (1-based), or 0 for imported holidays. */
  row: number;
}

/** The Events sheet's columns, in their default order (English headers; Polish ones are also recognised). */
export const EVENT_COLUMNS = ['Date', 'Name', 'Type', 'Notes', 'End date'] as const;

const HEADER_NAMES = {
  date: ['Date', 'Start date', 'Start', 'Day', 'Data', 'Dzień', 'Data początku'],
  name: ['Name', 'Event', 'Title', 'Nazwa', 'Wydarzenie', 'Tytuł'],
  notes: ['Notes', 'Note', 'Description', 'Notatki', 'Uwagi', 'Opis'],
  type: ['Type', 'Kind', 'Typ', 'Rodzaj'],
  endDate: ['End date', 'End', 'Until', 'Data końca', 'Koniec', 'Do'],
} as const;

/**
 * Reads the Events sheet's values (one getValues call, header row included) into events, with one
 * problem per bad row. Columns are found by header name (Date and Name are required; Notes, Type and
 * End date are optional). Empty rows are skipped. Dates may be Date objects (read in the spreadsheet's
 * zone), serial numbers or text (see cellToDate).
 * @param rows The sheet's values, from its first row.
 * @param options `timeZone` is the spreadsheet's zone; `locale` picks the message language.
 */
export function parseEventRows(
  rows: readonly (readonly unknown[])[],
  options: { timeZone: string; locale?: string },
): { events: PlanningEvent[]; problems: RowProblem[] } {
  const locale = options.locale ?? 'en';
  const header = findHeader(rows, HEADER_NAMES, ['date', 'name']);
  if (!header)
    return { events: [], problems: [{ row: 1, column: '', message: pm(locale, 'planning.events.noHeader') }] };
  const { columns, headerIndex } = header;
  const cell = (row: readonly unknown[], index: number) => (index >= 0 ? row[index] : '');
  const events: PlanningEvent[] = [];
  const problems: RowProblem[] = [];
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r];
    const sheetRow = r + 1;
    const rawDate = cell(row, columns.date);
    const name = cellToText(cell(row, columns.name));
    const notes = cellToText(cell(row, columns.notes));
    const type = cellToText(cell(row, columns.type));
    const rawEnd = cell(row, columns.endDate);
    const date = cellToDate(rawDate, options.timeZone);
    if (date === '' && !name && !notes && !type) continue;
    if (date === null) {
      problems.push({
        row: sheetRow,
        column: 'Date',
        message: pm(locale, 'planning.events.badDate', { row: sheetRow, value: cellToText(rawDate) }),
      });
      continue;
    }
    if (date === '') {
      problems.push({
        row: sheetRow,
        column: 'Date',
        message: pm(locale, 'planning.events.noDate', { row: sheetRow, name }),
      });
      continue;
    }
    if (!name) {
      problems.push({
        row: sheetRow,
        column: 'Name',
        message: pm(locale, 'planning.events.noName', { row: sheetRow, date }),
      });
      continue;
    }
    let endDate = date;
    const end = cellToDate(rawEnd, options.timeZone);
    if (end === null || (end !== '' && end < date)) {
      problems.push({
        row: sheetRow,
        column: 'End date',
        message: pm(locale, 'planning.events.badEnd', { row: sheetRow, value: cellToText(rawEnd), date }),
      });
    } else if (end) {
      endDate = end;
    }
    events.push({ date, endDate, name, notes, type, source: 'sheet', row: sheetRow });
  }
  return { events, problems };
}

/**
 * The events on a day (those starting then, or spanning it), holidays first, then by name.
 * @param events All events.
 * @param date A `yyyy-MM-dd` day.
 */
export function eventsOn(events: readonly PlanningEvent[], date: string): PlanningEvent[] {
  return sortEvents(events.filter((e) => e.date <= date && date <= e.endDate));
}

/**
 * The events of each day from `from` to `to` (inclusive), keyed by `yyyy-MM-dd`; days without events are absent.
 * @param events All events.
 * @param from First day.
 * @param to Last day.
 */
export function eventsByDate(events: readonly PlanningEvent[], from: string, to: string): Map<string, PlanningEvent[]> {
  const byDate = new Map<string, PlanningEvent[]>();
  for (const event of events) {
    if (event.endDate < from || event.date > to) continue;
    const first = event.date < from ? from : event.date;
    const last = event.endDate > to ? to : event.endDate;
    for (let day = first; day <= last; day = addDays(day, 1)) {
      const list = byDate.get(day);
      if (list) list.push(event);
      else byDate.set(day, [event]);
    }
  }
  for (const [day, list] of byDate) byDate.set(day, sortEvents(list));
  return byDate;
}

/** Holidays first, then by name. */
function sortEvents(list: PlanningEvent[]): PlanningEvent[] {
  const rank = (e: PlanningEvent) => (e.type.toLowerCase() === 'holiday' ? 0 : 1);
  return list.slice().sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/**
 * Suggested days to post ahead of an event ("a few days before"), and a sentence for the sidebar, e.g.
 * "Spring launch is on Friday 14 March. Consider planning a post on Tuesday 11 March (3 days before) and
 * Thursday 13 March (1 day before)." Days already past (before `today`) are left out.
 * @param event The event.
 * @param leadDays How many days before to suggest, e.g. [3, 1].
 * @param options `locale` for the language; `today` (`yyyy-MM-dd`, the spreadsheet's today) drops past days.
 */
export function suggestPostDates(
  event: Pick<PlanningEvent, 'date' | 'name'>,
  leadDays: readonly number[] = [3, 1],
  options: { locale?: string; today?: string } = {},
): { dates: string[]; text: string } {
  const locale = options.locale ?? 'en';
  const today = options.today ?? '';
  const when = longDate(locale, event.date);
  if (today && event.date < today) {
    return { dates: [], text: pm(locale, 'planning.events.suggest.past', { name: event.name, date: when }) };
  }
  const leads = Array.from(new Set(leadDays.filter((d) => Number.isInteger(d) && d > 0))).sort((a, b) => b - a);
  const dates = leads.map((d) => addDays(event.date, -d)).filter((d) => !today || d >= today);
  if (dates.length === 0) {
    return { dates: [], text: pm(locale, 'planning.events.suggest.late', { name: event.name, date: when }) };
  }
  const phrases = dates.map((d) =>
    pm(locale, 'planning.events.suggest.lead', {
      date: longDate(locale, d, { grammaticalCase: 'object' }),
      days: countPhrase(locale, daysBetween(d, event.date), 'day'),
    }),
  );
  return {
    dates,
    text: pm(locale, 'planning.events.suggest', { name: event.name, date: when, dates: joinList(locale, phrases) }),
  };
}

/** One event as read from Google Calendar (see holidaysFromCalendarEvents). */
export interface CalendarEventInput {
  title: string;
  /** The Calendar API's `start.date` (`yyyy-MM-dd`) for all-day events, or the start instant; CalendarApp's Dates work too. */
  start: Date | string;
  /** The API's `end.date` (the day AFTER the last day) for all-day events, or the end instant. Optional. */
  end?: Date | string | null;
  allDay: boolean;
}

/**
 * Normalises calendar events (e.g. from a public holiday calendar) into holiday events, one per
 * title and start day, sorted by date. All-day dates given as `yyyy-MM-dd` strings (the Calendar API)
 * need no zone; CalendarApp's all-day Dates are midnights in the SCRIPT's zone, so pass
 * `allDayTimeZone` = Session.getScriptTimeZone() for those;
 * timed events are read in `timeZone` (the spreadsheet's). All-day end dates are exclusive (Calendar
 * stores the day after), so a one-day holiday ends on its start day.
 * @param items The events.
 * @param timeZone The spreadsheet's zone.
 * @param allDayTimeZone The zone all-day Date objects are midnights in (defaults to `timeZone`).
 */
export function holidaysFromCalendarEvents(
  items: readonly CalendarEventInput[],
  timeZone: string,
  allDayTimeZone: string = timeZone,
): PlanningEvent[] {
  const seen = new Set<string>();
  const out: PlanningEvent[] = [];
  for (const item of items) {
    const name = String(item.title ?? '').trim();
    const zone = item.allDay ? allDayTimeZone : timeZone;
    const date = cellToDate(item.start, zone);
    if (!name || !date) continue;
    let endDate = date;
    const end = item.end ? cellToDate(item.end, zone) : '';
    if (end) {
      const last = item.allDay ? addDays(end, -1) : end;
      if (last > date) endDate = last;
    }
    const key = `${date}|${name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ date, endDate, name, notes: '', type: 'Holiday', source: 'calendar', row: 0 });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
}

/**
 * Events as rows for the Events sheet (EVENT_COLUMNS order), e.g. to append imported holidays. Names,
 * types and notes came from someone else (a Google Calendar title), so they go through the text guard:
 * `=HYPERLINK(...)` stays text, never a live formula (issue #15 item 8).
 * @param events The events.
 */
export function eventsToRows(events: readonly PlanningEvent[]): string[][] {
  return events.map((e) => [e.date, textForCell(e.name), textForCell(e.type), textForCell(e.notes), e.endDate === e.date ? '' : e.endDate]);
}

/**
 * Imported holidays not yet on the Events sheet (same date and name, ignoring case), to append without duplicates.
 * @param existing Events already on the sheet.
 * @param imported Holidays from holidaysFromCalendarEvents.
 */
export function newEventsOnly(existing: readonly PlanningEvent[], imported: readonly PlanningEvent[]): PlanningEvent[] {
  const keys = new Set(existing.map((e) => `${e.date}|${e.name.toLowerCase()}`));
  return imported.filter((e) => !keys.has(`${e.date}|${e.name.toLowerCase()}`));
}
