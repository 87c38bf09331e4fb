/** The JSON contract between the Export dialog (browser) and its server functions, with their request schemas (zod/mini). */

import * as z from 'zod/mini';
import type { DateOrder, ExportTargetId, Problem } from '../domain/export';
import { lenientObject, orElse } from './lenient-schema';

const optionalText = z.optional(z.nullable(z.string()));

/**
 * What the dialog sends to previewExport() and exportPosts(). Filters combine with AND; empty means
 * "all". `stagger`: true, or the minutes posts must be apart (Sprout needs at least 10).
 */
export const exportRequestSchema = z.object({
  target: z.string(),
  from: optionalText,
  to: optionalText,
  platform: optionalText,
  status: optionalText,
  onlyPassing: z.optional(z.nullable(z.boolean())),
  stagger: z.optional(z.nullable(z.union([z.boolean(), z.number()]))),
  dateOrder: z.optional(z.nullable(z.enum(['dmy', 'mdy']))),
  targetTimeZone: optionalText,
});

/** The request as the dialog builds it. */
export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** A pre-flight problem with the Calendar sheet row it concerns (absent for whole-file problems). */
export interface ExportProblem extends Problem {
  sheetRow?: number;
}

/** A post the Stagger option moved: its ID, row and old and new `yyyy-MM-dd HH:mm`. */
export interface MovedPost {
  postId: string;
  sheetRow: number;
  from: string;
  to: string;
}

/** What previewExport() returns: whether the file can be written with these options, and why not. */
export interface ExportPreview {
  ok: boolean;
  problems: ExportProblem[];
  /** Posts the filters selected. */
  postCount: number;
  /** Of those, posts without an error of their own (0 when a whole-file error refuses everything). */
  passingCount: number;
  /** Posts the file would hold (0 when refused). */
  exportCount: number;
  moved: MovedPost[];
}

/** What exportPosts() returns: the file's text (the browser saves it as UTF-8), or the problems that refused it. */
export type ExportFile =
  | {
      ok: true;
      fileName: string;
      mimeType: string;
      content: string;
      problems: ExportProblem[];
      exportCount: number;
      skippedCount: number;
      moved: MovedPost[];
    }
  | { ok: false; problems: ExportProblem[] };

/** One export target as the dialog lists it. */
export interface ExportTargetChoice {
  id: ExportTargetId;
  label: string;
  /** Whether the file's times are read in a scheduler account's zone and date order. */
  scheduler: boolean;
}

/** What getExportContext() returns: everything the dialog needs to start, all JSON. */
export interface ExportContext {
  targets: ExportTargetChoice[];
  platforms: string[];
  statuses: string[];
  /** The spreadsheet's time zone (IANA) and locale (`en_US`, `pl_PL`). */
  timeZone: string;
  locale: string;
  /** Today in the spreadsheet's zone, `yyyy-MM-dd`. */
  today: string;
  /** The date order the locale's people expect (Hootsuite and Sprout ask for one at upload). */
  dateOrder: DateOrder;
  /** Sprout's minimum minutes between posts, the Stagger default. */
  staggerMinutes: number;
  /** The Settings sheet's UTM template ('' = none). */
  utmTemplate: string;
  /** Posts in the Calendar sheet, in all and per platform and status (keys as written in the sheet). */
  counts: { posts: number; byPlatform: Record<string, number>; byStatus: Record<string, number> };
  /** Each post's `[date, platform, status]`, so the dialog's counts follow its date range. */
  postFacets: Array<[string, string, string]>;
  /** The statuses READY_STATUS_FILTER selects. */
  readyStatuses: string[];
  /** False when there is no Calendar sheet yet. */
  hasCalendar: boolean;
}

/** A calendar the user may sync to. */
export interface CalendarChoice {
  id: string;
  name: string;
  isDefault: boolean;
}

/** Why a Calendar call cannot run yet: the person has not granted the scope it needs. */
export interface CalendarAuthorization {
  /** What to do, in complete sentences, in the spreadsheet's language. */
  message: string;
  /** Google's page to grant the missing access (ScriptApp.getAuthorizationInfo(...).getAuthorizationUrl()), or null. */
  url: string | null;
}

/** What getCalendarChoices() returns. */
export interface CalendarChoices {
  /** The plan's own calendar (the add-on makes it on the first sync; id '' until then). */
  calendars: CalendarChoice[];
  /** The calendar the user synced to last time ('' = none yet). */
  selectedId: string;
  /** True when the first sync will make the calendar. */
  isNew?: boolean;
  /** Set (and `calendars` empty) when the person must first grant access to Google Calendar. */
  authorization?: CalendarAuthorization;
}

/**
 * What the dialog sends to syncToGoogleCalendar(): `{ fromDialog: true }` (a missing scope then comes back
 * as an authorization link). The menu sends nothing; anything but `fromDialog: true` reads as the menu's call.
 */
export const calendarSyncRequestSchema = z.optional(lenientObject({ fromDialog: orElse(z.optional(z.boolean()), () => undefined) }));

/** The request as the dialog builds it. */
export type CalendarSyncRequest = z.input<typeof calendarSyncRequestSchema>;

/** What syncToGoogleCalendar() returns. */
export type CalendarSyncResult =
  | {
      ok: true;
      calendarId: string;
      calendarName: string;
      created: number;
      updated: number;
      unchanged: number;
      removed: number;
      /** Posts (and leftover events) still to sync when it stopped part-way; 0 when done. */
      remaining: number;
      /** Posts with a syncing status that could not be synced, and why. */
      skipped: Array<{ postId: string; sheetRow: number; reason: string }>;
      /** Set when Google Calendar or the time limit stopped the sync part-way (run it again to finish). */
      stopped?: string;
      /** One sentence for the person, in the spreadsheet's language. */
      message: string;
    }
  | { ok: false; message: string; authorization?: CalendarAuthorization };
