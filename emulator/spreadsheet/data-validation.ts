/** Data validation (section 4): the builder, the built rule, and checking a typed value against a rule. */

import { isDate } from '../core/context';
import { ServiceException, signatureError } from '../core/errors';
import type { Rect, RangeShape } from './a1-notation';
import { ComputedValue, ErrorValue } from './cell-model';
import { DataValidationCriteria, EnumValue, isEnumOf } from './enums';
import type { Hub } from './hub';
import type { SheetModel } from './model';
import { formatValue, isDateFormat } from './number-format';
import { RangeImpl } from './range';
import { dateToSerial } from './time-zone';
import { readDisplayValue } from './cell-ops';

type GasBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GasRule = GoogleAppsScript.Spreadsheet.DataValidation;

/** A range argument of VALUE_IN_RANGE, pinned to its sheet. */
export interface RangeArg {
  $range: { sheetId: number; rect: Rect; shape: RangeShape };
}

/** A data validation rule as stored on cells (immutable once built). */
export interface DataValidationData {
  criteria: string | null;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

const SERVICE = 'SpreadsheetApp';
const CLASS = 'DataValidationBuilder';

/** A new, empty rule (D-01). */
export function emptyValidation(): DataValidationData {
  return { criteria: null, args: [], allowInvalid: true, helpText: null };
}

function copyData(d: DataValidationData): DataValidationData {
  return { criteria: d.criteria, args: d.args.map((a) => (Array.isArray(a) ? [...a] : a)), allowInvalid: d.allowInvalid, helpText: d.helpText };
}

/** The criteria values as scripts see them (Dates, Range objects, arrays). */
function publicArgs(hub: Hub, data: DataValidationData): unknown[] {
  return data.args.map((a) => {
    if (a && typeof a === 'object' && '$range' in (a as object)) {
      const { sheetId, rect, shape } = (a as RangeArg).$range;
      const sheet = hub.active.sheetById(sheetId) ?? findSheet(hub, sheetId);
      return sheet ? hub.range(sheet, rect, shape) : null;
    }
    if (isDate(a)) return new Date(a.getTime());
    if (Array.isArray(a)) return [...a];
    return a;
  });
}

function findSheet(hub: Hub, sheetId: number): SheetModel | undefined {
  for (const book of hub.books.values()) {
    const s = book.sheetById(sheetId);
    if (s) return s;
  }
  return undefined;
}

/** SpreadsheetApp.newDataValidation() (D-01..D-10). */
export class DataValidationBuilderImpl
  implements
    Pick<
      GasBuilder,
      | 'build' | 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText' | 'requireCheckbox'
      | 'requireDate' | 'requireDateAfter' | 'requireDateBefore' | 'requireDateBetween' | 'requireDateEqualTo'
      | 'requireDateNotBetween' | 'requireDateOnOrAfter' | 'requireDateOnOrBefore' | 'requireFormulaSatisfied'
      | 'requireNumberBetween' | 'requireNumberEqualTo' | 'requireNumberGreaterThan' | 'requireNumberGreaterThanOrEqualTo'
      | 'requireNumberLessThan' | 'requireNumberLessThanOrEqualTo' | 'requireNumberNotBetween' | 'requireNumberNotEqualTo'
      | 'requireTextContains' | 'requireTextDoesNotContain' | 'requireTextEqualTo' | 'requireTextIsEmail' | 'requireTextIsUrl'
      | 'requireValueInList' | 'requireValueInRange' | 'setAllowInvalid' | 'setHelpText' | 'withCriteria'
    >
{
  self!: GasBuilder;
  constructor(
    private readonly hub: Hub,
    readonly data: DataValidationData = emptyValidation(),
  ) {}

  get __impl(): this {
    return this;
  }

  /** Create a wrapped builder. */
  static create(hub: Hub, data?: DataValidationData): GasBuilder {
    const impl = new DataValidationBuilderImpl(hub, data ? copyData(data) : undefined);
    impl.self = hub.wrap(impl, 'DataValidationBuilder') as unknown as GasBuilder;
    return impl.self;
  }

  private set(method: string, args: unknown[], criteria: string, values: unknown[], check: (a: unknown[]) => boolean): GasBuilder {
    if (!check(args)) throw signatureError(SERVICE, CLASS, method, args);
    this.data.criteria = criteria;
    this.data.args = values;
    return this.self;
  }

  private dates(method: string, criteria: string, count: number, args: unknown[]): GasBuilder {
    if (!(args.length === count && args.every(isDate))) throw signatureError(SERVICE, CLASS, method, args);
    return this.set(method, args, criteria, args.map((d) => new Date((d as Date).getTime())), () => true);
  }

  private numbers(method: string, criteria: string, count: number, args: unknown[]): GasBuilder {
    return this.set(method, args, criteria, [...args], (a) => a.length === count && a.every((n) => typeof n === 'number'));
  }

  private texts(method: string, criteria: string, count: number, args: unknown[]): GasBuilder {
    return this.set(method, args, criteria, [...args], (a) => a.length === count && a.every((n) => typeof n === 'string'));
  }

  build(): GasRule {
    return DataValidationImpl.create(this.hub, copyData(this.data));
  }
  copy(): GasBuilder {
    return DataValidationBuilderImpl.create(this.hub, this.data);
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return (this.data.criteria ? DataValidationCriteria[this.data.criteria] : null) as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return publicArgs(this.hub, this.data);
  }
  getHelpText(): string {
    return this.data.helpText as string;
  }
  requireCheckbox(...args: unknown[]): GasBuilder {
    return this.set('requireCheckbox', args, 'CHECKBOX', [...args], (a) => a.length <= 2 && a.every((v) => v !== undefined && v !== null && typeof v !== 'object'));
  }
  requireDate(...args: unknown[]): GasBuilder {
    return this.set('requireDate', args, 'DATE_IS_VALID_DATE', [], (a) => a.length === 0);
  }
  requireDateAfter(...args: unknown[]): GasBuilder {
    return this.dates('requireDateAfter', 'DATE_AFTER', 1, args);
  }
  requireDateBefore(...args: unknown[]): GasBuilder {
    return this.dates('requireDateBefore', 'DATE_BEFORE', 1, args);
  }
  requireDateBetween(...args: unknown[]): GasBuilder {
    return this.dates('requireDateBetween', 'DATE_BETWEEN', 2, args);
  }
  requireDateEqualTo(...args: unknown[]): GasBuilder {
    return this.dates('requireDateEqualTo', 'DATE_EQUAL_TO', 1, args);
  }
  requireDateNotBetween(...args: unknown[]): GasBuilder {
    return this.dates('requireDateNotBetween', 'DATE_NOT_BETWEEN', 2, args);
  }
  requireDateOnOrAfter(...args: unknown[]): GasBuilder {
    return this.dates('requireDateOnOrAfter', 'DATE_ON_OR_AFTER', 1, args);
  }
  requireDateOnOrBefore(...args: unknown[]): GasBuilder {
    return this.dates('requireDateOnOrBefore', 'DATE_ON_OR_BEFORE', 1, args);
  }
  requireFormulaSatisfied(...args: unknown[]): GasBuilder {
    return this.texts('requireFormulaSatisfied', 'CUSTOM_FORMULA', 1, args);
  }
  requireNumberBetween(...args: unknown[]): GasBuilder {
    return this.numbers('requireNumberBetween', 'NUMBER_BETWEEN', 2, args);
  }
  requireNumberEqualTo(...args: unknown[]): GasBuilder {
    return this.numbers('requireNumberEqualTo', 'NUMBER_EQUAL_TO', 1, args);
  }
  requireNumberGreaterThan(...args: unknown[]): GasBuilder {
    return this.numbers('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', 1, args);
  }
  requireNumberGreaterThanOrEqualTo(...args: unknown[]): GasBuilder {
    return this.numbers('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 1, args);
  }
  requireNumberLessThan(...args: unknown[]): GasBuilder {
    return this.numbers('requireNumberLessThan', 'NUMBER_LESS_THAN', 1, args);
  }
  requireNumberLessThanOrEqualTo(...args: unknown[]): GasBuilder {
    return this.numbers('requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 1, args);
  }
  requireNumberNotBetween(...args: unknown[]): GasBuilder {
    return this.numbers('requireNumberNotBetween', 'NUMBER_NOT_BETWEEN', 2, args);
  }
  requireNumberNotEqualTo(...args: unknown[]): GasBuilder {
    return this.numbers('requireNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', 1, args);
  }
  requireTextContains(...args: unknown[]): GasBuilder {
    return this.texts('requireTextContains', 'TEXT_CONTAINS', 1, args);
  }
  requireTextDoesNotContain(...args: unknown[]): GasBuilder {
    return this.texts('requireTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', 1, args);
  }
  requireTextEqualTo(...args: unknown[]): GasBuilder {
    return this.texts('requireTextEqualTo', 'TEXT_EQUAL_TO', 1, args);
  }
  requireTextIsEmail(...args: unknown[]): GasBuilder {
    return this.set('requireTextIsEmail', args, 'TEXT_IS_VALID_EMAIL', [], (a) => a.length === 0);
  }
  requireTextIsUrl(...args: unknown[]): GasBuilder {
    return this.set('requireTextIsUrl', args, 'TEXT_IS_VALID_URL', [], (a) => a.length === 0);
  }
  requireValueInList(...args: unknown[]): GasBuilder {
    const ok = (a: unknown[]): boolean =>
      (a.length === 1 || (a.length === 2 && typeof a[1] === 'boolean')) && Array.isArray(a[0]);
    if (!ok(args)) throw signatureError(SERVICE, CLASS, 'requireValueInList', args);
    // D-03: entries are stringified; showDropdown defaults to true.
    const list = (args[0] as unknown[]).map((v) => String(v));
    return this.set('requireValueInList', args, 'VALUE_IN_LIST', [list, args.length === 2 ? args[1] : true], () => true);
  }
  requireValueInRange(...args: unknown[]): GasBuilder {
    const range = this.hub.unwrap(args[0], RangeImpl);
    if (!range || args.length > 2 || (args.length === 2 && typeof args[1] !== 'boolean')) {
      throw signatureError(SERVICE, CLASS, 'requireValueInRange', args);
    }
    const arg: RangeArg = { $range: { sheetId: range.sheet.id, rect: { ...range.rect }, shape: range.shape } };
    return this.set('requireValueInRange', args, 'VALUE_IN_RANGE', [arg, args.length === 2 ? args[1] : true], () => true);
  }
  setAllowInvalid(...args: unknown[]): GasBuilder {
    if (args.length !== 1 || typeof args[0] !== 'boolean') throw signatureError(SERVICE, CLASS, 'setAllowInvalid', args);
    this.data.allowInvalid = args[0];
    return this.self;
  }
  setHelpText(...args: unknown[]): GasBuilder {
    if (args.length !== 1 || typeof args[0] !== 'string') throw signatureError(SERVICE, CLASS, 'setHelpText', args);
    this.data.helpText = args[0];
    return this.self;
  }
  withCriteria(...args: unknown[]): GasBuilder {
    if (args.length !== 2 || !isEnumOf(args[0], 'DataValidationCriteria') || !Array.isArray(args[1])) {
      throw signatureError(SERVICE, CLASS, 'withCriteria', args);
    }
    const values = (args[1] as unknown[]).map((v) => {
      const range = this.hub.unwrap(v, RangeImpl);
      if (range) return { $range: { sheetId: range.sheet.id, rect: { ...range.rect }, shape: range.shape } } as RangeArg;
      return isDate(v) ? new Date(v.getTime()) : v;
    });
    this.data.criteria = (args[0] as EnumValue).toString();
    this.data.args = values;
    return this.self;
  }
  toString(): string {
    return 'DataValidationBuilder';
  }
}

/** A built rule (D-02). */
export class DataValidationImpl
  implements Pick<GasRule, 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'>
{
  self!: GasRule;
  constructor(
    private readonly hub: Hub,
    readonly data: DataValidationData,
  ) {}

  get __impl(): this {
    return this;
  }

  /** Create a wrapped rule. */
  static create(hub: Hub, data: DataValidationData): GasRule {
    const impl = new DataValidationImpl(hub, data);
    impl.self = hub.wrap(impl, 'DataValidation') as unknown as GasRule;
    return impl.self;
  }

  copy(): GasBuilder {
    return DataValidationBuilderImpl.create(this.hub, this.data);
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return (this.data.criteria ? DataValidationCriteria[this.data.criteria] : null) as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return publicArgs(this.hub, this.data);
  }
  getHelpText(): string {
    return this.data.helpText as string;
  }
  toString(): string {
    return 'DataValidation';
  }
}

/** The rule data behind a DataValidation argument, or throws the signature error. */
export function ruleDataOf(hub: Hub, value: unknown, method: string): DataValidationData | null {
  if (value === null) return null;
  const impl = hub.unwrap(value, DataValidationImpl);
  if (!impl) throw signatureError(SERVICE, 'Range', method, [value]);
  if (impl.data.criteria === null) throw new ServiceException('Data validation rule has no criteria.'); // UNVERIFIED text
  return impl.data;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(:\d+)?(\/\S*)?$/i;

/** Everything validation needs to know about the cell being checked. */
export interface CheckTarget {
  hub: Hub;
  sheet: SheetModel;
  row: number;
  col: number;
  offRow: number;
  offCol: number;
  /** The new value (computed) and the cell's number format. */
  value: ComputedValue;
  format: string | undefined;
}

function daySerial(d: unknown, tz: string): number {
  return Math.floor(dateToSerial(d as Date, tz));
}

/** Whether a value satisfies a rule (used for a person's edits; scripts bypass validation, D-14). Blank always passes. */
export function valueSatisfies(rule: DataValidationData, t: CheckTarget): boolean {
  const v = t.value;
  if (v === null || v === '') return true;
  if (v instanceof ErrorValue) return false;
  const book = t.sheet.book;
  const display = formatValue(v, t.format, book.locale);
  const a = rule.args;
  const tz = book.timeZone;
  const isDateValue = typeof v === 'number' && isDateFormat(t.format);
  const day = typeof v === 'number' ? Math.floor(v) : NaN;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return (a[0] as string[]).includes(display);
    case 'VALUE_IN_RANGE': {
      const { sheetId, rect } = (a[0] as RangeArg).$range;
      const src = book.sheetById(sheetId);
      if (!src) return false;
      for (let r = rect.row; r < rect.row + rect.numRows; r++) {
        for (let c = rect.col; c < rect.col + rect.numCols; c++) if (readDisplayValue(book, src, r, c) === display) return true;
      }
      return false;
    }
    case 'CHECKBOX': {
      if (a.length === 0) return v === true || v === false;
      const checked = a[0];
      const unchecked = a.length > 1 ? a[1] : undefined;
      const same = (x: unknown): boolean => x !== undefined && (x === v || String(x) === display);
      return same(checked) || same(unchecked);
    }
    case 'DATE_IS_VALID_DATE':
      return isDateValue;
    case 'DATE_AFTER':
      return isDateValue && day > daySerial(a[0], tz);
    case 'DATE_BEFORE':
      return isDateValue && day < daySerial(a[0], tz);
    case 'DATE_ON_OR_AFTER':
      return isDateValue && day >= daySerial(a[0], tz);
    case 'DATE_ON_OR_BEFORE':
      return isDateValue && day <= daySerial(a[0], tz);
    case 'DATE_EQUAL_TO':
      return isDateValue && day === daySerial(a[0], tz);
    case 'DATE_BETWEEN':
      return isDateValue && day >= daySerial(a[0], tz) && day <= daySerial(a[1], tz);
    case 'DATE_NOT_BETWEEN':
      return isDateValue && (day < daySerial(a[0], tz) || day > daySerial(a[1], tz));
    case 'NUMBER_BETWEEN':
      return typeof v === 'number' && v >= (a[0] as number) && v <= (a[1] as number);
    case 'NUMBER_NOT_BETWEEN':
      return typeof v === 'number' && (v < (a[0] as number) || v > (a[1] as number));
    case 'NUMBER_EQUAL_TO':
      return typeof v === 'number' && v === a[0];
    case 'NUMBER_NOT_EQUAL_TO':
      return typeof v === 'number' && v !== a[0];
    case 'NUMBER_GREATER_THAN':
      return typeof v === 'number' && v > (a[0] as number);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return typeof v === 'number' && v >= (a[0] as number);
    case 'NUMBER_LESS_THAN':
      return typeof v === 'number' && v < (a[0] as number);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return typeof v === 'number' && v <= (a[0] as number);
    // Text comparisons are case-insensitive (UNVERIFIED choice).
    case 'TEXT_CONTAINS':
      return display.toLowerCase().includes(String(a[0]).toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN':
      return !display.toLowerCase().includes(String(a[0]).toLowerCase());
    case 'TEXT_EQUAL_TO':
      return display.toLowerCase() === String(a[0]).toLowerCase();
    case 'TEXT_IS_VALID_EMAIL':
      return EMAIL.test(display);
    case 'TEXT_IS_VALID_URL':
      return URL_RE.test(display);
    case 'CUSTOM_FORMULA': {
      const formula = String(a[0]);
      const f = formula.startsWith('=') ? formula : `=${formula}`;
      return book.engine.isSatisfiedAt(f, t.sheet, t.row - t.offRow, t.col - t.offCol, t.row, t.col);
    }
    default:
      return true;
  }
}

/** The message a person sees when an edit is rejected. */
export function rejectionMessage(rule: DataValidationData, a1: string): string {
  if (rule.helpText) return rule.helpText;
  const generic: Record<string, string> = {
    VALUE_IN_LIST: 'Input must be an item on the specified list',
    VALUE_IN_RANGE: 'Input must be an item in the specified range',
    CHECKBOX: 'Input must be a checkbox value',
    CUSTOM_FORMULA: 'Input must satisfy the custom formula',
    TEXT_IS_VALID_EMAIL: 'Input must be a valid email address',
    TEXT_IS_VALID_URL: 'Input must be a valid URL',
  };
  const text = generic[rule.criteria ?? ''] ?? 'Input must fall within the specified range';
  return `There was a problem: the data you entered in cell ${a1} violates the data validation rules set on this cell. ${text}.`;
}
