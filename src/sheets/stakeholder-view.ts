/** Publishes the stakeholder copy: a separate spreadsheet the add-on created (so `drive.file` reaches it), refreshed in place and shared with the listed emails. */

import { t } from '../domain/i18n';
import { type Workbook } from './active-spreadsheet';
import { postsOfBlock } from './calendar-checks';
import { calendarFromGrid, findCalendarSheet } from './calendar-sheet';
import { todayIn, writeGeneratedGrid } from './planning-posts';
import { readSettings } from './settings-sheet';
import {
  SHAREABLE_COLUMNS,
  chooseColumns,
  chooseEmails,
  chooseStatuses,
  postsGrid,
  shareablePost,
  stakeholderMonths,
} from './stakeholder-choice';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The document property holding the stakeholder copy's file id. */
export const STAKEHOLDER_FILE_KEY = 'stakeholderViewFileId';
/** The copy's sheets. */
export const STAKEHOLDER_SHEETS = { posts: 'Posts', month: 'Month view' } as const;
/** The scopes publishing needs: open/create a spreadsheet other than this one, and share the files the add-on created. */
export const STAKEHOLDER_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/drive.file',
];

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
}

/** The stored copy, or a new one when there is none or it cannot be opened (deleted, or another person's). */
function openOrCreate(name: string): { target: Spreadsheet; created: boolean; recreated: boolean } {
  const properties = PropertiesService.getDocumentProperties();
  const stored = properties.getProperty(STAKEHOLDER_FILE_KEY);
  if (stored) {
    try {
      return { target: SpreadsheetApp.openById(stored), created: false, recreated: false };
    } catch {
      // Gone or out of reach: make a new one below and say so.
    }
  }
  const target = SpreadsheetApp.create(name);
  properties.setProperty(STAKEHOLDER_FILE_KEY, target.getId());
  return { target, created: true, recreated: !!stored };
}

/** The named sheet of the copy: found, or the new file's first sheet renamed, or inserted. */
function sheetNamed(target: Spreadsheet, sheets: Sheet[], name: string, reuse: Sheet | undefined): Sheet {
  return sheets.find((s) => s.getName() === name) ?? reuse?.setName(name) ?? target.insertSheet(name);
}

/**
 * Shares the copy with the listed emails not already on it, as commenters or viewers, one call each so one
 * refused address does not stop the others. Never removes anyone and never turns on link sharing.
 */
function share(
  id: string,
  emails: string[],
  role: 'commenter' | 'viewer',
): { shared: string[]; already: number; failed: string[]; error: string } {
  const result = { shared: [] as string[], already: 0, failed: [] as string[], error: '' };
  let file: GoogleAppsScript.Drive.File;
  let present: Set<string>;
  try {
    file = DriveApp.getFileById(id);
    const users = [...file.getEditors(), ...file.getViewers(), file.getOwner()];
    present = new Set(users.filter(Boolean).map((user) => user.getEmail().toLowerCase()));
  } catch (error) {
    // Out of the add-on's reach (a copy another person created): nothing is shared.
    return { ...result, failed: emails, error: error instanceof Error ? error.message : String(error) };
  }
  for (const email of emails) {
    if (present.has(email.toLowerCase())) {
      result.already++;
      continue;
    }
    try {
      if (role === 'commenter') file.addCommenter(email);
      else file.addViewer(email);
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
 * "Stakeholder statuses", with only the "Stakeholder columns" that are shareable, on a Posts sheet and a
 * Month view sheet; then shares it with "Stakeholder emails" in "Stakeholder role". Two reads of the
 * team's spreadsheet; each sheet of the copy is rewritten in one batch per Range setter.
 */
export function publishStakeholderCopy(workbook: Workbook, now: Date): StakeholderResult {
  const { locale, timeZone } = workbook;
  const settings = readSettings(workbook.spreadsheet).values;
  const sheet = findCalendarSheet(workbook.spreadsheet);
  if (!sheet) return { ok: false, message: t(locale, 'stakeholder.noSheet') };
  const { columns, refused, unknown } = chooseColumns(settings['stakeholder columns']);
  if (columns.length === 0)
    return { ok: false, message: t(locale, 'stakeholder.noColumns', { columns: SHAREABLE_COLUMNS.join(', ') }) };
  const grid = sheet.getDataRange().getValues();
  const calendar = calendarFromGrid(sheet, grid);
  const statuses = chooseStatuses(settings['stakeholder statuses']);
  const posts = postsOfBlock(calendar, grid.slice(1), timeZone)
    .filter((post) => post !== null && statuses.has(post.status.trim().toLowerCase()))
    .map((post) => shareablePost(post!, columns));

  const { target, created, recreated } = openOrCreate(
    t(locale, 'stakeholder.fileName', { name: workbook.spreadsheet.getName() }),
  );
  target.setSpreadsheetTimeZone(timeZone);
  const existing = target.getSheets();
  const postsSheet = sheetNamed(target, existing, STAKEHOLDER_SHEETS.posts, created ? existing[0] : undefined);
  const values = postsGrid(posts, columns);
  postsSheet.clear();
  if (values.length > 1000) {
    const maxRows = postsSheet.getMaxRows();
    if (maxRows < values.length) postsSheet.insertRowsAfter(maxRows, values.length - maxRows);
  }
  postsSheet.getRange(1, 1, values.length, columns.length).setValues(values);
  postsSheet.getRange(1, 1, 1, columns.length).setFontWeight('bold').setBackground('#E8F0FE');
  postsSheet.setFrozenRows(1);
  const monthSheet = sheetNamed(target, existing, STAKEHOLDER_SHEETS.month, undefined);
  const months = stakeholderMonths(posts, todayIn(now, timeZone), timeZone, locale);
  writeGeneratedGrid(monthSheet, months, 1).setWrap(true).setVerticalAlignment('top');
  monthSheet.setColumnWidths(1, 7, 160);

  const id = target.getId();
  const url = target.getUrl();
  const { emails, invalid } = chooseEmails(settings['stakeholder emails']);
  const roleSetting = (settings['stakeholder role'] ?? '').trim().toLowerCase();
  const role = roleSetting === 'commenter' || roleSetting === '' ? 'commenter' : 'viewer';
  const sharing = emails.length > 0 ? share(id, emails, role) : { shared: [], already: 0, failed: [], error: '' };

  const lines = [t(locale, 'stakeholder.done', { posts: posts.length, columns: columns.length, url })];
  if (recreated) lines.push(t(locale, 'stakeholder.recreated'));
  if (sharing.shared.length > 0) lines.push(t(locale, 'stakeholder.shared', { count: sharing.shared.length, role }));
  if (sharing.already > 0) lines.push(t(locale, 'stakeholder.alreadyShared', { count: sharing.already }));
  if (invalid.length > 0) lines.push(t(locale, 'stakeholder.invalidEmails', { emails: invalid.join(', ') }));
  if (sharing.failed.length > 0)
    lines.push(t(locale, 'stakeholder.shareFailed', { emails: sharing.failed.join(', '), message: sharing.error }));
  if (refused.length > 0) lines.push(t(locale, 'stakeholder.skippedColumns', { columns: refused.join(', ') }));
  if (unknown.length > 0) lines.push(t(locale, 'stakeholder.unknownColumns', { columns: unknown.join(', ') }));
  if (roleSetting !== role && roleSetting !== '') lines.push(t(locale, 'stakeholder.badRole', { value: roleSetting }));
  return {
    ok: true,
    message: lines.join(' '),
    id,
    url,
    posts: posts.length,
    columns,
    created,
    shared: sharing.shared,
    alreadyShared: sharing.already,
    invalidEmails: invalid,
  };
}
