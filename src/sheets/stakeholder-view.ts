/**
 * Publishes the stakeholder copy: a separate spreadsheet the add-on created, built with the Advanced
 * Sheets service and shared with the Advanced Drive service, both of which accept `drive.file` for the
 * add-on's own files (SpreadsheetApp.create/openById need `spreadsheets`; DriveApp needs `drive`).
 */

import { t } from '../domain/i18n';
import type { CalendarColumn, Post } from '../domain/post';
import { hasDriveApi, isTrashed, sharedEmails, shareWith, type ShareRole } from '../services/drive-sharing';
import { applyRequests, createSpreadsheet, hasSheetsApi, readSpreadsheet } from '../services/sheets-api';
import { type Workbook } from './active-spreadsheet';
import { postsOfBlock } from './calendar-checks';
import { calendarFromGrid, findCalendarSheet } from './calendar-sheet';
import { todayIn } from './planning-posts';
import { readSettings } from './settings-sheet';
import {
  SHAREABLE_COLUMNS,
  chooseColumns,
  chooseEmails,
  chooseStatuses,
  postsGrid,
  resolveSharedColumns,
  shareablePost,
  stakeholderMonths,
} from '../domain/stakeholder-choice';
import { addSheetRequest, monthSheet, postsSheet, sheetRequests, type CopySheet } from './stakeholder-copy';
import { approvalFingerprint } from '../domain/approval';
import { FIELD_BY_COLUMN } from '../domain/post';
import { digestText } from './approval-stamp';
import { decisionPostsSheet, type CopyDecision } from './stakeholder-decision-layout';
import { collectDecisions, type CollectResult } from './stakeholder-decisions';
import { sendWithinQuota, stakeholderEmails } from './notifications';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/** The document property holding the stakeholder copy's file id. */
export const STAKEHOLDER_FILE_KEY = 'stakeholderViewFileId';
/** The copy's sheets. */
export const STAKEHOLDER_SHEETS = { posts: 'Posts', month: 'Month view' } as const;
/** The scope publishing needs: the files the add-on created, through the Sheets and Drive APIs. */
export const STAKEHOLDER_SCOPES = ['https://www.googleapis.com/auth/drive.file'];
/** Columns publishing reads besides the shared ones: which posts (Status) and where they go (Date, Time, Time zone). */
const FRAME_COLUMNS: CalendarColumn[] = ['Status', 'Date', 'Time', 'Time zone'];

/** What publishing did, for the toast and the tests. */
export interface StakeholderResult {
  ok: boolean;
  message: string;
  id?: string;
  url?: string;
  posts?: number;
  columns?: string[];
  /** True when this run made the file (first run, or the stored one was gone). */
  created?: boolean;
  shared?: string[];
  alreadyShared?: number;
  invalidEmails?: string[];
  /** The decisions collected from the copy before it was rewritten (role "decide"). */
  collected?: CollectResult;
}

/** The "Stakeholder role" setting: commenter (default), viewer, or decide (editor of their own decision columns only). */
export function stakeholderRole(setting: string | undefined): 'commenter' | 'viewer' | 'decide' {
  const value = (setting ?? '').trim().toLowerCase();
  if (value === 'commenter' || value === '') return 'commenter';
  return value === 'decide' ? 'decide' : 'viewer';
}

/**
 * Collects the decisions in the stored copy before a publish rewrites it (role decide). A copy that is gone
 * has nothing to collect; any other failure stops the publish, so no decision is wiped unread.
 */
function collectFirst(workbook: Workbook, now: Date): CollectResult | null {
  const stored = PropertiesService.getDocumentProperties().getProperty(STAKEHOLDER_FILE_KEY);
  if (!stored || !readSpreadsheet(stored) || isTrashed(stored)) return null;
  return collectDecisions(workbook, stored, STAKEHOLDER_SHEETS.posts, now);
}

/** The stored copy when the add-on can still open it, else a new one (with both sheets); the id is stored at once. */
function openOrCreate(
  name: string,
  locale: string,
  timeZone: string,
): { id: string; url: string; sheetIds: Record<string, number>; protections: Record<string, number[]>; created: boolean; recreated: boolean } {
  const properties = PropertiesService.getDocumentProperties();
  const stored = properties.getProperty(STAKEHOLDER_FILE_KEY);
  // A copy moved to the trash still opens: it counts as deleted, so nobody is sent a link to the trash.
  const found = stored ? readSpreadsheet(stored) : null;
  if (found && !isTrashed(found.id)) return { ...found, created: false, recreated: false };
  const made = createSpreadsheet({
    properties: { title: name, locale, timeZone },
    sheets: [{ properties: { title: STAKEHOLDER_SHEETS.posts } }, { properties: { title: STAKEHOLDER_SHEETS.month } }],
  });
  properties.setProperty(STAKEHOLDER_FILE_KEY, made.id);
  return { ...made, protections: {}, created: true, recreated: !!stored };
}

/** Every request that rewrites the copy: its time zone, then each sheet (added first when missing). */
function copyRequests(
  copy: { sheetIds: Record<string, number>; protections: Record<string, number[]> },
  sheets: CopySheet[],
  timeZone: string,
): Request[] {
  const requests: Request[] = [{ updateSpreadsheetProperties: { properties: { timeZone }, fields: 'timeZone' } }];
  const used = new Set(Object.values(copy.sheetIds));
  for (const sheet of sheets) {
    let id = copy.sheetIds[sheet.title];
    if (id === undefined) {
      id = 1001;
      while (used.has(id)) id++;
      used.add(id);
      requests.push(addSheetRequest(id, sheet.title));
    }
    requests.push(...sheetRequests(id, sheet, copy.protections[sheet.title] ?? []));
  }
  return requests;
}

/**
 * Shares the copy with the listed emails not already on it, one permissions.create each so one refused
 * address does not stop the others. Never removes anyone and never turns on link sharing.
 */
function share(id: string, emails: string[], role: ShareRole): { shared: string[]; already: number; failed: string[]; error: string } {
  const result = { shared: [] as string[], already: 0, failed: [] as string[], error: '' };
  let present: Set<string>;
  try {
    // Deciding needs edit access: a commenter or viewer on the copy is given writer (never the reverse).
    present = sharedEmails(id, role === 'writer' ? ['owner', 'writer'] : undefined);
  } catch (error) {
    return { ...result, failed: emails, error: error instanceof Error ? error.message : String(error) };
  }
  for (const email of emails) {
    if (present.has(email.toLowerCase())) {
      result.already++;
      continue;
    }
    try {
      shareWith(id, email, role);
      result.shared.push(email);
    } catch (error) {
      result.failed.push(email);
      result.error = error instanceof Error ? error.message : String(error);
    }
  }
  return result;
}

/**
 * Publishes (or refreshes) the stakeholder copy: the Calendar's posts whose status is listed in
 * "Stakeholder statuses", with only the "Stakeholder columns" that are shareable and found unambiguously,
 * on a Posts sheet and a Month view sheet; then shares it with "Stakeholder emails" in "Stakeholder role".
 * Two reads of the team's spreadsheet; the copy is read once (and files.get for the trash) and rewritten in
 * one batchUpdate; one permissions.list page per 100 people and one permissions.create per new email.
 */
export function publishStakeholderCopy(workbook: Workbook, now: Date): StakeholderResult {
  const { locale, timeZone } = workbook;
  if (!hasSheetsApi() || !hasDriveApi()) return { ok: false, message: t(locale, 'stakeholder.noServices') };
  if (!findCalendarSheet(workbook.spreadsheet)) return { ok: false, message: t(locale, 'stakeholder.noSheet') };
  let collected: CollectResult | null = null;
  if (stakeholderRole(readSettings(workbook.spreadsheet).values['stakeholder role']) === 'decide') {
    try {
      collected = collectFirst(workbook, now);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, message: t(locale, 'decisions.collectFailed', { message }) };
    }
  }
  const settings = readSettings(workbook.spreadsheet).values;
  const sheet = findCalendarSheet(workbook.spreadsheet)!;
  const { columns, refused, unknown } = chooseColumns(settings['stakeholder columns']);
  if (columns.length === 0)
    return { ok: false, message: t(locale, 'stakeholder.noColumns', { columns: SHAREABLE_COLUMNS.join(', ') }) };
  const grid = sheet.getDataRange().getValues();
  const calendar = calendarFromGrid(sheet, grid);
  const resolved = resolveSharedColumns(calendar.header, [...new Set([...columns, ...FRAME_COLUMNS])]);
  if ('problem' in resolved) {
    const { kind, column, headers } = resolved.problem;
    return { ok: false, message: t(locale, `stakeholder.${kind}Column`, { column, headers: headers.join(', ') }) };
  }
  const strict = { ...calendar, map: { ...calendar.map, ...resolved.map } };
  const statuses = chooseStatuses(settings['stakeholder statuses']);
  const chosen = postsOfBlock(strict, grid.slice(1), timeZone).filter(
    (post): post is NonNullable<typeof post> => post !== null && statuses.has(post.status.trim().toLowerCase()),
  );
  const posts = chosen.map((post) => shareablePost(post, columns));

  const months = stakeholderMonths(posts, todayIn(now, timeZone), timeZone, locale);
  const deciding = stakeholderRole(settings['stakeholder role']) === 'decide';
  const sheets = deciding
    ? decisionSheets(chosen, columns, chooseEmails(settings['stakeholder emails']).emails, collected?.read ?? [], months)
    : [postsSheet(STAKEHOLDER_SHEETS.posts, postsGrid(posts, columns)), monthSheet(STAKEHOLDER_SHEETS.month, months)];
  let copy: ReturnType<typeof openOrCreate>;
  try {
    copy = openOrCreate(
      t(locale, 'stakeholder.fileName', { name: workbook.spreadsheet.getName() }),
      workbook.spreadsheet.getSpreadsheetLocale(),
      timeZone,
    );
    // One batchUpdate: Google applies all of it or none, so a failure leaves the earlier copy as it was.
    applyRequests(copy.id, copyRequests(copy, sheets, timeZone));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: t(locale, 'stakeholder.serviceFailed', { message }) };
  }

  const { id, url } = copy;
  const { emails, invalid } = chooseEmails(settings['stakeholder emails']);
  const roleSetting = (settings['stakeholder role'] ?? '').trim().toLowerCase();
  const role = stakeholderRole(roleSetting);
  const sharing =
    emails.length > 0
      ? share(id, emails, role === 'commenter' ? 'commenter' : role === 'decide' ? 'writer' : 'reader')
      : { shared: [], already: 0, failed: [], error: '' };

  const lines = [t(locale, 'stakeholder.done', { posts: posts.length, columns: columns.length, url })];
  if (collected) lines.push(collected.message);
  if (copy.recreated) lines.push(t(locale, 'stakeholder.recreated'));
  if (sharing.shared.length > 0) lines.push(t(locale, 'stakeholder.shared', { count: sharing.shared.length, role }));
  if (sharing.already > 0) lines.push(t(locale, 'stakeholder.alreadyShared', { count: sharing.already }));
  if (invalid.length > 0) lines.push(t(locale, 'stakeholder.invalidEmails', { emails: invalid.join(', ') }));
  if (sharing.failed.length > 0)
    lines.push(t(locale, 'stakeholder.shareFailed', { emails: sharing.failed.join(', '), message: sharing.error }));
  if (refused.length > 0) lines.push(t(locale, 'stakeholder.skippedColumns', { columns: refused.join(', ') }));
  if (unknown.length > 0) lines.push(t(locale, 'stakeholder.unknownColumns', { columns: unknown.join(', ') }));
  const mailed = notifyStakeholders(workbook, url, emails, chosen, columns, settings, collected?.read ?? []);
  if (mailed) lines.push(mailed);
  if (roleSetting !== role && roleSetting !== '') lines.push(t(locale, 'stakeholder.badRole', { value: roleSetting }));
  return {
    ok: true,
    message: lines.join(' '),
    id,
    url,
    posts: posts.length,
    columns,
    created: copy.created,
    shared: sharing.shared,
    alreadyShared: sharing.already,
    invalidEmails: invalid,
    collected: collected ?? undefined,
  };
}

/**
 * The copy's sheets when stakeholders decide: the Posts sheet with the ID column first (a decision must
 * name its post), a Version column and each stakeholder's protected decision pair; the Month view
 * protected for the owner only.
 */
function decisionSheets(
  chosen: readonly Post[],
  columns: readonly CalendarColumn[],
  emails: readonly string[],
  kept: readonly CopyDecision[],
  months: ReturnType<typeof stakeholderMonths>,
): CopySheet[] {
  const shown: CalendarColumn[] = columns.includes('ID') ? [...columns] : ['ID', ...columns];
  const sorted = [...chosen].sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`));
  const rows = sorted.map((post) => {
    const copy = shareablePost(post, shown);
    return {
      id: post.id,
      version: approvalFingerprint(post, digestText),
      cells: shown.map((column) => String(copy[FIELD_BY_COLUMN[column as keyof typeof FIELD_BY_COLUMN]] ?? '')),
    };
  });
  const month = monthSheet(STAKEHOLDER_SHEETS.month, months);
  month.protections = [
    { startRow: 0, endRow: 1, startColumn: 0, endColumn: 1, description: 'Read-only: the team publishes this copy.', editors: [], wholeSheet: true },
  ];
  return [decisionPostsSheet(STAKEHOLDER_SHEETS.posts, shown, rows, emails, kept), month];
}

/**
 * Emails each listed stakeholder (when "Email stakeholders on publish" is on) the posts that await their
 * decision: those in "Stakeholder decision statuses" they have not answered in this version. Returns the
 * quota shortfall or MailApp's refusal as a sentence ('' when all went).
 */
function notifyStakeholders(
  workbook: Workbook,
  url: string,
  emails: readonly string[],
  chosen: readonly Post[],
  columns: readonly CalendarColumn[],
  settings: Record<string, string>,
  answered: readonly CopyDecision[],
): string {
  const counted = chooseStatuses(settings['stakeholder decision statuses'] || 'In review');
  const open = chosen.filter((post) => counted.has(post.status.trim().toLowerCase()));
  const waiting = new Map<string, Post[]>();
  for (const email of emails) {
    const done = new Set(
      answered.filter((d) => d.email.toLowerCase() === email.toLowerCase() && d.decision).map((d) => `${d.id}\u0000${d.version}`),
    );
    // Only what the copy shows goes into the email: the shared columns' fields, never Notes or Owner.
    const unanswered = open.filter((post) => !done.has(`${post.id}\u0000${approvalFingerprint(post, digestText)}`));
    waiting.set(email, unanswered.map((post) => shareablePost(post, columns)));
  }
  try {
    return sendWithinQuota(workbook, stakeholderEmails(workbook, url, waiting)).shortfall;
  } catch (error) {
    return t(workbook.locale, 'notify.failed', { message: error instanceof Error ? error.message : String(error) });
  }
}
