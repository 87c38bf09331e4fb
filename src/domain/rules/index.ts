/** The platform rules: the built-in table, its Platforms-sheet form, and lookups by platform and format. */

export { defaultRules, RULES_CHECKED_ON } from './default-rules';
export { headerHoldsCheckedColumns, rowsToRules, type RuleProblem } from './rows-to-rules';
export { CHECKED_RULE_COLUMN_COUNT, rulesToRows, RULE_COLUMNS } from './rules-to-rows';
export { compileRules, findPlatform, formatsFor, platformNames, rulesFor } from './rule-lookup';
export { severityForConfidence } from './rule-severity';
export { COUNTING_LABELS, FIELD_LABELS } from './rule-labels';
export {
  ALL_FORMATS,
  RULE_FIELDS,
  type Confidence,
  type CountingMethod,
  type Rule,
  type RuleField,
  type RulesTable,
} from './rule-types';
