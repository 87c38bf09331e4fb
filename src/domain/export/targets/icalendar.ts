/** The iCalendar (RFC 5545) target: one VEVENT per post, for Google Calendar, Outlook and Apple Calendar. */

import { t } from '../../i18n';
import type { Post } from '../../post';
import { isValidTimeZone, localParts, parseIsoDate, parseTime, postInstant } from '../../schedule/post-instant';
import type { ExportOptions, ExportTarget, Problem } from '../export-types';
import { contentLine, escapeText, foldLine, hasControlCharacter, localDateTime, nextDate, utcDateTime } from '../ical-format';
import { exportLocale, postName } from '../problem-text';
import { eventDescription, eventSummary } from '../event-text';
import { exportLink } from '../post-text';
import { vtimezoneLines } from '../vtimezone';

const MINUTE = 60_000;

/**
 * The UID of a post's event: stable across exports, so a re-import updates the event instead of adding
 * one. UID is a TEXT value (RFC 5545 §3.8.4.7), so it is TEXT-escaped; an ID holding a line break or
 * another control character is refused by the pre-flight before it gets here.
 */
export function eventUid(post: Pick<Post, 'id'>): string {
  return escapeText(`${post.id.trim()}@content-calendar`);
}

/** RFC 5545 VEVENT STATUS for the post's workflow status. */
function eventStatus(status: string): string {
  const s = status.trim().toLowerCase();
  if (s === 'cancelled') return 'CANCELLED';
  return s === 'approved' || s === 'scheduled' || s === 'published' ? 'CONFIRMED' : 'TENTATIVE';
}

/**
 * A serial number that grows with every export (minutes since 2024-01-01 UTC), written as SEQUENCE so
 * calendars that compare revisions (Outlook, Apple) accept a re-import as an update.
 */
function sequenceAt(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.UTC(2024, 0, 1)) / MINUTE));
}

/** The time zone an iCalendar event uses: the post's, the spreadsheet's, else UTC. */
function eventZone(post: Post, options: ExportOptions): string {
  const zone = post.timeZone || options.defaultTimeZone;
  // TZID is a parameter value: it may not hold a control character, a quote, ";", ":" or "," (RFC 5545 §3.1).
  return isValidTimeZone(zone) && !hasControlCharacter(zone) && !/[";:,]/.test(zone) ? zone : 'UTC';
}

/** A `yyyy-MM-dd` date that parseIsoDate accepted (white space around it dropped) as a DATE value. */
function dateValue(date: string): string {
  return date.trim().replace(/-/g, '');
}

/** The lines of one VEVENT, unfolded. */
function eventLines(post: Post, options: ExportOptions, index: number): string[] {
  const zoned = options.icsTimes === 'zoned';
  const zone = eventZone(post, options);
  const uid = post.id.trim() ? eventUid(post) : `row-${index + 1}-${dateValue(post.date)}@content-calendar`;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${utcDateTime(options.now)}`,
    `SEQUENCE:${sequenceAt(options.now)}`,
  ];
  const at = parseTime(post.time) ? postInstant({ ...post, timeZone: zone }, zone) : null;
  if (at) {
    const end = new Date(at.getTime() + (options.eventMinutes ?? 15) * MINUTE);
    if (zoned && zone !== 'UTC') {
      const startLocal = localParts(at, zone);
      const endLocal = localParts(end, zone);
      lines.push(`DTSTART;TZID=${zone}:${localDateTime(startLocal.date, startLocal.time)}`);
      lines.push(`DTEND;TZID=${zone}:${localDateTime(endLocal.date, endLocal.time)}`);
    } else {
      lines.push(`DTSTART:${utcDateTime(at)}`, `DTEND:${utcDateTime(end)}`);
    }
  } else {
    // No time: an all-day event on the post's date.
    lines.push(
      `DTSTART;VALUE=DATE:${dateValue(post.date)}`,
      `DTEND;VALUE=DATE:${dateValue(nextDate(post.date.trim()))}`,
    );
  }
  lines.push(`SUMMARY:${escapeText(eventSummary(post))}`);
  lines.push(`DESCRIPTION:${escapeText(eventDescription(post, post.timeZone || options.defaultTimeZone, options.utmTemplate))}`);
  const link = exportLink(post, options);
  // URL is a URI value (not TEXT, so no escaping): written only when the link is a plain web address.
  if (/^https?:\/\/[^\s"<>\\^`{|}]+$/i.test(link) && !hasControlCharacter(link)) lines.push(`URL:${link}`);
  lines.push(`STATUS:${eventStatus(post.status)}`);
  if (post.platform.trim()) lines.push(`CATEGORIES:${escapeText(post.platform.trim())}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** The VTIMEZONE blocks for every zone the timed events use (zoned mode only). */
function timezoneLines(posts: readonly Post[], options: ExportOptions): string[] {
  const years = new Map<string, [number, number]>();
  for (const post of posts) {
    const zone = eventZone(post, options);
    const date = parseIsoDate(post.date);
    if (zone === 'UTC' || !date || !parseTime(post.time)) continue;
    const [lo, hi] = years.get(zone) ?? [date[0], date[0]];
    years.set(zone, [Math.min(lo, date[0]), Math.max(hi, date[0])]);
  }
  return [...years].flatMap(([zone, [from, to]]) => vtimezoneLines(zone, from, to));
}

/**
 * Writes an RFC 5545 calendar: CRLF line ends, lines folded at 75 octets, UID `<post ID>@content-calendar`,
 * DTSTAMP in UTC, and DTSTART/DTEND in UTC (default) or with TZID plus a VTIMEZONE (`icsTimes: 'zoned'`).
 * Posts without a valid date are skipped (preflight reports them). Every TEXT value is escaped, other
 * values are built from checked parts, and no content line can carry a line break of a value's own.
 */
export function writeICalendar(posts: readonly Post[], options: ExportOptions): string {
  const dated = posts.filter((post) => parseIsoDate(post.date));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Content Calendar for Google Sheets//Export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Content calendar',
    ...(options.icsTimes === 'zoned' ? timezoneLines(dated, options) : []),
    ...dated.flatMap((post, index) => eventLines(post, options, index)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => foldLine(contentLine(line))).join('');
}

/** iCalendar pre-flight: every post needs a date and an ID (the stable UID); a bad zone falls back with a warning. */
export function preflightICalendar(posts: readonly Post[], options: ExportOptions): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const locale = exportLocale(options);
  posts.forEach((post, i) => {
    const row = i + 1;
    const params = { post: postName(post, locale) };
    const zone = post.timeZone || options.defaultTimeZone;
    if (!parseIsoDate(post.date)) {
      problems.push({
        postId: post.id,
        row,
        severity: 'error',
        code: 'no-date',
        message: t(locale, 'export.problem.icsNoDate', params),
      });
      return;
    }
    if (hasControlCharacter(post.id)) {
      problems.push({
        postId: post.id,
        row,
        severity: 'error',
        code: 'bad-id',
        message: t(locale, 'export.problem.icsBadId', {
          post: postName({ ...post, id: contentLine(post.id.replace(/\r\n|\r|\n/g, '↵')) }, locale),
        }),
      });
    } else if (!post.id.trim()) {
      problems.push({
        postId: '',
        row,
        severity: 'error',
        code: 'no-id',
        message: t(locale, 'export.problem.icsNoId', params),
      });
    } else if (ids.has(post.id)) {
      problems.push({
        postId: post.id,
        row,
        severity: 'error',
        code: 'duplicate-id',
        message: t(locale, 'export.problem.icsDuplicateId', params),
      });
    }
    ids.add(post.id);
    if (post.time && !parseTime(post.time)) {
      problems.push({
        postId: post.id,
        row,
        severity: 'warning',
        code: 'no-time',
        message: t(locale, 'export.problem.icsBadTime', { ...params, value: post.time }),
      });
    }
    if (!isValidTimeZone(zone)) {
      problems.push({
        postId: post.id,
        row,
        severity: 'warning',
        code: 'bad-time-zone',
        message: t(locale, 'export.problem.icsBadZone', { ...params, zone }),
      });
    }
  });
  return problems;
}

/** The iCalendar export target. */
export const icalendarTarget: ExportTarget = {
  id: 'icalendar',
  label: 'iCalendar (.ics) for Google Calendar, Outlook and Apple Calendar',
  fileName: (now, timeZone = 'UTC') => `content-calendar-${localParts(now, timeZone).date}.ics`,
  mimeType: 'text/calendar',
  preflight: preflightICalendar,
  write: writeICalendar,
};
