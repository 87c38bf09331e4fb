/** The post form's save: under the document lock, the Calendar found (or set up), the posts written, then their series brought in step. */

import type { Post } from '../domain/post';
import { isRepeatRule } from '../domain/planning/recurrence';
import type { PostVersion } from '../domain/post-version';
import type { SaveResult } from '../shared/rpc-types';
import { currentUserEmail, type Workbook } from './active-spreadsheet';
import { calendarSheetHoldingLock, type SetupOutcome } from './calendar-setup-run';
import { readRulesForChecks } from './platforms-sheet';
import { updateRepeatingPosts } from './recurring-posts';
import { withDocumentLock } from '../services/document-lock';
import { writePosts } from './save-post';
import type { Settings } from './settings-sheet';

/** Validated form input: the posts to write, whether to tag links, and the version an edit loaded. */
export interface FormPosts {
  posts: Post[];
  utm: boolean;
  loaded: PostVersion | null;
}

/**
 * Saves the form's validated posts under the document lock: one row per chosen platform, or the row
 * holding the post's ID when editing. A spreadsheet without a Calendar sheet is set up first (`setup`
 * says what that did). A saved repeat rule brings its series in step at once (issue #22), best effort:
 * the post is saved, and Update repeating posts in the menu does the same if this fails.
 * @param workbook The active spreadsheet.
 * @param parsed The validated input.
 * @param settings The Settings sheet as read for the validation.
 * @param now The save's moment.
 */
export function saveFormPosts(workbook: Workbook, parsed: FormPosts, settings: Settings, now: Date): { result: SaveResult; setup: SetupOutcome | null } {
  const { rules } = readRulesForChecks(workbook.spreadsheet);
  const user = currentUserEmail();
  let setup: SetupOutcome | null = null;
  const result = withDocumentLock<SaveResult>(
    workbook.locale,
    () => {
      const calendar = calendarSheetHoldingLock(workbook);
      setup = calendar.setup;
      return writePosts(workbook, calendar.sheet, parsed.posts, {
        rules,
        now,
        user,
        settingsValues: settings.values,
        utm: parsed.utm,
        loaded: parsed.loaded,
      });
    },
    (message) => ({ ok: false, errors: [{ field: '', message }] }),
  );
  if (result.ok && parsed.posts.some((post) => isRepeatRule(post.repeat))) {
    try {
      updateRepeatingPosts(workbook, now, user);
    } catch {
      // Left to the menu command.
    }
  }
  return { result, setup };
}
