/** Reads the calendar's posts for the Export dialog in one call and runs the export hub on them: filters, Stagger, UTM, pre-flight, file. */

import {
  EXPORT_TARGETS,
  SPROUT_MIN_SPACING_MINUTES,
  dateOrderForLocale,
  findExportTarget,
  postCheckProblems,
  READY_STATUS_FILTER,
  READY_STATUSES,
  runExport,
  selectPosts,
  staggerPosts,
  type ExportOptions,
  type ExportResult,
  type ExportTargetId,
} from '../domain/export';
import { t } from '../domain/i18n';
import type { Post } from '../domain/post';
import { isValidTimeZone, localParts, parseIsoDate } from '../domain/schedule/post-instant';
import type { Workbook } from './active-spreadsheet';
import { postsOfBlock } from './calendar-checks';
import { calendarFromGrid, findCalendarSheet } from './calendar-sheet';
import { measureWithRules } from './export-measure';
import {
  exportRequestSchema,
  type ExportContext,
  type ExportFile,
  type ExportPreview,
  type ExportProblem,
  type ExportRequest,
  type MovedPost,
} from '../shared/export-contract';
import { readRulesForChecks } from './platforms-sheet';
import { readSettings } from './settings-sheet';

/** The posts of the Calendar sheet with their sheet rows (2 = the first row under the header). */
export interface CalendarPosts {
  posts: Post[];
  rows: number[];
  /** False when there is no Calendar sheet. */
  found: boolean;
}

/** Scheduler files whose times are read in the account's zone and, for two of them, a date order. */
const SCHEDULER_TARGETS: readonly ExportTargetId[] = ['hootsuite', 'sprout', 'publer'];

/**
 * Every post of the Calendar sheet in one read (getDataRange().getValues()); rows without content
 * are left out. Empty when there is no Calendar sheet.
 */
export function readCalendarPosts(workbook: Workbook): CalendarPosts {
  const sheet = findCalendarSheet(workbook.spreadsheet);
  if (!sheet) return { posts: [], rows: [], found: false };
  const grid = sheet.getDataRange().getValues();
  const calendar = calendarFromGrid(sheet, grid);
  const block = postsOfBlock(calendar, grid.slice(1), workbook.timeZone);
  const posts: Post[] = [];
  const rows: number[] = [];
  block.forEach((post, index) => {
    if (post) {
      posts.push(post);
      rows.push(index + 2);
    }
  });
  return { posts, rows, found: true };
}

/** How many posts there are per value of a field (keys as written, empty values left out). */
function countBy(posts: readonly Post[], field: 'platform' | 'status'): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const post of posts) {
    const value = post[field].trim();
    if (value) counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

/** Everything the Export dialog needs to start: four reads (calendar, settings, zone, locale). */
export function buildExportContext(workbook: Workbook, now: Date): ExportContext {
  const settings = readSettings(workbook.spreadsheet);
  const { posts, found } = readCalendarPosts(workbook);
  return {
    targets: EXPORT_TARGETS.map((target) => ({
      id: target.id,
      label: t(workbook.locale, `export.target.${target.id}`),
      scheduler: SCHEDULER_TARGETS.includes(target.id),
    })),
    platforms: settings.platforms,
    statuses: settings.statuses,
    timeZone: workbook.timeZone,
    locale: workbook.locale,
    today: localParts(now, workbook.timeZone).date,
    dateOrder: dateOrderForLocale(workbook.locale),
    staggerMinutes: SPROUT_MIN_SPACING_MINUTES,
    utmTemplate: settings.values['utm template'] ?? '',
    counts: { posts: posts.length, byPlatform: countBy(posts, 'platform'), byStatus: countBy(posts, 'status') },
    postFacets: posts.map((post) => [post.date, post.platform.trim(), post.status.trim()]),
    readyStatuses: [...READY_STATUSES],
    hasCalendar: found,
  };
}

/** A request that failed validation: one whole-file problem saying what to fix. */
function invalid(message: string): ExportProblem[] {
  return [{ postId: '', severity: 'error', code: 'invalid-request', message }];
}

/** The validated request, or the problem to show. */
function parseRequest(input: unknown, locale: string): { ok: true; request: ExportRequest } | { ok: false; problems: ExportProblem[] } {
  const parsed = exportRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: invalid(t(locale, 'export.error.request')) };
  const request = parsed.data;
  if (!findExportTarget(request.target)) return { ok: false, problems: invalid(t(locale, 'export.error.target')) };
  for (const date of [request.from, request.to]) {
    if (date && !parseIsoDate(date)) return { ok: false, problems: invalid(t(locale, 'export.error.date', { value: date })) };
  }
  if (request.from && request.to && request.from > request.to) {
    return { ok: false, problems: invalid(t(locale, 'export.error.range')) };
  }
  if (request.targetTimeZone && !isValidTimeZone(request.targetTimeZone)) {
    return { ok: false, problems: invalid(t(locale, 'export.error.zone', { value: request.targetTimeZone })) };
  }
  const stagger = request.stagger;
  if (typeof stagger === 'number' && !(Number.isInteger(stagger) && stagger >= 0 && stagger <= 1440)) {
    return { ok: false, problems: invalid(t(locale, 'export.error.stagger')) };
  }
  return { ok: true, request };
}

/** The minutes posts are spread apart by, or 0 for no staggering (Sprout never less than its 10). */
function staggerMinutes(request: ExportRequest): number {
  const asked = request.stagger === true ? SPROUT_MIN_SPACING_MINUTES : typeof request.stagger === 'number' ? request.stagger : 0;
  if (asked <= 0) return 0;
  return request.target === 'sprout' ? Math.max(asked, SPROUT_MIN_SPACING_MINUTES) : asked;
}

/** A filter value meaning "all" (empty, or the dialog's `*`). */
function filterValue(value: string | null | undefined): string | undefined {
  return value && value !== '*' ? value : undefined;
}

/** The status filter: the dialog's READY_STATUS_FILTER stands for the statuses ready to go out. */
function statusFilter(value: string | null | undefined): string | readonly string[] | undefined {
  return value === READY_STATUS_FILTER ? READY_STATUSES : filterValue(value);
}

/** One prepared run: the result, the posts it covered with their rows, and what Stagger moved. */
interface PreparedRun {
  result: ExportResult;
  posts: Post[];
  rows: number[];
  moved: MovedPost[];
}

/**
 * Reads the posts (one call), the settings and the rules (one call each), selects, staggers and runs
 * the target: the same work for the preview and the download, so the two never disagree.
 */
function prepareRun(workbook: Workbook, request: ExportRequest, now: Date): PreparedRun {
  const all = readCalendarPosts(workbook);
  const rowOf = new Map<Post, number>();
  all.posts.forEach((post, i) => rowOf.set(post, all.rows[i]));
  const selected = selectPosts(all.posts, {
    from: filterValue(request.from),
    to: filterValue(request.to),
    platform: filterValue(request.platform),
    status: statusFilter(request.status),
  });
  const rows = selected.map((post) => rowOf.get(post)!);
  const minutes = staggerMinutes(request);
  const posts = minutes > 0 ? staggerPosts(selected, minutes, workbook.timeZone) : selected;
  const moved: MovedPost[] = [];
  posts.forEach((post, i) => {
    const before = selected[i];
    if (post.date !== before.date || post.time !== before.time) {
      moved.push({ postId: post.id, sheetRow: rows[i], from: `${before.date} ${before.time}`, to: `${post.date} ${post.time}` });
    }
  });
  const settings = readSettings(workbook.spreadsheet);
  const { rules } = readRulesForChecks(workbook.spreadsheet);
  const options: ExportOptions = {
    now,
    defaultTimeZone: workbook.timeZone,
    targetTimeZone: request.targetTimeZone || undefined,
    dateOrder: request.dateOrder ?? dateOrderForLocale(workbook.locale),
    utmTemplate: settings.values['utm template']?.trim() || undefined,
    measureText: measureWithRules(rules, posts),
    locale: workbook.locale,
  };
  const onlyPassing = request.onlyPassing === true;
  const severity = onlyPassing || SCHEDULER_TARGETS.includes(request.target as ExportTargetId) ? 'error' : 'warning';
  const own = postCheckProblems(posts, rules, { now, locale: workbook.locale }, severity);
  const result = runExport(request.target as ExportTargetId, posts, options, onlyPassing, own);
  return { result, posts, rows, moved };
}

/** The problems with the sheet row of each post added. */
function withRows(problems: readonly ExportProblem[], rows: readonly number[]): ExportProblem[] {
  return problems.map((problem) => (problem.row ? { ...problem, sheetRow: rows[problem.row - 1] } : { ...problem }));
}

/** Posts without an error of their own; none when a whole-file error refuses everything. */
function passing(problems: readonly ExportProblem[], count: number): number {
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.some((problem) => problem.row === undefined)) return 0;
  return count - new Set(errors.map((problem) => problem.row)).size;
}

/** The pre-flight for the dialog's Check button: problems, counts and what Stagger would move; writes nothing. */
export function previewCalendarExport(workbook: Workbook, input: unknown, now: Date): ExportPreview {
  const parsed = parseRequest(input, workbook.locale);
  if (!parsed.ok) return { ok: false, problems: parsed.problems, postCount: 0, passingCount: 0, exportCount: 0, moved: [] };
  const { result, posts, rows, moved } = prepareRun(workbook, parsed.request, now);
  const problems = withRows(result.problems, rows);
  return {
    ok: result.ok,
    problems,
    postCount: posts.length,
    passingCount: passing(problems, posts.length),
    exportCount: result.ok ? result.exportedIds.length : 0,
    moved,
  };
}

/** The export file for the dialog's Download button, or the problems that refused it. */
export function runCalendarExport(workbook: Workbook, input: unknown, now: Date): ExportFile {
  const parsed = parseRequest(input, workbook.locale);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const { result, posts, rows, moved } = prepareRun(workbook, parsed.request, now);
  const problems = withRows(result.problems, rows);
  if (posts.length === 0) return { ok: false, problems: invalid(t(workbook.locale, 'export.error.noPosts')) };
  if (!result.ok) return { ok: false, problems };
  return {
    ok: true,
    fileName: result.fileName,
    mimeType: `${result.mimeType};charset=utf-8`,
    content: result.content,
    problems,
    exportCount: result.exportedIds.length,
    skippedCount: result.skippedIds.length,
    moved,
  };
}
