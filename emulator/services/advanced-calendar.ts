/** The Advanced Calendar service (Calendar API v3 through Apps Script's `Calendar` global): Events and Calendars with Google's JSON shapes, over the same store as CalendarApp. */

import { randomUUID } from 'node:crypto';
import { wrapService } from '../core/context';
import { ServiceException } from '../core/errors';
import type { Runtime } from '../runtime/runtime';
import { instantToWallClock, wallClockToInstant } from '../spreadsheet/time-zone';
import { calendarFromSeed, countCalendarWrite, type CalendarEventState, type CalendarState, type CalendarStore } from './calendar-app';

/*
 * References (Calendar API v3):
 * - events.list   https://developers.google.com/workspace/calendar/api/v3/reference/events/list
 *   (timeMin: lower bound, exclusive, of an event's end; timeMax: upper bound, exclusive, of its start;
 *   both RFC3339 with a mandatory offset; maxResults default 250, at most 2500; nextPageToken paging;
 *   orderBy=startTime only with singleEvents=true; privateExtendedProperty "name=value", repeatable)
 * - events.insert / patch / delete / get, calendars.insert / get (same reference, sibling pages)
 * - errors        https://developers.google.com/workspace/calendar/api/guides/errors
 * - scopes        https://developers.google.com/workspace/calendar/api/auth
 * Apps Script reports an API error as `API call to calendar.<resource>.<method> failed with error: <message>`.
 */

const auth = (scope: string): string => `https://www.googleapis.com/auth/${scope}`;
/** Scopes that reach every calendar the user can see. */
const ALL_READ = ['calendar', 'calendar.readonly', 'calendar.events', 'calendar.events.readonly'].map(auth);
const ALL_WRITE = ['calendar', 'calendar.events'].map(auth);
/** Scopes that reach only calendars the app created, or only public calendars. */
const APP_CREATED = auth('calendar.app.created');
const PUBLIC_READ = auth('calendar.events.public.readonly');

const DAY = 86_400_000;
const MAX_RESULTS = 2500;
const DEFAULT_RESULTS = 250;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A Calendar API date or date-time. */
interface EventDateTime {
  date?: string;
  dateTime?: string;
  timeZone?: string;
}

/** The parts of a Calendar API Event resource the emulator keeps. */
interface EventResource {
  summary?: string;
  description?: string;
  location?: string;
  start?: EventDateTime;
  end?: EventDateTime;
  extendedProperties?: { private?: Record<string, string>; shared?: Record<string, string> };
}

function apiError(method: string, message: string): ServiceException {
  return new ServiceException(`API call to calendar.${method} failed with error: ${message}`);
}

/** A calendar event as the emulator stores it, with the API's extra fields. */
type StoredEvent = CalendarEventState & {
  privateProperties?: Record<string, string>;
  sharedProperties?: Record<string, string>;
  startZone?: string;
};

function isoDate(ms: number, zone: string): string {
  return new Date(instantToWallClock(ms, zone)).toISOString().slice(0, 10);
}

/** Calendar.Events. */
class EventsImpl {
  constructor(private readonly api: AdvancedCalendarImpl) {}

  /** events.list: one page of events overlapping [timeMin, timeMax). */
  list(calendarId: string, optionalArgs?: Record<string, unknown>): Record<string, unknown> {
    const calendar = this.api.calendar('events.list', calendarId, false);
    const args = optionalArgs ?? {};
    const bound = (name: string): number | null => {
      const value = args[name];
      if (value === undefined || value === null) return null;
      if (typeof value !== 'string' || !RFC3339.test(value) || Number.isNaN(Date.parse(value)))
        throw apiError('events.list', 'Bad Request');
      return Date.parse(value);
    };
    const timeMin = bound('timeMin');
    const timeMax = bound('timeMax');
    if (timeMin !== null && timeMax !== null && timeMax <= timeMin) throw apiError('events.list', 'Bad Request');
    if (args.orderBy === 'startTime' && args.singleEvents !== true) throw apiError('events.list', 'Bad Request');
    const max = args.maxResults === undefined ? DEFAULT_RESULTS : Number(args.maxResults);
    if (!Number.isInteger(max) || max < 1) throw apiError('events.list', 'Bad Request');
    const wanted = ([] as unknown[]).concat(args.privateExtendedProperty ?? []).map(String);
    const filters = wanted.map((pair) => {
      const at = pair.indexOf('=');
      if (at <= 0) throw apiError('events.list', 'Bad Request');
      return [pair.slice(0, at), pair.slice(at + 1)] as const;
    });
    const events = (calendar.events as StoredEvent[])
      .filter((e) => (timeMin === null || e.end > timeMin) && (timeMax === null || e.start < timeMax))
      .filter((e) => filters.every(([key, value]) => e.privateProperties?.[key] === value))
      .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
    const offset = args.pageToken === undefined ? 0 : this.api.pageOffset(String(args.pageToken));
    const page = events.slice(offset, offset + Math.min(max, MAX_RESULTS));
    const result: Record<string, unknown> = {
      kind: 'calendar#events',
      summary: calendar.name,
      timeZone: calendar.timeZone,
      items: page.map((e) => this.api.resource(calendar, e)),
    };
    if (offset + page.length < events.length) result.nextPageToken = this.api.pageToken(offset + page.length);
    return result;
  }

  /** events.get. */
  get(calendarId: string, eventId: string): Record<string, unknown> {
    const calendar = this.api.calendar('events.get', calendarId, false);
    return this.api.resource(calendar, this.find(calendar, eventId, 'events.get'));
  }

  /** events.insert(resource, calendarId). */
  insert(resource: EventResource, calendarId: string): Record<string, unknown> {
    const calendar = this.api.calendar('events.insert', calendarId, true);
    const times = this.api.times('events.insert', resource, calendar);
    this.api.countWrite('events.insert', true);
    const now = this.api.runtime.nowMs();
    const event: StoredEvent = {
      id: randomUUID().replace(/-/g, '').slice(0, 26),
      title: String(resource.summary ?? ''),
      description: String(resource.description ?? ''),
      location: String(resource.location ?? ''),
      tags: {},
      created: now,
      updated: now,
      ...times,
      ...(resource.extendedProperties?.private ? { privateProperties: { ...resource.extendedProperties.private } } : {}),
      ...(resource.extendedProperties?.shared ? { sharedProperties: { ...resource.extendedProperties.shared } } : {}),
    };
    calendar.events.push(event);
    return this.api.resource(calendar, event);
  }

  /** events.patch(resource, calendarId, eventId): only the fields given change; extended properties merge. */
  patch(resource: EventResource, calendarId: string, eventId: string): Record<string, unknown> {
    const calendar = this.api.calendar('events.patch', calendarId, true);
    const event = this.find(calendar, eventId, 'events.patch');
    const times = resource.start || resource.end ? this.api.times('events.patch', { ...this.api.resource(calendar, event), ...resource } as EventResource, calendar) : {};
    if (resource.summary !== undefined) event.title = String(resource.summary);
    if (resource.description !== undefined) event.description = String(resource.description);
    if (resource.location !== undefined) event.location = String(resource.location);
    Object.assign(event, times);
    if (resource.extendedProperties?.private)
      event.privateProperties = { ...event.privateProperties, ...resource.extendedProperties.private };
    event.updated = this.api.runtime.nowMs();
    return this.api.resource(calendar, event);
  }

  /** events.delete (`remove` in Apps Script, `delete` being a reserved word). */
  remove(calendarId: string, eventId: string): void {
    const calendar = this.api.calendar('events.delete', calendarId, true);
    const event = this.find(calendar, eventId, 'events.delete');
    this.api.countWrite('events.delete', false);
    calendar.events.splice(calendar.events.indexOf(event), 1);
  }

  toString(): string {
    return 'Events';
  }

  private find(calendar: CalendarState, eventId: string, method: string): StoredEvent {
    const event = calendar.events.find((e) => e.id === String(eventId));
    if (!event) throw apiError(method, 'Not Found');
    return event as StoredEvent;
  }
}

/** Calendar.Calendars. */
class CalendarsImpl {
  constructor(private readonly api: AdvancedCalendarImpl) {}

  /** calendars.insert: a secondary calendar owned by the user, made by this app. */
  insert(resource: { summary?: string; description?: string; timeZone?: string }): Record<string, unknown> {
    this.api.requireScope('calendars.insert', [auth('calendar'), APP_CREATED, auth('calendar.calendars')]);
    const summary = String(resource?.summary ?? '').trim();
    if (!summary) throw apiError('calendars.insert', 'Missing title.');
    const state = calendarFromSeed(
      {
        id: `${randomUUID().replace(/-/g, '')}@group.calendar.google.com`,
        name: summary,
        description: String(resource.description ?? ''),
        owner: this.api.runtime.current.effectiveUser,
        timeZone: String(resource.timeZone ?? this.api.runtime.context.scriptTimeZone),
      },
      this.api.runtime.nowMs(),
    );
    state.createdByApp = true;
    this.api.store.calendars.push(state);
    return this.api.calendarResource(state);
  }

  /** calendars.get. */
  get(calendarId: string): Record<string, unknown> {
    return this.api.calendarResource(this.api.calendar('calendars.get', calendarId, false));
  }

  toString(): string {
    return 'Calendars';
  }
}

/** The `Calendar` global (Advanced Calendar service, v3). */
export class AdvancedCalendarImpl {
  readonly Events: EventsImpl;
  readonly Calendars: CalendarsImpl;

  constructor(
    readonly runtime: Runtime,
    readonly store: CalendarStore,
  ) {
    this.Events = wrapService(new EventsImpl(this), 'Calendar.Events', runtime.context);
    this.Calendars = wrapService(new CalendarsImpl(this), 'Calendar.Calendars', runtime.context);
  }

  toString(): string {
    return 'Calendar';
  }

  /** The granted scopes (the manifest's, less any the user declined), or null when not enforced. */
  granted(): string[] | null {
    const scopes = this.runtime.options.enforceManifestScopes ? this.runtime.manifest?.oauthScopes : undefined;
    if (!scopes) return null;
    return scopes.filter((scope) => !this.runtime.declinedScopes.has(scope));
  }

  /** Throws the API's 403 unless one of `scopes` is granted. */
  requireScope(method: string, scopes: string[]): void {
    const granted = this.granted();
    if (granted && !scopes.some((scope) => granted.includes(scope)))
      throw apiError(method, 'Request had insufficient authentication scopes.');
  }

  /**
   * The calendar `calendarId` (`primary` = the user's own), checking what the granted scopes reach:
   * `calendar.app.created` only calendars this app made, `calendar.events.public.readonly` only public
   * calendars (read), the broad scopes everything the user may see. Not Found when there is none.
   */
  calendar(method: string, calendarId: string, write: boolean): CalendarState {
    const user = this.runtime.current.effectiveUser;
    const id = calendarId === 'primary' ? user : String(calendarId);
    let calendar = this.store.calendars.find((c) => c.id === id);
    if (!calendar && id === user) {
      // The user's primary calendar always exists (CalendarApp makes the same one on demand).
      calendar = calendarFromSeed({ id: user, name: user, owner: user, timeZone: this.runtime.context.scriptTimeZone }, this.runtime.nowMs());
      this.store.calendars.push(calendar);
    }
    if (!calendar || (calendar.owner !== '' && calendar.owner !== user))
      throw apiError(method, 'Not Found');
    const reach = [...(write ? ALL_WRITE : ALL_READ)];
    if (calendar.createdByApp) reach.push(APP_CREATED);
    if (calendar.owner === '' && !write) reach.push(PUBLIC_READ);
    this.requireScope(method, reach);
    if (write && calendar.readOnly) throw apiError(method, 'Forbidden');
    return calendar;
  }

  /** Counts a creation or deletion against the burst limit and daily quota (403 "Calendar usage limits exceeded."). */
  countWrite(method: string, creation: boolean): void {
    countCalendarWrite(this.runtime, this.store, creation, `API call to calendar.${method} failed with error: Calendar usage limits exceeded.`);
  }

  pageToken(offset: number): string {
    return Buffer.from(`page:${offset}`).toString('base64');
  }

  pageOffset(token: string): number {
    const match = /^page:(\d+)$/.exec(Buffer.from(token, 'base64').toString('utf8'));
    if (!match) throw apiError('events.list', 'Bad Request');
    return Number(match[1]);
  }

  /**
   * The stored start and end of an Event resource: all-day dates (`date`, end exclusive) become
   * midnights in the script's zone (what CalendarApp's getAllDayStartDate returns); date-times must
   * carry an offset or a `timeZone`.
   */
  times(method: string, resource: EventResource, calendar: CalendarState): Pick<StoredEvent, 'start' | 'end' | 'allDay' | 'startZone'> {
    const { start, end } = resource;
    if (!start || !end) throw apiError(method, 'Missing end time.');
    if (start.date !== undefined || end.date !== undefined) {
      const from = ISO_DATE.exec(String(start.date ?? ''));
      const to = ISO_DATE.exec(String(end.date ?? ''));
      if (!from || !to) throw apiError(method, 'Bad Request');
      const zone = this.runtime.context.scriptTimeZone;
      const at = (m: RegExpExecArray) => wallClockToInstant(Date.UTC(+m[1], +m[2] - 1, +m[3]), zone);
      const startMs = at(from);
      const endMs = at(to);
      if (endMs <= startMs) throw apiError(method, 'The specified time range is empty.');
      return { start: startMs, end: endMs, allDay: true, startZone: undefined };
    }
    const parse = (value: EventDateTime): number => {
      const text = String(value.dateTime ?? '');
      const withOffset = RFC3339.test(text);
      if (!withOffset && !(value.timeZone && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)))
        throw apiError(method, 'Bad Request');
      return withOffset ? Date.parse(text) : wallClockToInstant(Date.parse(`${text}Z`), String(value.timeZone));
    };
    const startMs = parse(start);
    const endMs = parse(end);
    if (Number.isNaN(startMs) || Number.isNaN(endMs)) throw apiError(method, 'Bad Request');
    if (endMs < startMs) throw apiError(method, 'The specified time range is empty.');
    return { start: startMs, end: endMs, allDay: false, startZone: start.timeZone ?? calendar.timeZone };
  }

  /** An Event resource as the API returns it. */
  resource(calendar: CalendarState, event: CalendarEventState): Record<string, unknown> {
    const stored = event as StoredEvent;
    const zone = this.runtime.context.scriptTimeZone;
    const when = (ms: number) =>
      event.allDay ? { date: isoDate(ms, zone) } : { dateTime: new Date(ms).toISOString(), timeZone: stored.startZone ?? calendar.timeZone };
    const out: Record<string, unknown> = {
      kind: 'calendar#event',
      id: event.id,
      status: 'confirmed',
      htmlLink: `https://www.google.com/calendar/event?eid=${Buffer.from(`${event.id} ${calendar.id}`).toString('base64')}`,
      created: new Date(event.created).toISOString(),
      updated: new Date(event.updated).toISOString(),
      summary: event.title,
      start: when(event.start),
      end: when(event.allDay && event.end <= event.start ? event.start + DAY : event.end),
      iCalUID: `${event.id}@google.com`,
    };
    if (event.description) out.description = event.description;
    if (event.location) out.location = event.location;
    if (stored.privateProperties || stored.sharedProperties)
      out.extendedProperties = {
        ...(stored.privateProperties ? { private: { ...stored.privateProperties } } : {}),
        ...(stored.sharedProperties ? { shared: { ...stored.sharedProperties } } : {}),
      };
    return out;
  }

  /** A Calendar resource as the API returns it. */
  calendarResource(calendar: CalendarState): Record<string, unknown> {
    return {
      kind: 'calendar#calendar',
      id: calendar.id,
      summary: calendar.name,
      description: calendar.description,
      timeZone: calendar.timeZone,
    };
  }
}

/** Creates the wrapped `Calendar` global over the calendar store CalendarApp also uses. */
export function createAdvancedCalendar(runtime: Runtime, store: CalendarStore): unknown {
  return wrapService(new AdvancedCalendarImpl(runtime, store), 'AdvancedCalendar', runtime.context);
}
