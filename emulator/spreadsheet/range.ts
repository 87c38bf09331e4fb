/** The Range facade: values, formulas, notes, formats, validation and the rest of a rectangle of cells (V-*, W-*, R-*, D-11, D-12). */

import { isDate } from '../core/context';
import { ServiceException, signatureError } from '../core/errors';
import { formatA1, intersects, Rect, RangeShape } from './a1-notation';
import {
  checkCellLength,
  effectiveFormat,
  javaDoubleString,
  literalOf,
  readCellValue,
  readDisplayValue,
  writeScriptValue,
} from './cell-ops';
import { Cell, cloneCell, ComputedValue, ErrorValue, FORMAT_KEYS, hasContent } from './cell-model';
import { DEFAULT_BACKGROUND, DEFAULT_FONT_COLOR, normalizeColor } from './colors';
import { DataValidationImpl, DataValidationData, ruleDataOf } from './data-validation';
import { isEnumOf, WrapStrategy } from './enums';
import { shiftFormula } from './formula-refs';
import type { Hub } from './hub';
import { addMetadata, createFinder, MetadataImpl } from './developer-metadata';
import type { BookModel, MetadataData, SheetModel } from './model';
import { DEFAULT_NUMBER_FORMAT } from './number-format';
import { assertScriptCanEdit, newProtection, ProtectionImpl } from './protection';
import { RichTextData, richTextValue } from './rich-text';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

const SVC = 'SpreadsheetApp';

/**
 * Validate and build a rectangle for getRange/offset (R-02..R-06, R-08). `args` are the caller's
 * arguments, for the signature error.
 */
export function checkedRect(
  sheet: SheetModel,
  className: string,
  method: string,
  args: unknown[],
  row: unknown,
  col: unknown,
  numRows: unknown = 1,
  numCols: unknown = 1,
): Rect {
  if (![row, col, numRows, numCols].every((n) => typeof n === 'number' && !Number.isNaN(n))) {
    throw signatureError(SVC, className, method, args);
  }
  const r = Math.trunc(row as number);
  const c = Math.trunc(col as number);
  const nr = Math.trunc(numRows as number);
  const nc = Math.trunc(numCols as number);
  if (r < 1) throw new ServiceException('The starting row of the range is too small.');
  if (c < 1) throw new ServiceException('The starting column of the range is too small.');
  if (nr < 1) throw new ServiceException('The number of rows in the range must be at least 1.');
  if (nc < 1) throw new ServiceException('The number of columns in the range must be at least 1.');
  if (r + nr - 1 > sheet.maxRows || c + nc - 1 > sheet.maxCols) {
    throw new ServiceException('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return { row: r, col: c, numRows: nr, numCols: nc };
}

/** Check that `data` is a 2-D array matching the range (W-01..W-04); returns it typed. */
export function checkGrid(data: unknown, rect: Rect, className: string, method: string, args: unknown[]): unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row)) || args.length !== 1) {
    throw signatureError(SVC, className, method, args);
  }
  if (data.length !== rect.numRows) {
    throw new ServiceException(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rect.numRows}.`,
    );
  }
  for (const row of data as unknown[][]) {
    if (row.length !== rect.numCols) {
      throw new ServiceException(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${rect.numCols}.`,
      );
    }
  }
  return data as unknown[][];
}

type SortKey = { col: number; asc: boolean };

function typeRank(v: ComputedValue): number {
  if (v === null || v === '') return 4;
  if (typeof v === 'number') return 0;
  if (typeof v === 'string') return 1;
  if (typeof v === 'boolean') return 2;
  return 3;
}

/** Sheets' sort order: numbers, text (case-insensitive), booleans, errors; blanks always last. */
export function compareForSort(a: ComputedValue, b: ComputedValue, asc: boolean): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra === 4 || rb === 4) return ra === rb ? 0 : ra === 4 ? 1 : -1;
  let cmp: number;
  if (ra !== rb) cmp = ra - rb;
  else if (typeof a === 'number') cmp = a - (b as number);
  else if (typeof a === 'string') cmp = a.toLowerCase().localeCompare((b as string).toLowerCase());
  else if (typeof a === 'boolean') cmp = Number(a) - Number(b);
  else cmp = String(a).localeCompare(String(b));
  return asc ? cmp : -cmp;
}

/** Parse Range.sort's argument (a column number, `{column, ascending}`, or an array of them). */
export function sortKeys(spec: unknown, method: string, args: unknown[]): SortKey[] {
  const list = Array.isArray(spec) ? spec : [spec];
  return list.map((s) => {
    if (typeof s === 'number') return { col: s, asc: true };
    if (s && typeof s === 'object' && typeof (s as { column?: unknown }).column === 'number') {
      const o = s as { column: number; ascending?: boolean };
      return { col: o.column, asc: o.ascending !== false };
    }
    throw signatureError(SVC, 'Range', method, args);
  });
}

/** Sort the rows of `rect` in place by `keys` (absolute column numbers); formulas move with their rows. */
export function sortRows(sheet: SheetModel, rect: Rect, keys: SortKey[]): void {
  const book = sheet.book;
  for (const k of keys) {
    if (k.col < rect.col || k.col >= rect.col + rect.numCols) {
      throw new ServiceException(`The column ${k.col} is out of range.`); // UNVERIFIED text
    }
  }
  const rows: Array<{ r: number; cells: Array<Cell | undefined>; keys: ComputedValue[] }> = [];
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    const cells: Array<Cell | undefined> = [];
    for (let c = rect.col; c < rect.col + rect.numCols; c++) cells.push(sheet.getCell(r, c));
    rows.push({ r, cells, keys: keys.map((k) => book.engine.cellValue(sheet, r, k.col)) });
  }
  rows.sort((x, y) => {
    for (let i = 0; i < keys.length; i++) {
      const cmp = compareForSort(x.keys[i], y.keys[i], keys[i].asc);
      if (cmp !== 0) return cmp;
    }
    return 0;
  });
  rows.forEach((entry, i) => {
    const target = rect.row + i;
    entry.cells.forEach((cell, j) => {
      if (cell && cell.f !== undefined && target !== entry.r) cell.f = shiftFormula(cell.f, target - entry.r, 0);
      sheet.putCell(target, rect.col + j, cell);
    });
  });
  book.touch();
}

/** The Range facade. */
export class RangeImpl
  implements
    Pick<
      GasRange,
      | 'getValue' | 'getValues' | 'setValue' | 'setValues' | 'getDisplayValue' | 'getDisplayValues' | 'getFormula'
      | 'getFormulas' | 'setFormula' | 'setFormulas' | 'getNote' | 'getNotes' | 'setNote' | 'setNotes' | 'getBackground'
      | 'getBackgrounds' | 'setBackground' | 'setBackgrounds' | 'setBackgroundRGB' | 'getFontColor' | 'getFontColors'
      | 'setFontColor' | 'setFontColors' | 'getFontWeight' | 'getFontWeights' | 'setFontWeight' | 'setFontWeights'
      | 'getFontStyle' | 'getFontStyles' | 'setFontStyle' | 'setFontStyles' | 'getFontLine' | 'getFontLines'
      | 'setFontLine' | 'setFontLines' | 'getFontFamily' | 'getFontFamilies' | 'setFontFamily' | 'getFontSize' | 'getFontSizes'
      | 'setFontSize' | 'getHorizontalAlignment' | 'getHorizontalAlignments' | 'setHorizontalAlignment'
      | 'setHorizontalAlignments' | 'getVerticalAlignment' | 'getVerticalAlignments' | 'setVerticalAlignment'
      | 'setVerticalAlignments' | 'getWrap' | 'getWraps' | 'setWrap' | 'setWraps' | 'getWrapStrategy'
      | 'getWrapStrategies' | 'setWrapStrategy' | 'getNumberFormat' | 'getNumberFormats' | 'setNumberFormat'
      | 'setNumberFormats' | 'getDataValidation' | 'getDataValidations' | 'setDataValidation' | 'setDataValidations'
      | 'clearDataValidations' | 'clear' | 'clearContent' | 'clearFormat' | 'clearNote' | 'getRow' | 'getRowIndex'
      | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getLastRow' | 'getLastColumn' | 'getA1Notation' | 'getSheet'
      | 'offset' | 'getCell' | 'activate' | 'merge' | 'mergeAcross' | 'mergeVertically' | 'breakApart'
      | 'getMergedRanges' | 'isPartOfMerge' | 'protect' | 'insertCheckboxes' | 'removeCheckboxes' | 'check' | 'uncheck'
      | 'isChecked' | 'isBlank' | 'setBorder' | 'sort' | 'getGridId' | 'getHeight' | 'getWidth' | 'copyTo' | 'moveTo'
      | 'trimWhitespace' | 'activateAsCurrentCell' | 'getDataRegion' | 'getRichTextValue' | 'getRichTextValues'
      | 'setRichTextValue' | 'setRichTextValues' | 'addDeveloperMetadata' | 'getDeveloperMetadata'
      | 'createDeveloperMetadataFinder'
    >
{
  self!: GasRange;

  constructor(
    readonly hub: Hub,
    readonly sheet: SheetModel,
    readonly rect: Rect,
    readonly shape: RangeShape = 'cells',
  ) {}

  get __impl(): this {
    return this;
  }

  private get book(): BookModel {
    return this.sheet.book;
  }

  private map<T>(fn: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    const { row, col, numRows, numCols } = this.rect;
    for (let r = row; r < row + numRows; r++) {
      const line: T[] = new Array(numCols);
      for (let c = 0; c < numCols; c++) line[c] = fn(this.sheet.getCell(r, col + c), r, col + c);
      out.push(line);
    }
    return out;
  }

  private first<T>(fn: (cell: Cell | undefined, r: number, c: number) => T): T {
    return fn(this.sheet.getCell(this.rect.row, this.rect.col), this.rect.row, this.rect.col);
  }

  private beginWrite(): void {
    assertScriptCanEdit(this.book, this.sheet, this.rect, this.hub.context.userEmail);
  }

  /** Apply `fn` to every cell (created as needed), then drop cells left empty. */
  private each(fn: (cell: Cell, r: number, c: number, i: number, j: number) => void): void {
    this.beginWrite();
    const { row, col, numRows, numCols } = this.rect;
    for (let i = 0; i < numRows; i++) {
      for (let j = 0; j < numCols; j++) {
        const cell = this.sheet.ensureCell(row + i, col + j);
        fn(cell, row + i, col + j, i, j);
        this.sheet.putCell(row + i, col + j, cell);
      }
    }
    this.book.touch();
  }

  private setAll(method: string, args: unknown[], check: (v: unknown) => boolean, apply: (cell: Cell, v: unknown) => void): GasRange {
    if (args.length !== 1 || !check(args[0])) throw signatureError(SVC, 'Range', method, args);
    this.each((cell) => apply(cell, args[0]));
    return this.self;
  }

  private setGrid(method: string, args: unknown[], check: (v: unknown) => boolean, apply: (cell: Cell, v: unknown) => void): GasRange {
    const data = checkGrid(args[0], this.rect, 'Range', method, args);
    if (!data.every((row) => row.every(check))) throw signatureError(SVC, 'Range', method, args);
    this.each((cell, _r, _c, i, j) => apply(cell, data[i][j]));
    return this.self;
  }

  // ---- values ----

  getValue(): unknown {
    return readCellValue(this.book, this.sheet, this.rect.row, this.rect.col);
  }
  getValues(): unknown[][] {
    return this.map((_cell, r, c) => readCellValue(this.book, this.sheet, r, c));
  }
  getDisplayValue(): string {
    return readDisplayValue(this.book, this.sheet, this.rect.row, this.rect.col);
  }
  getDisplayValues(): string[][] {
    return this.map((_cell, r, c) => readDisplayValue(this.book, this.sheet, r, c));
  }
  setValue(...args: unknown[]): GasRange {
    if (args.length !== 1) throw signatureError(SVC, 'Range', 'setValue', args);
    checkCellLength(args[0]);
    this.each((cell) => writeScriptValue(cell, args[0], this.book)); // W-13: every cell
    return this.self;
  }
  setValues(...args: unknown[]): GasRange {
    const data = checkGrid(args[0], this.rect, 'Range', 'setValues', args);
    for (const row of data) for (const v of row) checkCellLength(v);
    this.each((cell, _r, _c, i, j) => writeScriptValue(cell, data[i][j], this.book));
    return this.self;
  }
  getFormula(): string {
    return this.first((cell) => cell?.f ?? '');
  }
  getFormulas(): string[][] {
    return this.map((cell) => cell?.f ?? '');
  }
  setFormula(...args: unknown[]): GasRange {
    if (args.length !== 1 || typeof args[0] !== 'string') throw signatureError(SVC, 'Range', 'setFormula', args);
    checkCellLength(args[0]);
    const formula = args[0];
    const { row, col } = this.rect;
    // Like the UI fill: relative references shift for each cell of a multi-cell range.
    this.each((cell, r, c) => writeFormula(cell, shiftFormula(formula, r - row, c - col), this.book));
    return this.self;
  }
  setFormulas(...args: unknown[]): GasRange {
    return this.setGrid('setFormulas', args, (v) => typeof v === 'string', (cell, v) => writeFormula(cell, v as string, this.book));
  }

  // ---- rich text (one link per cell) ----

  getRichTextValue(): GoogleAppsScript.Spreadsheet.RichTextValue {
    const { row, col } = this.rect;
    return richTextValue(this.hub, { text: readDisplayValue(this.book, this.sheet, row, col), link: this.sheet.getCell(row, col)?.link ?? null });
  }
  getRichTextValues(): GoogleAppsScript.Spreadsheet.RichTextValue[][] {
    return this.map((cell, r, c) => richTextValue(this.hub, { text: readDisplayValue(this.book, this.sheet, r, c), link: cell?.link ?? null }));
  }
  setRichTextValue(...args: unknown[]): GasRange {
    const data = richTextData(args[0]);
    if (args.length !== 1 || !data) throw signatureError(SVC, 'Range', 'setRichTextValue', args);
    this.each((cell) => applyRichText(cell, data));
    return this.self;
  }
  setRichTextValues(...args: unknown[]): GasRange {
    const grid = checkGrid(args[0], this.rect, 'Range', 'setRichTextValues', args);
    const datas = grid.map((row) => row.map((v) => richTextData(v)));
    if (datas.some((row) => row.some((d) => !d))) throw signatureError(SVC, 'Range', 'setRichTextValues', args);
    this.each((cell, _r, _c, i, j) => applyRichText(cell, datas[i][j] as RichTextData));
    return this.self;
  }

  // ---- notes ----

  getNote(): string {
    return this.first((cell) => cell?.note ?? '');
  }
  getNotes(): string[][] {
    return this.map((cell) => cell?.note ?? '');
  }
  setNote(...args: unknown[]): GasRange {
    // V-11: every cell; V-12: setNote(25) reads back "25".
    return this.setAll('setNote', args, (v) => v === null || typeof v !== 'object' || isDate(v), (cell, v) => setNote(cell, v == null ? '' : String(v)));
  }
  setNotes(...args: unknown[]): GasRange {
    // V-12: numbers in setNotes read back Java-style ("25.0").
    return this.setGrid('setNotes', args, () => true, (cell, v) =>
      setNote(cell, v == null ? '' : typeof v === 'number' ? javaDoubleString(v) : String(v)),
    );
  }
  clearNote(): GasRange {
    this.each((cell) => delete cell.note);
    return this.self;
  }

  // ---- formats ----

  getBackground(): string {
    return this.first((cell) => cell?.bg ?? DEFAULT_BACKGROUND);
  }
  getBackgrounds(): string[][] {
    return this.map((cell) => cell?.bg ?? DEFAULT_BACKGROUND);
  }
  setBackground(...args: unknown[]): GasRange {
    return this.setAll('setBackground', args, isColorArg, (cell, v) => applyColor(cell, 'bg', v));
  }
  setBackgrounds(...args: unknown[]): GasRange {
    return this.setGrid('setBackgrounds', args, isColorArg, (cell, v) => applyColor(cell, 'bg', v));
  }
  setBackgroundRGB(...args: unknown[]): GasRange {
    if (args.length !== 3 || !args.every((n) => typeof n === 'number')) throw signatureError(SVC, 'Range', 'setBackgroundRGB', args);
    const hex = '#' + (args as number[]).map((n) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0')).join('');
    this.each((cell) => (cell.bg = hex));
    return this.self;
  }
  getFontColor(): string {
    return this.first((cell) => cell?.fc ?? DEFAULT_FONT_COLOR);
  }
  getFontColors(): string[][] {
    return this.map((cell) => cell?.fc ?? DEFAULT_FONT_COLOR);
  }
  setFontColor(...args: unknown[]): GasRange {
    return this.setAll('setFontColor', args, isColorArg, (cell, v) => applyColor(cell, 'fc', v));
  }
  setFontColors(...args: unknown[]): GasRange {
    return this.setGrid('setFontColors', args, isColorArg, (cell, v) => applyColor(cell, 'fc', v));
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.first((cell) => cell?.fw ?? 'normal');
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.map((cell) => cell?.fw ?? 'normal');
  }
  setFontWeight(...args: unknown[]): GasRange {
    return this.setAll('setFontWeight', args, isStringOrNull, (cell, v) => applyChoice(cell, 'fw', v, ['bold', 'normal']));
  }
  setFontWeights(...args: unknown[]): GasRange {
    return this.setGrid('setFontWeights', args, isStringOrNull, (cell, v) => applyChoice(cell, 'fw', v, ['bold', 'normal']));
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.first((cell) => cell?.fs ?? 'normal');
  }
  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this.map((cell) => cell?.fs ?? 'normal');
  }
  setFontStyle(...args: unknown[]): GasRange {
    return this.setAll('setFontStyle', args, isStringOrNull, (cell, v) => applyChoice(cell, 'fs', v, ['italic', 'normal']));
  }
  setFontStyles(...args: unknown[]): GasRange {
    return this.setGrid('setFontStyles', args, isStringOrNull, (cell, v) => applyChoice(cell, 'fs', v, ['italic', 'normal']));
  }
  getFontLine(): GoogleAppsScript.Spreadsheet.FontLine {
    return this.first((cell) => (cell?.fl ?? 'none') as GoogleAppsScript.Spreadsheet.FontLine);
  }
  getFontLines(): GoogleAppsScript.Spreadsheet.FontLine[][] {
    return this.map((cell) => (cell?.fl ?? 'none') as GoogleAppsScript.Spreadsheet.FontLine);
  }
  setFontLine(...args: unknown[]): GasRange {
    return this.setAll('setFontLine', args, isStringOrNull, (cell, v) => applyChoice(cell, 'fl', v, ['underline', 'line-through', 'none']));
  }
  setFontLines(...args: unknown[]): GasRange {
    return this.setGrid('setFontLines', args, isStringOrNull, (cell, v) => applyChoice(cell, 'fl', v, ['underline', 'line-through', 'none']));
  }
  getFontFamily(): string {
    return this.first((cell) => cell?.ff ?? 'Arial');
  }
  getFontFamilies(): string[][] {
    return this.map((cell) => cell?.ff ?? 'Arial');
  }
  setFontFamily(...args: unknown[]): GasRange {
    return this.setAll('setFontFamily', args, isStringOrNull, (cell, v) => (v === null ? delete cell.ff : (cell.ff = String(v))));
  }
  getFontSize(): number {
    return this.first((cell) => cell?.fz ?? 10);
  }
  getFontSizes(): number[][] {
    return this.map((cell) => cell?.fz ?? 10);
  }
  setFontSize(...args: unknown[]): GasRange {
    return this.setAll('setFontSize', args, (v) => typeof v === 'number', (cell, v) => (cell.fz = v as number));
  }
  getHorizontalAlignment(): string {
    return this.first((cell) => cell?.ha ?? 'general');
  }
  getHorizontalAlignments(): string[][] {
    return this.map((cell) => cell?.ha ?? 'general');
  }
  setHorizontalAlignment(...args: unknown[]): GasRange {
    return this.setAll('setHorizontalAlignment', args, isStringOrNull, (cell, v) =>
      applyChoice(cell, 'ha', v, ['left', 'center', 'right', 'normal', 'general', 'general-left', 'general-right', 'general-center']),
    );
  }
  setHorizontalAlignments(...args: unknown[]): GasRange {
    return this.setGrid('setHorizontalAlignments', args, isStringOrNull, (cell, v) =>
      applyChoice(cell, 'ha', v, ['left', 'center', 'right', 'normal', 'general']),
    );
  }
  getVerticalAlignment(): string {
    return this.first((cell) => cell?.va ?? 'bottom');
  }
  getVerticalAlignments(): string[][] {
    return this.map((cell) => cell?.va ?? 'bottom');
  }
  setVerticalAlignment(...args: unknown[]): GasRange {
    return this.setAll('setVerticalAlignment', args, isStringOrNull, (cell, v) => applyChoice(cell, 'va', v, ['top', 'middle', 'bottom']));
  }
  setVerticalAlignments(...args: unknown[]): GasRange {
    return this.setGrid('setVerticalAlignments', args, isStringOrNull, (cell, v) => applyChoice(cell, 'va', v, ['top', 'middle', 'bottom']));
  }
  getWrap(): boolean {
    return this.first((cell) => cell?.wrap === 'WRAP');
  }
  getWraps(): boolean[][] {
    return this.map((cell) => cell?.wrap === 'WRAP');
  }
  setWrap(...args: unknown[]): GasRange {
    return this.setAll('setWrap', args, (v) => typeof v === 'boolean', (cell, v) => (cell.wrap = v ? 'WRAP' : 'OVERFLOW'));
  }
  setWraps(...args: unknown[]): GasRange {
    return this.setGrid('setWraps', args, (v) => typeof v === 'boolean', (cell, v) => (cell.wrap = v ? 'WRAP' : 'OVERFLOW'));
  }
  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return this.first((cell) => WrapStrategy[cell?.wrap ?? 'OVERFLOW']) as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy;
  }
  getWrapStrategies(): GoogleAppsScript.Spreadsheet.WrapStrategy[][] {
    return this.map((cell) => WrapStrategy[cell?.wrap ?? 'OVERFLOW']) as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy[][];
  }
  setWrapStrategy(...args: unknown[]): GasRange {
    return this.setAll('setWrapStrategy', args, (v) => isEnumOf(v, 'WrapStrategy'), (cell, v) => (cell.wrap = String(v)));
  }
  getNumberFormat(): string {
    return this.first((cell) => cell?.nf ?? DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormats(): string[][] {
    return this.map((cell) => cell?.nf ?? DEFAULT_NUMBER_FORMAT);
  }
  setNumberFormat(...args: unknown[]): GasRange {
    return this.setAll('setNumberFormat', args, (v) => typeof v === 'string', (cell, v) => applyNumberFormat(cell, v as string));
  }
  setNumberFormats(...args: unknown[]): GasRange {
    return this.setGrid('setNumberFormats', args, (v) => typeof v === 'string', (cell, v) => applyNumberFormat(cell, v as string));
  }
  setBorder(...args: unknown[]): GasRange {
    // Accepted and ignored: borders are not modelled.
    if (args.length !== 6 && args.length !== 8) throw signatureError(SVC, 'Range', 'setBorder', args);
    this.beginWrite();
    return this.self;
  }

  // ---- validation ----

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation {
    return this.first((cell) => (cell?.dv ? DataValidationImpl.create(this.hub, cell.dv.rule) : null)) as GoogleAppsScript.Spreadsheet.DataValidation;
  }
  getDataValidations(): GoogleAppsScript.Spreadsheet.DataValidation[][] {
    return this.map((cell) => (cell?.dv ? DataValidationImpl.create(this.hub, cell.dv.rule) : null)) as GoogleAppsScript.Spreadsheet.DataValidation[][];
  }
  setDataValidation(...args: unknown[]): GasRange {
    if (args.length !== 1) throw signatureError(SVC, 'Range', 'setDataValidation', args);
    const rule = ruleDataOf(this.hub, args[0], 'setDataValidation');
    const { row, col } = this.rect;
    this.each((cell, r, c) => {
      if (rule) cell.dv = { rule, offRow: r - row, offCol: c - col };
      else delete cell.dv;
    });
    return this.self;
  }
  setDataValidations(...args: unknown[]): GasRange {
    const data = checkGrid(args[0], this.rect, 'Range', 'setDataValidations', args);
    const rules: Array<Array<DataValidationData | null>> = data.map((row) => row.map((v) => ruleDataOf(this.hub, v, 'setDataValidations')));
    this.each((cell, _r, _c, i, j) => {
      const rule = rules[i][j];
      if (rule) cell.dv = { rule, offRow: 0, offCol: 0 };
      else delete cell.dv;
    });
    return this.self;
  }
  clearDataValidations(): GasRange {
    this.each((cell) => delete cell.dv);
    return this.self;
  }
  insertCheckboxes(...args: unknown[]): GasRange {
    if (args.length > 2 || args.some((a) => a === null || a === undefined || typeof a === 'object')) {
      throw signatureError(SVC, 'Range', 'insertCheckboxes', args);
    }
    const rule: DataValidationData = { criteria: 'CHECKBOX', args: [...args], allowInvalid: true, helpText: null };
    const unchecked = args.length === 0 ? false : args.length === 2 ? args[1] : null;
    this.each((cell) => {
      cell.dv = { rule, offRow: 0, offCol: 0 }; // D-12: replaces any validation
      // UNVERIFIED: blank cells read back as the unchecked value (FALSE) after insertCheckboxes().
      if (!hasContent(cell) && unchecked !== null) cell.v = unchecked as boolean | string | number;
    });
    return this.self;
  }
  removeCheckboxes(): GasRange {
    this.each((cell) => {
      if (cell.dv?.rule.criteria === 'CHECKBOX') {
        delete cell.dv;
        cell.v = null; // D-12: values cleared
        delete cell.f;
      }
    });
    return this.self;
  }
  check(): GasRange {
    this.each((cell) => {
      if (cell.dv?.rule.criteria === 'CHECKBOX') {
        delete cell.f;
        cell.v = (cell.dv.rule.args.length > 0 ? cell.dv.rule.args[0] : true) as boolean;
      }
    });
    return this.self;
  }
  uncheck(): GasRange {
    this.each((cell) => {
      if (cell.dv?.rule.criteria === 'CHECKBOX') {
        delete cell.f;
        const a = cell.dv.rule.args;
        cell.v = (a.length === 0 ? false : a.length > 1 ? a[1] : null) as boolean;
      }
    });
    return this.self;
  }
  isChecked(): boolean {
    let checked = 0;
    let unchecked = 0;
    let total = 0;
    this.map((cell, r, c) => {
      total++;
      if (cell?.dv?.rule.criteria !== 'CHECKBOX') return;
      const a = cell.dv.rule.args;
      const v = literalOf(this.book.engine.cellValue(this.sheet, r, c));
      const on = a.length === 0 ? v === true : v === a[0] || String(v) === String(a[0]);
      if (on) checked++;
      else unchecked++;
    });
    if (checked === total) return true;
    if (unchecked === total) return false;
    return null as unknown as boolean;
  }

  // ---- clearing ----

  clear(...args: unknown[]): GasRange {
    const o = (args[0] ?? null) as null | {
      contentsOnly?: boolean;
      formatOnly?: boolean;
      commentsOnly?: boolean;
      validationsOnly?: boolean;
    };
    if (args.length > 1 || (o !== null && typeof o !== 'object')) throw signatureError(SVC, 'Range', 'clear', args);
    const any = o !== null && (o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly);
    // clear() clears contents and formats (Range ref); clear({}) clears everything ("By default all data is cleared").
    const contents = o === null || !any || !!o.contentsOnly;
    const formats = o === null || !any || !!o.formatOnly;
    const notes = o !== null && (!any || !!o.commentsOnly);
    const validations = o !== null && (!any || !!o.validationsOnly);
    this.each((cell) => {
      if (contents) {
        cell.v = null;
        delete cell.f;
        delete cell.invalid;
      }
      if (formats) for (const k of FORMAT_KEYS) delete cell[k];
      if (notes) delete cell.note;
      if (validations) delete cell.dv;
    });
    return this.self;
  }
  clearContent(): GasRange {
    this.each((cell) => {
      cell.v = null;
      delete cell.f;
      delete cell.invalid;
    });
    return this.self;
  }
  clearFormat(): GasRange {
    this.each((cell) => {
      for (const k of FORMAT_KEYS) delete cell[k];
    });
    return this.self;
  }
  trimWhitespace(): GasRange {
    this.each((cell) => {
      if (typeof cell.v === 'string') cell.v = cell.v.trim();
    });
    return this.self;
  }

  // ---- geometry and navigation ----

  getRow(): number {
    return this.rect.row;
  }
  getRowIndex(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.col;
  }
  getNumRows(): number {
    return this.rect.numRows;
  }
  getNumColumns(): number {
    return this.rect.numCols;
  }
  getHeight(): number {
    return this.rect.numRows;
  }
  getWidth(): number {
    return this.rect.numCols;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.rect.col + this.rect.numCols - 1;
  }
  getA1Notation(): string {
    return formatA1(this.rect, this.shape);
  }
  getGridId(): number {
    return this.sheet.id;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.hub.sheet(this.sheet);
  }
  offset(...args: unknown[]): GasRange {
    if (args.length < 2 || args.length > 4) throw signatureError(SVC, 'Range', 'offset', args);
    const [dr, dc, nr = this.rect.numRows, nc = this.rect.numCols] = args;
    if (typeof dr !== 'number' || typeof dc !== 'number') throw signatureError(SVC, 'Range', 'offset', args);
    const rect = checkedRect(this.sheet, 'Range', 'offset', args, this.rect.row + dr, this.rect.col + dc, nr, nc);
    return this.hub.range(this.sheet, rect);
  }
  getCell(...args: unknown[]): GasRange {
    const [r, c] = args;
    if (args.length !== 2 || typeof r !== 'number' || typeof c !== 'number') throw signatureError(SVC, 'Range', 'getCell', args);
    if (r < 1 || c < 1 || r > this.rect.numRows || c > this.rect.numCols) {
      throw new ServiceException('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.hub.range(this.sheet, { row: this.rect.row + r - 1, col: this.rect.col + c - 1, numRows: 1, numCols: 1 });
  }
  getDataRegion(): GasRange {
    // Approximation: the sheet's data range.
    const lastRow = Math.max(1, this.sheet.lastRow());
    const lastCol = Math.max(1, this.sheet.lastCol());
    return this.hub.range(this.sheet, { row: 1, col: 1, numRows: lastRow, numCols: lastCol });
  }
  activate(): GasRange {
    this.book.activeSheetId = this.sheet.id;
    this.book.activeRange = { sheetId: this.sheet.id, rect: { ...this.rect }, shape: this.shape };
    return this.self;
  }
  activateAsCurrentCell(): GasRange {
    return this.activate();
  }
  isBlank(): boolean {
    for (let r = this.rect.row; r < this.rect.row + this.rect.numRows; r++) {
      for (let c = this.rect.col; c < this.rect.col + this.rect.numCols; c++) if (hasContent(this.sheet.getCell(r, c))) return false;
    }
    return true;
  }

  // ---- developer metadata (whole rows or columns only) ----

  private metadataLocation(): MetadataData['location'] {
    const { row, col, numRows, numCols } = this.rect;
    if (col === 1 && numCols === this.sheet.maxCols) return { type: 'ROW', sheetId: this.sheet.id, start: row, span: numRows };
    if (row === 1 && numRows === this.sheet.maxRows) return { type: 'COLUMN', sheetId: this.sheet.id, start: col, span: numCols };
    // UNVERIFIED wording (Sheets API text).
    throw new ServiceException(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
  }
  addDeveloperMetadata(...args: unknown[]): GasRange {
    addMetadata(this.book, this.metadataLocation(), args, 'Range');
    return this.self;
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    const loc = this.metadataLocation();
    return this.book.metadata
      .filter((m) => m.location.type === loc.type && 'start' in m.location && 'start' in loc && m.location.sheetId === this.sheet.id && m.location.start === loc.start && m.location.span === loc.span)
      .map((m) => MetadataImpl.create(this.hub, this.book, m));
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    const { row, col, numRows, numCols } = this.rect;
    return createFinder(this.hub, this.book, (m) => {
      const loc = m.location;
      if (loc.type === 'ROW') return loc.sheetId === this.sheet.id && loc.start < row + numRows && row < loc.start + loc.span;
      if (loc.type === 'COLUMN') return loc.sheetId === this.sheet.id && loc.start < col + numCols && col < loc.start + loc.span;
      return false;
    });
  }

  // ---- merges ----

  private addMerge(rects: Rect[]): GasRange {
    this.beginWrite();
    for (const m of rects) {
      const inside = (x: Rect): boolean =>
        x.row >= m.row && x.col >= m.col && x.row + x.numRows <= m.row + m.numRows && x.col + x.numCols <= m.col + m.numCols;
      if (this.sheet.merges.some((x) => intersects(x, m) && !inside(x))) {
        // A merge that partly overlaps an existing one is refused (UNVERIFIED text, as the Sheets UI words it).
        throw new ServiceException('You must select all cells in a merged range to merge or unmerge them.');
      }
    }
    for (const m of rects) {
      this.sheet.merges = this.sheet.merges.filter((x) => !intersects(x, m));
      this.sheet.merges.push(m);
      for (let r = m.row; r < m.row + m.numRows; r++) {
        for (let c = m.col; c < m.col + m.numCols; c++) {
          if (r === m.row && c === m.col) continue;
          const cell = this.sheet.getCell(r, c);
          if (cell) {
            cell.v = null;
            delete cell.f;
            this.sheet.putCell(r, c, cell);
          }
        }
      }
    }
    this.book.touch();
    return this.self;
  }
  merge(): GasRange {
    return this.addMerge([{ ...this.rect }]);
  }
  mergeAcross(): GasRange {
    const out: Rect[] = [];
    for (let i = 0; i < this.rect.numRows; i++) out.push({ row: this.rect.row + i, col: this.rect.col, numRows: 1, numCols: this.rect.numCols });
    return this.addMerge(out);
  }
  mergeVertically(): GasRange {
    const out: Rect[] = [];
    for (let j = 0; j < this.rect.numCols; j++) out.push({ row: this.rect.row, col: this.rect.col + j, numRows: this.rect.numRows, numCols: 1 });
    return this.addMerge(out);
  }
  breakApart(): GasRange {
    this.beginWrite();
    this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, this.rect));
    this.book.touch();
    return this.self;
  }
  getMergedRanges(): GasRange[] {
    return this.sheet.merges.filter((m) => intersects(m, this.rect)).map((m) => this.hub.range(this.sheet, m));
  }
  isPartOfMerge(): boolean {
    return this.sheet.merges.some((m) => intersects(m, this.rect));
  }

  // ---- protection, sorting, copying ----

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const data = newProtection(this.book, 'RANGE', this.sheet, this.rect, this.hub.context.userEmail); // PR-01: always new
    return ProtectionImpl.create(this.hub, this.book, data);
  }
  sort(...args: unknown[]): GasRange {
    if (args.length !== 1) throw signatureError(SVC, 'Range', 'sort', args);
    const keys = sortKeys(args[0], 'sort', args);
    this.beginWrite();
    sortRows(this.sheet, this.rect, keys);
    return this.self;
  }
  copyTo(...args: unknown[]): void {
    const dest = this.hub.unwrap(args[0], RangeImpl);
    if (!dest) throw signatureError(SVC, 'Range', 'copyTo', args);
    let contents = true;
    let formats = true;
    let valuesOnly = false;
    const opt = args[1];
    if (opt && typeof opt === 'object' && !isEnumOf(opt, 'CopyPasteType')) {
      const o = opt as { contentsOnly?: boolean; formatOnly?: boolean };
      if (o.contentsOnly) formats = false;
      if (o.formatOnly) contents = false;
    } else if (isEnumOf(opt, 'CopyPasteType')) {
      const t = String(opt);
      if (t === 'PASTE_VALUES') {
        formats = false;
        valuesOnly = true;
      } else if (t === 'PASTE_FORMAT') contents = false;
      else if (t === 'PASTE_FORMULA') formats = false;
    }
    const src: Array<Array<{ cell?: Cell; value: ComputedValue }>> = this.map((cell, r, c) => ({
      cell: cell ? cloneCell(cell) : undefined,
      value: valuesOnly ? this.book.engine.cellValue(this.sheet, r, c) : null,
    }));
    const target = dest.sheet;
    const { row: dr, col: dc } = dest.rect;
    if (dr + this.rect.numRows - 1 > target.maxRows || dc + this.rect.numCols - 1 > target.maxCols) {
      throw new ServiceException('The coordinates of the range are outside the dimensions of the sheet.');
    }
    assertScriptCanEdit(target.book, target, { row: dr, col: dc, numRows: this.rect.numRows, numCols: this.rect.numCols }, this.hub.context.userEmail);
    src.forEach((line, i) =>
      line.forEach((entry, j) => {
        const cell = target.ensureCell(dr + i, dc + j);
        const from = entry.cell;
        if (contents) {
          cell.v = null;
          delete cell.f;
          if (valuesOnly) cell.v = entry.value instanceof ErrorValue ? entry.value.code : entry.value;
          else if (from?.f !== undefined) cell.f = shiftFormula(from.f, dr - this.rect.row, dc - this.rect.col);
          else cell.v = from?.v ?? null;
          if (!valuesOnly) {
            if (from?.note !== undefined) cell.note = from.note;
          }
        }
        if (formats) {
          for (const k of FORMAT_KEYS) {
            if (from && from[k] !== undefined) (cell as unknown as Record<string, unknown>)[k] = from[k];
            else delete cell[k];
          }
          if (from?.dv) cell.dv = from.dv;
          else delete cell.dv;
        }
        target.putCell(dr + i, dc + j, cell);
      }),
    );
    target.book.touch();
  }
  moveTo(...args: unknown[]): void {
    const dest = this.hub.unwrap(args[0], RangeImpl);
    if (!dest || args.length !== 1) throw signatureError(SVC, 'Range', 'moveTo', args);
    const cells = this.map((cell) => (cell ? cloneCell(cell) : undefined));
    this.beginWrite();
    this.map((_c, r, c) => this.sheet.putCell(r, c, undefined));
    const { row: dr, col: dc } = dest.rect;
    cells.forEach((line, i) => line.forEach((cell, j) => dest.sheet.putCell(dr + i, dc + j, cell)));
    this.book.touch();
  }
  toString(): string {
    return 'Range';
  }
}

function writeFormula(cell: Cell, formula: string, book: BookModel): void {
  delete cell.invalid;
  delete cell.cv;
  delete cell.cgen;
  if (formula === '') {
    cell.v = null;
    delete cell.f;
    return;
  }
  if (!formula.startsWith('=')) {
    writeScriptValue(cell, formula, book);
    return;
  }
  cell.v = null;
  cell.f = formula;
}

function richTextData(value: unknown): RichTextData | null {
  const data = value && typeof value === 'object' ? (value as { __richText?: RichTextData }).__richText : undefined;
  return data ?? null;
}

function applyRichText(cell: Cell, data: RichTextData): void {
  cell.v = data.text === '' ? null : data.text; // rich text is stored as text, never parsed
  cell.f = undefined;
  cell.cv = undefined;
  cell.link = data.link ?? undefined;
}

function setNote(cell: Cell, note: string): void {
  if (note === '') delete cell.note;
  else cell.note = note;
}

function isColorArg(v: unknown): boolean {
  return v === null || typeof v === 'string';
}

function isStringOrNull(v: unknown): boolean {
  return v === null || typeof v === 'string';
}

function applyColor(cell: Cell, key: 'bg' | 'fc', v: unknown): void {
  if (v === null) {
    delete cell[key];
    return;
  }
  const hex = normalizeColor(String(v));
  if (hex === undefined) return; // unknown colours are accepted and ignored
  const def = key === 'bg' ? DEFAULT_BACKGROUND : DEFAULT_FONT_COLOR;
  if (hex === def) delete cell[key];
  else cell[key] = hex;
}

function applyChoice(cell: Cell, key: 'fw' | 'fs' | 'fl' | 'ha' | 'va', v: unknown, allowed: string[]): void {
  if (v === null) {
    delete cell[key];
    return;
  }
  const s = String(v).toLowerCase();
  if (!allowed.includes(s)) return; // accepted and ignored
  (cell as unknown as Record<string, unknown>)[key] = s;
}

function applyNumberFormat(cell: Cell, format: string): void {
  if (format === '' || format === DEFAULT_NUMBER_FORMAT) delete cell.nf;
  else cell.nf = format;
  delete cell.cgen;
}

/** Re-exported so the sheet module can reuse it. */
export { effectiveFormat };
