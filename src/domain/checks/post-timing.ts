/** Checks a post's date, time and time zone, and whether its moment has passed while it still needs work. */

import type { Severity } from '../check-types';
import type { CheckCode, MessageParams } from '../check-messages';
import type { Post } from '../post';
import { isValidTimeZone, parseIsoDate, parseTime } from '../schedule/post-instant';
import { wallTimeToInstant } from '../schedule/zone-offset';

/** Reports one issue (checkPost's collector). */
export type Report = (severity: Severity, code: CheckCode, field: string, params: MessageParams) => void;

/** isValidTimeZone remembers each zone: building an Intl.DateTimeFormat per post would cost more than the whole check. */
const knownZone = isValidTimeZone;

/** Statuses whose date passing needs no work: done, cancelled, or handed to a scheduler (reported as info). */
const FINISHED = ['published', 'cancelled'];
const IDEA = 'idea';
const COMMITTED = ['scheduled', 'approved'];

/**
 * Checks the date (`yyyy-MM-dd`, required unless the post is an Idea or Cancelled: error once Approved or
 * Scheduled), the time (`HH:mm`, optional), the time zone (the post's, else `defaultTimeZone`), and the moment
 * against `now`: passed while the post is not Published/Cancelled → warning; passed while Scheduled → info
 * (it probably went out: mark it Published). Without a time, a date passes at the end of that day.
 */
export function checkTiming(post: Post, now: Date, defaultTimeZone: string, report: Report): void {
  const status = post.status.trim().toLowerCase();
  const dateText = post.date.trim();
  if (!dateText) {
    if (status !== IDEA && status !== 'cancelled') {
      report(COMMITTED.indexOf(status) >= 0 ? 'error' : 'warning', 'missing-date', 'date', {});
    }
    return;
  }
  const date = parseIsoDate(dateText);
  if (!date) report('error', 'invalid-date', 'date', { value: dateText });
  const timeText = post.time.trim();
  const time = timeText ? parseTime(timeText) : null;
  if (timeText && !time) report('error', 'invalid-time', 'time', { value: timeText });
  const zone = post.timeZone.trim() || defaultTimeZone;
  if (!knownZone(zone)) {
    report('error', 'invalid-time-zone', 'timeZone', { value: zone });
    return;
  }
  if (!date || (timeText && !time)) return;
  if (FINISHED.indexOf(status) >= 0) return;
  // The wall-clock time read as UTC is within 14 h of the real instant (no zone is further from UTC), so only a
  // moment within a day or so of now needs the zone's offset: the costly part of this check.
  const wall = Date.UTC(date[0], date[1] - 1, time ? date[2] : date[2] + 1, time ? time[0] : 0, time ? time[1] : 0);
  if (Math.abs(wall - now.getTime()) > NEAR_MS) {
    if (wall > now.getTime()) return;
  } else if (wallTimeToInstant(wall, zone) > now.getTime()) return;
  const when = time ? `${dateText} ${timeText}` : dateText;
  if (status === 'scheduled') report('info', 'scheduled-in-past', 'date', { value: when });
  else report('warning', 'date-in-past', 'date', { value: when, status: post.status.trim() || '—' });
}

const NEAR_MS = 26 * 3600 * 1000;
