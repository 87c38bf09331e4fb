/** Google Calendar sync: one event per approved, scheduled or published post, in a calendar the add-on makes for the plan, found again by the post ID kept in the event itself. */

import { eventDescription, eventSummary } from '../domain/export/event-text';
import { t } from '../domain/i18n';
import type { Post } from '../domain/post';
import { stableHash } from '../domain/stable-hash';
import { parseIsoDate, parseTime, postInstant } from '../domain/schedule/post-instant';
import {
  calendarTitle,
  createCalendar,
  errorMessage,
  insertEvent,
  isBurstError,
  listEvents,
  patchEvent,
  removeEvent,
  withBackoff,
} from '../services/google-calendar';
import type { Workbook } from './active-spreadsheet';
import { readCalendarPosts } from './export-posts';
import type { CalendarChoices, CalendarSyncResult } from '../shared/export-contract';
import { readSettings } from './settings-sheet';

type ApiEvent = GoogleAppsScript.Calendar.Schema.Event;

/**
 * The statuses whose posts get an event: the ones that are going out or went out. Ideas, drafts and
 * posts in review do not; a post that moves back to them (or is cancelled, or deleted) loses its event.
 */
export const SYNCED_STATUSES: readonly string[] = ['approved', 'scheduled', 'published'];

/**
 * Private extended properties of each event (only this add-on sees them): the post, the spreadsheet
 * and a fingerprint of what was written. They are the post → event mapping: one events.list filtered
 * by `privateExtendedProperty` finds every event of the plan, so nothing grows in Properties (whose
 * 500 KB store overflowed at about 3,600 posts when the mapping lived there).
 */
export const POST_ID_TAG = 'contentCalendarPostId';
export const SPREADSHEET_TAG = 'contentCalendarSpreadsheetId';
export const FINGERPRINT_TAG = 'contentCalendarFingerprint';

/** How long a timed post's event lasts. */
const EVENT_MINUTES = 15;
const MINUTE = 60_000;
/** Stop writing at 4.5 minutes so the run ends well inside Apps Script's 6-minute limit. */
const TIME_BUDGET_MS = 4.5 * 60_000;
/** UserProperties key of the user's sync calendar for one spreadsheet (a few bytes per spreadsheet). */
const CALENDAR_KEY_PREFIX = 'contentCalendar.syncCalendar.';
/** Where older versions kept the mapping (DocumentProperties); removed on the next sync. */
const OLD_MAPPING_PREFIX = 'calendarSync.';

/** The event a post should have. */
interface PlannedEvent {
  post: Post;
  sheetRow: number;
  resource: ApiEvent;
  allDay: boolean;
  fingerprint: string;
}

/** The day after a `yyyy-MM-dd` date (all-day events end on the next day, exclusive). */
function nextDay([year, month, day]: [number, number, number]): string {
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** The event a post should have (an Event resource of the Calendar API), or why it cannot have one. */
function planEvent(post: Post, sheetRow: number, workbook: Workbook, spreadsheetId: string, utmTemplate: string | undefined): PlannedEvent | string {
  const locale = workbook.locale;
  if (!post.id) return t(locale, 'sync.skip.noId');
  const date = parseIsoDate(post.date);
  if (!date) return t(locale, 'sync.skip.noDate');
  if (post.time && !parseTime(post.time)) return t(locale, 'sync.skip.badTime', { value: post.time });
  const zone = post.timeZone || workbook.timeZone;
  const allDay = !post.time;
  let start: GoogleAppsScript.Calendar.Schema.EventDateTime;
  let end: GoogleAppsScript.Calendar.Schema.EventDateTime;
  if (allDay) {
    // All-day events are calendar dates: no instant, no zone.
    start = { date: post.date };
    end = { date: nextDay(date) };
  } else {
    const at = postInstant(post, workbook.timeZone);
    if (!at) return t(locale, 'sync.skip.badZone', { value: zone });
    start = { dateTime: at.toISOString(), timeZone: zone };
    end = { dateTime: new Date(at.getTime() + EVENT_MINUTES * MINUTE).toISOString(), timeZone: zone };
  }
  const summary = eventSummary(post);
  const description = eventDescription(post, zone, utmTemplate);
  const fingerprint = stableHash(JSON.stringify([summary, description, start, end]));
  const resource: ApiEvent = {
    summary,
    description,
    start,
    end,
    extendedProperties: { private: { [POST_ID_TAG]: post.id, [SPREADSHEET_TAG]: spreadsheetId, [FINGERPRINT_TAG]: fingerprint } },
  };
  return { post, sheetRow, resource, allDay, fingerprint };
}

/** The user's sync calendar for this spreadsheet, its UserProperties key. */
function calendarKey(workbook: Workbook): string {
  return CALENDAR_KEY_PREFIX + workbook.spreadsheet.getId();
}

/** The title of the calendar the add-on makes for this plan. */
function planCalendarTitle(workbook: Workbook): string {
  return t(workbook.locale, 'sync.calendarName', { name: workbook.spreadsheet.getName() });
}

/**
 * The user's sync calendar for this spreadsheet: the one the add-on made earlier (if it still exists),
 * else, when `create`, a new secondary calendar in the spreadsheet's zone. Null when there is none yet.
 */
export function planCalendar(workbook: Workbook, create: boolean): { id: string; title: string } | null {
  const properties = PropertiesService.getUserProperties();
  const key = calendarKey(workbook);
  const stored = properties.getProperty(key);
  const title = stored ? calendarTitle(stored) : null;
  if (stored && title !== null) return { id: stored, title };
  if (!create) return null;
  const name = planCalendarTitle(workbook);
  const id = createCalendar(name, workbook.timeZone, t(workbook.locale, 'sync.calendarDescription'));
  properties.setProperty(key, id);
  return { id, title: name };
}

/** What the Export dialog shows before a sync: the plan's calendar (made on the first sync). */
export function calendarChoices(workbook: Workbook): CalendarChoices {
  const calendar = planCalendar(workbook, false);
  const name = calendar?.title ?? planCalendarTitle(workbook);
  return { calendars: [{ id: calendar?.id ?? '', name, isDefault: true }], selectedId: calendar?.id ?? '', isNew: !calendar };
}

/** The events of this spreadsheet in the calendar, by post ID (extra copies of one post are listed apart). */
function existingEvents(calendarId: string, spreadsheetId: string): { byPost: Map<string, ApiEvent>; extra: ApiEvent[] } {
  const byPost = new Map<string, ApiEvent>();
  const extra: ApiEvent[] = [];
  for (const event of listEvents(calendarId, { privateExtendedProperty: `${SPREADSHEET_TAG}=${spreadsheetId}`, showDeleted: false })) {
    const postId = event.extendedProperties?.private?.[POST_ID_TAG];
    if (!postId || byPost.has(postId)) extra.push(event);
    else byPost.set(postId, event);
  }
  return { byPost, extra };
}

/** Drops the mapping older versions kept in DocumentProperties (it is in the events now). */
function dropOldMapping(): void {
  const properties = PropertiesService.getDocumentProperties();
  for (const key of properties.getKeys()) if (key.startsWith(OLD_MAPPING_PREFIX)) properties.deleteProperty(key);
}

/** The posts to sync as events, and those that cannot be synced (with why). */
function planEvents(workbook: Workbook, spreadsheetId: string): { plans: PlannedEvent[]; skipped: Array<{ postId: string; sheetRow: number; reason: string }> } {
  const settings = readSettings(workbook.spreadsheet);
  const utmTemplate = settings.values['utm template']?.trim() || undefined;
  const { posts, rows } = readCalendarPosts(workbook);
  const plans: PlannedEvent[] = [];
  const skipped: Array<{ postId: string; sheetRow: number; reason: string }> = [];
  const seen = new Set<string>();
  posts.forEach((post, i) => {
    if (!SYNCED_STATUSES.includes(post.status.trim().toLowerCase())) return;
    const plan = planEvent(post, rows[i], workbook, spreadsheetId, utmTemplate);
    if (typeof plan === 'string') skipped.push({ postId: post.id, sheetRow: rows[i], reason: plan });
    else if (seen.has(post.id)) skipped.push({ postId: post.id, sheetRow: rows[i], reason: t(workbook.locale, 'sync.skip.duplicateId') });
    else {
      seen.add(post.id);
      plans.push(plan);
    }
  });
  return { plans, skipped };
}

/**
 * Syncs the calendar's posts to the plan's calendar `calendar`. One paged events.list finds every
 * event of this spreadsheet by its private extended property, so unchanged posts cost no further
 * call, an event deleted by hand is made again, and a changed post's event is patched (or remade
 * when it turns all-day ↔ timed). A post that left the synced statuses or the sheet loses its event.
 * When Calendar refuses a burst, each call is retried after 1 s, 2 s, 4 s … waits; at 4.5 minutes (or
 * when Calendar still refuses) it stops and says how many posts are left for the next run.
 * Spreadsheet calls: a constant number (one read of the Calendar sheet, one of Settings).
 */
export function syncCalendarEvents(workbook: Workbook, calendar: { id: string; title: string }): CalendarSyncResult {
  const deadline = Date.now() + TIME_BUDGET_MS;
  const locale = workbook.locale;
  const spreadsheetId = workbook.spreadsheet.getId();
  const { plans, skipped } = planEvents(workbook, spreadsheetId);
  const { byPost, extra } = existingEvents(calendar.id, spreadsheetId);
  const wanted = new Set(plans.map((plan) => plan.post.id));
  const removals = [...extra, ...[...byPost].filter(([postId]) => !wanted.has(postId)).map(([, event]) => event)];

  const counts = { created: 0, updated: 0, unchanged: 0, removed: 0 };
  let done = 0;
  let stopped: string | undefined;
  const write = (call: () => void): boolean => {
    if (Date.now() > deadline) {
      stopped = t(locale, 'sync.stopped.time');
      return false;
    }
    try {
      withBackoff(call, deadline);
      return true;
    } catch (error) {
      stopped = t(locale, isBurstError(error) ? 'sync.stopped.burst' : 'sync.stopped.error', { message: errorMessage(error) });
      return false;
    }
  };
  for (const plan of plans) {
    const existing = byPost.get(plan.post.id);
    if (existing && existing.extendedProperties?.private?.[FINGERPRINT_TAG] === plan.fingerprint) {
      counts.unchanged++;
      done++;
      continue;
    }
    const sameKind = existing && Boolean(existing.start?.date) === plan.allDay;
    const ok = existing
      ? write(() => (sameKind ? patchEvent(calendar.id, existing.id!, plan.resource) : (removeEvent(calendar.id, existing.id!), void insertEvent(calendar.id, plan.resource))))
      : write(() => void insertEvent(calendar.id, plan.resource));
    if (!ok) break;
    counts[existing ? 'updated' : 'created']++;
    done++;
  }
  let removalsLeft = removals.length;
  if (!stopped) {
    for (const event of removals) {
      if (!write(() => removeEvent(calendar.id, event.id!))) break;
      counts.removed++;
      removalsLeft--;
    }
  }
  dropOldMapping();
  const remaining = plans.length - done + removalsLeft;
  const message = t(locale, stopped ? 'sync.partial' : 'sync.done', {
    calendar: calendar.title,
    ...counts,
    skipped: skipped.length,
    remaining,
    reason: stopped ?? '',
  });
  return { ok: true, calendarId: calendar.id, calendarName: calendar.title, ...counts, remaining, skipped, stopped, message };
}
