/**
 * The built-in rules, read from dist/Rules.html (JSON the build writes from the rules table) the first
 * time an execution needs them. The server bundle uses this module in place of
 * src/domain/rules/rules-source.ts, so Code.js carries no rules table of its own.
 */

import type { Rule } from '../domain/rules/rule-types';
import { readProjectJson } from './project-json-file';

/** The project file the build writes the rules to. */
export const RULES_FILE = 'Rules';

/** The built-in rules, parsed from the Rules file. */
export function loadBuiltInRules(): Rule[] {
  return readProjectJson(RULES_FILE) as Rule[];
}
