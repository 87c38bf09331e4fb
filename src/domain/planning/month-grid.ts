/** The month view's data: a month as weeks × days, each day with its posts (in the view's time zone) and events. */

import { pillarMix, pillarMixLine } from './pillar-mix';
import type { Post } from '../post';
import { addDays, civilDate, daysInMonth, weekStart } from './civil-date';
import { cellToDate } from './cell-values';
import type { PlanningEvent } from './events';
import { eventsByDate } from './events';
import type { PlacedPost } from './post-placement';
import { isDoneStatus, placePost } from './post-placement';
import { pm, pmList } from './planning-messages';

/** One post as a line in a day of the month view. */
export interface MonthLine {
  /** e.g. `09:00 X · Spring launch teaser` (time in the view's zone; `All day` without a time). */
  text: string;
  status: string;
  postId: string;
  /** True when the day has passed (before `today`) and the post is not Scheduled, Published or Cancelled. */
  overdue: boolean;
  /** Longer text for the cell's note: title, caption start, status, owner, ID, the zone it was planned in. */
  note: string;
}

/** One cell of the month grid. Padding cells before the 1st and after the last day have `date: null`. */
export interface MonthDay {
  date: string | null;
  inMonth: boolean;
  /** The day's posts sorted by time (all-day plans first), at most `maxLinesPerDay`. */
  lines: MonthLine[];
  /** Posts beyond `maxLinesPerDay` (shown as "+N more"). */
  moreCount: number;
  /** Event and holiday names of the day, holidays first. */
  events: string[];
  /** True for a day of the month with no posts except cancelled ones. */
  isGap: boolean;
}

/** The month view: a title, the weekday header and the weeks (each exactly 7 days). */
export interface MonthView {
  title: string;
  subtitle: string;
  year: number;
  month: number;
  timeZone: string;
  locale: string;
  header: string[];
  weeks: MonthDay[][];
  /** How many posts fall on a day of this month (cancelled included). */
  postCount: number;
}

/** Options for buildMonthView. */
export interface MonthViewOptions {
  year: number;
  /** 1-12. */
  month: number;
  /** The view's zone: the spreadsheet's. Every post is shown on its day and at its time in this zone. */
  timeZone: string;
  /** 1 = Monday (default, ISO) … 0 = Sunday (date-fns numbering). */
  weekStartsOn?: number;
  /** A Sheets locale (`en_US`, `pl_PL`). */
  locale?: string;
  /** Today in the view's zone (`yyyy-MM-dd`); marks overdue posts when given. */
  today?: string;
  /** Lines listed per day before "+N more" (default 8). */
  maxLinesPerDay?: number;
}

const LABEL_LENGTH = 40;

/**
 * Days either side of the month whose written dates may still fall in it: a zone change moves a post by
 * at most about a day. Days outside the month are blank in the grid, so no post further away is needed.
 */
export const MONTH_SCAN_MARGIN_DAYS = 2;

/**
 * Builds the month view. Days are the spreadsheet's days: a post with a time is converted from its own
 * zone to `timeZone`, so 23:30 in New York shows the next morning in a Warsaw view, at its Warsaw time
 * (its note says when it was planned in its own zone). A post without a time is an all-day plan on its
 * written date. Within a day, posts sort by time, then platform. Events spanning several days show on each.
 * @param posts All posts (posts of other months are skipped cheaply).
 * @param events Events and holidays.
 * @param options The month, the view's zone and locale.
 */
export function buildMonthView(
  posts: readonly Post[],
  events: readonly PlanningEvent[],
  options: MonthViewOptions,
): MonthView {
  const { year, month, timeZone } = options;
  const locale = options.locale ?? 'en';
  const weekStartsOn = options.weekStartsOn ?? 1;
  const maxLines = Math.max(1, options.maxLinesPerDay ?? 8);
  const first = civilDate(year, month, 1);
  const last = civilDate(year, month, daysInMonth(year, month));
  // Posts written further than MONTH_SCAN_MARGIN_DAYS outside the month cannot fall in it: skipped.
  const scanFrom = addDays(first, -MONTH_SCAN_MARGIN_DAYS);
  const scanTo = addDays(last, MONTH_SCAN_MARGIN_DAYS);

  const byDate = new Map<string, PlacedPost[]>();
  let postCount = 0;
  for (const post of posts) {
    const written = String(post.date ?? '').trim();
    if (written < scanFrom || written > scanTo) continue;
    const placed = placePost(post, timeZone);
    if (!placed || placed.date < first || placed.date > last) continue;
    postCount++;
    const list = byDate.get(placed.date);
    if (list) list.push(placed);
    else byDate.set(placed.date, [placed]);
  }
  const eventMap = eventsByDate(events, first, last);

  const weekdayNames = pmList(locale, 'planning.weekdays.short');
  const mondayFirstStart = (weekStartsOn + 6) % 7;
  const header = Array.from({ length: 7 }, (_, i) => weekdayNames[(mondayFirstStart + i) % 7]);

  const weeks: MonthDay[][] = [];
  for (let start = weekStart(first, weekStartsOn); start <= last; start = addDays(start, 7)) {
    const week: MonthDay[] = [];
    for (let i = 0; i < 7; i++) {
      const date = addDays(start, i);
      if (date < first || date > last) {
        week.push({ date: null, inMonth: false, lines: [], moreCount: 0, events: [], isGap: false });
        continue;
      }
      const placed = (byDate.get(date) ?? []).sort(comparePlaced);
      const lines = placed.slice(0, maxLines).map((p) => toLine(p, timeZone, locale, options.today));
      week.push({
        date,
        inMonth: true,
        lines,
        moreCount: Math.max(0, placed.length - maxLines),
        events: (eventMap.get(date) ?? []).map((e) => e.name),
        isGap: !placed.some((p) => p.status !== 'Cancelled'),
      });
    }
    weeks.push(week);
  }
  const monthName = pmList(locale, 'planning.months.title')[month - 1];
  return {
    title: pm(locale, 'planning.month.title', { month: capitalise(monthName), year }),
    subtitle: withMix(pm(locale, 'planning.month.subtitle', { zone: timeZone }), byDate, locale),
    year,
    month,
    timeZone,
    locale,
    header,
    weeks,
    postCount,
  };
}

/** Time first (all-day plans first), then platform, then ID for a stable order. */
function comparePlaced(a: PlacedPost, b: PlacedPost): number {
  return a.minutes - b.minutes || ordinal(a.post.platform, b.post.platform) || ordinal(a.post.id, b.post.id);
}

/** Plain code-unit order (fast, and stable across locales). */
function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One post as a month-view line. */
function toLine(p: PlacedPost, viewZone: string, locale: string, today?: string): MonthLine {
  const { post } = p;
  const label = shortLabel(post) || pm(locale, 'planning.month.untitled');
  const when = p.time || pm(locale, 'planning.month.allDay');
  const platform = post.platform.trim();
  const overdue = !!today && p.date < today && !isDoneStatus(p.status);
  const note: string[] = [];
  if (post.title.trim()) note.push(post.title.trim());
  if (post.caption.trim()) note.push(truncate(post.caption.trim(), 200));
  note.push(pm(locale, 'planning.month.note.status', { status: p.status || '—' }));
  if (post.owner.trim()) note.push(pm(locale, 'planning.month.note.owner', { owner: post.owner.trim() }));
  if (post.id.trim()) note.push(pm(locale, 'planning.month.note.id', { id: post.id.trim() }));
  if (p.converted) {
    note.push(
      pm(locale, 'planning.month.note.planned', { date: post.date, time: post.time, zone: post.timeZone, viewZone }),
    );
  }
  if (p.asWritten) note.push(pm(locale, 'planning.month.note.asWritten'));
  if (overdue) note.push(pm(locale, 'planning.month.note.overdue'));
  return {
    text: `${when} ${platform ? `${platform} · ` : ''}${label}`,
    status: p.status,
    postId: post.id,
    overdue,
    note: note.join('\n'),
  };
}

/** The title, or the caption's first line, cut to about 40 characters (never inside a surrogate pair). */
function shortLabel(post: Post): string {
  const source = post.title.trim() || post.caption.trim().split('\n')[0].trim();
  return truncate(source, LABEL_LENGTH);
}

/** Cuts text to `max` code points, adding an ellipsis when cut. */
function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** Upper-cases the first letter (Polish month names are lower case in running text). */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A month for the month picker: `value` is `yyyy-MM`, `label` e.g. `March 2025` / `Marzec 2025`. */
export interface MonthOption {
  value: string;
  label: string;
}

/**
 * The months to offer in the month picker, from `before` months before today's month to `after` months after.
 * @param today Today (`yyyy-MM-dd`) in the spreadsheet's zone.
 * @param options How many months before and after (defaults 3 and 12) and the locale.
 */
export function monthOptions(
  today: string,
  options: { before?: number; after?: number; locale?: string } = {},
): MonthOption[] {
  const locale = options.locale ?? 'en';
  const names = pmList(locale, 'planning.months.title');
  const base = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1;
  const out: MonthOption[] = [];
  for (let i = -(options.before ?? 3); i <= (options.after ?? 12); i++) {
    const year = Math.floor((base + i) / 12);
    const month = ((base + i) % 12) + 1;
    out.push({
      value: `${year}-${month < 10 ? '0' : ''}${month}`,
      label: pm(locale, 'planning.month.title', { month: capitalise(names[month - 1]), year }),
    });
  }
  return out;
}

/**
 * Reads the month picker cell: `yyyy-MM`, a date (any day of the month, as text, a Date or a serial
 * number), or a label from monthOptions. Returns null when it is none of these.
 * @param value The picker cell's raw value.
 * @param timeZone The spreadsheet's zone (for Date values).
 */
export function parseMonthPick(value: unknown, timeZone: string): { year: number; month: number } | null {
  const text = typeof value === 'string' ? value.trim() : '';
  const ym = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (ym) {
    const month = Number(ym[2]);
    return month >= 1 && month <= 12 ? { year: Number(ym[1]), month } : null;
  }
  const date = cellToDate(value, timeZone);
  if (date) return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
  const label = /^(\p{L}+)\s+(\d{4})$/u.exec(text);
  if (label) {
    for (const locale of ['en', 'pl']) {
      const index = pmList(locale, 'planning.months.title').findIndex(
        (m) => m.toLowerCase() === label[1].toLowerCase(),
      );
      if (index >= 0) return { year: Number(label[2]), month: index + 1 };
    }
  }
  return null;
}

/** The subtitle with the month's content mix appended (issue #22), unchanged when no post has a pillar. */
function withMix(subtitle: string, byDate: Map<string, PlacedPost[]>, locale: string): string {
  const posts = [...byDate.values()].flatMap((list) => list.map((placed) => placed.post));
  const line = pillarMixLine(pillarMix(posts));
  return line ? `${subtitle} · ${pm(locale, 'planning.pillars.mix', { line })}` : subtitle;
}
