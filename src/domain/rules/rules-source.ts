/**
 * Where the built-in rules come from: here, the table as code (tests, pages, node scripts). The server
 * build swaps this module for src/sheets/rules-file.ts, which reads dist/Rules.html (the table as JSON
 * the build writes from this module), so Code.js carries no rules of its own and an execution that
 * checks no post never builds them.
 */

import { buildDefaultRules } from './built-in-rules';
import type { Rule } from './rule-types';

/** The built-in rules, one row per platform × format × field. */
export function loadBuiltInRules(): Rule[] {
  return buildDefaultRules();
}
