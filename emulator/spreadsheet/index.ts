/** The SpreadsheetApp part of the emulator: createSpreadsheetService and the hooks the runtime and preview use. */

import type { EmulatorContext } from '../core/context';
import { ServiceException } from '../core/errors';
import { parseA1 } from './a1-notation';
import { Hub } from './hub';
import type { BookModel, Toast } from './model';
import { renderSheet, RenderedSheet, RenderOptions } from './render-sheet';
import { rectFromA1 } from './sheet';
import { SpreadsheetAppImpl } from './spreadsheet-app';
import { bookToJSON, loadBookJSON } from './state-json';
import { applyUserEdit, UserEditResult } from './user-edit';

export type { RenderedSheet, RenderedCell, RenderOptions } from './render-sheet';
export type { UserEditResult } from './user-edit';

/** What createSpreadsheetService returns. */
export interface SpreadsheetService {
  /** The SpreadsheetApp global, wrapped for call counting. */
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  /** Every toast shown by any spreadsheet, oldest first. */
  toasts: Toast[];
  /**
   * Apply an edit the way a person typing/pasting would (typed-input parsing, validation that rejects unless
   * allowInvalid, protections; warning-only protections allow). Returns the onEdit event object or a rejection.
   * It does not run onEdit.
   */
  userEdit(sheetName: string, a1: string, values: unknown[][]): UserEditResult;
  /** A person's edit in another spreadsheet (by id) they have open in Sheets; protections apply as in userEdit. */
  userEditIn(spreadsheetId: string, sheetName: string, a1: string, values: unknown[][]): UserEditResult;
  /** The active spreadsheet's whole state as JSON (or another spreadsheet's, by id). */
  toJSON(spreadsheetId?: string): unknown;
  /** Replace the active spreadsheet's state with one from toJSON(). */
  loadJSON(state: unknown): void;
  /** The display grid of a sheet of the active spreadsheet, with conditional formatting applied. */
  renderSheet(sheetName: string, options?: RenderOptions): RenderedSheet;
  /** Set the active sheet and, optionally, the selected range (what a person clicked). */
  setActive(sheetName: string, a1?: string): void;
  /** Ids and names of every spreadsheet (the active one first). */
  listSpreadsheets(): Array<{ id: string; name: string }>;
  /** Whether the script made this spreadsheet with SpreadsheetApp.create (so `drive.file` reaches it). */
  createdByScript?(id: string): boolean;
  /** The registry of spreadsheets (the Advanced Sheets service works on it). */
  hub?: Hub;
  /** Every spreadsheet but the active one, as JSON (with which of them the script created), for saving. */
  otherSpreadsheetsToJSON?(): { books: unknown[]; createdByScript: string[] };
  /** Replaces every spreadsheet but the active one with the saved ones (ids kept). */
  loadOtherSpreadsheetsJSON?(saved: { books: unknown[]; createdByScript: string[] }): void;
  /** The display grid of a sheet of any spreadsheet the hub holds, by id (a viewer of other spreadsheets). */
  renderSheetOf?(spreadsheetId: string, sheetName: string, options?: RenderOptions): RenderedSheet;
  /** A spreadsheet's name and its sheets' names and sizes, by id. */
  describeSpreadsheet?(spreadsheetId: string): {
    id: string;
    name: string;
    activeSheet: string;
    sheets: Array<{ name: string; lastRow: number; lastColumn: number; maxRows: number; maxColumns: number }>;
  };
}

/**
 * Create the SpreadsheetApp service over a fresh active spreadsheet (one sheet, `Sheet1`, 1000×26).
 * `ui` returns the Ui object handed out by SpreadsheetApp.getUi().
 */
export function createSpreadsheetService(context: EmulatorContext, ui: () => unknown): SpreadsheetService {
  const hub = new Hub(context, ui);
  const toasts: Toast[] = [];
  const shareToasts = (): void => {
    for (const book of hub.books.values()) book.toasts = toasts;
  };
  shareToasts();
  const app = new SpreadsheetAppImpl(hub);
  const wrappedApp = hub.wrap(app, 'SpreadsheetApp') as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const originalCreate = hub.createBook.bind(hub);
  hub.createBook = (name: string, rows?: number, cols?: number) => {
    const book = originalCreate(name, rows, cols);
    book.toasts = toasts;
    return book;
  };
  const bookOf = (spreadsheetId: string): BookModel => {
    const book = hub.books.get(spreadsheetId);
    if (!book) throw new ServiceException(`No spreadsheet with id ${spreadsheetId}.`);
    return book;
  };
  return {
    SpreadsheetApp: wrappedApp,
    toasts,
    userEdit: (sheetName, a1, values) => applyUserEdit(hub, sheetName, a1, values),
    userEditIn: (spreadsheetId, sheetName, a1, values) => {
      const book = hub.books.get(spreadsheetId);
      if (!book) return { rejected: `No spreadsheet with id ${spreadsheetId}.` };
      return applyUserEdit(hub, sheetName, a1, values, book);
    },
    toJSON: (spreadsheetId?: string) => {
      const book = spreadsheetId ? hub.books.get(spreadsheetId) : hub.active;
      if (!book) throw new ServiceException(`No spreadsheet with id ${spreadsheetId}.`);
      return bookToJSON(book);
    },
    loadJSON: (state: unknown) => loadBookJSON(hub.active, state),
    renderSheet: (sheetName: string, options?: RenderOptions) => renderSheet(hub.active, sheetName, options),
    setActive: (sheetName: string, a1?: string) => {
      const sheet = hub.active.sheetByName(sheetName);
      if (!sheet) throw new ServiceException(`No sheet named ${sheetName}.`);
      hub.active.activeSheetId = sheet.id;
      if (a1) {
        const { rect, shape } = rectFromA1(sheet, parseA1(a1));
        hub.active.activeRange = { sheetId: sheet.id, rect, shape };
      } else hub.active.activeRange = null;
    },
    createdByScript: (id: string) => hub.createdByScript.has(id),
    hub,
    otherSpreadsheetsToJSON: () => ({
      books: [...hub.books.values()].filter((b) => b !== hub.active).map((b) => bookToJSON(b)),
      createdByScript: [...hub.createdByScript],
    }),
    loadOtherSpreadsheetsJSON: (saved) => {
      for (const [id, book] of [...hub.books]) if (book !== hub.active) hub.books.delete(id);
      for (const state of saved.books) {
        const { id, name } = state as { id: string; name: string };
        let book = hub.createBook(name);
        // Keep the saved id (links and Drive files name it); new spreadsheets get ids after it.
        while (hub.books.has(id) && book.id !== id) {
          hub.books.delete(book.id);
          book = hub.createBook(name);
        }
        hub.books.delete(book.id);
        book.id = id;
        hub.books.set(id, book);
        loadBookJSON(book, state);
      }
      hub.createdByScript.clear();
      for (const id of saved.createdByScript) hub.createdByScript.add(id);
    },
    renderSheetOf: (spreadsheetId, sheetName, options) => renderSheet(bookOf(spreadsheetId), sheetName, options),
    describeSpreadsheet: (spreadsheetId) => {
      const book = bookOf(spreadsheetId);
      return {
        id: book.id,
        name: book.name,
        activeSheet: book.activeSheet().name,
        sheets: book.sheets.map((sheet) => {
          return {
            name: sheet.name,
            lastRow: sheet.lastRow(),
            lastColumn: sheet.lastCol(),
            maxRows: sheet.maxRows,
            maxColumns: sheet.maxCols,
          };
        }),
      };
    },
    listSpreadsheets: () => [hub.active, ...[...hub.books.values()].filter((b) => b !== hub.active)].map((b) => ({ id: b.id, name: b.name })),
  };
}
