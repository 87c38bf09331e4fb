/** The Spreadsheet facade: sheets, active selection, named ranges, protections, metadata, sharing and toasts. */

import { ServiceException, signatureError } from '../core/errors';
import { formatA1, parseA1 } from './a1-notation';
import { addMetadata, createFinder, MetadataImpl } from './developer-metadata';
import { isEnumOf } from './enums';
import { mapFormulaRefs } from './formula-refs';
import type { Hub } from './hub';
import type { BookModel, SheetModel } from './model';
import { checkRangeName, NamedRangeImpl } from './named-range';
import { ProtectionImpl } from './protection';
import { RangeImpl } from './range';
import { checkNewSheetName, rectFromA1, SheetImpl, SpreadsheetLike } from './sheet';
import { copyName, copySheetInto } from './sheet-copy';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

const SVC = 'SpreadsheetApp';

/** The Spreadsheet facade. */
export class SpreadsheetImpl
  extends SpreadsheetLike
  implements
    Pick<
      GasSpreadsheet,
      | 'getId' | 'getName' | 'rename' | 'getUrl' | 'getSheets' | 'getSheetByName' | 'getSheetById' | 'getNumSheets'
      | 'getActiveSheet' | 'setActiveSheet' | 'getActiveRange' | 'getActiveCell' | 'getCurrentCell' | 'getSelection'
      | 'setActiveRange' | 'setActiveSelection' | 'getRange' | 'getRangeByName' | 'getNamedRanges' | 'setNamedRange'
      | 'removeNamedRange' | 'insertSheet' | 'deleteSheet' | 'deleteActiveSheet' | 'getSpreadsheetTimeZone'
      | 'setSpreadsheetTimeZone' | 'getSpreadsheetLocale' | 'setSpreadsheetLocale' | 'toast' | 'getProtections'
      | 'getDeveloperMetadata' | 'addDeveloperMetadata' | 'createDeveloperMetadataFinder' | 'getOwner' | 'getEditors'
      | 'getViewers' | 'addEditor' | 'addEditors' | 'addViewer' | 'addViewers' | 'removeEditor' | 'removeViewer' | 'copy'
      | 'getLastRow' | 'getLastColumn' | 'getDataRange' | 'appendRow' | 'getSheetValues' | 'getFormUrl'
    >
{
  self!: GasSpreadsheet;

  constructor(
    readonly hub: Hub,
    readonly book: BookModel,
  ) {
    super();
  }

  get __impl(): this {
    return this;
  }

  private active(): SheetModel {
    return this.book.activeSheet();
  }

  private activeFacade(): SheetImpl {
    return this.hub.unwrap(this.hub.sheet(this.active()), SheetImpl) as SheetImpl;
  }

  getId(): string {
    return this.book.id;
  }
  getName(): string {
    return this.book.name;
  }
  rename(...args: unknown[]): void {
    if (typeof args[0] !== 'string') throw signatureError(SVC, 'Spreadsheet', 'rename', args);
    this.book.name = args[0];
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`;
  }
  getFormUrl(): string {
    return null as unknown as string;
  }
  getSheets(): GasSheet[] {
    return this.book.sheets.map((s) => this.hub.sheet(s));
  }
  getSheetByName(...args: unknown[]): GasSheet {
    if (typeof args[0] !== 'string') throw signatureError(SVC, 'Spreadsheet', 'getSheetByName', args);
    const s = this.book.sheetByName(args[0]); // null when absent, leftmost match; exact (case-sensitive) match
    return (s ? this.hub.sheet(s) : null) as GasSheet;
  }
  getSheetById(...args: unknown[]): GasSheet {
    if (typeof args[0] !== 'number') throw signatureError(SVC, 'Spreadsheet', 'getSheetById', args);
    const s = this.book.sheetById(args[0]);
    return (s ? this.hub.sheet(s) : null) as GasSheet;
  }
  getNumSheets(): number {
    return this.book.sheets.length;
  }
  getActiveSheet(): GasSheet {
    return this.hub.sheet(this.active());
  }
  setActiveSheet(...args: unknown[]): GasSheet {
    const s = this.hub.unwrap(args[0], SheetImpl);
    if (!s) throw signatureError(SVC, 'Spreadsheet', 'setActiveSheet', args);
    return (s.self as GasSheet).activate();
  }
  getActiveRange(): GasRange {
    return this.activeFacade().getActiveRange();
  }
  getActiveCell(): GasRange {
    return this.activeFacade().getActiveCell();
  }
  getCurrentCell(): GasRange {
    return this.activeFacade().getActiveCell();
  }
  getSelection(): GoogleAppsScript.Spreadsheet.Selection {
    const sheetImpl = this.activeFacade();
    const hub = this.hub;
    return hub.wrap(
      {
        getActiveRange: () => sheetImpl.getActiveRange(),
        getActiveSheet: () => hub.sheet(sheetImpl.model),
        getCurrentCell: () => sheetImpl.getActiveCell(),
        getActiveRangeList: () =>
          hub.wrap({ getRanges: () => [sheetImpl.getActiveRange()], toString: () => 'RangeList' }, 'RangeList'),
        toString: () => 'Selection',
      },
      'Selection',
    ) as unknown as GoogleAppsScript.Spreadsheet.Selection;
  }
  setActiveRange(...args: unknown[]): GasRange {
    const r = this.hub.unwrap(args[0], RangeImpl);
    if (!r) throw signatureError(SVC, 'Spreadsheet', 'setActiveRange', args);
    return (r.self as GasRange).activate();
  }
  setActiveSelection(...args: unknown[]): GasRange {
    if (typeof args[0] === 'string') return this.getRange(args[0]).activate();
    return this.setActiveRange(...args);
  }
  getRange(...args: unknown[]): GasRange {
    if (args.length !== 1 || typeof args[0] !== 'string') throw signatureError(SVC, 'Spreadsheet', 'getRange', args);
    const parsed = parseA1(args[0]);
    let sheet = this.active(); // no sheet name → active sheet
    if (parsed.sheetName !== null) {
      const named = this.book.sheetByName(parsed.sheetName);
      if (!named) throw new ServiceException('Range not found');
      sheet = named;
    }
    const { rect, shape } = rectFromA1(sheet, parsed);
    return this.hub.range(sheet, rect, shape);
  }
  getRangeByName(...args: unknown[]): GasRange {
    if (typeof args[0] !== 'string') throw signatureError(SVC, 'Spreadsheet', 'getRangeByName', args);
    const n = this.book.namedRanges.find((x) => x.name === args[0]);
    const sheet = n ? this.book.sheetById(n.sheetId) : undefined;
    return (n && sheet ? this.hub.range(sheet, n.rect) : null) as GasRange;
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this.book.namedRanges.map((n) => NamedRangeImpl.create(this.hub, this.book, n));
  }
  setNamedRange(...args: unknown[]): void {
    const [name, range] = args;
    const r = this.hub.unwrap(range, RangeImpl);
    if (typeof name !== 'string' || !r) throw signatureError(SVC, 'Spreadsheet', 'setNamedRange', args);
    checkRangeName(name);
    const existing = this.book.namedRanges.find((n) => n.name === name);
    if (existing) {
      existing.sheetId = r.sheet.id;
      existing.rect = { ...r.rect };
    } else this.book.namedRanges.push({ name, sheetId: r.sheet.id, rect: { ...r.rect } });
    this.book.touch();
  }
  removeNamedRange(...args: unknown[]): void {
    if (typeof args[0] !== 'string') throw signatureError(SVC, 'Spreadsheet', 'removeNamedRange', args);
    this.book.namedRanges = this.book.namedRanges.filter((n) => n.name !== args[0]);
    this.book.touch();
  }

  insertSheet(...args: unknown[]): GasSheet {
    let name: string | undefined;
    let index: number | undefined;
    let template: SheetModel | undefined;
    for (const a of args) {
      if (typeof a === 'string' && name === undefined && index === undefined) name = a;
      else if (typeof a === 'number' && index === undefined) index = a;
      else if (a && typeof a === 'object' && !Array.isArray(a)) {
        const t = (a as { template?: unknown }).template;
        if (t !== undefined) {
          const impl = this.hub.unwrap(t, SheetImpl);
          if (!impl) throw signatureError(SVC, 'Spreadsheet', 'insertSheet', args);
          template = impl.model;
        }
      } else throw signatureError(SVC, 'Spreadsheet', 'insertSheet', args);
    }
    if (name === undefined) {
      let n = this.book.sheets.length + 1;
      while (this.book.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    checkNewSheetName(this.book, name);
    if (index !== undefined && (index < 0 || index > this.book.sheets.length)) {
      throw new ServiceException('The sheet index is out of range.'); // UNVERIFIED text
    }
    const sheet = template ? copySheetInto(this.book, template, name, index) : this.book.addSheet(name, index);
    this.book.activeSheetId = sheet.id; // becomes active
    this.book.activeRange = null;
    return this.hub.sheet(sheet);
  }
  deleteSheet(...args: unknown[]): void {
    const impl = this.hub.unwrap(args[0], SheetImpl);
    if (!impl || impl.model.book !== this.book) throw signatureError(SVC, 'Spreadsheet', 'deleteSheet', args);
    this.removeSheet(impl.model);
  }
  deleteActiveSheet(): GasSheet {
    this.removeSheet(this.active());
    return this.hub.sheet(this.active());
  }
  private removeSheet(sheet: SheetModel): void {
    if (this.book.sheets.length === 1) throw new ServiceException("You can't remove all the sheets in a document."); // UNVERIFIED text
    this.book.sheets = this.book.sheets.filter((s) => s !== sheet);
    this.book.protections = this.book.protections.filter((p) => p.sheetId !== sheet.id);
    this.book.namedRanges = this.book.namedRanges.filter((n) => n.sheetId !== sheet.id);
    this.book.metadata = this.book.metadata.filter((m) => m.location.type === 'SPREADSHEET' || m.location.sheetId !== sheet.id);
    for (const s of this.book.sheets) {
      for (const row of s.rows) {
        if (!row) continue;
        for (const cell of row) {
          if (cell?.f?.includes('!')) cell.f = mapFormulaRefs(cell.f, (ref) => (ref.sheet === sheet.name ? null : ref));
        }
      }
    }
    if (this.book.activeSheetId === sheet.id) {
      this.book.activeSheetId = this.book.sheets[0].id;
      this.book.activeRange = null;
    }
    this.book.touch();
  }
  override copySheetFrom(source: SheetModel): GasSheet {
    const copy = copySheetInto(this.book, source, copyName(this.book, source.name));
    return this.hub.sheet(copy);
  }

  getSpreadsheetTimeZone(): string {
    return this.book.timeZone;
  }
  setSpreadsheetTimeZone(...args: unknown[]): void {
    if (typeof args[0] !== 'string') throw signatureError(SVC, 'Spreadsheet', 'setSpreadsheetTimeZone', args);
    this.book.timeZone = args[0];
    this.book.touch();
  }
  getSpreadsheetLocale(): string {
    return this.book.locale;
  }
  setSpreadsheetLocale(...args: unknown[]): void {
    if (typeof args[0] !== 'string') throw signatureError(SVC, 'Spreadsheet', 'setSpreadsheetLocale', args);
    this.book.locale = args[0];
    this.book.touch();
  }
  toast(...args: unknown[]): void {
    if (args.length < 1 || args.length > 3) throw signatureError(SVC, 'Spreadsheet', 'toast', args);
    const [message, title = '', timeout = 5] = args;
    this.book.toasts.push({ message: String(message), title: String(title), timeoutSeconds: Number(timeout) });
  }
  getProtections(...args: unknown[]): GoogleAppsScript.Spreadsheet.Protection[] {
    if (args.length !== 1 || !isEnumOf(args[0], 'ProtectionType')) throw signatureError(SVC, 'Spreadsheet', 'getProtections', args);
    const type = String(args[0]);
    return this.book.protections.filter((p) => p.type === type).map((p) => ProtectionImpl.create(this.hub, this.book, p));
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.book.metadata.filter((m) => m.location.type === 'SPREADSHEET').map((m) => MetadataImpl.create(this.hub, this.book, m));
  }
  addDeveloperMetadata(...args: unknown[]): GasSpreadsheet {
    addMetadata(this.book, { type: 'SPREADSHEET' }, args, 'Spreadsheet');
    return this.self;
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return createFinder(this.hub, this.book, () => true);
  }

  // ---- sharing ----

  private emails(args: unknown[], method: string): string[] {
    const list = Array.isArray(args[0]) ? (args[0] as unknown[]) : [args[0]];
    return list.map((e) => {
      if (typeof e === 'string') return e;
      if (e && typeof (e as { getEmail?: unknown }).getEmail === 'function') return String((e as { getEmail(): string }).getEmail());
      throw signatureError(SVC, 'Spreadsheet', method, args);
    });
  }
  getOwner(): GoogleAppsScript.Base.User {
    return this.hub.user(this.book.owner);
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return [this.book.owner, ...this.book.editors].map((e) => this.hub.user(e));
  }
  getViewers(): GoogleAppsScript.Base.User[] {
    return [this.book.owner, ...this.book.editors, ...this.book.viewers].map((e) => this.hub.user(e));
  }
  addEditor(...args: unknown[]): GasSpreadsheet {
    return this.addEditors([this.emails(args, 'addEditor')[0]]);
  }
  addEditors(...args: unknown[]): GasSpreadsheet {
    for (const e of this.emails(args, 'addEditors')) {
      if (!this.book.editors.includes(e) && e !== this.book.owner) this.book.editors.push(e);
      this.book.viewers = this.book.viewers.filter((v) => v !== e);
    }
    return this.self;
  }
  addViewer(...args: unknown[]): GasSpreadsheet {
    return this.addViewers([this.emails(args, 'addViewer')[0]]);
  }
  addViewers(...args: unknown[]): GasSpreadsheet {
    for (const e of this.emails(args, 'addViewers')) {
      if (!this.book.viewers.includes(e) && !this.book.editors.includes(e) && e !== this.book.owner) this.book.viewers.push(e);
    }
    return this.self;
  }
  removeEditor(...args: unknown[]): GasSpreadsheet {
    const [e] = this.emails(args, 'removeEditor');
    this.book.editors = this.book.editors.filter((x) => x !== e);
    return this.self;
  }
  removeViewer(...args: unknown[]): GasSpreadsheet {
    const [e] = this.emails(args, 'removeViewer');
    this.book.viewers = this.book.viewers.filter((x) => x !== e);
    return this.self;
  }
  copy(...args: unknown[]): GasSpreadsheet {
    if (typeof args[0] !== 'string') throw signatureError(SVC, 'Spreadsheet', 'copy', args);
    const copy = this.hub.createBook(args[0]);
    copy.timeZone = this.book.timeZone;
    copy.locale = this.book.locale;
    copy.sheets = [];
    for (const s of this.book.sheets) {
      const c = copySheetInto(copy, s, s.name);
      c.hidden = s.hidden;
    }
    copy.namedRanges = this.book.namedRanges.map((n) => {
      const src = this.book.sheetById(n.sheetId);
      const dst = src ? copy.sheets[this.book.sheets.indexOf(src)] : undefined;
      return { name: n.name, sheetId: dst ? dst.id : -1, rect: { ...n.rect } };
    });
    copy.activeSheetId = copy.sheets[0].id;
    return this.hub.spreadsheet(copy);
  }

  // ---- active-sheet shortcuts ----

  getLastRow(): number {
    return this.active().lastRow();
  }
  getLastColumn(): number {
    return this.active().lastCol();
  }
  getDataRange(): GasRange {
    return this.activeFacade().getDataRange();
  }
  appendRow(...args: unknown[]): GasSheet {
    return this.activeFacade().appendRow(...args);
  }
  getSheetValues(...args: unknown[]): unknown[][] {
    return this.activeFacade().getSheetValues(...args);
  }
  override toString(): string {
    return 'Spreadsheet';
  }
}

/** A1 of a sheet rectangle with its sheet name (for messages). */
export function qualifiedA1(sheet: SheetModel, rect: { row: number; col: number; numRows: number; numCols: number }): string {
  return `${sheet.name}!${formatA1(rect)}`;
}
