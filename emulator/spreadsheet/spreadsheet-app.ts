/** The SpreadsheetApp global: active spreadsheet/sheet/range, builders, create/openById and the enums. */

import { ServiceException, signatureError } from '../core/errors';
import { CfRuleBuilderImpl } from './conditional-format';
import { DataValidationBuilderImpl } from './data-validation';
import { SPREADSHEET_APP_ENUMS } from './enums';
import type { Hub } from './hub';
import { RangeImpl } from './range';
import { newRichTextValueBuilder } from './rich-text';
import { SheetImpl } from './sheet';
import { SpreadsheetImpl } from './spreadsheet';

type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The SpreadsheetApp implementation (enums are plain properties). */
export class SpreadsheetAppImpl
  implements
    Pick<
      GasApp,
      | 'getActiveSpreadsheet' | 'getActive' | 'getActiveSheet' | 'getActiveRange' | 'getCurrentCell' | 'getSelection'
      | 'setActiveSheet' | 'setActiveRange' | 'setActiveSpreadsheet' | 'getUi' | 'flush' | 'newDataValidation'
      | 'newConditionalFormatRule' | 'newRichTextValue' | 'create' | 'openById' | 'openByUrl'
    >
{
  constructor(private readonly hub: Hub) {
    Object.assign(this, SPREADSHEET_APP_ENUMS);
  }

  private activeImpl(): SpreadsheetImpl {
    return this.hub.unwrap(this.hub.spreadsheet(this.hub.active), SpreadsheetImpl) as SpreadsheetImpl;
  }

  getActiveSpreadsheet(): GasSpreadsheet {
    return this.hub.spreadsheet(this.hub.active);
  }
  getActive(): GasSpreadsheet {
    return this.hub.spreadsheet(this.hub.active);
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.activeImpl().getActiveSheet();
  }
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return this.activeImpl().getActiveRange();
  }
  getCurrentCell(): GoogleAppsScript.Spreadsheet.Range {
    return this.activeImpl().getCurrentCell();
  }
  getSelection(): GoogleAppsScript.Spreadsheet.Selection {
    return this.activeImpl().getSelection();
  }
  setActiveSheet(...args: unknown[]): GoogleAppsScript.Spreadsheet.Sheet {
    const s = this.hub.unwrap(args[0], SheetImpl);
    if (!s) throw signatureError('SpreadsheetApp', 'SpreadsheetApp', 'setActiveSheet', args);
    return (s.self as GoogleAppsScript.Spreadsheet.Sheet).activate();
  }
  setActiveRange(...args: unknown[]): GoogleAppsScript.Spreadsheet.Range {
    const r = this.hub.unwrap(args[0], RangeImpl);
    if (!r) throw signatureError('SpreadsheetApp', 'SpreadsheetApp', 'setActiveRange', args);
    return (r.self as GoogleAppsScript.Spreadsheet.Range).activate();
  }
  setActiveSpreadsheet(...args: unknown[]): void {
    const s = this.hub.unwrap(args[0], SpreadsheetImpl);
    if (!s) throw signatureError('SpreadsheetApp', 'SpreadsheetApp', 'setActiveSpreadsheet', args);
    this.hub.active = s.book;
  }
  getUi(): GoogleAppsScript.Base.Ui {
    return this.hub.ui() as GoogleAppsScript.Base.Ui;
  }
  flush(): void {
    // Writes are applied immediately; nothing is pending.
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return DataValidationBuilderImpl.create(this.hub);
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return CfRuleBuilderImpl.create(this.hub);
  }
  newRichTextValue(): GoogleAppsScript.Spreadsheet.RichTextValueBuilder {
    return newRichTextValueBuilder(this.hub);
  }
  create(...args: unknown[]): GasSpreadsheet {
    const [name, rows = 1000, cols = 26] = args;
    if (typeof name !== 'string' || typeof rows !== 'number' || typeof cols !== 'number' || (args.length !== 1 && args.length !== 3)) {
      throw signatureError('SpreadsheetApp', 'SpreadsheetApp', 'create', args);
    }
    const book = this.hub.createBook(name, rows, cols);
    this.hub.createdByScript.add(book.id);
    return this.hub.spreadsheet(book);
  }
  openById(...args: unknown[]): GasSpreadsheet {
    if (typeof args[0] !== 'string') throw signatureError('SpreadsheetApp', 'SpreadsheetApp', 'openById', args);
    const book = this.hub.books.get(args[0]);
    if (!book) throw new ServiceException('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return this.hub.spreadsheet(book);
  }
  openByUrl(...args: unknown[]): GasSpreadsheet {
    if (typeof args[0] !== 'string') throw signatureError('SpreadsheetApp', 'SpreadsheetApp', 'openByUrl', args);
    const m = /\/d\/([^/]+)/.exec(args[0]);
    const book = m ? this.hub.books.get(m[1]) : undefined;
    if (!book) throw new ServiceException('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    return this.hub.spreadsheet(book);
  }
  toString(): string {
    return 'SpreadsheetApp';
  }
}
