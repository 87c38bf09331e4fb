/** The Sheet facade: ranges, extent, rows/columns, frozen rows, widths, rules, protections, charts and the rest (R-*, C-03, PR-01). */

import { ServiceException, signatureError } from '../core/errors';
import { parseA1, ParsedA1, Rect, RangeShape } from './a1-notation';
import { readDisplayValue, checkCellLength, writeScriptValue } from './cell-ops';
import { FORMAT_KEYS } from './cell-model';
import { ChartBuilderImpl, ChartImpl } from './charts';
import { normalizeColor } from './colors';
import { CfRuleData, CfRuleImpl, copyCfRule } from './conditional-format';
import { addMetadata, createFinder, MetadataImpl } from './developer-metadata';
import { isEnumOf, SheetType } from './enums';
import { renameSheetInFormula } from './formula-refs';
import type { Hub } from './hub';
import type { BookModel, SheetModel } from './model';
import { NamedRangeImpl } from './named-range';
import { assertScriptCanEdit, newProtection, ProtectionImpl } from './protection';
import { checkedRect, RangeImpl, sortRows } from './range';
import { deleteLines, insertLines } from './structure';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

const SVC = 'SpreadsheetApp';

/** Resolve a parsed A1 reference against a sheet's grid (R-09..R-11); throws R-06 beyond the grid. */
export function rectFromA1(sheet: SheetModel, parsed: ParsedA1): { rect: Rect; shape: RangeShape } {
  const r1 = parsed.startRow ?? 1;
  const c1 = parsed.startCol ?? 1;
  const r2 = parsed.endRow ?? sheet.maxRows;
  const c2 = parsed.endCol ?? sheet.maxCols;
  if (r2 > sheet.maxRows || c2 > sheet.maxCols || r1 > sheet.maxRows || c1 > sheet.maxCols) {
    throw new ServiceException('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return { rect: { row: r1, col: c1, numRows: r2 - r1 + 1, numCols: c2 - c1 + 1 }, shape: parsed.shape };
}

/** Check a new sheet name against the book (R-26: case-insensitive uniqueness). */
export function checkNewSheetName(book: BookModel, name: string, except?: SheetModel): void {
  if (name.trim() === '') throw new ServiceException('Invalid argument: name'); // UNVERIFIED text
  if (book.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase())) {
    throw new ServiceException(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** The Sheet facade. */
export class SheetImpl
  implements
    Pick<
      GasSheet,
      | 'getName' | 'setName' | 'getSheetId' | 'getIndex' | 'getParent' | 'getRange' | 'getLastRow' | 'getLastColumn'
      | 'getMaxRows' | 'getMaxColumns' | 'getDataRange' | 'getSheetValues' | 'appendRow' | 'insertRowAfter'
      | 'insertRowBefore' | 'insertRowsAfter' | 'insertRowsBefore' | 'insertRows' | 'insertColumnAfter'
      | 'insertColumnBefore' | 'insertColumnsAfter' | 'insertColumnsBefore' | 'insertColumns' | 'deleteRow' | 'deleteRows'
      | 'deleteColumn' | 'deleteColumns' | 'setFrozenRows' | 'getFrozenRows' | 'setFrozenColumns' | 'getFrozenColumns'
      | 'setColumnWidth' | 'setColumnWidths' | 'getColumnWidth' | 'setRowHeight' | 'setRowHeights' | 'getRowHeight'
      | 'hideColumns' | 'showColumns' | 'hideColumn' | 'unhideColumn' | 'isColumnHiddenByUser' | 'hideRows' | 'showRows'
      | 'hideRow' | 'unhideRow' | 'isRowHiddenByUser' | 'autoResizeColumns' | 'autoResizeColumn' | 'clear'
      | 'clearContents' | 'clearFormats' | 'clearNotes' | 'getConditionalFormatRules' | 'setConditionalFormatRules'
      | 'clearConditionalFormatRules' | 'protect' | 'getProtections' | 'sort' | 'activate' | 'setActiveRange'
      | 'setActiveSelection' | 'getActiveRange' | 'getActiveCell' | 'setTabColor' | 'getTabColor' | 'getCharts'
      | 'insertChart' | 'updateChart' | 'removeChart' | 'newChart' | 'hideSheet' | 'showSheet' | 'isSheetHidden'
      | 'getType' | 'getDeveloperMetadata' | 'addDeveloperMetadata' | 'createDeveloperMetadataFinder' | 'copyTo'
      | 'getNamedRanges' | 'getSheetName' | 'getFilter'
    >
{
  self!: GasSheet;

  constructor(
    readonly hub: Hub,
    readonly model: SheetModel,
  ) {}

  get __impl(): this {
    return this;
  }

  private get book(): BookModel {
    return this.model.book;
  }

  private alive(): SheetModel {
    if (!this.book.sheets.includes(this.model)) throw new ServiceException('The sheet has been deleted.'); // UNVERIFIED text
    return this.model;
  }

  getName(): string {
    return this.model.name;
  }
  getSheetName(): string {
    return this.model.name;
  }
  setName(...args: unknown[]): GasSheet {
    if (args.length !== 1 || typeof args[0] !== 'string') throw signatureError(SVC, 'Sheet', 'setName', args);
    const name = args[0];
    if (name === this.model.name) return this.self;
    checkNewSheetName(this.book, name, this.model);
    const old = this.model.name;
    for (const s of this.book.sheets) {
      for (const row of s.rows) {
        if (!row) continue;
        for (const cell of row) if (cell?.f !== undefined && cell.f.includes('!')) cell.f = renameSheetInFormula(cell.f, old, name);
      }
    }
    this.model.name = name;
    this.book.touch();
    return this.self;
  }
  getSheetId(): number {
    return this.model.id;
  }
  getIndex(): number {
    return this.book.sheets.indexOf(this.model) + 1; // 1-based
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.hub.spreadsheet(this.book);
  }
  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return SheetType.GRID as unknown as GoogleAppsScript.Spreadsheet.SheetType;
  }
  getFilter(): GoogleAppsScript.Spreadsheet.Filter {
    return null as unknown as GoogleAppsScript.Spreadsheet.Filter;
  }

  getRange(...args: unknown[]): GasRange {
    const sheet = this.alive();
    if (args.length === 1 && typeof args[0] === 'string') {
      const parsed = parseA1(args[0]);
      let target = sheet;
      if (parsed.sheetName !== null) {
        const named = this.book.sheetByName(parsed.sheetName);
        if (!named) throw new ServiceException('Range not found');
        target = named;
      }
      const { rect, shape } = rectFromA1(target, parsed);
      return this.hub.range(target, rect, shape);
    }
    if (args.length < 2 || args.length > 4) throw signatureError(SVC, 'Sheet', 'getRange', args);
    const rect = checkedRect(sheet, 'Sheet', 'getRange', args, args[0], args[1], args[2] ?? 1, args[3] ?? 1);
    return this.hub.range(sheet, rect);
  }
  getLastRow(): number {
    return this.alive().lastRow();
  }
  getLastColumn(): number {
    return this.alive().lastCol();
  }
  getMaxRows(): number {
    return this.alive().maxRows;
  }
  getMaxColumns(): number {
    return this.alive().maxCols;
  }
  getDataRange(): GasRange {
    const s = this.alive();
    // A1 on an empty sheet.
    return this.hub.range(s, { row: 1, col: 1, numRows: Math.max(1, s.lastRow()), numCols: Math.max(1, s.lastCol()) });
  }
  getSheetValues(...args: unknown[]): unknown[][] {
    const s = this.alive();
    if (args.length !== 4 || !args.every(isInt)) throw signatureError(SVC, 'Sheet', 'getSheetValues', args);
    const [r, c] = args as number[];
    let [, , nr, nc] = args as number[];
    // V-17: -1 means "up to the last row/column with data".
    if (nr === -1) nr = s.lastRow() - r + 1;
    if (nc === -1) nc = s.lastCol() - c + 1;
    const rect = checkedRect(s, 'Sheet', 'getSheetValues', args, r, c, nr, nc);
    return (this.hub.unwrap(this.hub.range(s, rect), RangeImpl) as RangeImpl).getValues();
  }
  appendRow(...args: unknown[]): GasSheet {
    const s = this.alive();
    const values = args[0];
    if (args.length !== 1 || !Array.isArray(values)) throw signatureError(SVC, 'Sheet', 'appendRow', args);
    for (const v of values) checkCellLength(v);
    const row = s.lastRow() + 1;
    // R-24 (CONFLICT): grow the grid like gas-fakes; logging scripts appending past row 1000 work on live GAS.
    if (row > s.maxRows) s.maxRows = row;
    if (values.length > s.maxCols) s.maxCols = values.length;
    if (values.length === 0) return this.self;
    assertScriptCanEdit(this.book, s, { row, col: 1, numRows: 1, numCols: values.length }, this.hub.context.userEmail);
    values.forEach((v, j) => {
      const cell = s.ensureCell(row, j + 1);
      writeScriptValue(cell, v, this.book);
      s.putCell(row, j + 1, cell);
    });
    this.book.touch();
    return this.self;
  }

  // ---- rows and columns ----

  private insert(method: string, args: unknown[], dim: 'row' | 'col', position: number, count: number, after: boolean): GasSheet {
    const s = this.alive();
    if (!isInt(position) || !isInt(count)) throw signatureError(SVC, 'Sheet', method, args);
    const max = dim === 'row' ? s.maxRows : s.maxCols;
    if (position < 1 || position > max || count < 1) {
      throw new ServiceException(dim === 'row' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
    }
    const at = after ? position + 1 : position;
    insertLines(s, dim, at, count, after ? position : position + count);
    return this.self;
  }
  insertRowAfter(...args: unknown[]): GasSheet {
    return this.insert('insertRowAfter', args, 'row', args[0] as number, 1, true);
  }
  insertRowBefore(...args: unknown[]): GasSheet {
    return this.insert('insertRowBefore', args, 'row', args[0] as number, 1, false);
  }
  insertRowsAfter(...args: unknown[]): GasSheet {
    return this.insert('insertRowsAfter', args, 'row', args[0] as number, args[1] as number, true);
  }
  insertRowsBefore(...args: unknown[]): GasSheet {
    return this.insert('insertRowsBefore', args, 'row', args[0] as number, args[1] as number, false);
  }
  insertRows(...args: unknown[]): void {
    this.insert('insertRows', args, 'row', args[0] as number, (args[1] ?? 1) as number, false);
  }
  insertColumnAfter(...args: unknown[]): GasSheet {
    return this.insert('insertColumnAfter', args, 'col', args[0] as number, 1, true);
  }
  insertColumnBefore(...args: unknown[]): GasSheet {
    return this.insert('insertColumnBefore', args, 'col', args[0] as number, 1, false);
  }
  insertColumnsAfter(...args: unknown[]): GasSheet {
    return this.insert('insertColumnsAfter', args, 'col', args[0] as number, args[1] as number, true);
  }
  insertColumnsBefore(...args: unknown[]): GasSheet {
    return this.insert('insertColumnsBefore', args, 'col', args[0] as number, args[1] as number, false);
  }
  insertColumns(...args: unknown[]): void {
    this.insert('insertColumns', args, 'col', args[0] as number, (args[1] ?? 1) as number, false);
  }

  private remove(method: string, args: unknown[], dim: 'row' | 'col', position: unknown, count: unknown): void {
    const s = this.alive();
    if (!isInt(position) || !isInt(count)) throw signatureError(SVC, 'Sheet', method, args);
    const max = dim === 'row' ? s.maxRows : s.maxCols;
    const noun = dim === 'row' ? 'rows' : 'columns';
    if (position < 1 || count < 1 || position + count - 1 > max) throw new ServiceException(`Those ${noun} are out of bounds.`);
    if (count >= max) throw new ServiceException(`You can't delete all the ${noun} on the sheet.`);
    const frozen = dim === 'row' ? s.frozenRows : s.frozenCols;
    if (frozen > 0 && position <= frozen + 1 && position + count - 1 >= max && count >= max - frozen) {
      throw new ServiceException(`Sorry, it is not possible to delete all non-frozen ${noun}.`); // R-22 (EMU text)
    }
    assertScriptCanEdit(this.book, s, dim === 'row' ? { row: position, col: 1, numRows: count, numCols: s.maxCols } : { row: 1, col: position, numRows: s.maxRows, numCols: count }, this.hub.context.userEmail);
    deleteLines(s, dim, position, count);
  }
  deleteRow(...args: unknown[]): GasSheet {
    this.remove('deleteRow', args, 'row', args[0], 1);
    return this.self;
  }
  deleteRows(...args: unknown[]): void {
    this.remove('deleteRows', args, 'row', args[0], args[1]);
  }
  deleteColumn(...args: unknown[]): GasSheet {
    this.remove('deleteColumn', args, 'col', args[0], 1);
    return this.self;
  }
  deleteColumns(...args: unknown[]): void {
    this.remove('deleteColumns', args, 'col', args[0], args[1]);
  }

  // ---- layout ----

  setFrozenRows(...args: unknown[]): void {
    const n = args[0];
    if (!isInt(n) || n < 0) throw signatureError(SVC, 'Sheet', 'setFrozenRows', args);
    if (n >= this.alive().maxRows) throw new ServiceException("You can't freeze all visible rows on the sheet."); // UNVERIFIED text
    this.model.frozenRows = n;
    this.book.touch();
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenColumns(...args: unknown[]): void {
    const n = args[0];
    if (!isInt(n) || n < 0) throw signatureError(SVC, 'Sheet', 'setFrozenColumns', args);
    if (n >= this.alive().maxCols) throw new ServiceException("You can't freeze all visible columns on the sheet."); // UNVERIFIED text
    this.model.frozenCols = n;
    this.book.touch();
  }
  getFrozenColumns(): number {
    return this.model.frozenCols;
  }
  private checkColumn(method: string, args: unknown[], col: unknown, num: unknown = 1): [number, number] {
    if (!isInt(col) || !isInt(num)) throw signatureError(SVC, 'Sheet', method, args);
    if (col < 1 || num < 1 || col + num - 1 > this.model.maxCols) throw new ServiceException('Those columns are out of bounds.');
    return [col, num];
  }
  private checkRow(method: string, args: unknown[], row: unknown, num: unknown = 1): [number, number] {
    if (!isInt(row) || !isInt(num)) throw signatureError(SVC, 'Sheet', method, args);
    if (row < 1 || num < 1 || row + num - 1 > this.model.maxRows) throw new ServiceException('Those rows are out of bounds.');
    return [row, num];
  }
  setColumnWidth(...args: unknown[]): GasSheet {
    const [col] = this.checkColumn('setColumnWidth', args, args[0]);
    if (!isInt(args[1])) throw signatureError(SVC, 'Sheet', 'setColumnWidth', args);
    this.model.colWidths[col - 1] = args[1];
    return this.self;
  }
  setColumnWidths(...args: unknown[]): GasSheet {
    const [col, num] = this.checkColumn('setColumnWidths', args, args[0], args[1]);
    if (!isInt(args[2])) throw signatureError(SVC, 'Sheet', 'setColumnWidths', args);
    for (let i = 0; i < num; i++) this.model.colWidths[col - 1 + i] = args[2];
    return this.self;
  }
  getColumnWidth(...args: unknown[]): number {
    const [col] = this.checkColumn('getColumnWidth', args, args[0]);
    return this.model.colWidths[col - 1] ?? 100;
  }
  setRowHeight(...args: unknown[]): GasSheet {
    const [row] = this.checkRow('setRowHeight', args, args[0]);
    if (!isInt(args[1])) throw signatureError(SVC, 'Sheet', 'setRowHeight', args);
    this.model.rowHeights[row - 1] = args[1];
    return this.self;
  }
  setRowHeights(...args: unknown[]): GasSheet {
    const [row, num] = this.checkRow('setRowHeights', args, args[0], args[1]);
    if (!isInt(args[2])) throw signatureError(SVC, 'Sheet', 'setRowHeights', args);
    for (let i = 0; i < num; i++) this.model.rowHeights[row - 1 + i] = args[2];
    return this.self;
  }
  getRowHeight(...args: unknown[]): number {
    const [row] = this.checkRow('getRowHeight', args, args[0]);
    return this.model.rowHeights[row - 1] ?? 21;
  }
  private rangeArg(method: string, args: unknown[]): RangeImpl {
    const r = this.hub.unwrap(args[0], RangeImpl);
    if (!r || args.length !== 1) throw signatureError(SVC, 'Sheet', method, args);
    return r;
  }
  hideColumns(...args: unknown[]): void {
    const [col, num] = this.checkColumn('hideColumns', args, args[0], args[1] ?? 1);
    for (let i = 0; i < num; i++) this.model.hiddenCols[col - 1 + i] = true;
  }
  showColumns(...args: unknown[]): void {
    const [col, num] = this.checkColumn('showColumns', args, args[0], args[1] ?? 1);
    for (let i = 0; i < num; i++) this.model.hiddenCols[col - 1 + i] = false;
  }
  hideColumn(...args: unknown[]): void {
    const r = this.rangeArg('hideColumn', args);
    for (let i = 0; i < r.rect.numCols; i++) this.model.hiddenCols[r.rect.col - 1 + i] = true;
  }
  unhideColumn(...args: unknown[]): void {
    const r = this.rangeArg('unhideColumn', args);
    for (let i = 0; i < r.rect.numCols; i++) this.model.hiddenCols[r.rect.col - 1 + i] = false;
  }
  isColumnHiddenByUser(...args: unknown[]): boolean {
    const [col] = this.checkColumn('isColumnHiddenByUser', args, args[0]);
    return this.model.hiddenCols[col - 1] === true;
  }
  hideRows(...args: unknown[]): void {
    const [row, num] = this.checkRow('hideRows', args, args[0], args[1] ?? 1);
    for (let i = 0; i < num; i++) this.model.hiddenRows[row - 1 + i] = true;
  }
  showRows(...args: unknown[]): void {
    const [row, num] = this.checkRow('showRows', args, args[0], args[1] ?? 1);
    for (let i = 0; i < num; i++) this.model.hiddenRows[row - 1 + i] = false;
  }
  hideRow(...args: unknown[]): void {
    const r = this.rangeArg('hideRow', args);
    for (let i = 0; i < r.rect.numRows; i++) this.model.hiddenRows[r.rect.row - 1 + i] = true;
  }
  unhideRow(...args: unknown[]): void {
    const r = this.rangeArg('unhideRow', args);
    for (let i = 0; i < r.rect.numRows; i++) this.model.hiddenRows[r.rect.row - 1 + i] = false;
  }
  isRowHiddenByUser(...args: unknown[]): boolean {
    const [row] = this.checkRow('isRowHiddenByUser', args, args[0]);
    return this.model.hiddenRows[row - 1] === true;
  }
  autoResizeColumns(...args: unknown[]): GasSheet {
    const [col, num] = this.checkColumn('autoResizeColumns', args, args[0], args[1]);
    const s = this.model;
    const last = s.lastRow();
    for (let c = col; c < col + num; c++) {
      let longest = 0;
      for (let r = 1; r <= last; r++) {
        const text = readDisplayValue(this.book, s, r, c);
        for (const line of text.split('\n')) longest = Math.max(longest, line.length);
      }
      s.colWidths[c - 1] = Math.max(20, Math.min(1000, Math.round(longest * 7 + 12))); // an estimate of text width
    }
    return this.self;
  }
  autoResizeColumn(...args: unknown[]): GasSheet {
    return this.autoResizeColumns(args[0], 1);
  }

  // ---- clearing ----

  private wholeSheet(): GasRange {
    const s = this.alive();
    return this.hub.range(s, { row: 1, col: 1, numRows: s.maxRows, numCols: s.maxCols }, 'sheet');
  }
  clear(...args: unknown[]): GasSheet {
    const r = this.hub.unwrap(this.wholeSheet(), RangeImpl) as RangeImpl;
    if (args.length === 0) r.clear();
    else r.clear(args[0]);
    return this.self;
  }
  clearContents(): GasSheet {
    (this.hub.unwrap(this.wholeSheet(), RangeImpl) as RangeImpl).clearContent();
    return this.self;
  }
  clearFormats(): GasSheet {
    const s = this.alive();
    assertScriptCanEdit(this.book, s, { row: 1, col: 1, numRows: s.maxRows, numCols: s.maxCols }, this.hub.context.userEmail);
    for (const row of s.rows) if (row) row.forEach((cell) => cell && FORMAT_KEYS.forEach((k) => delete cell[k]));
    this.book.touch();
    return this.self;
  }
  clearNotes(): GasSheet {
    for (const row of this.alive().rows) if (row) row.forEach((cell) => cell && delete cell.note);
    this.book.touch();
    return this.self;
  }

  // ---- conditional formatting (C-03) ----

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.alive().cfRules.map((r) => CfRuleImpl.create(this.hub, copyCfRule(r)));
  }
  setConditionalFormatRules(...args: unknown[]): void {
    const s = this.alive();
    const list = args[0];
    if (args.length !== 1 || !Array.isArray(list)) throw signatureError(SVC, 'Sheet', 'setConditionalFormatRules', args);
    const rules: CfRuleData[] = list.map((item) => {
      const impl = this.hub.unwrap(item, CfRuleImpl);
      if (!impl) throw signatureError(SVC, 'Sheet', 'setConditionalFormatRules', args);
      if (impl.data.ranges.length === 0) throw new ServiceException('A conditional format rule must have at least one range.'); // C-02, UNVERIFIED text
      if (impl.data.gradient && (!impl.data.gradient.min || !impl.data.gradient.max)) {
        throw new ServiceException('A gradient conditional format rule must have a minpoint and a maxpoint.'); // UNVERIFIED text
      }
      if (impl.data.criteria === null && !impl.data.gradient) throw new ServiceException('A conditional format rule must have a condition.'); // UNVERIFIED text
      return copyCfRule(impl.data);
    });
    s.cfRules = rules; // ONE call replaces all
    this.book.touch();
  }
  clearConditionalFormatRules(): void {
    this.alive().cfRules = [];
    this.book.touch();
  }

  // ---- protections ----

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const s = this.alive();
    const existing = this.book.protections.find((p) => p.type === 'SHEET' && p.sheetId === s.id); // PR-01
    return ProtectionImpl.create(this.hub, this.book, existing ?? newProtection(this.book, 'SHEET', s, null, this.hub.context.userEmail));
  }
  getProtections(...args: unknown[]): GoogleAppsScript.Spreadsheet.Protection[] {
    if (args.length !== 1 || !isEnumOf(args[0], 'ProtectionType')) throw signatureError(SVC, 'Sheet', 'getProtections', args);
    const type = String(args[0]);
    return this.book.protections
      .filter((p) => p.sheetId === this.model.id && p.type === type)
      .map((p) => ProtectionImpl.create(this.hub, this.book, p));
  }

  sort(...args: unknown[]): GasSheet {
    const s = this.alive();
    const [col, asc = true] = args;
    if (!isInt(col) || typeof asc !== 'boolean' || args.length > 2) throw signatureError(SVC, 'Sheet', 'sort', args);
    const first = s.frozenRows + 1;
    const last = s.lastRow();
    if (last < first) return this.self;
    const rect = { row: first, col: 1, numRows: last - first + 1, numCols: Math.max(s.lastCol(), col) };
    assertScriptCanEdit(this.book, s, rect, this.hub.context.userEmail);
    sortRows(s, rect, [{ col, asc }]);
    return this.self;
  }

  // ---- selection ----

  activate(): GasSheet {
    this.book.activeSheetId = this.alive().id;
    if (this.book.activeRange?.sheetId !== this.model.id) this.book.activeRange = null;
    return this.self;
  }
  setActiveRange(...args: unknown[]): GasRange {
    const r = this.rangeArg('setActiveRange', args);
    return (r.self as GasRange).activate();
  }
  setActiveSelection(...args: unknown[]): GasRange {
    if (typeof args[0] === 'string') return this.getRange(args[0]).activate();
    return this.setActiveRange(...args);
  }
  getActiveRange(): GasRange {
    const a = this.book.activeRange;
    if (a && a.sheetId === this.model.id) return this.hub.range(this.model, a.rect, a.shape);
    return this.hub.range(this.model, { row: 1, col: 1, numRows: 1, numCols: 1 });
  }
  getActiveCell(): GasRange {
    const a = this.book.activeRange;
    if (a && a.sheetId === this.model.id) return this.hub.range(this.model, { row: a.rect.row, col: a.rect.col, numRows: 1, numCols: 1 });
    return this.hub.range(this.model, { row: 1, col: 1, numRows: 1, numCols: 1 });
  }

  // ---- tab ----

  setTabColor(...args: unknown[]): GasSheet {
    const c = args[0];
    if (args.length !== 1 || (c !== null && typeof c !== 'string')) throw signatureError(SVC, 'Sheet', 'setTabColor', args);
    this.model.tabColor = c === null ? null : normalizeColor(c) ?? this.model.tabColor;
    return this.self;
  }
  getTabColor(): string {
    return this.model.tabColor as string;
  }
  hideSheet(): GasSheet {
    const visible = this.book.sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0] === this.model) throw new ServiceException("You can't hide all the sheets in a document."); // UNVERIFIED text
    this.model.hidden = true;
    return this.self;
  }
  showSheet(): GasSheet {
    this.model.hidden = false;
    return this.self;
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }

  // ---- charts ----

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return ChartBuilderImpl.create(this.hub, this.alive());
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.alive().charts.map((c) => ChartImpl.create(this.hub, this.model, c));
  }
  insertChart(...args: unknown[]): void {
    const chart = this.hub.unwrap(args[0], ChartImpl);
    if (!chart) throw signatureError(SVC, 'Sheet', 'insertChart', args);
    const data = { ...chart.data, id: this.book.nextObjectId++ };
    this.alive().charts.push(data);
    this.book.touch();
  }
  updateChart(...args: unknown[]): void {
    const chart = this.hub.unwrap(args[0], ChartImpl);
    if (!chart) throw signatureError(SVC, 'Sheet', 'updateChart', args);
    const idx = this.model.charts.findIndex((c) => c.id === chart.data.id);
    if (idx < 0) throw new ServiceException('The chart does not exist on this sheet.'); // UNVERIFIED text
    this.model.charts[idx] = { ...chart.data };
    this.book.touch();
  }
  removeChart(...args: unknown[]): void {
    const chart = this.hub.unwrap(args[0], ChartImpl);
    if (!chart) throw signatureError(SVC, 'Sheet', 'removeChart', args);
    this.model.charts = this.model.charts.filter((c) => c.id !== chart.data.id);
    this.book.touch();
  }

  // ---- metadata and names ----

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.book.metadata
      .filter((m) => m.location.type === 'SHEET' && m.location.sheetId === this.model.id)
      .map((m) => MetadataImpl.create(this.hub, this.book, m));
  }
  addDeveloperMetadata(...args: unknown[]): GasSheet {
    addMetadata(this.book, { type: 'SHEET', sheetId: this.model.id }, args, 'Sheet');
    return this.self;
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return createFinder(this.hub, this.book, (m) => m.location.type !== 'SPREADSHEET' && m.location.sheetId === this.model.id);
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this.book.namedRanges.filter((n) => n.sheetId === this.model.id).map((n) => NamedRangeImpl.create(this.hub, this.book, n));
  }

  copyTo(...args: unknown[]): GasSheet {
    const target = this.hub.unwrap(args[0], SpreadsheetLike);
    if (!target) throw signatureError(SVC, 'Sheet', 'copyTo', args);
    return target.copySheetFrom(this.alive());
  }
  toString(): string {
    return 'Sheet';
  }
}

/** What Sheet.copyTo needs from a Spreadsheet implementation (kept abstract to avoid an import cycle). */
export abstract class SpreadsheetLike {
  abstract copySheetFrom(sheet: SheetModel): GasSheet;
}
