/** Reads the Platforms sheet back into a rules table, reporting bad cells and falling back to the built-in values. */

import type { Severity } from '../check-types';
import type { CountingMethod } from '../counting/counting-methods';
import { t } from '../i18n';
import { localParts } from '../schedule/post-instant';
import { FORMATS, PLATFORMS } from '../post';
import { defaultRules } from './default-rules';
import { findPlatform } from './rule-lookup';
import { COUNTING_LABELS, loose, parseCountingLabel, parseFieldLabel } from './rule-labels';
import { severityForConfidence } from './rule-severity';
import { ALL_FORMATS, type Confidence, type Rule, type RuleField, type RulesTable } from './rule-types';

/** A bad cell of the Platforms sheet. `row` is the sheet's 1-based row number. */
export interface RuleProblem {
  row: number;
  column: string;
  message: string;
}

type Columns = Partial<Record<ColumnName, number>>;
type ColumnName =
  | 'platform'
  | 'format'
  | 'field'
  | 'min'
  | 'max'
  | 'counting'
  | 'required'
  | 'severity'
  | 'confidence'
  | 'source'
  | 'checkedOn'
  | 'notes'
  | 'id';

const HEADER_NAMES: Record<string, ColumnName> = {
  platform: 'platform',
  format: 'format',
  field: 'field',
  min: 'min',
  minimum: 'min',
  max: 'max',
  maximum: 'max',
  limit: 'max',
  counting: 'counting',
  required: 'required',
  severity: 'severity',
  confidence: 'confidence',
  source: 'source',
  checkedon: 'checkedOn',
  checked: 'checkedOn',
  notes: 'notes',
  ruleid: 'id',
  id: 'id',
};

const COLUMN_TITLES: Record<ColumnName, string> = {
  platform: 'Platform',
  format: 'Format',
  field: 'Field',
  min: 'Min',
  max: 'Max',
  counting: 'Counting',
  required: 'Required',
  severity: 'Severity',
  confidence: 'Confidence',
  source: 'Source',
  checkedOn: 'Checked on',
  notes: 'Notes',
  id: 'Rule ID',
};

const YES = ['yes', 'y', 'true', '1', 'x', '✓', '✔', 'required', 'tak', 't'];
const NO = ['no', 'n', 'false', '0', '-', 'nie', 'optional'];

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function text(value: unknown): string {
  if (isBlank(value)) return '';
  return String(value).trim();
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * `yyyy-MM-dd` of a date cell's value: the wall-clock day in the spreadsheet's zone (a date cell comes
 * back as the instant of its midnight there, semantics V-06), never the script's zone.
 */
function isoDay(date: Date, timeZone: string): string {
  return Number.isNaN(date.getTime()) ? '' : localParts(date, timeZone).date;
}

/** `yyyy-MM-dd` of a date serial number (days since 1899-12-30, a calendar day with no zone). */
function serialDay(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86400000)).toISOString().slice(0, 10);
}

function shown(value: unknown): string {
  return String(value);
}

/** A number typed in a cell: numbers as they are, text with `2,200` thousands or `0,5` decimals. NaN when not a number. */
function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return NaN;
  let s = value.trim().replace(/[\s\u00a0]/g, '');
  if (/^-?\d{1,3}(,\d{3})+$/.test(s)) s = s.replace(/,/g, '');
  else s = s.replace(',', '.');
  return /^-?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : NaN;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** The built-in name a near-miss spelling probably meant (`Instgram` → Instagram), or undefined. */
function nearMiss(name: string, known: readonly string[]): string | undefined {
  const k = name.toLowerCase();
  return known.find((candidate) => {
    const c = candidate.toLowerCase();
    return c !== k && editDistance(c, k) <= Math.min(2, Math.floor(c.length / 3));
  });
}

function canonical(name: string, known: readonly string[]): string {
  const k = name.toLowerCase();
  return known.find((candidate) => candidate.toLowerCase() === k) ?? name;
}

/** Message parameters: `{name}` values for t(). */
type Params = Record<string, string | number>;

/** A message in the problems' language. */
type Say = (key: string, params?: Params) => string;

/**
 * A problem whose message is composed when first read. The server reads the rules on most executions
 * and shows these messages on none of them yet, so composing them at once would load the message
 * catalogue (dist/Messages.html) for nothing.
 */
function lazyProblem(row: number, column: string, compose: () => string): RuleProblem {
  let message: string | undefined;
  return {
    row,
    column,
    get message() {
      return (message ??= compose());
    },
  };
}

let defaultById: Map<string, Rule> | undefined;

/** The built-in rules by Rule ID, built on first use. */
function defaultRuleById(id: string): Rule | undefined {
  return (defaultById ??= new Map(defaultRules().map((rule) => [rule.id, rule]))).get(id);
}

function builtInFor(
  id: string,
  platform: string,
  format: string,
  field: RuleField | undefined,
  counting: string,
): Rule | undefined {
  const byId = defaultRuleById(id);
  if (byId) return byId;
  if (!field) return undefined;
  const p = platform.toLowerCase();
  const f = format.toLowerCase();
  const matches = defaultRules().filter(
    (rule) => rule.platform.toLowerCase() === p && rule.format.toLowerCase() === f && rule.field === field,
  );
  if (matches.length === 1) return matches[0];
  const method = parseCountingLabel(counting);
  const byCounting = matches.filter((rule) => rule.counting === method);
  return byCounting.length === 1 ? byCounting[0] : undefined;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** Which column holds what, from the header's titles (the first of each kind wins). */
function columnsOf(header: string[]): Columns {
  const columns: Columns = {};
  header.forEach((title, index) => {
    const name = HEADER_NAMES[loose(String(title ?? ''))];
    if (name && columns[name] === undefined) columns[name] = index;
  });
  return columns;
}

/** The columns the checks read; Source, Checked on and Notes are the team's record, for people. */
const CHECKED_COLUMN_NAMES: readonly ColumnName[] = ['platform', 'format', 'field', 'min', 'max', 'counting', 'required', 'severity', 'confidence', 'id'];

/**
 * True when `header` (the first columns of a Platforms header row) names every column the checks
 * read, by the titles rowsToRules accepts: the columns after it are then not needed for checking.
 */
export function headerHoldsCheckedColumns(header: readonly unknown[]): boolean {
  const columns = columnsOf(header.map((title) => String(title ?? '')));
  return CHECKED_COLUMN_NAMES.every((name) => columns[name] !== undefined);
}

/** One data row being read: its cells by column, how to report a bad cell, and the built-in rule it overrides. */
interface RowReading {
  cell(name: ColumnName): unknown;
  problem(name: ColumnName, key: string, params?: Params): void;
  say: Say;
  /** The Format cell, spelled as a built-in format when it names one (blank: every format). */
  format: string;
  builtIn: Rule | undefined;
}

/** A limit in words: the number, or `no limit`. */
function describeLimit(say: Say, value: number | undefined): string {
  return value === undefined ? say('rules.fallback.noLimit') : String(value);
}

/** What a bad limit cell falls back to: the built-in value, or (a new rule) no limit. */
function fallbackLimit(r: RowReading, value: number | undefined): string {
  return r.builtIn ? r.say('rules.fallback.builtIn', { value: describeLimit(r.say, value) }) : r.say('rules.fallback.noLimit');
}

/** The row's platform (a built-in's spelling when known), or undefined when the row is skipped. */
function readPlatform(r: RowReading): string | undefined {
  let platform = text(r.cell('platform'));
  if (!platform) {
    if (!r.builtIn) {
      r.problem('platform', 'rules.platform.emptySkipped');
      return undefined;
    }
    platform = r.builtIn.platform;
    r.problem('platform', 'rules.platform.empty', { platform });
  }
  const known = findPlatform(defaultRules(), platform);
  if (known) return known.name;
  const meant = nearMiss(platform, PLATFORMS);
  if (meant) r.problem('platform', 'rules.platform.nearMiss', { value: platform, meant });
  return platform;
}

/** The row's field (the built-in's when the cell is empty or unknown), or undefined when the row is skipped. */
function readField(r: RowReading, fieldText: string, parsed: RuleField | undefined): RuleField | undefined {
  if (parsed) return parsed;
  if (!r.builtIn) {
    r.problem('field', 'rules.field.unknownSkipped', { value: fieldText });
    return undefined;
  }
  const field = r.builtIn.field;
  r.problem('field', fieldText ? 'rules.field.unknown' : 'rules.field.empty', { value: fieldText, field });
  return field;
}

/** A Min or Max cell: blank is no limit; a bad value falls back to the built-in's. */
function readLimit(r: RowReading, name: 'min' | 'max'): number | undefined {
  const value = r.cell(name);
  const fallback = r.builtIn ? r.builtIn[name] : undefined;
  if (isBlank(value)) return undefined;
  const n = toNumber(value);
  if (typeof value === 'boolean' || Number.isNaN(n)) {
    r.problem(name, 'rules.limit.notNumber', { value: shown(value), fallback: fallbackLimit(r, fallback) });
    return fallback;
  }
  if (n < 0 || !Number.isFinite(n)) {
    r.problem(name, 'rules.limit.negative', { value: n, fallback: fallbackLimit(r, fallback) });
    return fallback;
  }
  return n;
}

/** Min and Max together: a minimum above the maximum falls back to the built-in pair. */
function readLimits(r: RowReading): { min: number | undefined; max: number | undefined } {
  const min = readLimit(r, 'min');
  const max = readLimit(r, 'max');
  if (min === undefined || max === undefined || min <= max) return { min, max };
  const { builtIn, say } = r;
  r.problem('min', 'rules.limit.minAboveMax', {
    min,
    max,
    fallback: builtIn
      ? say('rules.fallback.builtInRange', { min: describeLimit(say, builtIn.min), max: describeLimit(say, builtIn.max) })
      : say('rules.fallback.noLimits'),
  });
  return { min: builtIn?.min, max: builtIn?.max };
}

/** The counting method: text fields always have one (the built-in's, else UTF-16); other fields only when a cell names one. */
function readCounting(r: RowReading, field: RuleField, countingText: string): CountingMethod | undefined {
  const textField = field === 'caption' || field === 'title';
  if (!textField && !countingText) return undefined;
  const counting = parseCountingLabel(countingText);
  if (counting) return counting;
  const fallback = r.builtIn?.counting ?? 'utf16';
  if (countingText) {
    r.problem('counting', 'rules.counting', {
      value: countingText,
      methods: Object.values(COUNTING_LABELS).join(', '),
      fallback: COUNTING_LABELS[fallback],
    });
  }
  return textField ? fallback : undefined;
}

/** The Required cell: a checkbox, a number, or yes/no words in English or Polish; anything else falls back to the built-in. */
function readRequired(r: RowReading): boolean {
  const value = r.cell('required');
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (isBlank(value)) return false;
  const word = text(value).toLowerCase();
  if (YES.indexOf(word) >= 0) return true;
  if (NO.indexOf(word) >= 0) return false;
  const required = r.builtIn?.required ?? false;
  r.problem('required', 'rules.required', { value: shown(value), fallback: required ? 'Yes' : 'No' });
  return required;
}

/** The Confidence cell (V, S, U or the word), else the built-in's, else U. */
function readConfidence(r: RowReading): Confidence {
  const confidence: Confidence = r.builtIn?.confidence ?? 'U';
  const confidenceText = text(r.cell('confidence')).toUpperCase();
  if (!confidenceText) return confidence;
  const c = confidenceText.charAt(0);
  if (
    (c === 'V' || c === 'S' || c === 'U') &&
    (confidenceText.length === 1 || /^(VERIFIED|SECONDARY|UNVERIFIED)$/.test(confidenceText))
  ) {
    return c;
  }
  r.problem('confidence', 'rules.confidence', { value: text(r.cell('confidence')), fallback: confidence });
  return confidence;
}

const SEVERITY_WORDS: Record<string, Severity> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  błąd: 'error',
  ostrzeżenie: 'warning',
};

/** The Severity cell, else the built-in's (when its confidence is kept), else the one the confidence implies. */
function readSeverity(r: RowReading, confidence: Confidence): Severity {
  const { builtIn } = r;
  const severity: Severity =
    builtIn && builtIn.confidence === confidence ? builtIn.severity : severityForConfidence(confidence);
  const severityText = text(r.cell('severity')).toLowerCase();
  if (!severityText) return severity;
  const named = SEVERITY_WORDS[severityText];
  if (named) return named;
  r.problem('severity', 'rules.severity', {
    value: text(r.cell('severity')),
    fallback: severity.charAt(0).toUpperCase() + severity.slice(1),
  });
  return severity;
}

/** The Rule ID (typed, or made from platform, format and field), with `~2`, `~3`... when already used. */
function uniqueId(r: RowReading, platform: string, format: string, field: RuleField, usedIds: Set<string>): string {
  let id = text(r.cell('id')) || `${slug(platform)}/${slug(format)}/${field}`;
  if (usedIds.has(id)) {
    let n = 2;
    while (usedIds.has(`${id}~${n}`)) n++;
    id = `${id}~${n}`;
  }
  usedIds.add(id);
  return id;
}

/** One row's rule, or undefined when the row names no platform or field a built-in rule could supply. */
function readRule(r: RowReading, usedIds: Set<string>): Rule | undefined {
  const { format } = r;
  const fieldText = text(r.cell('field'));
  const countingText = text(r.cell('counting'));
  const platform = readPlatform(r);
  if (platform === undefined) return undefined;
  const field = readField(r, fieldText, parseFieldLabel(fieldText));
  if (!field) return undefined;
  const { min, max } = readLimits(r);
  const counting = readCounting(r, field, countingText);
  const required = readRequired(r);
  const confidence = readConfidence(r);
  const severity = readSeverity(r, confidence);
  const id = uniqueId(r, platform, format, field, usedIds);
  const checked = r.cell('checkedOn');
  const rule: Rule = {
    id,
    platform,
    format,
    field,
    severity,
    confidence,
    source: text(r.cell('source')),
    checkedOn: typeof checked === 'number' && Number.isFinite(checked) ? serialDay(checked) : text(checked),
  };
  if (min !== undefined) rule.min = min;
  if (max !== undefined) rule.max = max;
  if (counting) rule.counting = counting;
  if (required) rule.required = true;
  const notes = text(r.cell('notes'));
  if (notes) rule.notes = notes;
  const { builtIn } = r;
  if (builtIn?.adjustable && builtIn.field === field && builtIn.platform === platform) rule.adjustable = builtIn.adjustable;
  return rule;
}

/** How to read the cells of sheet row `row`, reporting its problems into `problems`. */
function rowReading(cells: unknown[], row: number, columns: Columns, say: Say, problems: RuleProblem[]): RowReading {
  const cell = (name: ColumnName): unknown => (columns[name] === undefined ? undefined : cells[columns[name] as number]);
  const problem = (name: ColumnName, key: string, params?: Params): void => {
    const column = COLUMN_TITLES[name];
    problems.push(lazyProblem(row, column, () => say('rules.row', { row, column, message: say(key, params) })));
  };
  const format = canonical(text(cell('format')) || ALL_FORMATS, [...FORMATS, ALL_FORMATS]);
  const builtIn = builtInFor(text(cell('id')), text(cell('platform')), format, parseFieldLabel(text(cell('field'))), text(cell('counting')));
  return { cell, problem, say, format, builtIn };
}

/**
 * Reads the Platforms sheet (a header row and the rows under it, values as getValues() returns them: numbers,
 * strings, booleans, Dates) into a rules table. The sheet is authoritative: a deleted row is a rule the team does
 * not want. Each bad cell is reported ("Row 7, Max: 'abc' is not a number; using the built-in 280.") and replaced
 * by the built-in value of that rule (matched by Rule ID, else by platform, format and field). Rows for new
 * platforms and formats are kept, so a team can add its own. With no Platform or Field column the built-in
 * rules are returned. `firstRow` is the sheet row of `rows[0]` (default 2, under the header); `locale`
 * picks the language of the problem messages (default English); `timeZone` is the spreadsheet's, in
 * which date cells (Checked on) are read (default UTC).
 */
export function rowsToRules(
  header: string[],
  cellRows: unknown[][],
  firstRow = 2,
  locale = 'en',
  timeZone = 'UTC',
): { rules: RulesTable; problems: RuleProblem[] } {
  const rows = cellRows.map((cells) =>
    Array.isArray(cells) ? cells.map((cell) => (isDate(cell) ? isoDay(cell, timeZone) : cell)) : cells,
  );
  const problems: RuleProblem[] = [];
  const say: Say = (key, params) => t(locale, key, params);
  const columns = columnsOf(header);
  if (columns.platform === undefined || columns.field === undefined) {
    const column = columns.platform === undefined ? 'Platform' : 'Field';
    const titles = [COLUMN_TITLES.platform, COLUMN_TITLES.format, COLUMN_TITLES.field].join(', ');
    problems.push(lazyProblem(firstRow - 1, column, () => say('rules.noColumn', { column, columns: titles })));
    return { rules: defaultRules(), problems };
  }
  const rules: Rule[] = [];
  const usedIds = new Set<string>();
  rows.forEach((cells, index) => {
    if (!Array.isArray(cells) || cells.every(isBlank)) return;
    const rule = readRule(rowReading(cells, firstRow + index, columns, say, problems), usedIds);
    if (rule) rules.push(rule);
  });
  return { rules, problems };
}
