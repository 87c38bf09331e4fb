/** The add-on's menu: built by onOpen in any authorization mode, localised when the locale can be read. */

import { captionsIn, englishCaptions, type MenuCaption } from '../domain/i18n/menu-captions';
import { activeLocale } from '../sheets/active-spreadsheet';

/** The Language submenu: each language named in itself, so a person finds theirs whatever the menu speaks. */
export const LANGUAGE_ITEMS: ReadonlyArray<readonly [string, string]> = [
  ['English', 'useEnglish'],
  ['Polski', 'usePolish'],
];

/** The menu items (catalogue key, global function, English caption), in menu order (null = separator). */
export const MENU_ITEMS: ReadonlyArray<readonly [string, string, string] | null> = [
  ['menu.newPost', 'showPostForm', 'New post…'],
  ['menu.editPost', 'editSelectedPost', 'Edit selected post'],
  null,
  ['menu.checkAll', 'checkAllPosts', 'Check all posts'],
  ['menu.updateSeries', 'updateRepeatingPosts', 'Update repeating posts'],
  ['menu.fillEvergreen', 'fillGapsWithEvergreen', 'Fill gaps with evergreen posts'],
  null,
  ['menu.monthView', 'showMonthView', 'Month view'],
  ['menu.dashboard', 'refreshDashboard', 'Dashboard'],
  ['menu.importHolidays', 'importHolidays', 'Import public holidays…'],
  ['menu.importAudience', 'showAudienceImport', 'Import audience data…'],
  null,
  ['menu.reviewQueue', 'showReviewQueue', 'Review queue'],
  ['menu.shareStakeholders', 'publishStakeholderView', 'Publish stakeholder view'],
  ['menu.collectDecisions', 'collectStakeholderDecisions', 'Collect stakeholder decisions'],
  ['menu.scheduleDigest', 'scheduleDailyDigest', 'Schedule daily digest'],
  null,
  ['menu.export', 'showExportDialog', 'Export…'],
  ['menu.syncCalendar', 'syncToGoogleCalendar', 'Sync to Google Calendar…'],
  null,
  ['menu.woopConnect', 'showWoopSocialConnect', 'Connect WoopSocial…'],
  ['menu.woopSend', 'showWoopSocialSend', 'Send to WoopSocial…'],
  ['menu.woopRefresh', 'refreshDeliveryStatus', 'Refresh delivery status'],
  null,
  ['menu.setup', 'setupCalendar', 'Set up calendar'],
];

/** The Help submenu's items (catalogue key, global function, English caption), after the items above. */
export const HELP_MENU_ITEMS: ReadonlyArray<readonly [string, string, string]> = [
  ['menu.checkSetup', 'checkSetup', 'Check this spreadsheet’s setup'],
];

/**
 * Adds the Content Calendar menu. In AuthMode.NONE (an add-on not yet used in this document) it reads
 * nothing, not even the message file, and builds an add-on menu in English; otherwise it reads the
 * spreadsheet's locale and falls back to English if the catalogue cannot be read. Outside NONE it also
 * reads the chosen language from the document properties, as Google's own onOpen example does:
 * https://developers.google.com/apps-script/reference/script/auth-mode
 */
export function buildMenu(authMode: GoogleAppsScript.Script.AuthMode | undefined): void {
  const ui = SpreadsheetApp.getUi();
  const isNone = authMode !== undefined && authMode === ScriptApp.AuthMode.NONE;
  const caption = isNone ? englishCaptions : localisedCaptions();
  const menu = isNone ? ui.createAddonMenu() : ui.createMenu(caption('menu.title', 'Content Calendar'));
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(caption(item[0], item[2]), item[1]);
    else menu.addSeparator();
  }
  const languages = ui.createMenu(caption('menu.language', 'Language'));
  for (const [name, functionName] of LANGUAGE_ITEMS) languages.addItem(name, functionName);
  const help = ui.createMenu(caption('menu.help', 'Help'));
  for (const [key, functionName, english] of HELP_MENU_ITEMS) help.addItem(caption(key, english), functionName);
  menu.addSeparator().addSubMenu(languages).addSubMenu(help);
  menu.addToUi();
}

/** The captions in the document's language, or English when the locale or the catalogue cannot be read in this mode. */
function localisedCaptions(): MenuCaption {
  try {
    return captionsIn(activeLocale());
  } catch {
    return englishCaptions; // No access to the document or the catalogue in this mode.
  }
}
