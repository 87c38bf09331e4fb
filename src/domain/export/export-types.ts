/** The shapes every export target shares: options, pre-flight problems and the target descriptor. */

import type { Post } from '../post';

/** The export targets, in menu order. */
export type ExportTargetId = 'hootsuite' | 'sprout' | 'publer' | 'generic-csv' | 'icalendar';

/** Day before month (`dd/mm/yyyy`, most of the world) or month before day (`mm/dd/yyyy`, the US). */
export type DateOrder = 'dmy' | 'mdy';

/** Measures a post's text as its platform counts it: `used` against `limit`, or null when there is no limit. */
export type TextMeasure = (platform: string, text: string) => { used: number; limit: number; unit: string } | null;

/** What every target's preflight() and write() take. Only `now` and `defaultTimeZone` are required. */
export interface ExportOptions {
  /** The moment of the export (DTSTAMP, "future only" checks, file names). */
  now: Date;
  /** The spreadsheet's IANA time zone; posts with an empty Time zone use it. */
  defaultTimeZone: string;
  /**
   * The time zone the scheduler account is set to (Hootsuite, Sprout and Publer read file times as
   * wall-clock times in the account's zone). Defaults to `defaultTimeZone`.
   */
  targetTimeZone?: string;
  /** Hootsuite and Sprout: the date order picked in their upload dialog. Default `mdy`. */
  dateOrder?: DateOrder;
  /** A UTM template (see utm.ts); when set, links are exported with UTM parameters added. */
  utmTemplate?: string;
  /** Hootsuite: posts already scheduled in the account (its 350 cap counts them). Default 0. */
  alreadyScheduled?: number;
  /** Overrides the target's row cap (e.g. 50 for a Sprout trial). */
  maxRows?: number;
  /** The rules engine's text counter; without it a built-in approximation is used (see text-limit.ts). */
  measureText?: TextMeasure;
  /** iCalendar: `utc` (default) writes DTSTART as UTC; `zoned` writes TZID plus a VTIMEZONE per zone. */
  icsTimes?: 'utc' | 'zoned';
  /** iCalendar: event length in minutes. Default 15. */
  eventMinutes?: number;
  /** Generic CSV: prefix formula-like cells with `'` (default true). */
  neutralise?: boolean;
  /** The Sheets locale the pre-flight messages are written for (`pl_PL` → Polish). Default `en`. */
  locale?: string;
}

/** One finding of a pre-flight check, shown in the Export dialog. */
export interface Problem {
  /** The post it concerns, or `''` for the whole file (e.g. too many rows). */
  postId: string;
  /** 1-based position of the post in the list given to preflight() (absent for whole-file problems). */
  row?: number;
  /** `error`: the target would reject the row (or file); `warning`: it imports, but check it. */
  severity: 'error' | 'warning';
  /** A stable machine code, e.g. `too-many-rows`, `too-close`, `in-the-past`. */
  code: string;
  /** A complete sentence saying what is wrong and what to do. */
  message: string;
}

/** One export format: what the Export dialog lists and calls. */
export interface ExportTarget {
  id: ExportTargetId;
  /** The name shown in the dialog, e.g. `Hootsuite Bulk Composer`. */
  label: string;
  /** The file extension-bearing name for an export made at `now`, e.g. `hootsuite-2026-01-15.csv`. */
  fileName(now: Date, timeZone?: string): string;
  mimeType: string;
  /** Checks the posts against the target's rules; writes nothing. */
  preflight(posts: readonly Post[], options: ExportOptions): Problem[];
  /** Writes the file for exactly these posts (run preflight first and drop rows with errors). */
  write(posts: readonly Post[], options: ExportOptions): string;
}
