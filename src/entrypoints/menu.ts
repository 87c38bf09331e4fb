/** The add-on's menu: built by onOpen in any authorization mode, localised when the locale can be read. */

import { t } from '../domain/i18n';

/** The menu items and the global functions they run, in menu order (null = separator). */
export const MENU_ITEMS: ReadonlyArray<readonly [string, string] | null> = [
  ['menu.newPost', 'showPostForm'],
  ['menu.editPost', 'editSelectedPost'],
  null,
  ['menu.checkAll', 'checkAllPosts'],
  null,
  ['menu.monthView', 'showMonthView'],
  ['menu.dashboard', 'refreshDashboard'],
  ['menu.importHolidays', 'importHolidays'],
  ['menu.importAudience', 'showAudienceImport'],
  null,
  ['menu.reviewQueue', 'showReviewQueue'],
  ['menu.shareStakeholders', 'publishStakeholderView'],
  null,
  ['menu.export', 'showExportDialog'],
  ['menu.syncCalendar', 'syncToGoogleCalendar'],
  null,
  ['menu.setup', 'setupCalendar'],
];

/**
 * Adds the Content Calendar menu. In AuthMode.NONE (an add-on not yet used in this document) it
 * reads nothing and builds an add-on menu in English; otherwise it reads the spreadsheet's locale.
 */
export function buildMenu(authMode: GoogleAppsScript.Script.AuthMode | undefined): void {
  const ui = SpreadsheetApp.getUi();
  const isNone = authMode !== undefined && authMode === ScriptApp.AuthMode.NONE;
  let locale = 'en_US';
  if (!isNone) {
    try {
      locale = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale() || locale;
    } catch {
      // No access to the document in this mode: English captions.
    }
  }
  const menu = isNone ? ui.createAddonMenu() : ui.createMenu(t(locale, 'menu.title'));
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(t(locale, item[0]), item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}
