/** Keeps a repeating post's occurrences in step with its rule (pure): which rows to create, update, cancel or leave alone. */

import { DONE_STATUSES, type Post } from '../post';
import { SERIES_FIELDS } from '../post-fields';
import { addDays } from './civil-date';
import { occurrenceDates, parseRepeat } from './recurrence';

/** What the Repeat cell of an occurrence says (`↻ P-… 2026-03-05 #…`): whose series, which date, the digest of what was written. */
export interface SeriesTag {
  seriesId: string;
  date: string;
  digest: string;
  /** The rest of the cell after the machine part (the `edited by hand` note). */
  note: string;
}

const TAG = /^↻ (\S+) (\d{4}-\d{2}-\d{2}) #([0-9a-z]+)(.*)$/s;

/** Reads an occurrence's Repeat cell (`↻ P-1a2b 2026-01-12 #k3j9 …`), or null when it holds none (a rule, or empty). */
export function parseSeriesTag(cell: string): SeriesTag | null {
  const m = TAG.exec(cell.trim());
  return m ? { seriesId: m[1], date: m[2], digest: m[3], note: m[4].trim() } : null;
}

/** The Repeat cell for an occurrence, with an optional note after the machine part. */
export function formatSeriesTag(tag: Omit<SeriesTag, 'note'>, note = ''): string {
  return `↻ ${tag.seriesId} ${tag.date} #${tag.digest}${note ? ` ${note}` : ''}`;
}

/** A short digest (FNV-1a, base 36) of the date and the copied fields: it tells a hand edit from our own write. */
export function occurrenceDigest(post: Post): string {
  let hash = 0x811c9dc5;
  const text = [post.date, ...SERIES_FIELDS.map((field) => post[field].trim())].join('\u241f');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** One occurrence row of the calendar. */
export interface OccurrenceRow {
  /** The row's index in the block read (the sheet code's own numbering). */
  index: number;
  post: Post;
  tag: SeriesTag;
}

/** What to do with one series. */
export interface SeriesPlan {
  /** New occurrences (id `''`; `repeat` holds their series tag), each with that tag. */
  create: Array<{ post: Post; series: string }>;
  /** Rows to rewrite from the series' first post (their ID, status and notes kept; `repeat` = the new tag). */
  update: Array<{ index: number; post: Post; series: string }>;
  /** Rows whose date left the rule or was skipped: set to Cancelled, never deleted. */
  cancel: Array<{ index: number; series: string }>;
  /** Rows edited by hand: left as they are; `series` says so (only when the cell changes). */
  handEdited: Array<{ index: number; series: string }>;
  /** The Repeat cell's problem (catalogue key and value), when it cannot be read. */
  error?: { key: string; value: string };
}

/** Options for planSeries. */
export interface SeriesOptions {
  /** Today in the spreadsheet's zone: occurrences before it are history and never touched. */
  today: string;
  /** Days ahead rows are created for (the Settings horizon). */
  horizonDays: number;
  /** Notes written into the Series cell, in the spreadsheet's language. */
  notes: { handEdited: string; skipped: string; removed: string };
}

function copyFor(first: Post, date: string): Post {
  const post: Post = { ...first, id: '', date, repeat: '', notes: '' };
  if (DONE_STATUSES.includes(first.status)) post.status = 'Draft';
  return post;
}

/**
 * Plans one series: occurrences from today to today + horizon as the rule gives them. An occurrence whose
 * date and copied fields no longer match the digest it was written with was edited by hand: it is left alone
 * (and its Series cell says so), and no second row is made for its date. A cancelled occurrence stays
 * cancelled (skipped in the sheet). Dates the rule no longer gives, or lists under `except`, are cancelled.
 * @param first The series' first post (the row with the Repeat rule; its date starts the series).
 * @param rows The calendar's occurrence rows of this series.
 */
export function planSeries(first: Post, rows: readonly OccurrenceRow[], options: SeriesOptions): SeriesPlan {
  const plan: SeriesPlan = { create: [], update: [], cancel: [], handEdited: [] };
  const parsed = parseRepeat(first.repeat);
  if (!parsed.ok) return { ...plan, error: { key: parsed.key, value: parsed.value } };
  const { rule } = parsed;
  const except = new Set(rule.except);
  const horizonEnd = addDays(options.today, options.horizonDays);
  const wanted = new Set(
    occurrenceDates(rule, first.date, horizonEnd).filter((date) => date >= options.today && !except.has(date)),
  );
  const covered = new Set<string>();
  for (const row of rows) {
    const { tag, post } = row;
    if (tag.date < options.today && post.date < options.today) {
      covered.add(tag.date);
      continue;
    }
    const cancelled = post.status.trim().toLowerCase() === 'cancelled';
    if (occurrenceDigest(post) !== tag.digest) {
      covered.add(tag.date);
      if (tag.note !== options.notes.handEdited && !cancelled)
        plan.handEdited.push({ index: row.index, series: formatSeriesTag(tag, options.notes.handEdited) });
      continue;
    }
    if (cancelled) {
      covered.add(tag.date);
      continue;
    }
    if (wanted.has(tag.date) && !covered.has(tag.date)) {
      covered.add(tag.date);
      const desired = { ...copyFor(first, tag.date), id: post.id, status: post.status, notes: post.notes };
      const digest = occurrenceDigest(desired);
      const series = formatSeriesTag({ ...tag, digest });
      if (digest !== tag.digest) plan.update.push({ index: row.index, post: { ...desired, repeat: series }, series });
      continue;
    }
    const note = except.has(tag.date) ? options.notes.skipped : options.notes.removed;
    plan.cancel.push({ index: row.index, series: formatSeriesTag(tag, note) });
  }
  for (const date of [...wanted].sort()) {
    if (covered.has(date)) continue;
    const post = copyFor(first, date);
    const series = formatSeriesTag({ seriesId: first.id, date, digest: occurrenceDigest(post) });
    plan.create.push({ post: { ...post, repeat: series }, series });
  }
  return plan;
}
