/** The door to Google Calendar: the Advanced Calendar service (Calendar API v3), paged reads, and retries with growing waits when Calendar refuses a burst. */

type ApiEvent = GoogleAppsScript.Calendar.Schema.Event;

/**
 * See the events on public calendars (https://developers.google.com/workspace/calendar/api/auth): the
 * narrowest scope events.list accepts for a public holiday calendar
 * (https://developers.google.com/workspace/calendar/api/v3/reference/events/list#auth).
 */
export const PUBLIC_EVENTS_SCOPE = 'https://www.googleapis.com/auth/calendar.events.public.readonly';
/**
 * Make secondary calendars and see, create, change and delete events on them
 * (https://developers.google.com/workspace/calendar/api/v3/reference/calendars/insert#auth): all the
 * sync needs, since it writes only into the calendar it made.
 */
export const APP_CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar.app.created';

/** Most events one events.list page may return (the API's documented maximum). */
const PAGE_SIZE = 2500;
/** First wait after a refused burst; each retry waits twice as long. */
const FIRST_WAIT_MS = 1000;
const LONGEST_WAIT_MS = 32_000;
/** Retries of one call: about two minutes of waiting in all, so a spent daily quota is not waited on to the end. */
const MAX_RETRIES = 8;

/** A Calendar refusal that waiting fixes: a burst of creations/deletions or the API's rate limits. */
const BURST = /too many calendars or calendar events|usage limits exceeded|rate limit exceeded|too many requests/i;

/** Thrown when the manifest does not enable the Advanced Calendar service. */
export class CalendarServiceMissing extends Error {}

/**
 * Throws CalendarServiceMissing when the manifest does not enable the `Calendar` global. Callers then name
 * `Calendar!.Events!.list` etc. in full, so the least-privilege test sees every API method the bundle calls.
 */
function requireCalendar(): void {
  if (typeof Calendar === 'undefined' || !Calendar) throw new CalendarServiceMissing('Calendar advanced service is not enabled.');
}

/** The message of a thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** True when an error is Calendar refusing a burst (waiting and retrying helps). */
export function isBurstError(error: unknown): boolean {
  return BURST.test(errorMessage(error));
}

/** True when an API error says the calendar or event does not exist (or is not the user's to see). */
export function isNotFound(error: unknown): boolean {
  return /failed with error: (Not Found|Resource has been deleted)/i.test(errorMessage(error));
}

/**
 * Runs `call`; when Calendar refuses a burst, sleeps 1 s, 2 s, 4 s … (at most 32 s, at most 8 times)
 * and tries again, as long as the next wait still ends before `deadline` (ms since epoch). Rethrows otherwise.
 * @param call The Calendar call.
 * @param deadline When the caller must stop (within Apps Script's 6-minute limit).
 */
export function withBackoff<T>(call: () => T, deadline: number): T {
  let wait = FIRST_WAIT_MS;
  for (let retry = 0; ; retry++) {
    try {
      return call();
    } catch (error) {
      if (!isBurstError(error) || retry >= MAX_RETRIES || Date.now() + wait > deadline) throw error;
      Utilities.sleep(wait);
      wait = Math.min(wait * 2, LONGEST_WAIT_MS);
    }
  }
}

/**
 * Every event of `calendarId` that `query` selects (single events), reading page after page.
 * @param calendarId The calendar (a public holiday calendar works without a subscription).
 * @param query events.list's optional arguments (timeMin, timeMax, privateExtendedProperty, …).
 */
export function listEvents(calendarId: string, query: Record<string, unknown>): ApiEvent[] {
  requireCalendar();
  const events: ApiEvent[] = [];
  let pageToken: string | undefined;
  do {
    const page = Calendar!.Events!.list(calendarId, { ...query, singleEvents: true, maxResults: PAGE_SIZE, ...(pageToken ? { pageToken } : {}) });
    events.push(...(page.items ?? []));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return events;
}

/** The calendar's title, or null when it no longer exists (deleted by hand) or is not reachable. */
export function calendarTitle(calendarId: string): string | null {
  requireCalendar();
  try {
    return Calendar!.Calendars!.get(calendarId).summary ?? '';
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Makes a secondary calendar owned by the user; returns its ID. */
export function createCalendar(title: string, timeZone: string, description: string): string {
  requireCalendar();
  return Calendar!.Calendars!.insert({ summary: title, timeZone, description }).id ?? '';
}

/** Creates an event; returns its ID. */
export function insertEvent(calendarId: string, event: ApiEvent): string {
  requireCalendar();
  return Calendar!.Events!.insert(event, calendarId).id ?? '';
}

/** Changes the given fields of an event. */
export function patchEvent(calendarId: string, eventId: string, event: ApiEvent): void {
  requireCalendar();
  Calendar!.Events!.patch(event, calendarId, eventId);
}

/** Deletes an event (one already gone counts as deleted). */
export function removeEvent(calendarId: string, eventId: string): void {
  requireCalendar();
  try {
    Calendar!.Events!.remove(calendarId, eventId);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
