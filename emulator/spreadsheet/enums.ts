/** SpreadsheetApp enums whose members are shared objects that stringify to their names. */

/** One enum member: `String(x) === x.toString() === x.name()`; compared by identity. */
export class EnumValue {
  constructor(
    readonly enumName: string,
    private readonly memberName: string,
    private readonly index: number,
  ) {
    Object.freeze(this);
  }
  toString(): string {
    return this.memberName;
  }
  toJSON(): string {
    return this.memberName;
  }
  name(): string {
    return this.memberName;
  }
  ordinal(): number {
    return this.index;
  }
}

const registry = new Map<string, Record<string, EnumValue>>();

function makeEnum(enumName: string, members: string[]): Record<string, EnumValue> {
  const out: Record<string, EnumValue> = {};
  members.forEach((m, i) => {
    out[m] = new EnumValue(enumName, m, i);
  });
  Object.freeze(out);
  registry.set(enumName, out);
  return out;
}

/** The SpreadsheetApp enums, members in reference order. */
export const DataValidationCriteria = makeEnum('DataValidationCriteria', [
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
]);
export const BooleanCriteria = makeEnum('BooleanCriteria', [
  'CELL_EMPTY', 'CELL_NOT_EMPTY', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_EQUAL_TO', 'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE', 'DATE_EQUAL_TO_RELATIVE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH', 'CUSTOM_FORMULA',
]);
export const ProtectionType = makeEnum('ProtectionType', ['RANGE', 'SHEET']);
export const WrapStrategy = makeEnum('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP']);
export const BorderStyle = makeEnum('BorderStyle', ['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE']);
export const RelativeDate = makeEnum('RelativeDate', ['TODAY', 'TOMORROW', 'YESTERDAY', 'PAST_WEEK', 'PAST_MONTH', 'PAST_YEAR']);
export const SheetType = makeEnum('SheetType', ['GRID', 'OBJECT', 'DATASOURCE']);
export const SortOrder = makeEnum('SortOrder', ['ASCENDING', 'DESCENDING']);
export const Dimension = makeEnum('Dimension', ['COLUMNS', 'ROWS']);
export const Direction = makeEnum('Direction', ['UP', 'DOWN', 'PREVIOUS', 'NEXT']);
export const TextDirection = makeEnum('TextDirection', ['LEFT_TO_RIGHT', 'RIGHT_TO_LEFT']);
export const ColorType = makeEnum('ColorType', ['UNSUPPORTED', 'RGB', 'THEME']);
export const InterpolationType = makeEnum('InterpolationType', ['NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX']);
export const CopyPasteType = makeEnum('CopyPasteType', [
  'PASTE_NORMAL', 'PASTE_NO_BORDERS', 'PASTE_FORMAT', 'PASTE_FORMULA', 'PASTE_DATA_VALIDATION', 'PASTE_VALUES',
  'PASTE_CONDITIONAL_FORMATTING', 'PASTE_COLUMN_WIDTHS',
]);
export const DeveloperMetadataLocationType = makeEnum('DeveloperMetadataLocationType', ['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN']);
export const DeveloperMetadataVisibility = makeEnum('DeveloperMetadataVisibility', ['DOCUMENT', 'PROJECT']);
export const AutoFillSeries = makeEnum('AutoFillSeries', ['DEFAULT_SERIES', 'ALTERNATE_SERIES']);
export const RecalculationInterval = makeEnum('RecalculationInterval', ['ON_CHANGE', 'MINUTE', 'HOUR']);
/** ScriptApp.AuthMode members used in edit events (the runtime may substitute its own). */
export const AuthMode = makeEnum('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);

/** Every enum exposed on SpreadsheetApp. */
export const SPREADSHEET_APP_ENUMS = {
  DataValidationCriteria,
  BooleanCriteria,
  ProtectionType,
  WrapStrategy,
  BorderStyle,
  RelativeDate,
  SheetType,
  SortOrder,
  Dimension,
  Direction,
  TextDirection,
  ColorType,
  InterpolationType,
  CopyPasteType,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  AutoFillSeries,
  RecalculationInterval,
};

/** True if `value` is a member of the named enum. */
export function isEnumOf(value: unknown, enumName: string): value is EnumValue {
  return value instanceof EnumValue && value.enumName === enumName;
}

/** Look a member up by enum and member name (for loading saved state). */
export function enumMember(enumName: string, member: string): EnumValue | undefined {
  return registry.get(enumName)?.[member];
}
