/** The door to a country's public holiday calendar: its events for the next 12 months, read with the Calendar API. */

import type { CalendarEventInput } from '../domain/planning';
import { isNotFound, listEvents } from './google-calendar';

/**
 * The events of public calendar `calendarId` from `start` to a year later, soonest first, or null when
 * Calendar answers "Not Found". The Calendar API reads a public calendar without a subscription
 * (CalendarApp.getCalendarById returns null then). Needs `calendar.events.public.readonly`; one
 * events.list per 2,500 events.
 * @param calendarId The public holiday calendar's id.
 * @param start The first moment to read from.
 */
export function readPublicCalendarYear(calendarId: string, start: Date): CalendarEventInput[] | null {
  const end = new Date(start.getTime());
  end.setFullYear(end.getFullYear() + 1);
  try {
    return listEvents(calendarId, { timeMin: start.toISOString(), timeMax: end.toISOString(), orderBy: 'startTime' }).map((event) => ({
      title: event.summary ?? '',
      start: event.start?.date ?? new Date(event.start?.dateTime ?? ''),
      end: event.end?.date ?? (event.end?.dateTime ? new Date(event.end.dateTime) : null),
      allDay: Boolean(event.start?.date),
    }));
  } catch (error) {
    if (!isNotFound(error)) throw error;
    return null;
  }
}
