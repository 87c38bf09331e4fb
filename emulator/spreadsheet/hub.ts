/** The service hub: the registry of spreadsheets and the factory that wraps every facade object for call counting. */

import { CallKind, EmulatorContext, wrapService } from '../core/context';
import type { Rect, RangeShape } from './a1-notation';
import { NO_KINDS, RANGE_KINDS, SHEET_KINDS, SPREADSHEET_KINDS } from './call-kinds';
import { FormulaEngine } from './formula-engine';
import { BookModel, SheetModel } from './model';
import { RangeImpl } from './range';
import { SheetImpl } from './sheet';
import { SpreadsheetImpl } from './spreadsheet';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Every facade implementation exposes itself through `__impl` (wrapService passes `__` names through). */
export interface HasImpl<T> {
  readonly __impl: T;
}

/** Shared state and factories for all SpreadsheetApp facades. */
export class Hub {
  readonly books = new Map<string, BookModel>();
  /** Ids of the spreadsheets the script made with SpreadsheetApp.create (Drive's `drive.file` covers these). */
  readonly createdByScript = new Set<string>();
  active: BookModel;
  private readonly sheetFacades = new WeakMap<SheetModel, GasSheet>();
  private readonly bookFacades = new WeakMap<BookModel, GasSpreadsheet>();
  private bookCounter = 0;

  constructor(
    readonly context: EmulatorContext,
    readonly ui: () => unknown,
  ) {
    this.active = this.createBook('Untitled spreadsheet');
  }

  /** A new spreadsheet with one sheet `Sheet1`. */
  createBook(name: string, rows = 1000, cols = 26): BookModel {
    this.bookCounter++;
    const id = `1EmuSheet${String(this.bookCounter).padStart(4, '0')}`.padEnd(44, 'x');
    const book = new BookModel(id, name, this.context.timeZone, this.context.locale, this.context.userEmail);
    book.now = () => this.context.now();
    book.engine = new FormulaEngine(book, () => this.context.now());
    book.addSheet('Sheet1', undefined, rows, cols);
    this.books.set(id, book);
    return book;
  }

  /** Wrap a facade for counting; unknown methods throw `Emulator: <Class>.<method> is not implemented`. */
  wrap<T extends object>(impl: T, className: string, kinds: Record<string, CallKind> = NO_KINDS): T {
    return wrapService(impl, className, this.context, kinds);
  }

  /** A wrapped Range. */
  range(sheet: SheetModel, rect: Rect, shape: RangeShape = 'cells'): GasRange {
    const impl = new RangeImpl(this, sheet, { ...rect }, shape);
    const wrapped = this.wrap(impl, 'Range', RANGE_KINDS) as unknown as GasRange;
    impl.self = wrapped;
    return wrapped;
  }

  /** The wrapped Sheet of a sheet model (one per model). */
  sheet(model: SheetModel): GasSheet {
    let facade = this.sheetFacades.get(model);
    if (!facade) {
      const impl = new SheetImpl(this, model);
      facade = this.wrap(impl, 'Sheet', SHEET_KINDS) as unknown as GasSheet;
      impl.self = facade;
      this.sheetFacades.set(model, facade);
    }
    return facade;
  }

  /** The wrapped Spreadsheet of a book (one per book). */
  spreadsheet(book: BookModel): GasSpreadsheet {
    let facade = this.bookFacades.get(book);
    if (!facade) {
      const impl = new SpreadsheetImpl(this, book);
      facade = this.wrap(impl, 'Spreadsheet', SPREADSHEET_KINDS) as unknown as GasSpreadsheet;
      impl.self = facade;
      this.bookFacades.set(book, facade);
    }
    return facade;
  }

  /** A User object (`getEmail`, `getUsername`). */
  user(email: string): GoogleAppsScript.Base.User {
    const impl = {
      getEmail: () => email,
      getUsername: () => email.split('@')[0],
      getNickname: () => email.split('@')[0],
      getName: () => email.split('@')[0],
      getDomain: () => email.split('@')[1] ?? '',
      getUserLoginId: () => email,
      toString: () => 'User',
    };
    return this.wrap(impl, 'User') as unknown as GoogleAppsScript.Base.User;
  }

  /** The implementation behind a wrapped facade, if it is one of ours of the given class. */
  unwrap<T>(value: unknown, cls: abstract new (...args: never[]) => T): T | undefined {
    if (value === null || typeof value !== 'object') return undefined;
    const impl = (value as Partial<HasImpl<unknown>>).__impl;
    return impl instanceof cls ? (impl as T) : undefined;
  }
}
