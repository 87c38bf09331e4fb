/** The "Collect stakeholder decisions" command's gateway: finds the stored stakeholder copy and collects its decisions. */

import { t } from '../domain/i18n';
import { hasDriveApi } from '../services/drive-sharing';
import { hasSheetsApi, readSpreadsheet } from '../services/sheets-api';
import type { Workbook } from './active-spreadsheet';
import { readSettings } from './settings-sheet';
import { collectDecisions, type CollectResult } from './stakeholder-decisions';
import { STAKEHOLDER_FILE_KEY, STAKEHOLDER_SHEETS, stakeholderRole } from './stakeholder-view';

/**
 * Collects the decisions of the published copy (role decide); a sentence saying what to do when there is
 * no copy, the role is not decide, or Google Sheets refuses. One spreadsheets.get, one values.get.
 */
export function collectStakeholderCopy(workbook: Workbook, now: Date): CollectResult {
  const { locale } = workbook;
  const none = (message: string): CollectResult => ({ ok: false, message, applied: [], outdated: [], read: [] });
  if (!hasSheetsApi() || !hasDriveApi()) return none(t(locale, 'stakeholder.noServices'));
  if (stakeholderRole(readSettings(workbook.spreadsheet).values['stakeholder role']) !== 'decide')
    return none(t(locale, 'decisions.notDeciding'));
  const stored = PropertiesService.getDocumentProperties().getProperty(STAKEHOLDER_FILE_KEY);
  try {
    if (!stored || !readSpreadsheet(stored)) return none(t(locale, 'decisions.noCopy'));
    return collectDecisions(workbook, stored, STAKEHOLDER_SHEETS.posts, now);
  } catch (error) {
    return none(t(locale, 'decisions.collectFailed', { message: error instanceof Error ? error.message : String(error) }));
  }
}
