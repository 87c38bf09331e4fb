/** Writes a rules table as the rows of the editable Platforms sheet. */

import { COUNTING_LABELS, FIELD_LABELS } from './rule-labels';
import type { RulesTable } from './rule-types';

/**
 * The Platforms sheet's columns, in order: first the ten the checks use (CHECKED_RULE_COLUMN_COUNT), then the
 * team's record of where a limit comes from, which only the post form shows (issue #18: the checks read
 * A:J, one call, not A:M; sheets made before issue #18 end with Rule ID). rowsToRules() finds them by
 * name, so a team may reorder them.
 */
export const RULE_COLUMNS = [
  'Platform',
  'Format',
  'Field',
  'Min',
  'Max',
  'Counting',
  'Required',
  'Severity',
  'Confidence',
  'Rule ID',
  'Source',
  'Checked on',
  'Notes',
] as const;

/** How many of RULE_COLUMNS, from the first, the checks use: Platform..Rule ID. */
export const CHECKED_RULE_COLUMN_COUNT = RULE_COLUMNS.indexOf('Rule ID') + 1;

const SEVERITY_LABELS = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/**
 * The Platforms sheet for a rules table: a header of RULE_COLUMNS and one row per rule, with readable names
 * (`Caption length`, `UTF-8 bytes`, `Yes`) and `''` for empty cells. rowsToRules() reads it back.
 */
export function rulesToRows(rules: RulesTable): { header: string[]; rows: (string | number)[][] } {
  const rows = rules.map((rule) => [
    rule.platform,
    rule.format,
    FIELD_LABELS[rule.field] ?? rule.field,
    rule.min ?? '',
    rule.max ?? '',
    rule.counting ? COUNTING_LABELS[rule.counting] : '',
    rule.required ? 'Yes' : '',
    SEVERITY_LABELS[rule.severity],
    rule.confidence,
    rule.id,
    rule.source,
    rule.checkedOn,
    rule.notes ?? '',
  ]);
  return { header: RULE_COLUMNS.slice(), rows };
}
