/** The server functions the sidebar calls through google.script.run (JSON in, JSON out). */

import { checkPost as checkPostWithRules } from '../domain/check-post';
import type { CheckResult } from '../domain/check-types';
import { t } from '../domain/i18n';
import { emptyPost } from '../domain/post';
import { parsePostInput, postInputSchema } from '../domain/post-input';
import type { FormContext, SaveResult } from '../shared/rpc-types';
import { activeWorkbook } from '../sheets/active-spreadsheet';
import { buildFormContext } from '../sheets/form-context';
import { readRulesForChecks } from '../sheets/platforms-sheet';
import { saveFormPosts } from '../sheets/save-form-posts';
import { readSettings } from '../sheets/settings-sheet';
import { announceSetup } from './commands';

/**
 * Everything the post form needs to start. Runs: google.script.run from the sidebar (AuthMode.FULL);
 * 6-minute limit; four reads.
 */
export function getFormContext(): FormContext {
  return buildFormContext(activeWorkbook(), new Date());
}

/**
 * Validates the form's input with the same schema the form uses and saves it: one row per chosen
 * platform, or the row holding the post's ID when editing. Invalid input writes nothing and returns
 * `{ ok: false, errors }`; an edit whose row changed since the form loaded it (`loaded`, the version
 * the form holds) writes nothing and returns `{ ok: false, errors, conflict }`; a save returns the
 * `version` to send next. Runs: google.script.run (AuthMode.FULL); under the document lock.
 */
export function savePost(input: unknown): SaveResult {
  const workbook = activeWorkbook();
  const settings = readSettings(workbook.spreadsheet);
  const parsed = parsePostInput(input, settings, { timeZone: workbook.timeZone, locale: workbook.locale });
  if (!parsed.ok) return parsed;
  const { result, setup } = saveFormPosts(workbook, parsed, settings, new Date());
  if (setup) announceSetup(workbook, setup);
  return result;
}

/**
 * Checks a post against the rules in the Platforms sheet without saving it: the same result the
 * Checks column would show. Runs: google.script.run (AuthMode.FULL); one read.
 */
export function checkPost(input: unknown): CheckResult {
  const workbook = activeWorkbook();
  const shape = postInputSchema.safeParse(input);
  if (!shape.success || input === null || typeof input !== 'object') {
    return { issues: [{ severity: 'error', code: 'invalid-input', field: '', message: t(workbook.locale, 'input.notObject') }], counts: {} };
  }
  const post = emptyPost();
  for (const key of Object.keys(post) as (keyof typeof post)[]) post[key] = shape.data[key] ?? '';
  if (!post.timeZone) post.timeZone = workbook.timeZone;
  const { rules } = readRulesForChecks(workbook.spreadsheet);
  return checkPostWithRules(post, rules, { now: new Date(), locale: workbook.locale });
}
