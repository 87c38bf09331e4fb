/** The built-in platform rules as data the Platforms sheet starts from, loaded on first use and kept. */

import { loadBuiltInRules } from './rules-source';
import type { Rule } from './rule-types';

export { RULES_CHECKED_ON } from './built-in-rules';

let built: readonly Rule[] | undefined;

/**
 * The built-in rules, one row per platform × format × field (platform-rules.md §1–§3, §7). Loaded on
 * first use and kept (issue #18: Apps Script evaluates the bundle on every execution, and most
 * executions never need the table), so every caller gets the same array.
 */
export function defaultRules(): readonly Rule[] {
  return (built ??= loadBuiltInRules());
}
