/** Where a post falls in a view's time zone: its day and time as the spreadsheet's clock shows them. */

import type { Post } from '../post';
import { DONE_STATUSES, STATUSES } from '../post';
import { parseCivilDate, parseClock } from './civil-date';
import { isValidTimeZone } from '../schedule/post-instant';
import { localTimeOf, wallClockInstant } from './zone-clock';

/** A post placed on a view's calendar. */
export interface PlacedPost {
  post: Post;
  /** The day it shows on, `yyyy-MM-dd`, in the view's zone. */
  date: string;
  /** `HH:mm` in the view's zone; `''` for an all-day plan (no time). */
  time: string;
  /** Minutes after local midnight, or -1 for an all-day plan (sorts first). */
  minutes: number;
  /** The planned instant, or null for an all-day plan or a post shown as written. */
  instantMs: number | null;
  /** True when the post's own zone differs from the view's and its date or time changed on the way. */
  converted: boolean;
  /** True when the time or zone could not be read, so the date and time are shown exactly as written. */
  asWritten: boolean;
  /** The status, spelled as in STATUSES when it matches one ignoring case. */
  status: string;
}

const STATUS_BY_KEY = new Map<string, string>(STATUSES.map((s) => [s.toLowerCase(), s]));
const STATUS_SET = new Set<string>(STATUSES);

/**
 * A status spelled as the built-in list spells it when it matches one ignoring case and spaces, else trimmed.
 * @param status The Status cell as typed.
 */
export function canonicalStatus(status: string): string {
  if (STATUS_SET.has(status)) return status;
  const trimmed = String(status ?? '').trim();
  return STATUS_BY_KEY.get(trimmed.toLowerCase().replace(/\s+/g, ' ')) ?? trimmed;
}

/**
 * True for statuses after which a post needs no more planning work (Scheduled, Published, Cancelled).
 * @param status A status as typed.
 */
export function isDoneStatus(status: string): boolean {
  return DONE_STATUSES.includes(canonicalStatus(status));
}

/**
 * Places a post on the calendar of a view in `viewTimeZone` (the spreadsheet's zone).
 * A post with a time is converted from its own zone (or the view's when it has none) to the view's, so a
 * post at 23:30 in New York shows the next morning in a Warsaw view. A post without a time is an
 * all-day plan and stays on its written date. When the time or zone cannot be read, the post is shown on
 * its written date and time and flagged `asWritten`. Returns null when the date is missing or invalid.
 * @param post The post.
 * @param viewTimeZone The view's IANA zone.
 */
export function placePost(post: Post, viewTimeZone: string): PlacedPost | null {
  const writtenDate = String(post.date ?? '').trim();
  if (!parseCivilDate(writtenDate)) return null;
  const status = canonicalStatus(post.status);
  const writtenTime = String(post.time ?? '').trim();
  if (!writtenTime) return placed(post, status, writtenDate, '', -1, null, false, false);
  const clock = parseClock(writtenTime);
  const zone = String(post.timeZone ?? '').trim() || viewTimeZone;
  const instantMs = clock && isValidTimeZone(zone) ? wallClockInstant(writtenDate, writtenTime, zone) : null;
  const local = instantMs === null ? null : localTimeOf(instantMs, viewTimeZone);
  if (instantMs === null || !local) {
    const minutes = clock ? clock[0] * 60 + clock[1] : -1;
    return placed(post, status, writtenDate, clock ? normaliseTime(writtenTime) : '', minutes, null, false, true);
  }
  const converted = zone !== viewTimeZone && (local.date !== writtenDate || local.time !== normaliseTime(writtenTime));
  return placed(post, status, local.date, local.time, local.hour * 60 + local.minute, instantMs, converted, false);
}

/** Builds a PlacedPost with one fixed shape (V8 keeps such objects fast). */
function placed(
  post: Post,
  status: string,
  date: string,
  time: string,
  minutes: number,
  instantMs: number | null,
  converted: boolean,
  asWritten: boolean,
): PlacedPost {
  return { post, date, time, minutes, instantMs, converted, asWritten, status };
}

/** `H:mm` → `HH:mm`. */
function normaliseTime(time: string): string {
  return time.length === 4 ? `0${time}` : time;
}
