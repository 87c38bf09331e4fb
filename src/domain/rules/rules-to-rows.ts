/** Writes a rules table as the rows of the editable Platforms sheet. */

import { COUNTING_LABELS, FIELD_LABELS } from './rule-labels';
import type { RulesTable } from './rule-types';

/** The Platforms sheet's columns, in order. rowsToRules() finds them by name, so a team may reorder them. */
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
  'Source',
  'Checked on',
  'Notes',
  'Rule ID',
] as const;

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
    rule.source,
    rule.checkedOn,
    rule.notes ?? '',
    rule.id,
  ]);
  return { header: RULE_COLUMNS.slice(), rows };
}
