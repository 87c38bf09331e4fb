/** Reads the Platforms sheet back into a rules table, reporting bad cells and falling back to the built-in values. */

import type { Severity } from '../check-types';
import type { CountingMethod } from '../counting/counting-methods';
import { FORMATS, PLATFORMS } from '../post';
import { DEFAULT_RULES } from './default-rules';
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
  if (value instanceof Date) return isoDay(value);
  return String(value).trim();
}

function isoDay(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function shown(value: unknown): string {
  if (value instanceof Date) return isoDay(value);
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

function describe(value: number | undefined): string {
  return value === undefined ? 'no limit' : String(value);
}

const DEFAULT_BY_ID = new Map(DEFAULT_RULES.map((rule) => [rule.id, rule]));

function builtInFor(
  id: string,
  platform: string,
  format: string,
  field: RuleField | undefined,
  counting: string,
): Rule | undefined {
  const byId = DEFAULT_BY_ID.get(id);
  if (byId) return byId;
  if (!field) return undefined;
  const p = platform.toLowerCase();
  const f = format.toLowerCase();
  const matches = DEFAULT_RULES.filter(
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
 * rules are returned. `firstRow` is the sheet row of `rows[0]` (default 2, under the header).
 */
export function rowsToRules(
  header: string[],
  rows: unknown[][],
  firstRow = 2,
): { rules: RulesTable; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
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
    problems.push({
      row: firstRow - 1,
      column: columns.platform === undefined ? 'Platform' : 'Field',
      message: `The Platforms sheet has no ${columns.platform === undefined ? 'Platform' : 'Field'} column; using the built-in rules. Restore the header row (${COLUMN_TITLES.platform}, ${COLUMN_TITLES.format}, ${COLUMN_TITLES.field}, …).`,
    });
    return { rules: DEFAULT_RULES, problems };
  }
  const rules: Rule[] = [];
  const usedIds = new Set<string>();
  rows.forEach((cells, index) => {
    const row = firstRow + index;
    const cell = (name: ColumnName): unknown =>
      columns[name] === undefined ? undefined : cells[columns[name] as number];
    if (!Array.isArray(cells) || cells.every(isBlank)) return;
    const problem = (name: ColumnName, message: string) =>
      problems.push({ row, column: COLUMN_TITLES[name], message: `Row ${row}, ${COLUMN_TITLES[name]}: ${message}` });

    let platform = text(cell('platform'));
    const format = canonical(text(cell('format')) || ALL_FORMATS, [...FORMATS, ALL_FORMATS]);
    const fieldText = text(cell('field'));
    const countingText = text(cell('counting'));
    let field = parseFieldLabel(fieldText);
    const builtIn = builtInFor(text(cell('id')), platform, format, field, countingText);
    if (!platform) {
      if (!builtIn) {
        problem('platform', 'the platform is empty; this row is skipped.');
        return;
      }
      platform = builtIn.platform;
      problem('platform', `the platform is empty; using the built-in ${platform}.`);
    }
    const known = findPlatform(DEFAULT_RULES, platform);
    if (known) platform = known.name;
    else {
      const meant = nearMiss(platform, PLATFORMS);
      if (meant) {
        problem(
          'platform',
          `'${platform}' is not a built-in platform, so this row starts a new one. If you meant ${meant}, correct the spelling.`,
        );
      }
    }
    if (!field) {
      if (!builtIn) {
        problem(
          'field',
          `'${fieldText}' is not a rule field (for example Caption length, Hashtags, Media items); this row is skipped.`,
        );
        return;
      }
      field = builtIn.field;
      problem('field', `'${fieldText}' is not a rule field; using the built-in ${fieldText ? '' : 'field '}${field}.`);
    }

    const limit = (name: 'min' | 'max'): number | undefined => {
      const value = cell(name);
      const fallback = builtIn ? builtIn[name] : undefined;
      if (isBlank(value)) return undefined;
      const n = toNumber(value);
      if (typeof value === 'boolean' || value instanceof Date || Number.isNaN(n)) {
        problem(
          name,
          `'${shown(value)}' is not a number; using ${builtIn ? `the built-in ${describe(fallback)}` : 'no limit'}.`,
        );
        return fallback;
      }
      if (n < 0 || !Number.isFinite(n)) {
        problem(
          name,
          `${n} cannot be a limit (it must be 0 or more); using ${builtIn ? `the built-in ${describe(fallback)}` : 'no limit'}.`,
        );
        return fallback;
      }
      return n;
    };
    let min = limit('min');
    let max = limit('max');
    if (min !== undefined && max !== undefined && min > max) {
      problem(
        'min',
        `the minimum ${min} is above the maximum ${max}; using ${builtIn ? `the built-in ${describe(builtIn.min)}–${describe(builtIn.max)}` : 'no limits'}.`,
      );
      min = builtIn?.min;
      max = builtIn?.max;
    }

    let counting: CountingMethod | undefined;
    if (field === 'caption' || field === 'title' || countingText) {
      counting = parseCountingLabel(countingText);
      const fallback = builtIn?.counting ?? 'utf16';
      if (!counting) {
        if (countingText) {
          problem(
            'counting',
            `'${countingText}' is not a counting method (${Object.values(COUNTING_LABELS).join(', ')}); using ${COUNTING_LABELS[fallback]}.`,
          );
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
        problem('required', `'${shown(requiredValue)}' is not Yes or No; using ${required ? 'Yes' : 'No'}.`);
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
      } else problem('confidence', `'${text(cell('confidence'))}' is not V, S or U; using ${confidence}.`);
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
        problem(
          'severity',
          `'${text(cell('severity'))}' is not Error, Warning or Info; using ${severity.charAt(0).toUpperCase()}${severity.slice(1)}.`,
        );
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
        typeof checked === 'number' ? isoDay(new Date(Math.round((checked - 25569) * 86400000))) : text(checked),
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
