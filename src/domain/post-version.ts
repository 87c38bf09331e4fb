/** The version of a post a form loaded (its field values) and the fields a colleague changed in the sheet since. */

import type { Post } from './post';
import { VERSION_FIELDS } from './post-fields';

/** Every field the form shows and saves (all a post's text fields but its ID); a save's version covers exactly these. */
export { VERSION_FIELDS };

export type VersionField = (typeof VERSION_FIELDS)[number];

/** A post's field values as a form loaded them (or a save wrote them). */
export type PostVersion = Record<VersionField, string>;

/** One field that changed in the sheet since the form loaded the post. */
export interface FieldConflict {
  field: VersionField;
  /** What the form loaded. */
  loaded: string;
  /** What the sheet holds now. */
  sheet: string;
  /** What the person's form would save. */
  mine: string;
}

/** What a save refused because the row changed meanwhile returns: the changes and the sheet's values now (the new version). */
export interface SaveConflict {
  id: string;
  fields: FieldConflict[];
  sheet: PostVersion;
}

/** The text of a field for comparing: line-ending style and white space at the ends do not count. */
function same(a: string, b: string): boolean {
  const canonical = (text: string) => text.replace(/\r\n?/g, '\n').trim();
  return canonical(a) === canonical(b);
}

/**
 * The version of a post: its field values.
 * @param post The post.
 */
export function postVersion(post: Post): PostVersion {
  return Object.fromEntries(VERSION_FIELDS.map((field) => [field, post[field] ?? ''])) as PostVersion;
}

/**
 * Reads a version sent by a page: a plain object of strings; null when it is not one (then the save
 * has no version to check).
 * @param value The `loaded` value of a save request.
 */
export function readVersion(value: unknown): PostVersion | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const version = {} as PostVersion;
  for (const field of VERSION_FIELDS) {
    const text = record[field];
    if (text !== undefined && typeof text !== 'string') return null;
    version[field] = text ?? '';
  }
  return version;
}

/**
 * The fields whose value in the sheet now differs from what the form loaded, in form order, with
 * the three values (loaded, sheet, mine) so the person can choose. [] when nobody changed the row;
 * a field the form would save with the sheet's new value anyway is no conflict (nothing is lost).
 * @param loaded The version the form loaded.
 * @param sheet The post as the sheet holds it now.
 * @param mine The post the form would save.
 */
export function versionConflicts(loaded: PostVersion, sheet: Post, mine: Post): FieldConflict[] {
  return VERSION_FIELDS.filter(
    (field) => !same(loaded[field], sheet[field] ?? '') && !same(mine[field] ?? '', sheet[field] ?? ''),
  ).map((field) => ({
    field,
    loaded: loaded[field],
    sheet: sheet[field] ?? '',
    mine: mine[field] ?? '',
  }));
}
