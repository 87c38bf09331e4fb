/** The door to HtmlService and the spreadsheet's Ui for pages: modal dialogs and the sidebar, each from a built page file. */

import { localisePage } from '../domain/i18n/localised-page';

/** A dialog's size in pixels. */
export interface DialogSize {
  width: number;
  height: number;
}

/**
 * Opens a built page (one that translates itself in the browser) as a modal dialog.
 * @param file The page's file name in the project (e.g. 'ExportDialog').
 * @param title The dialog's title, already in the person's language.
 * @param size The dialog's size.
 */
export function showPageDialog(file: string, title: string, size: DialogSize): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setWidth(size.width).setHeight(size.height);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}

/**
 * Opens a built page whose words are `{{key}}` placeholders as a modal dialog, the placeholders filled
 * from the catalogue in `locale` (HTML-escaped) and its `lang` set.
 * @param file The page's file name in the project (e.g. 'AudienceImport').
 * @param title The dialog's title, already in the person's language.
 * @param size The dialog's size.
 * @param locale The spreadsheet's locale.
 */
export function showLocalisedDialog(file: string, title: string, size: DialogSize, locale: string): void {
  const page = HtmlService.createHtmlOutputFromFile(file).getContent();
  const html = HtmlService.createHtmlOutput(localisePage(page, locale)).setWidth(size.width).setHeight(size.height);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}

/**
 * Opens HTML made on the server (every value in it already escaped) as a modal dialog.
 * @param html The page's HTML.
 * @param title The dialog's title, already in the person's language.
 * @param size The dialog's size.
 */
export function showHtmlDialog(html: string, title: string, size: DialogSize): void {
  const output = HtmlService.createHtmlOutput(html).setWidth(size.width).setHeight(size.height);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}

/**
 * Opens a built page (one that translates itself in the browser) in the sidebar.
 * @param file The page's file name in the project (e.g. 'Sidebar').
 * @param title The sidebar's title, already in the person's language.
 */
export function showPageSidebar(file: string, title: string): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}
