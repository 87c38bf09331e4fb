/** Protections (section 9): the Protection facade and the edit-permission checks for scripts and people. */

import { ServiceException, signatureError } from '../core/errors';
import { containsCell, formatA1, intersects, Rect } from './a1-notation';
import { PROTECTION_KINDS } from './call-kinds';
import { ProtectionType } from './enums';
import type { Hub } from './hub';
import type { BookModel, ProtectionData, SheetModel } from './model';
import { RangeImpl } from './range';

type GasProtection = GoogleAppsScript.Spreadsheet.Protection;

/** The message when an edit hits a protection the user may not edit (PR-08: text UNVERIFIED, as seen in Sheets). */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/**
 * The message when a script changes a protection (its settings, editors, ranges, or removes it) that
 * its user may not change (PR-09). Google's reference does not give it; this is Apps Script's generic
 * permission exception (UNVERIFIED for protections).
 */
export const PROTECTION_CHANGE_MESSAGE = 'You do not have permission to perform that action.';

/**
 * Whether `email` may change a protection's settings (PR-09). Google's Protection reference
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection) says the spreadsheet
 * owner "is always able to edit protected ranges and sheets", that the owner and the current user
 * cannot be removed from the editors, and (in its own sample) that a script should make sure "the
 * current user is an editor before removing others"; it does not say who else may change a
 * protection, so the emulator takes the stricter reading: the spreadsheet owner, the person who
 * made the protection, and people on its editor list (once that list was set), no one else, not
 * even for a warning-only protection or one that still mirrors the file's permissions.
 */
export function userCanChange(book: BookModel, p: ProtectionData, email: string): boolean {
  const user = email.toLowerCase();
  if (user === book.owner.toLowerCase()) return true;
  if ((p.createdBy || book.owner).toLowerCase() === user) return true;
  return p.editorsChanged && p.editors.some((e) => e.toLowerCase() === user);
}

/** Whether `email` may edit inside a protection (PR-01, PR-03: the owner always can). */
export function userCanEdit(book: BookModel, p: ProtectionData, email: string): boolean {
  if (email.toLowerCase() === book.owner.toLowerCase()) return true;
  if (!p.editorsChanged) return true; // mirrors the file's permissions: effectively unprotected
  return p.editors.some((e) => e.toLowerCase() === email.toLowerCase());
}

function coveredCells(book: BookModel, p: ProtectionData, sheet: SheetModel, rect: Rect): boolean {
  if (p.sheetId !== sheet.id) return false;
  if (p.type === 'RANGE') return p.rect !== null && intersects(p.rect, rect);
  // A sheet protection covers every cell not inside an unprotected range.
  if (p.unprotected.length === 0) return true;
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    for (let c = rect.col; c < rect.col + rect.numCols; c++) {
      if (!p.unprotected.some((u) => containsCell(u, r, c))) return true;
    }
  }
  void book;
  return false;
}

/** The protections covering any cell of `rect` on `sheet`. */
export function protectionsCovering(book: BookModel, sheet: SheetModel, rect: Rect): ProtectionData[] {
  return book.protections.filter((p) => coveredCells(book, p, sheet, rect));
}

/**
 * Throw if a script running as `email` may not write `rect` (PR-08). Warning-only protections never block
 * scripts (there is no one to show the warning to).
 */
export function assertScriptCanEdit(book: BookModel, sheet: SheetModel, rect: Rect, email: string): void {
  if (book.protections.length === 0) return;
  for (const p of protectionsCovering(book, sheet, rect)) {
    if (!p.warningOnly && !userCanEdit(book, p, email)) throw new ServiceException(PROTECTED_MESSAGE);
  }
}

/** The Protection facade (PR-01..PR-08). */
export class ProtectionImpl
  implements
    Pick<
      GasProtection,
      | 'addEditor' | 'addEditors' | 'canDomainEdit' | 'canEdit' | 'getDescription' | 'getEditors' | 'getProtectionType'
      | 'getRange' | 'getRangeName' | 'getUnprotectedRanges' | 'isWarningOnly' | 'remove' | 'removeEditor'
      | 'removeEditors' | 'setDescription' | 'setDomainEdit' | 'setNamedRange' | 'setRange' | 'setRangeName'
      | 'setUnprotectedRanges' | 'setWarningOnly'
    >
{
  self!: GasProtection;
  constructor(
    private readonly hub: Hub,
    private readonly book: BookModel,
    readonly data: ProtectionData,
  ) {}

  get __impl(): this {
    return this;
  }

  /** A wrapped Protection. */
  static create(hub: Hub, book: BookModel, data: ProtectionData): GasProtection {
    const impl = new ProtectionImpl(hub, book, data);
    impl.self = hub.wrap(impl, 'Protection', PROTECTION_KINDS) as unknown as GasProtection;
    return impl.self;
  }

  private sheet(): SheetModel {
    const sheet = this.book.sheetById(this.data.sheetId);
    if (!sheet) throw new ServiceException('The protection was removed.');
    return sheet;
  }

  private emails(args: unknown[], method: string): string[] {
    const list = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
    return list.map((e) => {
      if (typeof e === 'string') return e;
      if (e && typeof e === 'object' && typeof (e as { getEmail?: unknown }).getEmail === 'function') {
        return String((e as { getEmail(): string }).getEmail());
      }
      throw signatureError('SpreadsheetApp', 'Protection', method, args);
    });
  }

  /** Throws Google's permission error unless the running user may change this protection (PR-09). */
  private assertCanChange(): void {
    if (!userCanChange(this.book, this.data, this.hub.context.userEmail)) throw new ServiceException(PROTECTION_CHANGE_MESSAGE);
  }

  private addAll(emails: string[]): GasProtection {
    this.assertCanChange();
    this.data.editorsChanged = true;
    for (const e of emails) if (!this.data.editors.some((x) => x.toLowerCase() === e.toLowerCase())) this.data.editors.push(e);
    this.book.touch();
    return this.self;
  }

  private removeAll(emails: string[]): GasProtection {
    this.assertCanChange();
    this.data.editorsChanged = true;
    const keep = [this.book.owner.toLowerCase(), this.hub.context.userEmail.toLowerCase()]; // PR-07
    const drop = emails.map((e) => e.toLowerCase()).filter((e) => !keep.includes(e));
    this.data.editors = this.data.editors.filter((e) => !drop.includes(e.toLowerCase()));
    this.book.touch();
    return this.self;
  }

  addEditor(...args: unknown[]): GasProtection {
    return this.addAll(this.emails(args, 'addEditor'));
  }
  addEditors(...args: unknown[]): GasProtection {
    return this.addAll(this.emails(args, 'addEditors'));
  }
  removeEditor(...args: unknown[]): GasProtection {
    return this.removeAll(this.emails(args, 'removeEditor'));
  }
  removeEditors(...args: unknown[]): GasProtection {
    return this.removeAll(this.emails(args, 'removeEditors'));
  }
  canDomainEdit(): boolean {
    return this.data.domainEdit;
  }
  canEdit(): boolean {
    return userCanEdit(this.book, this.data, this.hub.context.userEmail);
  }
  getDescription(): string {
    return this.data.description;
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    if (!this.canEdit()) throw new ServiceException('You do not have permission to access the editors of this protection.'); // PR-07, UNVERIFIED text
    return this.data.editors.map((e) => this.hub.user(e)); // PR-03: the owner is not listed
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return ProtectionType[this.data.type] as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const sheet = this.sheet();
    if (this.data.type === 'SHEET' || !this.data.rect) {
      return this.hub.range(sheet, { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols }, 'sheet'); // PR-05
    }
    return this.hub.range(sheet, this.data.rect);
  }
  getRangeName(): string {
    return this.data.rangeName as string;
  }
  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    const sheet = this.sheet();
    return this.data.unprotected.map((r) => this.hub.range(sheet, r));
  }
  isWarningOnly(): boolean {
    return this.data.warningOnly;
  }
  remove(): void {
    this.assertCanChange();
    this.book.protections = this.book.protections.filter((p) => p !== this.data);
    this.book.touch();
  }
  setDescription(...args: unknown[]): GasProtection {
    this.assertCanChange();
    if (typeof args[0] !== 'string') throw signatureError('SpreadsheetApp', 'Protection', 'setDescription', args);
    this.data.description = args[0];
    this.book.touch();
    return this.self;
  }
  setDomainEdit(...args: unknown[]): GasProtection {
    this.assertCanChange();
    if (typeof args[0] !== 'boolean') throw signatureError('SpreadsheetApp', 'Protection', 'setDomainEdit', args);
    this.data.domainEdit = args[0];
    return this.self;
  }
  setNamedRange(...args: unknown[]): GasProtection {
    const named = args[0] as { getName?: () => string; getRange?: () => unknown } | undefined;
    if (!named || typeof named.getName !== 'function' || typeof named.getRange !== 'function') {
      throw signatureError('SpreadsheetApp', 'Protection', 'setNamedRange', args);
    }
    this.setRange(named.getRange());
    this.data.rangeName = named.getName();
    return this.self;
  }
  setRange(...args: unknown[]): GasProtection {
    const range = this.hub.unwrap(args[0], RangeImpl);
    if (!range) throw signatureError('SpreadsheetApp', 'Protection', 'setRange', args);
    this.assertCanChange();
    if (this.data.type === 'SHEET') throw new ServiceException('Cannot change sheet protection to range protection (or vice versa).'); // PR-06
    this.data.sheetId = range.sheet.id;
    this.data.rect = { ...range.rect };
    this.book.touch();
    return this.self;
  }
  setRangeName(...args: unknown[]): GasProtection {
    this.assertCanChange();
    if (typeof args[0] !== 'string') throw signatureError('SpreadsheetApp', 'Protection', 'setRangeName', args);
    const named = this.book.namedRanges.find((n) => n.name === args[0]);
    if (!named) throw new ServiceException(`Range not found`);
    this.data.sheetId = named.sheetId;
    this.data.rect = { ...named.rect };
    this.data.rangeName = args[0];
    return this.self;
  }
  setUnprotectedRanges(...args: unknown[]): GasProtection {
    const list = args[0];
    if (!Array.isArray(list)) throw signatureError('SpreadsheetApp', 'Protection', 'setUnprotectedRanges', args);
    this.assertCanChange();
    if (this.data.type !== 'SHEET') throw new ServiceException('Unprotected ranges can only be set on a sheet protection.'); // PR-06, UNVERIFIED text
    const rects: Rect[] = [];
    for (const item of list) {
      const r = this.hub.unwrap(item, RangeImpl);
      if (!r) throw signatureError('SpreadsheetApp', 'Protection', 'setUnprotectedRanges', args);
      if (r.sheet.id !== this.data.sheetId) throw new ServiceException('The unprotected ranges must be on the protected sheet.'); // UNVERIFIED text
      rects.push({ ...r.rect });
    }
    this.data.unprotected = rects;
    this.book.touch();
    return this.self;
  }
  setWarningOnly(...args: unknown[]): GasProtection {
    this.assertCanChange();
    if (typeof args[0] !== 'boolean') throw signatureError('SpreadsheetApp', 'Protection', 'setWarningOnly', args);
    this.data.warningOnly = args[0];
    this.book.touch();
    return this.self;
  }
  toString(): string {
    return 'Protection';
  }
}

/** A new protection record, made by `createdBy` (default: the spreadsheet owner). */
export function newProtection(
  book: BookModel,
  type: 'RANGE' | 'SHEET',
  sheet: SheetModel,
  rect: Rect | null,
  createdBy = book.owner,
): ProtectionData {
  const data: ProtectionData = {
    id: book.nextObjectId++,
    type,
    sheetId: sheet.id,
    rect: rect ? { ...rect } : null,
    description: '',
    warningOnly: false,
    editors: [],
    editorsChanged: false,
    domainEdit: false,
    unprotected: [],
    rangeName: null,
    createdBy,
  };
  book.protections.push(data);
  book.touch();
  return data;
}

/** A short description of where a protection applies, for rejection messages and JSON. */
export function protectionWhere(book: BookModel, p: ProtectionData): string {
  const sheet = book.sheetById(p.sheetId);
  return `${sheet?.name ?? '?'}${p.rect ? '!' + formatA1(p.rect) : ''}`;
}
