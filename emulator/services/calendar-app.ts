/** CalendarApp (minimal): calendars and events, including read-only seeded calendars such as public holidays. */

import { randomUUID } from 'node:crypto';
import { isDate, wrapService } from '../core/context';
import { ServiceException, typeToken } from '../core/errors';
import type { Runtime } from '../runtime/runtime';

/** One event, serialisable (times in ms since epoch). */
export interface CalendarEventState {
  id: string;
  title: string;
  start: number;
  end: number;
  allDay: boolean;
  description: string;
  location: string;
  tags: Record<string, string>;
  created: number;
  updated: number;
}

/** One calendar, serialisable. */
export interface CalendarState {
  id: string;
  name: string;
  description: string;
  timeZone: string;
  /** Who owns it ('' for public calendars such as holidays). */
  owner: string;
  readOnly: boolean;
  events: CalendarEventState[];
  /**
   * Users who subscribed to this public calendar (holidays). CalendarApp.getCalendarById returns null
   * for a public calendar the user has not subscribed to, as Google's does; the Calendar API
   * (Calendar.Events.list) reads it without a subscription.
   */
  subscribers?: string[];
  /** Made by the add-on with Calendar.Calendars.insert (reachable with the `calendar.app.created` scope). */
  createdByApp?: boolean;
}

/** What tests pass to seed a calendar. */
export interface CalendarSeed {
  id: string;
  name?: string;
  description?: string;
  timeZone?: string;
  owner?: string;
  readOnly?: boolean;
  /** Users subscribed to a public calendar (default none: CalendarApp.getCalendarById returns null for it). */
  subscribers?: string[];
  events?: Array<{
    title: string;
    start: Date | string;
    end?: Date | string;
    allDay?: boolean;
    description?: string;
    location?: string;
    id?: string;
  }>;
}

/** Events one user may create per day (engineering §4.5, consumer). */
export const EVENTS_PER_DAY = 5000;
/**
 * CalendarApp's refusal of a burst of creations or deletions, long before the daily quota (Google's
 * text; https://developers.google.com/apps-script/guides/services/quotas lists only daily "Calendar
 * events created" quotas, and Google documents no burst size, so the emulator takes a strict one).
 */
export const TOO_MANY_EVENTS =
  'You have been creating or deleting too many calendars or calendar events in a short time. Please try again later.';
/**
 * The burst model: at most `limit` event creations or deletions per user in any `windowMs` (default 60
 * in a minute). Google does not publish the figure; the Calendar API's "Calendar usage limits exceeded"
 * (https://developers.google.com/workspace/calendar/api/guides/errors#403_calendar_usage_limits_exceeded)
 * is the same limit seen through the Advanced service.
 */
export const DEFAULT_CALENDAR_BURST = { limit: 60, windowMs: 60_000 };
const NOT_ALLOWED = 'Action not allowed';
const DAY = 86400000;

/** The calendars every user sees, plus a creation counter for the daily quota. */
export interface CalendarStore {
  calendars: CalendarState[];
  created: Record<string, number>;
  /** Virtual times (ms) of recent creations and deletions, per user, for the burst limit. */
  recent?: Record<string, number[]>;
  /** The burst limit in force (see DEFAULT_CALENDAR_BURST); absent = the default. */
  burst?: { limit: number; windowMs: number };
}

/**
 * Counts one event creation or deletion by the running user against the burst limit and the daily
 * quota, throwing `message` (CalendarApp's or the Calendar API's text) when either is exceeded.
 */
export function countCalendarWrite(runtime: Runtime, store: CalendarStore, creation: boolean, message: string): void {
  const user = runtime.current.effectiveUser;
  const now = runtime.nowMs();
  const burst = store.burst ?? DEFAULT_CALENDAR_BURST;
  store.recent ??= {};
  const recent = (store.recent[user] ?? []).filter((at) => at > now - burst.windowMs);
  if (recent.length >= burst.limit) {
    store.recent[user] = recent;
    throw new ServiceException(message);
  }
  recent.push(now);
  store.recent[user] = recent;
  if (!creation) return;
  const key = `${user}|${Math.floor(now / DAY)}`;
  if ((store.created[key] ?? 0) >= EVENTS_PER_DAY) throw new ServiceException(message);
  store.created[key] = (store.created[key] ?? 0) + 1;
}

/** Whether `user` may see `calendar` through CalendarApp: their own, or a public one they subscribed to. */
export function visibleInCalendarApp(calendar: CalendarState, user: string): boolean {
  if (calendar.owner === user) return true;
  if (calendar.owner === '') return (calendar.subscribers ?? []).includes(user);
  return true;
}

function time(value: unknown, method: string, args: unknown[]): number {
  if (!isDate(value))
    throw new ServiceException(
      `The parameters (${args.map(typeToken).join(',')}) don't match the method signature for CalendarApp.${method}.`,
    );
  return value.getTime();
}

/** Builds a calendar from a seed (all-day events without an end last one day). */
export function calendarFromSeed(seed: CalendarSeed, now: number): CalendarState {
  return {
    id: seed.id,
    name: seed.name ?? seed.id,
    description: seed.description ?? '',
    timeZone: seed.timeZone ?? 'UTC',
    owner: seed.owner ?? '',
    readOnly: seed.readOnly ?? !seed.owner,
    ...(seed.subscribers ? { subscribers: [...seed.subscribers] } : {}),
    events: (seed.events ?? []).map((event) => {
      const start = new Date(event.start).getTime();
      const end =
        event.end !== undefined ? new Date(event.end).getTime() : start + (event.allDay === false ? 3600000 : DAY);
      return {
        id: event.id ?? `${randomUUID().replace(/-/g, '').slice(0, 26)}@google.com`,
        title: event.title,
        start,
        end,
        allDay: event.allDay ?? event.end === undefined,
        description: event.description ?? '',
        location: event.location ?? '',
        tags: {},
        created: now,
        updated: now,
      };
    }),
  };
}

/** An event. */
export class CalendarEventImpl implements Pick<
  GoogleAppsScript.Calendar.CalendarEvent,
  | 'getId'
  | 'getTitle'
  | 'setTitle'
  | 'getDescription'
  | 'setDescription'
  | 'getLocation'
  | 'setLocation'
  | 'getStartTime'
  | 'getEndTime'
  | 'setTime'
  | 'isAllDayEvent'
  | 'getAllDayStartDate'
  | 'getAllDayEndDate'
  | 'getTag'
  | 'setTag'
  | 'getAllTagKeys'
  | 'deleteTag'
  | 'deleteEvent'
  | 'getOriginalCalendarId'
  | 'getDateCreated'
  | 'getLastUpdated'
> {
  constructor(
    private readonly app: CalendarAppImpl,
    private readonly calendar: CalendarState,
    private readonly state: CalendarEventState,
  ) {}

  getId(): string {
    return this.state.id;
  }
  getTitle(): string {
    return this.state.title;
  }
  setTitle(title: string): GoogleAppsScript.Calendar.CalendarEvent {
    this.write();
    this.state.title = String(title);
    return this.self();
  }
  getDescription(): string {
    return this.state.description;
  }
  setDescription(description: string): GoogleAppsScript.Calendar.CalendarEvent {
    this.write();
    this.state.description = String(description);
    return this.self();
  }
  getLocation(): string {
    return this.state.location;
  }
  setLocation(location: string): GoogleAppsScript.Calendar.CalendarEvent {
    this.write();
    this.state.location = String(location);
    return this.self();
  }
  getStartTime(): GoogleAppsScript.Base.Date {
    return new Date(this.state.start) as unknown as GoogleAppsScript.Base.Date;
  }
  getEndTime(): GoogleAppsScript.Base.Date {
    return new Date(this.state.end) as unknown as GoogleAppsScript.Base.Date;
  }
  setTime(startTime: Date, endTime: Date): GoogleAppsScript.Calendar.CalendarEvent {
    const start = time(startTime, 'CalendarEvent.setTime', [startTime, endTime]);
    const end = time(endTime, 'CalendarEvent.setTime', [startTime, endTime]);
    if (end < start) throw new ServiceException('Event start date must be before event end date.');
    this.write();
    Object.assign(this.state, { start, end, allDay: false });
    return this.self();
  }
  isAllDayEvent(): boolean {
    return this.state.allDay;
  }
  getAllDayStartDate(): GoogleAppsScript.Base.Date {
    if (!this.state.allDay) throw new ServiceException('Event is not an all-day event.');
    return new Date(this.state.start) as unknown as GoogleAppsScript.Base.Date;
  }
  getAllDayEndDate(): GoogleAppsScript.Base.Date {
    if (!this.state.allDay) throw new ServiceException('Event is not an all-day event.');
    return new Date(this.state.end) as unknown as GoogleAppsScript.Base.Date;
  }
  /** The tag's value, or null. */
  getTag(key: string): string {
    return (Object.prototype.hasOwnProperty.call(this.state.tags, key) ? this.state.tags[key] : null) as string;
  }
  setTag(key: string, value: string): GoogleAppsScript.Calendar.CalendarEvent {
    this.write();
    this.state.tags[String(key)] = String(value);
    return this.self();
  }
  getAllTagKeys(): string[] {
    return Object.keys(this.state.tags);
  }
  deleteTag(key: string): GoogleAppsScript.Calendar.CalendarEvent {
    this.write();
    delete this.state.tags[String(key)];
    return this.self();
  }
  deleteEvent(): void {
    this.write();
    this.app.countWrite(false);
    const index = this.calendar.events.indexOf(this.state);
    if (index >= 0) this.calendar.events.splice(index, 1);
  }
  getOriginalCalendarId(): string {
    return this.calendar.id;
  }
  getDateCreated(): GoogleAppsScript.Base.Date {
    return new Date(this.state.created) as unknown as GoogleAppsScript.Base.Date;
  }
  getLastUpdated(): GoogleAppsScript.Base.Date {
    return new Date(this.state.updated) as unknown as GoogleAppsScript.Base.Date;
  }
  toString(): string {
    return 'CalendarEvent';
  }
  private write(): void {
    if (this.calendar.readOnly) throw new ServiceException(NOT_ALLOWED);
    this.state.updated = this.app.runtime.nowMs();
  }
  private self(): GoogleAppsScript.Calendar.CalendarEvent {
    return this as unknown as GoogleAppsScript.Calendar.CalendarEvent;
  }
}

/** A calendar. */
export class CalendarImpl implements Pick<
  GoogleAppsScript.Calendar.Calendar,
  | 'getId'
  | 'getName'
  | 'getDescription'
  | 'getTimeZone'
  | 'isOwnedByMe'
  | 'createEvent'
  | 'getEvents'
  | 'getEventsForDay'
  | 'getEventById'
> {
  constructor(
    private readonly app: CalendarAppImpl,
    readonly state: CalendarState,
  ) {}

  getId(): string {
    return this.state.id;
  }
  getName(): string {
    return this.state.name;
  }
  getDescription(): string {
    return this.state.description;
  }
  getTimeZone(): string {
    return this.state.timeZone;
  }
  isOwnedByMe(): boolean {
    return this.state.owner !== '' && this.state.owner === this.app.runtime.current.user;
  }
  createEvent(
    title: string,
    startTime: Date,
    endTime: Date,
    options?: { description?: string; location?: string },
  ): GoogleAppsScript.Calendar.CalendarEvent {
    const args = [title, startTime, endTime, ...(options ? [options] : [])];
    if (typeof title !== 'string')
      throw new ServiceException(
        `The parameters (${args.map(typeToken).join(',')}) don't match the method signature for CalendarApp.Calendar.createEvent.`,
      );
    const start = time(startTime, 'Calendar.createEvent', args);
    const end = time(endTime, 'Calendar.createEvent', args);
    if (end < start) throw new ServiceException('Event start date must be before event end date.');
    return this.add(title, start, end, false, options);
  }
  createAllDayEvent(
    title: string,
    date: Date,
    endDateOrOptions?: Date | { description?: string; location?: string },
    maybeOptions?: { description?: string; location?: string },
  ): GoogleAppsScript.Calendar.CalendarEvent {
    const day = time(date, 'Calendar.createAllDayEvent', [title, date]);
    const endDate = isDate(endDateOrOptions) ? endDateOrOptions.getTime() : day + DAY;
    const options = isDate(endDateOrOptions)
      ? maybeOptions
      : (endDateOrOptions as { description?: string; location?: string } | undefined);
    return this.add(String(title), day, endDate, true, options);
  }
  /** Events overlapping [startTime, endTime), by start time. */
  getEvents(
    startTime: Date,
    endTime: Date,
    options?: { search?: string; max?: number },
  ): GoogleAppsScript.Calendar.CalendarEvent[] {
    const start = time(startTime, 'Calendar.getEvents', [startTime, endTime]);
    const end = time(endTime, 'Calendar.getEvents', [startTime, endTime]);
    let events = this.state.events.filter((e) => e.end > start && e.start < end).sort((a, b) => a.start - b.start);
    if (options?.search)
      events = events.filter((e) =>
        `${e.title} ${e.description} ${e.location}`.toLowerCase().includes(String(options.search).toLowerCase()),
      );
    if (options?.max !== undefined) events = events.slice(0, Number(options.max));
    return events.map((e) => this.app.wrapEvent(this.state, e));
  }
  getEventsForDay(date: Date): GoogleAppsScript.Calendar.CalendarEvent[] {
    const day = time(date, 'Calendar.getEventsForDay', [date]);
    return this.getEvents(new Date(day), new Date(day + DAY));
  }
  /** The event, or null. */
  getEventById(iCalId: string): GoogleAppsScript.Calendar.CalendarEvent {
    const event = this.state.events.find((e) => e.id === iCalId);
    return (event ? this.app.wrapEvent(this.state, event) : null) as GoogleAppsScript.Calendar.CalendarEvent;
  }
  toString(): string {
    return 'Calendar';
  }

  private add(
    title: string,
    start: number,
    end: number,
    allDay: boolean,
    options?: { description?: string; location?: string },
  ): GoogleAppsScript.Calendar.CalendarEvent {
    if (this.state.readOnly) throw new ServiceException(NOT_ALLOWED);
    this.app.countWrite(true);
    const now = this.app.runtime.nowMs();
    const event: CalendarEventState = {
      id: `${randomUUID().replace(/-/g, '').slice(0, 26)}@google.com`,
      title,
      start,
      end,
      allDay,
      description: options?.description !== undefined ? String(options.description) : '',
      location: options?.location !== undefined ? String(options.location) : '',
      tags: {},
      created: now,
      updated: now,
    };
    this.state.events.push(event);
    return this.app.wrapEvent(this.state, event);
  }
}

/** CalendarApp. */
export class CalendarAppImpl implements Pick<
  GoogleAppsScript.Calendar.CalendarApp,
  | 'getCalendarById'
  | 'getAllCalendars'
  | 'getAllOwnedCalendars'
  | 'getDefaultCalendar'
  | 'getCalendarsByName'
  | 'createCalendar'
  | 'getName'
  | 'getId'
> {
  constructor(
    readonly runtime: Runtime,
    private readonly store: CalendarStore,
  ) {}

  /** The calendar, or null if there is none with that id (or it is a public calendar the user has not subscribed to). */
  getCalendarById(id: string): GoogleAppsScript.Calendar.Calendar {
    const user = this.runtime.current.user;
    const calendar = this.store.calendars.find((c) => c.id === id && visibleInCalendarApp(c, user));
    return (calendar ? this.wrap(calendar) : null) as GoogleAppsScript.Calendar.Calendar;
  }
  getAllCalendars(): GoogleAppsScript.Calendar.Calendar[] {
    this.defaultState();
    const user = this.runtime.current.user;
    return this.store.calendars.filter((c) => visibleInCalendarApp(c, user)).map((c) => this.wrap(c));
  }
  getAllOwnedCalendars(): GoogleAppsScript.Calendar.Calendar[] {
    this.defaultState();
    const user = this.runtime.current.user;
    return this.store.calendars.filter((c) => c.owner === user).map((c) => this.wrap(c));
  }
  getCalendarsByName(name: string): GoogleAppsScript.Calendar.Calendar[] {
    this.defaultState();
    const user = this.runtime.current.user;
    return this.store.calendars
      .filter((c) => c.name === name && visibleInCalendarApp(c, user))
      .map((c) => this.wrap(c));
  }
  /** The user's primary calendar (its id is the user's email). */
  getDefaultCalendar(): GoogleAppsScript.Calendar.Calendar {
    return this.wrap(this.defaultState());
  }
  createCalendar(name: string): GoogleAppsScript.Calendar.Calendar {
    const state = calendarFromSeed(
      {
        id: `${randomUUID().replace(/-/g, '')}@group.calendar.google.com`,
        name: String(name),
        owner: this.runtime.current.user,
        timeZone: this.runtime.context.scriptTimeZone,
      },
      this.runtime.nowMs(),
    );
    this.store.calendars.push(state);
    return this.wrap(state);
  }
  getName(): string {
    return this.defaultState().name;
  }
  getId(): string {
    return this.defaultState().id;
  }
  createEvent(
    title: string,
    startTime: Date,
    endTime: Date,
    options?: { description?: string; location?: string },
  ): GoogleAppsScript.Calendar.CalendarEvent {
    return new CalendarImpl(this, this.defaultState()).createEvent(title, startTime, endTime, options);
  }
  getEvents(startTime: Date, endTime: Date): GoogleAppsScript.Calendar.CalendarEvent[] {
    return new CalendarImpl(this, this.defaultState()).getEvents(startTime, endTime);
  }
  getEventById(iCalId: string): GoogleAppsScript.Calendar.CalendarEvent {
    return new CalendarImpl(this, this.defaultState()).getEventById(iCalId);
  }
  toString(): string {
    return 'CalendarApp';
  }

  /** Counts an event creation or deletion against the burst limit and the daily quota. */
  countWrite(creation: boolean): void {
    countCalendarWrite(this.runtime, this.store, creation, TOO_MANY_EVENTS);
  }

  /** A wrapped event. */
  wrapEvent(calendar: CalendarState, event: CalendarEventState): GoogleAppsScript.Calendar.CalendarEvent {
    return wrapService(
      new CalendarEventImpl(this, calendar, event),
      'CalendarEvent',
      this.runtime.context,
    ) as unknown as GoogleAppsScript.Calendar.CalendarEvent;
  }

  private wrap(state: CalendarState): GoogleAppsScript.Calendar.Calendar {
    return wrapService(
      new CalendarImpl(this, state),
      'Calendar',
      this.runtime.context,
    ) as unknown as GoogleAppsScript.Calendar.Calendar;
  }

  private defaultState(): CalendarState {
    const user = this.runtime.current.user;
    let state = this.store.calendars.find((c) => c.id === user);
    if (!state) {
      state = calendarFromSeed(
        { id: user, name: user, owner: user, timeZone: this.runtime.context.scriptTimeZone },
        this.runtime.nowMs(),
      );
      this.store.calendars.push(state);
    }
    return state;
  }
}

/** Creates the wrapped CalendarApp global over a calendar store. */
export function createCalendarApp(runtime: Runtime, store: CalendarStore): GoogleAppsScript.Calendar.CalendarApp {
  return wrapService(
    new CalendarAppImpl(runtime, store),
    'CalendarApp',
    runtime.context,
  ) as unknown as GoogleAppsScript.Calendar.CalendarApp;
}
