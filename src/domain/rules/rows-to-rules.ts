/** Reads the Platforms sheet back into a rules table, reporting bad cells and falling back to the built-in values. */

import type { Severity } from '../check-types';
import type { CountingMethod } from '../counting/counting-methods';
import { t } from '../i18n';
import { localParts } from '../schedule/post-instant';
import { FORMATS, PLATFORMS } from '../post';
import { defaultRules } from './default-rules';
import { findPlatform } from './rule-lookup';
import { COUNTING_LABELS, parseCountingLabel, parseFieldLabel } from './rule-labels';
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
  const say = (key: string, params?: Params): string => t(locale, key, params);
  /** A limit in words: the number, or `no limit`. */
  const describe = (value: number | undefined): string =>
    value === undefined ? say('rules.fallback.noLimit') : String(value);
  const columns: Columns = {};
  header.forEach((title, index) => {
    const name =
      HEADER_NAMES[
        String(title ?? '')
          .toLowerCase()
          .replace(/[\s_-]+/g, '')
      ];
    if (name && columns[name] === undefined) columns[name] = index;
  });
  if (columns.platform === undefined || columns.field === undefined) {
    const column = columns.platform === undefined ? 'Platform' : 'Field';
    const titles = [COLUMN_TITLES.platform, COLUMN_TITLES.format, COLUMN_TITLES.field].join(', ');
    problems.push(lazyProblem(firstRow - 1, column, () => say('rules.noColumn', { column, columns: titles })));
    return { rules: defaultRules(), problems };
  }
  const rules: Rule[] = [];
  const usedIds = new Set<string>();
  rows.forEach((cells, index) => {
    const row = firstRow + index;
    const cell = (name: ColumnName): unknown =>
      columns[name] === undefined ? undefined : cells[columns[name] as number];
    if (!Array.isArray(cells) || cells.every(isBlank)) return;
    const problem = (name: ColumnName, key: string, params?: Params) => {
      const column = COLUMN_TITLES[name];
      problems.push(lazyProblem(row, column, () => say('rules.row', { row, column, message: say(key, params) })));
    };
    /** What a bad cell falls back to: the built-in value, or (a new rule) no limit. */
    const fallbackLimit = (value: number | undefined): string =>
      builtIn ? say('rules.fallback.builtIn', { value: describe(value) }) : say('rules.fallback.noLimit');

    let platform = text(cell('platform'));
    const format = canonical(text(cell('format')) || ALL_FORMATS, [...FORMATS, ALL_FORMATS]);
    const fieldText = text(cell('field'));
    const countingText = text(cell('counting'));
    let field = parseFieldLabel(fieldText);
    const builtIn = builtInFor(text(cell('id')), platform, format, field, countingText);
    if (!platform) {
      if (!builtIn) {
        problem('platform', 'rules.platform.emptySkipped');
        return;
      }
      platform = builtIn.platform;
      problem('platform', 'rules.platform.empty', { platform });
    }
    const known = findPlatform(defaultRules(), platform);
    if (known) platform = known.name;
    else {
      const meant = nearMiss(platform, PLATFORMS);
      if (meant) {
        problem('platform', 'rules.platform.nearMiss', { value: platform, meant });
      }
    }
    if (!field) {
      if (!builtIn) {
        problem('field', 'rules.field.unknownSkipped', { value: fieldText });
        return;
      }
      field = builtIn.field;
      problem('field', fieldText ? 'rules.field.unknown' : 'rules.field.empty', { value: fieldText, field });
    }

    const limit = (name: 'min' | 'max'): number | undefined => {
      const value = cell(name);
      const fallback = builtIn ? builtIn[name] : undefined;
      if (isBlank(value)) return undefined;
      const n = toNumber(value);
      if (typeof value === 'boolean' || Number.isNaN(n)) {
        problem(name, 'rules.limit.notNumber', { value: shown(value), fallback: fallbackLimit(fallback) });
        return fallback;
      }
      if (n < 0 || !Number.isFinite(n)) {
        problem(name, 'rules.limit.negative', { value: n, fallback: fallbackLimit(fallback) });
        return fallback;
      }
      return n;
    };
    let min = limit('min');
    let max = limit('max');
    if (min !== undefined && max !== undefined && min > max) {
      problem('min', 'rules.limit.minAboveMax', {
        min,
        max,
        fallback: builtIn
          ? say('rules.fallback.builtInRange', { min: describe(builtIn.min), max: describe(builtIn.max) })
          : say('rules.fallback.noLimits'),
      });
      min = builtIn?.min;
      max = builtIn?.max;
    }

    let counting: CountingMethod | undefined;
    if (field === 'caption' || field === 'title' || countingText) {
      counting = parseCountingLabel(countingText);
      const fallback = builtIn?.counting ?? 'utf16';
      if (!counting) {
        if (countingText) {
          problem('counting', 'rules.counting', {
            value: countingText,
            methods: Object.values(COUNTING_LABELS).join(', '),
            fallback: COUNTING_LABELS[fallback],
          });
        }
        counting = field === 'caption' || field === 'title' ? fallback : undefined;
      }
    }

    let required = false;
    const requiredValue = cell('required');
    if (typeof requiredValue === 'boolean') required = requiredValue;
    else if (typeof requiredValue === 'number') required = requiredValue !== 0;
    else if (!isBlank(requiredValue)) {
      const r = text(requiredValue).toLowerCase();
      if (YES.indexOf(r) >= 0) required = true;
      else if (NO.indexOf(r) >= 0) required = false;
      else {
        required = builtIn?.required ?? false;
        problem('required', 'rules.required', { value: shown(requiredValue), fallback: required ? 'Yes' : 'No' });
      }
    }

    let confidence: Confidence = builtIn?.confidence ?? 'U';
    const confidenceText = text(cell('confidence')).toUpperCase();
    if (confidenceText) {
      const c = confidenceText.charAt(0);
      if (
        (c === 'V' || c === 'S' || c === 'U') &&
        (confidenceText.length === 1 || /^(VERIFIED|SECONDARY|UNVERIFIED)$/.test(confidenceText))
      ) {
        confidence = c;
      } else problem('confidence', 'rules.confidence', { value: text(cell('confidence')), fallback: confidence });
    }

    let severity: Severity =
      builtIn && builtIn.confidence === confidence ? builtIn.severity : severityForConfidence(confidence);
    const severityText = text(cell('severity')).toLowerCase();
    if (severityText) {
      const s = (
        { error: 'error', warning: 'warning', info: 'info', błąd: 'error', ostrzeżenie: 'warning' } as Record<
          string,
          Severity
        >
      )[severityText];
      if (s) severity = s;
      else
        problem('severity', 'rules.severity', {
          value: text(cell('severity')),
          fallback: severity.charAt(0).toUpperCase() + severity.slice(1),
        });
    }

    let id = text(cell('id')) || `${slug(platform)}/${slug(format)}/${field}`;
    if (usedIds.has(id)) {
      let n = 2;
      while (usedIds.has(`${id}~${n}`)) n++;
      id = `${id}~${n}`;
    }
    usedIds.add(id);

    const checked = cell('checkedOn');
    const rule: Rule = {
      id,
      platform,
      format,
      field,
      severity,
      confidence,
      source: text(cell('source')),
      checkedOn:
        typeof checked === 'number' && Number.isFinite(checked) ? serialDay(checked) : text(checked),
    };
    if (min !== undefined) rule.min = min;
    if (max !== undefined) rule.max = max;
    if (counting) rule.counting = counting;
    if (required) rule.required = true;
    const notes = text(cell('notes'));
    if (notes) rule.notes = notes;
    if (builtIn?.adjustable && builtIn.field === field && builtIn.platform === platform)
      rule.adjustable = builtIn.adjustable;
    rules.push(rule);
  });
  return { rules, problems };
}
