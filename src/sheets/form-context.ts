/** What the sidebar form needs to start: lists, rules, zone, locale and the selected post. */

import type { Post } from '../domain/post';
import type { FormContext } from '../shared/rpc-types';
import { localParts } from '../domain/schedule/post-instant';
import { currentUserEmail, type Workbook } from './active-spreadsheet';
import { isCalendarSheet, openCalendar, readRows } from './calendar-sheet';
import { rowHasContent, rowToPost } from '../domain/calendar-row';
import { readRules } from './platforms-sheet';
import { readSettings, SETTINGS_WITH_PILLARS_WIDTH } from './settings-sheet';
import { readSnippets } from './snippets-sheet';
import { readPillars } from './pillar-settings';

/**
 * The post on the row the user has selected in the Calendar sheet, or null when the selection is
 * elsewhere, on the header, or on an empty row. Two reads (header, row) when it is on the calendar.
 */
export function selectedPost(workbook: Workbook): Post | null {
  const range = workbook.spreadsheet.getActiveRange();
  if (!range) return null;
  const sheet = range.getSheet();
  if (!isCalendarSheet(sheet) || range.getRow() < 2) return null;
  const calendar = openCalendar(sheet);
  const [row] = readRows(calendar, range.getRow(), 1);
  if (!row || !rowHasContent(row, calendar.map)) return null;
  return rowToPost(row, calendar.map, workbook.timeZone);
}

const FORM_MODE_KEY = 'content-calendar.form-mode';

/** Remembers, for this user, how the form is being opened ("Edit selected post" or "New post…"). */
export function rememberFormMode(mode: FormContext['mode']): void {
  CacheService.getUserCache().put(FORM_MODE_KEY, mode, 120);
}

/** How the form was opened; `new` unless "Edit selected post" opened it in the last two minutes. */
function takeFormMode(): FormContext['mode'] {
  const cache = CacheService.getUserCache();
  const mode = cache.get(FORM_MODE_KEY);
  return mode === 'edit' ? 'edit' : 'new';
}

/** Builds the form's context (everything JSON: no Date objects cross google.script.run). */
export function buildFormContext(workbook: Workbook, now: Date): FormContext {
  const settings = readSettings(workbook.spreadsheet, SETTINGS_WITH_PILLARS_WIDTH);
  const { rules } = readRules(workbook.spreadsheet);
  return {
    platforms: settings.platforms,
    formats: settings.formats,
    statuses: settings.statuses,
    rules,
    timeZone: workbook.timeZone,
    locale: workbook.locale,
    today: localParts(now, workbook.timeZone).date,
    post: selectedPost(workbook),
    mode: takeFormMode(),
    user: currentUserEmail(),
    utmTemplate: settings.values['utm template'] ?? '',
    snippets: readSnippets(workbook.spreadsheet),
    pillars: readPillars(settings.grid).map((p) => p.pillar),
  };
}
