/** The JSON contract between the sidebar (browser) and the server functions it calls through google.script.run. */

import type { CheckResult } from '../domain/check-types';
import type { Post } from '../domain/post';
import type { FieldError } from '../domain/post-input';
import type { PostVersion, SaveConflict } from '../domain/post-version';

/**
 * What the sidebar sends to savePost(). A flat post (every field optional, missing = empty) plus, for a
 * post planned on several platforms at once, `platforms` (one row per platform, linked by `campaign`)
 * and `captions`, per-platform caption overrides keyed by platform name. `id` set = edit that post.
 */
export type PostInput = Partial<Post> & {
  platforms?: string[];
  captions?: Record<string, string>;
  /** Add the Settings sheet's UTM parameters to the link (parameters it already has are kept). */
  utm?: boolean;
  /**
   * An edit's version: the field values the form loaded (or its last save wrote). When the row holds
   * other values now, nothing is written and the result carries `conflict`.
   */
  loaded?: PostVersion;
  /** Minutes between the platforms' copies of a new post (the form's "Stagger and save"). */
  stagger?: number;
};

/** A field-level problem with the input, shown under that field (declared in domain, where savePost's input is validated). */
export type { FieldError };

/** One saved row. */
export interface SavedPost {
  id: string;
  row: number;
  platform: string;
  checks: CheckResult;
}

/** What savePost() returns: the first saved post's id/row/checks, and every saved row in `posts`. */
export type SaveResult =
  | {
      ok: true;
      id: string;
      row: number;
      checks: CheckResult;
      posts: SavedPost[];
      /** The first saved post's version as written: what the form sends as `loaded` with its next save. */
      version?: PostVersion;
    }
  | {
      ok: false;
      errors: FieldError[];
      /** The row changed in the sheet since the form loaded it: what changed, and the sheet's values now. */
      conflict?: SaveConflict;
    };

/** What getFormContext() returns: everything the form needs to start, all JSON. */
export interface FormContext {
  platforms: string[];
  formats: string[];
  statuses: string[];
  /** The rules table as the Platforms sheet defines it (see src/domain rules types). */
  rules: unknown;
  /** The spreadsheet's time zone (IANA) and locale (e.g. `en_US`, `pl_PL`). */
  timeZone: string;
  locale: string;
  /** Today in the spreadsheet's time zone, `yyyy-MM-dd`. */
  today: string;
  /** The post on the selected row of the Calendar sheet, or null when the selection is not on a post. */
  post: Post | null;
  /**
   * `edit` when the form was opened with "Edit selected post": it loads `post`. `new` for "New post…":
   * the form starts empty (and may offer to edit `post` instead), so a save never overwrites the
   * post the cursor happened to be on.
   */
  mode: 'new' | 'edit';
  /** The current user's email when Apps Script reveals it, else ''. */
  user: string;
  /** The Settings sheet's UTM template (`utm_source={platform}&…`), '' when the team cleared it. */
  utmTemplate: string;
  /** The Snippets sheet's named texts the form inserts (empty when the sheet is missing). */
  snippets?: Snippet[];
  /** The Settings sheet's content pillars (the Pillar column's dropdown), in sheet order. */
  pillars?: string[];
}

/** A named text from the Snippets sheet: a signature, a hashtag set, a legal line. */
export interface Snippet {
  name: string;
  text: string;
}
