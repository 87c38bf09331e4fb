/** Google Calendar sync: one event per approved, scheduled or published post, found again by post ID so a re-run updates instead of duplicating. */

import { composeMessage, exportLink } from '../domain/export';
import { eventSummary } from '../domain/export/targets/icalendar';
import { t } from '../domain/i18n';
import type { Post } from '../domain/post';
import { parseIsoDate, parseTime, postInstant } from '../domain/schedule/post-instant';
import type { Workbook } from './active-spreadsheet';
import { readCalendarPosts } from './export-posts';
import type { CalendarChoices, CalendarSyncResult } from './export-rpc';
import { readSettings } from './settings-sheet';

type Calendar = GoogleAppsScript.Calendar.Calendar;
type CalendarEvent = GoogleAppsScript.Calendar.CalendarEvent;

/** The scope CalendarApp's write methods need (calendar.events covers only the Advanced Calendar service). */
export const CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar';

/**
 * The statuses whose posts get an event: the ones that are going out or went out. Ideas, drafts and
 * posts in review do not; a post that moves back to them (or is cancelled, or deleted) loses its event.
 */
export const SYNCED_STATUSES: readonly string[] = ['approved', 'scheduled', 'published'];

/** Event tags, so the events can be recognised (and found again if the stored mapping is lost). */
export const POST_ID_TAG = 'contentCalendarPostId';
export const SPREADSHEET_TAG = 'contentCalendarSpreadsheetId';

/** How long a timed post's event lasts. */
const EVENT_MINUTES = 15;
const MINUTE = 60_000;
const DAY = 86_400_000;
/** Stop before Apps Script's 6-minute limit so the mapping of the events made so far is saved. */
const TIME_BUDGET_MS = 4.5 * 60_000;
/** UserProperties key of the calendar the user picked last. */
const CHOSEN_CALENDAR_KEY = 'contentCalendar.syncCalendarId';
/** DocumentProperties keys of the post → event mapping: `calendarSync.<calendar hash>.<post ID>`. */
const MAPPING_PREFIX = 'calendarSync.';

/** What is stored per synced post: event id, content fingerprint, and the event's start and end (ms). */
interface Mapping {
  e: string;
  f: string;
  s: number;
  x: number;
}

/** The event a post should have. */
interface PlannedEvent {
  post: Post;
  sheetRow: number;
  title: string;
  description: string;
  start: number;
  end: number;
  allDay: boolean;
  fingerprint: string;
}

/** A short, stable hash (for property keys and change detection; not for security). */
function hash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x1b873593;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(36) + (h2 >>> 0).toString(36);
}

/** The key prefix of one calendar's mappings. */
function mappingPrefix(calendarId: string): string {
  return `${MAPPING_PREFIX}${hash(calendarId)}.`;
}

/** The event text: the message as it will be published, the tracked link, then the planning details. */
function eventDescription(post: Post, utmTemplate: string | undefined, zone: string): string {
  const details = [
    `Planned: ${post.date}${post.time ? ` ${post.time}` : ''} (${zone})`,
    post.status && `Status: ${post.status}`,
    post.format && `Format: ${post.format}`,
    post.owner && `Owner: ${post.owner}`,
    post.campaign && `Campaign: ${post.campaign}`,
    `Post ID: ${post.id}`,
  ].filter(Boolean);
  return [composeMessage(post), exportLink(post, { utmTemplate }), details.join('\n')].filter((part) => part !== '').join('\n\n');
}

/** The event a post should have, or why it cannot have one. */
function planEvent(post: Post, sheetRow: number, workbook: Workbook, utmTemplate: string | undefined): PlannedEvent | string {
  const locale = workbook.locale;
  if (!post.id) return t(locale, 'sync.skip.noId');
  const date = parseIsoDate(post.date);
  if (!date) return t(locale, 'sync.skip.noDate');
  if (post.time && !parseTime(post.time)) return t(locale, 'sync.skip.badTime', { value: post.time });
  const zone = post.timeZone || workbook.timeZone;
  const title = eventSummary(post);
  const description = eventDescription(post, utmTemplate, zone);
  let start: number;
  let end: number;
  const allDay = !post.time;
  if (allDay) {
    // All-day events are placed by calendar date; the runtime's local midnight is what CalendarApp reads.
    start = new Date(date[0], date[1] - 1, date[2]).getTime();
    end = start + DAY;
  } else {
    const at = postInstant(post, workbook.timeZone);
    if (!at) return t(locale, 'sync.skip.badZone', { value: zone });
    start = at.getTime();
    end = start + EVENT_MINUTES * MINUTE;
  }
  const fingerprint = hash(JSON.stringify([title, description, start, end, allDay]));
  return { post, sheetRow, title, description, start, end, allDay, fingerprint };
}

/** The calendars the user owns (the ones the add-on may write to), the default first. */
export function listCalendars(): CalendarChoices {
  const defaultId = CalendarApp.getDefaultCalendar().getId();
  const calendars = CalendarApp.getAllOwnedCalendars()
    .map((calendar) => ({ id: calendar.getId(), name: calendar.getName(), isDefault: calendar.getId() === defaultId }))
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name));
  const selectedId = PropertiesService.getUserProperties().getProperty(CHOSEN_CALENDAR_KEY) ?? '';
  return { calendars, selectedId: calendars.some((c) => c.id === selectedId) ? selectedId : '' };
}

/**
 * The calendar to sync to: `calendarId` when given (and remembered for next time), else the one the
 * user picked last, else their default calendar. Null when the given calendar is not theirs to see.
 */
export function chooseCalendar(calendarId: string | undefined): Calendar | null {
  const properties = PropertiesService.getUserProperties();
  if (calendarId) {
    const calendar = CalendarApp.getCalendarById(calendarId);
    if (calendar) properties.setProperty(CHOSEN_CALENDAR_KEY, calendarId);
    return calendar;
  }
  const remembered = properties.getProperty(CHOSEN_CALENDAR_KEY);
  return (remembered && CalendarApp.getCalendarById(remembered)) || CalendarApp.getDefaultCalendar();
}

/** Creates the event of a plan, tagged with the post and spreadsheet IDs. */
function createEvent(calendar: Calendar, plan: PlannedEvent, spreadsheetId: string): CalendarEvent {
  const options = { description: plan.description };
  const event = plan.allDay
    ? calendar.createAllDayEvent(plan.title, new Date(plan.start), options)
    : calendar.createEvent(plan.title, new Date(plan.start), new Date(plan.end), options);
  event.setTag(POST_ID_TAG, plan.post.id);
  event.setTag(SPREADSHEET_TAG, spreadsheetId);
  return event;
}

/**
 * Syncs the calendar's posts to `calendar`. The post → event mapping lives in DocumentProperties (one
 * read, one write), so unchanged posts cost no Calendar call; one getEvents over the span of the old
 * and new times finds the existing events (an event deleted by hand is made again). A changed post's
 * event gets its new title, time and text; a post that left the synced statuses or the sheet loses
 * its event. Spreadsheet calls: a constant number (one read of the Calendar sheet, one of Settings).
 */
export function syncCalendarEvents(workbook: Workbook, calendar: Calendar): CalendarSyncResult {
  const started = Date.now();
  const locale = workbook.locale;
  const spreadsheetId = workbook.spreadsheet.getId();
  const settings = readSettings(workbook.spreadsheet);
  const utmTemplate = settings.values['utm template']?.trim() || undefined;
  const { posts, rows } = readCalendarPosts(workbook);

  const plans: PlannedEvent[] = [];
  const skipped: Array<{ postId: string; sheetRow: number; reason: string }> = [];
  const seen = new Set<string>();
  posts.forEach((post, i) => {
    if (!SYNCED_STATUSES.includes(post.status.trim().toLowerCase())) return;
    const plan = planEvent(post, rows[i], workbook, utmTemplate);
    if (typeof plan === 'string') skipped.push({ postId: post.id, sheetRow: rows[i], reason: plan });
    else if (seen.has(post.id)) skipped.push({ postId: post.id, sheetRow: rows[i], reason: t(locale, 'sync.skip.duplicateId') });
    else {
      seen.add(post.id);
      plans.push(plan);
    }
  });

  const documentProperties = PropertiesService.getDocumentProperties();
  const stored = documentProperties.getProperties();
  const prefix = mappingPrefix(calendar.getId());
  const mappings = new Map<string, Mapping>();
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(prefix)) continue;
    try {
      mappings.set(key.slice(prefix.length), JSON.parse(value) as Mapping);
    } catch {
      // A damaged entry is treated as missing: the tag lookup below finds its event.
    }
  }

  // One read of every event in the span the old and new times cover.
  let low = Infinity;
  let high = -Infinity;
  for (const { start, end } of plans) [low, high] = [Math.min(low, start), Math.max(high, end)];
  for (const { s, x } of mappings.values()) [low, high] = [Math.min(low, s), Math.max(high, x)];
  const events = low <= high ? calendar.getEvents(new Date(low - DAY), new Date(high + DAY)) : [];
  const byId = new Map<string, CalendarEvent>();
  for (const event of events) byId.set(event.getId(), event);
  let byTag: Map<string, CalendarEvent> | null = null;
  const taggedEvent = (postId: string): CalendarEvent | undefined => {
    if (!byTag) {
      byTag = new Map();
      for (const event of events) {
        if (event.getTag(SPREADSHEET_TAG) === spreadsheetId) byTag.set(event.getTag(POST_ID_TAG), event);
      }
    }
    return byTag.get(postId);
  };

  const changed: Record<string, string> = {};
  const removedKeys: string[] = [];
  const counts = { created: 0, updated: 0, unchanged: 0, removed: 0 };
  let stopped: string | undefined;
  try {
    for (const plan of plans) {
      if (Date.now() - started > TIME_BUDGET_MS) {
        stopped = t(locale, 'sync.stopped.time');
        break;
      }
      const id = plan.post.id;
      const mapping = mappings.get(id);
      const existing = (mapping && byId.get(mapping.e)) || (!mapping ? taggedEvent(id) : undefined);
      let event: CalendarEvent;
      if (existing && mapping?.f === plan.fingerprint) {
        counts.unchanged++;
        continue;
      } else if (existing && !plan.allDay && !existing.isAllDayEvent()) {
        existing.setTitle(plan.title);
        existing.setTime(new Date(plan.start), new Date(plan.end));
        existing.setDescription(plan.description);
        event = existing;
        counts.updated++;
      } else {
        // New, deleted by hand, or all-day ↔ timed / a new all-day date: made again (still one event).
        if (existing) existing.deleteEvent();
        event = createEvent(calendar, plan, spreadsheetId);
        if (existing) counts.updated++;
        else counts.created++;
      }
      changed[prefix + id] = JSON.stringify({ e: event.getId(), f: plan.fingerprint, s: plan.start, x: plan.end } satisfies Mapping);
    }
    if (!stopped) {
      for (const [id, mapping] of mappings) {
        if (seen.has(id)) continue;
        byId.get(mapping.e)?.deleteEvent();
        removedKeys.push(prefix + id);
        counts.removed++;
      }
    }
  } catch (error) {
    stopped = t(locale, 'sync.stopped.error', { message: error instanceof Error ? error.message : String(error) });
  } finally {
    if (Object.keys(changed).length > 0) documentProperties.setProperties(changed);
    for (const key of removedKeys) documentProperties.deleteProperty(key);
  }

  const calendarName = calendar.getName();
  const message = t(locale, stopped ? 'sync.partial' : 'sync.done', {
    calendar: calendarName,
    ...counts,
    skipped: skipped.length,
    reason: stopped ?? '',
  });
  return { ok: true, calendarId: calendar.getId(), calendarName, ...counts, skipped, stopped, message };
}
