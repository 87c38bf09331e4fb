/** Conditional formatting (section 5): the rule builder, built rules, and evaluating rules for a cell (first match wins). */

import { isDate } from '../core/context';
import { signatureError } from '../core/errors';
import { containsCell } from './a1-notation';
import { ComputedValue, ErrorValue } from './cell-model';
import { normalizeColor } from './colors';
import { BooleanCriteria, ColorType, EnumValue, InterpolationType, isEnumOf } from './enums';
import type { Hub } from './hub';
import type { SheetModel, SheetRect } from './model';
import { formatValue, isDateFormat } from './number-format';
import { RangeImpl } from './range';
import { dateToSerial } from './time-zone';

type GasBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GasRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GasCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;

/** The format a matching rule applies; null/undefined fields leave the cell's own format. */
export interface CfFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}

/** One point of a gradient (a colour scale): its colour and where it sits (an InterpolationType and its value). */
export interface CfGradientPoint {
  color: string;
  type: 'NUMBER' | 'PERCENT' | 'PERCENTILE' | 'MIN' | 'MAX';
  value: string;
}

/** A gradient rule's points (see ConditionalFormatRuleBuilder.setGradient*, https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder): min and max always, mid when set. */
export interface CfGradient {
  min?: CfGradientPoint;
  mid?: CfGradientPoint;
  max?: CfGradientPoint;
}

/** A conditional format rule as a sheet stores it: a boolean condition (criteria) or a gradient. */
export interface CfRuleData {
  ranges: SheetRect[];
  criteria: string | null;
  args: unknown[];
  format: CfFormat;
  gradient?: CfGradient | null;
}

const SERVICE = 'SpreadsheetApp';
const CLASS = 'ConditionalFormatRuleBuilder';

/** A deep copy of rule data (C-03: getConditionalFormatRules returns copies). */
export function copyCfRule(d: CfRuleData): CfRuleData {
  return {
    ranges: d.ranges.map((r) => ({ sheetId: r.sheetId, rect: { ...r.rect }, shape: r.shape })),
    criteria: d.criteria,
    args: d.args.map((a) => (isDate(a) ? new Date(a.getTime()) : a)),
    format: { ...d.format },
    gradient: copyGradient(d.gradient),
  };
}

/** A deep copy of a gradient (null when there is none). */
export function copyGradient(g: CfGradient | null | undefined): CfGradient | null {
  if (!g) return null;
  const out: CfGradient = {};
  for (const key of ['min', 'mid', 'max'] as const) if (g[key]) out[key] = { ...g[key]! };
  return out;
}

function findSheet(hub: Hub, sheetId: number): SheetModel | undefined {
  for (const book of hub.books.values()) {
    const s = book.sheetById(sheetId);
    if (s) return s;
  }
  return undefined;
}

function colorObject(hub: Hub, hex: string | null | undefined): GoogleAppsScript.Spreadsheet.Color | null {
  if (!hex) return null;
  const rgb = hub.wrap(
    {
      asHexString: () => hex,
      getRed: () => parseInt(hex.slice(1, 3), 16),
      getGreen: () => parseInt(hex.slice(3, 5), 16),
      getBlue: () => parseInt(hex.slice(5, 7), 16),
      getColorType: () => ColorType.RGB,
      toString: () => 'RgbColor',
    },
    'RgbColor',
  );
  return hub.wrap({ asRgbColor: () => rgb, getColorType: () => ColorType.RGB, toString: () => 'Color' }, 'Color') as unknown as GoogleAppsScript.Spreadsheet.Color;
}

function publicArgs(d: CfRuleData): unknown[] {
  return d.args.map((a) => (isDate(a) ? new Date(a.getTime()) : a));
}

/** SpreadsheetApp.newConditionalFormatRule() (C-01..C-06). */
export class CfRuleBuilderImpl
  implements
    Pick<
      GasBuilder,
      | 'build' | 'copy' | 'getBooleanCondition' | 'getRanges' | 'setBackground' | 'setBold' | 'setFontColor' | 'setItalic'
      | 'setRanges' | 'setStrikethrough' | 'setUnderline' | 'whenCellEmpty' | 'whenCellNotEmpty' | 'whenDateAfter'
      | 'whenDateBefore' | 'whenDateEqualTo' | 'whenFormulaSatisfied' | 'whenNumberBetween' | 'whenNumberEqualTo'
      | 'whenNumberGreaterThan' | 'whenNumberGreaterThanOrEqualTo' | 'whenNumberLessThan' | 'whenNumberLessThanOrEqualTo'
      | 'whenNumberNotBetween' | 'whenNumberNotEqualTo' | 'whenTextContains' | 'whenTextDoesNotContain' | 'whenTextEndsWith'
      | 'whenTextEqualTo' | 'whenTextStartsWith' | 'withCriteria' | 'getGradientCondition' | 'setGradientMaxpoint'
      | 'setGradientMaxpointWithValue' | 'setGradientMidpointWithValue' | 'setGradientMinpoint' | 'setGradientMinpointWithValue'
    >
{
  self!: GasBuilder;
  constructor(
    private readonly hub: Hub,
    readonly data: CfRuleData,
  ) {}

  get __impl(): this {
    return this;
  }

  /** A wrapped builder over a copy of `data`. */
  static create(hub: Hub, data?: CfRuleData): GasBuilder {
    const impl = new CfRuleBuilderImpl(hub, data ? copyCfRule(data) : { ranges: [], criteria: null, args: [], format: {} });
    impl.self = hub.wrap(impl, 'ConditionalFormatRuleBuilder') as unknown as GasBuilder;
    return impl.self;
  }

  private when(method: string, args: unknown[], criteria: string, check: (a: unknown[]) => boolean): GasBuilder {
    if (!check(args)) throw signatureError(SERVICE, CLASS, method, args);
    this.data.gradient = null; // a rule is a boolean condition or a gradient, never both
    this.data.criteria = criteria;
    this.data.args = args.map((a) => (isDate(a) ? new Date(a.getTime()) : a));
    return this.self;
  }

  private nums(method: string, criteria: string, n: number, args: unknown[]): GasBuilder {
    return this.when(method, args, criteria, (a) => a.length === n && a.every((x) => typeof x === 'number'));
  }

  private text(method: string, criteria: string, args: unknown[]): GasBuilder {
    return this.when(method, args, criteria, (a) => a.length === 1 && typeof a[0] === 'string');
  }

  private date(method: string, criteria: string, args: unknown[]): GasBuilder {
    if (args.length === 1 && isEnumOf(args[0], 'RelativeDate')) {
      return this.when(method, args, `${criteria}_RELATIVE`, () => true);
    }
    return this.when(method, args, criteria, (a) => a.length === 1 && isDate(a[0]));
  }

  private fmt<K extends keyof CfFormat>(method: string, key: K, args: unknown[], kind: 'color' | 'boolean'): GasBuilder {
    const v = args[0];
    if (args.length !== 1 || (v !== null && typeof v !== (kind === 'color' ? 'string' : 'boolean'))) {
      throw signatureError(SERVICE, CLASS, method, args);
    }
    if (kind === 'color' && typeof v === 'string') {
      const hex = normalizeColor(v);
      if (hex === undefined) return this.self; // ignored, not thrown
      this.data.format[key] = hex as CfFormat[K];
    } else {
      this.data.format[key] = v as CfFormat[K];
    }
    return this.self;
  }

  build(): GasRule {
    return CfRuleImpl.create(this.hub, copyCfRule(this.data));
  }
  copy(): GasBuilder {
    return CfRuleBuilderImpl.create(this.hub, this.data);
  }
  getBooleanCondition(): GasCondition {
    return BooleanConditionImpl.create(this.hub, this.data) as GasCondition;
  }
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition {
    return GradientConditionImpl.create(this.hub, this.data) as GoogleAppsScript.Spreadsheet.GradientCondition;
  }
  /**
   * Sets one gradient point: `color` a CSS colour (an unknown one is ignored, as setBackground's
   * is), `type` an InterpolationType, `value` a string (a number for NUMBER, PERCENT and PERCENTILE).
   * The rule becomes a gradient: its boolean condition is cleared.
   */
  private point(method: string, key: keyof CfGradient, args: unknown[], fixed?: 'MIN' | 'MAX'): GasBuilder {
    const [color, type, value] = args;
    const valid = fixed
      ? args.length === 1 && typeof color === 'string'
      : args.length === 3 && typeof color === 'string' && isEnumOf(type, 'InterpolationType') && typeof value === 'string';
    if (!valid) throw signatureError(SERVICE, CLASS, method, args);
    const hex = normalizeColor(color as string);
    const kind = (fixed ?? (type as EnumValue).toString()) as CfGradientPoint['type'];
    if (kind !== 'MIN' && kind !== 'MAX' && !Number.isFinite(Number(value))) throw signatureError(SERVICE, CLASS, method, args);
    this.data.criteria = null;
    this.data.args = [];
    this.data.gradient = this.data.gradient ?? {};
    if (hex !== undefined) this.data.gradient[key] = { color: hex, type: kind, value: fixed ? '' : (value as string) };
    return this.self;
  }
  setGradientMaxpoint(...args: unknown[]): GasBuilder {
    return this.point('setGradientMaxpoint', 'max', args, 'MAX');
  }
  setGradientMaxpointWithValue(...args: unknown[]): GasBuilder {
    return this.point('setGradientMaxpointWithValue', 'max', args);
  }
  setGradientMidpointWithValue(...args: unknown[]): GasBuilder {
    return this.point('setGradientMidpointWithValue', 'mid', args);
  }
  setGradientMinpoint(...args: unknown[]): GasBuilder {
    return this.point('setGradientMinpoint', 'min', args, 'MIN');
  }
  setGradientMinpointWithValue(...args: unknown[]): GasBuilder {
    return this.point('setGradientMinpointWithValue', 'min', args);
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this.hub, this.data);
  }
  setBackground(...args: unknown[]): GasBuilder {
    return this.fmt('setBackground', 'background', args, 'color');
  }
  setFontColor(...args: unknown[]): GasBuilder {
    return this.fmt('setFontColor', 'fontColor', args, 'color');
  }
  setBold(...args: unknown[]): GasBuilder {
    return this.fmt('setBold', 'bold', args, 'boolean');
  }
  setItalic(...args: unknown[]): GasBuilder {
    return this.fmt('setItalic', 'italic', args, 'boolean');
  }
  setStrikethrough(...args: unknown[]): GasBuilder {
    return this.fmt('setStrikethrough', 'strikethrough', args, 'boolean');
  }
  setUnderline(...args: unknown[]): GasBuilder {
    return this.fmt('setUnderline', 'underline', args, 'boolean');
  }
  setRanges(...args: unknown[]): GasBuilder {
    const list = args[0];
    if (args.length !== 1 || !Array.isArray(list)) throw signatureError(SERVICE, CLASS, 'setRanges', args);
    const ranges: SheetRect[] = [];
    for (const r of list) {
      const impl = this.hub.unwrap(r, RangeImpl);
      if (!impl) throw signatureError(SERVICE, CLASS, 'setRanges', args);
      ranges.push({ sheetId: impl.sheet.id, rect: { ...impl.rect }, shape: impl.shape });
    }
    this.data.ranges = ranges; // C-02: replaces; [] clears
    return this.self;
  }
  whenCellEmpty(...args: unknown[]): GasBuilder {
    return this.when('whenCellEmpty', args, 'CELL_EMPTY', (a) => a.length === 0);
  }
  whenCellNotEmpty(...args: unknown[]): GasBuilder {
    return this.when('whenCellNotEmpty', args, 'CELL_NOT_EMPTY', (a) => a.length === 0);
  }
  whenDateAfter(...args: unknown[]): GasBuilder {
    return this.date('whenDateAfter', 'DATE_AFTER', args);
  }
  whenDateBefore(...args: unknown[]): GasBuilder {
    return this.date('whenDateBefore', 'DATE_BEFORE', args);
  }
  whenDateEqualTo(...args: unknown[]): GasBuilder {
    return this.date('whenDateEqualTo', 'DATE_EQUAL_TO', args);
  }
  whenFormulaSatisfied(...args: unknown[]): GasBuilder {
    return this.text('whenFormulaSatisfied', 'CUSTOM_FORMULA', args);
  }
  whenNumberBetween(...args: unknown[]): GasBuilder {
    return this.nums('whenNumberBetween', 'NUMBER_BETWEEN', 2, args);
  }
  whenNumberEqualTo(...args: unknown[]): GasBuilder {
    return this.nums('whenNumberEqualTo', 'NUMBER_EQUAL_TO', 1, args);
  }
  whenNumberGreaterThan(...args: unknown[]): GasBuilder {
    return this.nums('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', 1, args);
  }
  whenNumberGreaterThanOrEqualTo(...args: unknown[]): GasBuilder {
    return this.nums('whenNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 1, args);
  }
  whenNumberLessThan(...args: unknown[]): GasBuilder {
    return this.nums('whenNumberLessThan', 'NUMBER_LESS_THAN', 1, args);
  }
  whenNumberLessThanOrEqualTo(...args: unknown[]): GasBuilder {
    return this.nums('whenNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 1, args);
  }
  whenNumberNotBetween(...args: unknown[]): GasBuilder {
    return this.nums('whenNumberNotBetween', 'NUMBER_NOT_BETWEEN', 2, args);
  }
  whenNumberNotEqualTo(...args: unknown[]): GasBuilder {
    return this.nums('whenNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', 1, args);
  }
  whenTextContains(...args: unknown[]): GasBuilder {
    return this.text('whenTextContains', 'TEXT_CONTAINS', args);
  }
  whenTextDoesNotContain(...args: unknown[]): GasBuilder {
    return this.text('whenTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', args);
  }
  whenTextEndsWith(...args: unknown[]): GasBuilder {
    return this.text('whenTextEndsWith', 'TEXT_ENDS_WITH', args);
  }
  whenTextEqualTo(...args: unknown[]): GasBuilder {
    return this.text('whenTextEqualTo', 'TEXT_EQUAL_TO', args);
  }
  whenTextStartsWith(...args: unknown[]): GasBuilder {
    return this.text('whenTextStartsWith', 'TEXT_STARTS_WITH', args);
  }
  withCriteria(...args: unknown[]): GasBuilder {
    if (args.length !== 2 || !isEnumOf(args[0], 'BooleanCriteria') || !Array.isArray(args[1])) {
      throw signatureError(SERVICE, CLASS, 'withCriteria', args);
    }
    this.data.gradient = null;
    this.data.criteria = (args[0] as EnumValue).toString();
    this.data.args = (args[1] as unknown[]).map((a) => (isDate(a) ? new Date(a.getTime()) : a));
    return this.self;
  }
  toString(): string {
    return 'ConditionalFormatRuleBuilder';
  }
}

function rangesOf(hub: Hub, d: CfRuleData): GoogleAppsScript.Spreadsheet.Range[] {
  const out: GoogleAppsScript.Spreadsheet.Range[] = [];
  for (const r of d.ranges) {
    const sheet = findSheet(hub, r.sheetId);
    if (sheet) out.push(hub.range(sheet, r.rect, r.shape));
  }
  return out;
}

/** A built rule. */
export class CfRuleImpl implements Pick<GasRule, 'copy' | 'getBooleanCondition' | 'getRanges' | 'getGradientCondition'> {
  self!: GasRule;
  constructor(
    private readonly hub: Hub,
    readonly data: CfRuleData,
  ) {}

  get __impl(): this {
    return this;
  }

  /** A wrapped rule. */
  static create(hub: Hub, data: CfRuleData): GasRule {
    const impl = new CfRuleImpl(hub, data);
    impl.self = hub.wrap(impl, 'ConditionalFormatRule') as unknown as GasRule;
    return impl.self;
  }

  copy(): GasBuilder {
    return CfRuleBuilderImpl.create(this.hub, this.data);
  }
  getBooleanCondition(): GasCondition {
    return BooleanConditionImpl.create(this.hub, this.data) as GasCondition;
  }
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition {
    return GradientConditionImpl.create(this.hub, this.data) as GoogleAppsScript.Spreadsheet.GradientCondition;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this.hub, this.data);
  }
  toString(): string {
    return 'ConditionalFormatRule';
  }
}

/** The boolean condition of a rule (C-04). */
export class BooleanConditionImpl
  implements
    Pick<
      GasCondition,
      | 'getBackground' | 'getBold' | 'getCriteriaType' | 'getCriteriaValues' | 'getFontColor' | 'getItalic'
      | 'getStrikethrough' | 'getUnderline'
    >
{
  constructor(
    private readonly hub: Hub,
    private readonly data: CfRuleData,
  ) {}

  /** A wrapped condition over a snapshot of `data`, or null when the rule has no boolean criteria. */
  static create(hub: Hub, data: CfRuleData): GasCondition | null {
    if (data.criteria === null) return null;
    return hub.wrap(new BooleanConditionImpl(hub, copyCfRule(data)), 'ConditionalFormatBooleanCondition') as unknown as GasCondition;
  }

  getBackground(): string {
    return (this.data.format.background ?? null) as string;
  }
  getBackgroundObject(): GoogleAppsScript.Spreadsheet.Color {
    return colorObject(this.hub, this.data.format.background) as GoogleAppsScript.Spreadsheet.Color;
  }
  getBold(): boolean {
    return (this.data.format.bold ?? null) as boolean;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return BooleanCriteria[this.data.criteria as string] as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  getCriteriaValues(): unknown[] {
    return publicArgs(this.data);
  }
  getFontColor(): string {
    return (this.data.format.fontColor ?? null) as string;
  }
  getFontColorObject(): GoogleAppsScript.Spreadsheet.Color {
    return colorObject(this.hub, this.data.format.fontColor) as GoogleAppsScript.Spreadsheet.Color;
  }
  getItalic(): boolean {
    return (this.data.format.italic ?? null) as boolean;
  }
  getStrikethrough(): boolean {
    return (this.data.format.strikethrough ?? null) as boolean;
  }
  getUnderline(): boolean {
    return (this.data.format.underline ?? null) as boolean;
  }
  toString(): string {
    return 'ConditionalFormatBooleanCondition';
  }
}

type GasGradient = GoogleAppsScript.Spreadsheet.GradientCondition;

/** The gradient condition of a rule (https://developers.google.com/apps-script/reference/spreadsheet/gradient-condition): each point's colour, InterpolationType and value. */
export class GradientConditionImpl
  implements
    Pick<
      GasGradient,
      | 'getMaxColor' | 'getMaxType' | 'getMaxValue' | 'getMidColor' | 'getMidType' | 'getMidValue' | 'getMinColor'
      | 'getMinType' | 'getMinValue'
    >
{
  constructor(
    private readonly hub: Hub,
    private readonly gradient: CfGradient,
  ) {}

  /** A wrapped condition over a snapshot of `data`'s gradient, or null when the rule is not a gradient. */
  static create(hub: Hub, data: CfRuleData): GasGradient | null {
    if (!data.gradient) return null;
    return hub.wrap(new GradientConditionImpl(hub, copyGradient(data.gradient)!), 'GradientCondition') as unknown as GasGradient;
  }

  private color(key: keyof CfGradient): GoogleAppsScript.Spreadsheet.Color {
    return colorObject(this.hub, this.gradient[key]?.color) as GoogleAppsScript.Spreadsheet.Color;
  }
  private type(key: keyof CfGradient): GoogleAppsScript.Spreadsheet.InterpolationType {
    const point = this.gradient[key];
    return (point ? InterpolationType[point.type] : null) as unknown as GoogleAppsScript.Spreadsheet.InterpolationType;
  }
  private value(key: keyof CfGradient): string {
    return this.gradient[key]?.value ?? '';
  }
  getMaxColor(): string {
    return this.gradient.max?.color ?? '';
  }
  getMaxColorObject(): GoogleAppsScript.Spreadsheet.Color {
    return this.color('max');
  }
  getMaxType(): GoogleAppsScript.Spreadsheet.InterpolationType {
    return this.type('max');
  }
  getMaxValue(): string {
    return this.value('max');
  }
  getMidColor(): string {
    return this.gradient.mid?.color ?? '';
  }
  getMidColorObject(): GoogleAppsScript.Spreadsheet.Color {
    return this.color('mid');
  }
  getMidType(): GoogleAppsScript.Spreadsheet.InterpolationType {
    return this.type('mid');
  }
  getMidValue(): string {
    return this.value('mid');
  }
  getMinColor(): string {
    return this.gradient.min?.color ?? '';
  }
  getMinColorObject(): GoogleAppsScript.Spreadsheet.Color {
    return this.color('min');
  }
  getMinType(): GoogleAppsScript.Spreadsheet.InterpolationType {
    return this.type('min');
  }
  getMinValue(): string {
    return this.value('min');
  }
  toString(): string {
    return 'GradientCondition';
  }
}

/** The numbers in a rule's ranges on `sheet` (what MIN, MAX, PERCENT and PERCENTILE points are read against). */
function numbersInRanges(rule: CfRuleData, sheet: SheetModel): number[] {
  const out: number[] = [];
  for (const r of rule.ranges) {
    if (r.sheetId !== sheet.id) continue;
    const lastRow = Math.min(r.rect.row + r.rect.numRows - 1, sheet.maxRows);
    const lastCol = Math.min(r.rect.col + r.rect.numCols - 1, sheet.maxCols);
    for (let row = r.rect.row; row <= lastRow; row++) {
      for (let col = r.rect.col; col <= lastCol; col++) {
        const value = sheet.book.engine.cellValue(sheet, row, col);
        if (typeof value === 'number') out.push(value);
      }
    }
  }
  return out;
}

/** Where a gradient point sits, as a number, given the sorted numbers of the rule's ranges. */
function pointValue(point: CfGradientPoint, sorted: readonly number[]): number {
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const n = Number(point.value);
  switch (point.type) {
    case 'MIN':
      return min;
    case 'MAX':
      return max;
    case 'PERCENT':
      return min + ((max - min) * n) / 100;
    case 'PERCENTILE': {
      const at = ((sorted.length - 1) * Math.max(0, Math.min(100, n))) / 100;
      const low = Math.floor(at);
      return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
    }
    default:
      return n;
  }
}

/** `from` → `to` at `t` (0..1), channel by channel, rounded: the colour between two gradient points. */
function mixColors(from: string, to: string, t: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const parts = [0, 1, 2].map((i) => Math.round(channel(from, i) + (channel(to, i) - channel(from, i)) * t));
  return `#${parts.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The background a gradient rule gives a number: the colour of the points interpolated in RGB
 * between the two points around it; below the first point its colour, above the last its colour.
 * Points default to the range's minimum (white) and maximum (white) when unset.
 */
export function gradientColor(rule: CfRuleData, sheet: SheetModel, value: number): string | null {
  const gradient = rule.gradient!;
  const sorted = numbersInRanges(rule, sheet).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const points = (['min', 'mid', 'max'] as const)
    .map((key) => gradient[key] ?? (key === 'mid' ? undefined : { color: '#ffffff', type: key === 'min' ? 'MIN' : 'MAX', value: '' }))
    .filter((point): point is CfGradientPoint => point !== undefined)
    .map((point) => ({ color: point.color, at: pointValue(point, sorted) }));
  if (value <= points[0].at) return points[0].color;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    if (value <= b.at) return b.at === a.at ? b.color : mixColors(a.color, b.color, (value - a.at) / (b.at - a.at));
  }
  return points[points.length - 1].color;
}

function relativeDay(name: string, today: number): [number, number] {
  switch (name) {
    case 'TOMORROW':
      return [today + 1, today + 1];
    case 'YESTERDAY':
      return [today - 1, today - 1];
    case 'PAST_WEEK':
      return [today - 7, today];
    case 'PAST_MONTH':
      return [today - 30, today];
    case 'PAST_YEAR':
      return [today - 365, today];
    default:
      return [today, today];
  }
}

function conditionHolds(rule: CfRuleData, sheet: SheetModel, row: number, col: number, value: ComputedValue, format: string | undefined): boolean {
  const book = sheet.book;
  const empty = value === null || value === '';
  const a = rule.args;
  const display = (): string => formatValue(value, format, book.locale).toLowerCase();
  const num = typeof value === 'number' ? value : null;
  switch (rule.criteria) {
    case 'CELL_EMPTY':
      return empty;
    case 'CELL_NOT_EMPTY':
      return !empty;
    // Text conditions compare case-insensitively (UNVERIFIED choice, as Sheets' text comparisons do).
    case 'TEXT_CONTAINS':
      return !empty && display().includes(String(a[0]).toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN':
      return !display().includes(String(a[0]).toLowerCase());
    case 'TEXT_STARTS_WITH':
      return !empty && display().startsWith(String(a[0]).toLowerCase());
    case 'TEXT_ENDS_WITH':
      return !empty && display().endsWith(String(a[0]).toLowerCase());
    case 'TEXT_EQUAL_TO':
      return display() === String(a[0]).toLowerCase();
    case 'NUMBER_GREATER_THAN':
      return num !== null && num > Number(a[0]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num !== null && num >= Number(a[0]);
    case 'NUMBER_LESS_THAN':
      return num !== null && num < Number(a[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num !== null && num <= Number(a[0]);
    case 'NUMBER_EQUAL_TO':
      return num !== null && num === Number(a[0]);
    case 'NUMBER_NOT_EQUAL_TO':
      return num === null ? !empty : num !== Number(a[0]);
    case 'NUMBER_BETWEEN':
      return num !== null && num >= Math.min(Number(a[0]), Number(a[1])) && num <= Math.max(Number(a[0]), Number(a[1]));
    case 'NUMBER_NOT_BETWEEN':
      return num !== null && (num < Math.min(Number(a[0]), Number(a[1])) || num > Math.max(Number(a[0]), Number(a[1])));
    case 'DATE_AFTER':
    case 'DATE_BEFORE':
    case 'DATE_EQUAL_TO':
    case 'DATE_AFTER_RELATIVE':
    case 'DATE_BEFORE_RELATIVE':
    case 'DATE_EQUAL_TO_RELATIVE': {
      if (num === null || !isDateFormat(format)) return false;
      const day = Math.floor(num);
      let lo: number;
      let hi: number;
      if (rule.criteria.endsWith('_RELATIVE')) {
        const today = Math.floor(dateToSerial(book.now(), book.timeZone));
        [lo, hi] = relativeDay(String(a[0]), today);
      } else {
        lo = hi = Math.floor(dateToSerial(a[0] as Date, book.timeZone));
      }
      if (rule.criteria.startsWith('DATE_AFTER')) return day > hi;
      if (rule.criteria.startsWith('DATE_BEFORE')) return day < lo;
      return day >= lo && day <= hi;
    }
    case 'CUSTOM_FORMULA': {
      const anchor = rule.ranges[0].rect;
      const text = String(a[0]);
      const formula = text.startsWith('=') ? text : `=${text}`;
      return book.engine.isSatisfiedAt(formula, sheet, anchor.row, anchor.col, row, col);
    }
    default:
      return false;
  }
}

/**
 * The conditional format Sheets shows for a cell: the format of the FIRST rule (in list order) whose
 * ranges contain the cell and whose condition holds (C-03, C-07; lower matching rules do not merge: UNVERIFIED).
 */
export function conditionalFormatAt(
  sheet: SheetModel,
  row: number,
  col: number,
  value: ComputedValue,
  format: string | undefined,
): CfFormat | null {
  for (const rule of sheet.cfRules) {
    if (!rule.ranges.some((r) => r.sheetId === sheet.id && containsCell(r.rect, row, col))) continue;
    if (value instanceof ErrorValue && rule.criteria !== 'CUSTOM_FORMULA') continue;
    if (rule.gradient) {
      const background = typeof value === 'number' ? gradientColor(rule, sheet, value) : null;
      if (background) return { background };
      continue;
    }
    if (conditionHolds(rule, sheet, row, col, value, format)) return rule.format;
  }
  return null;
}
