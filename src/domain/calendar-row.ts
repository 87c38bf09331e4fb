/** Reads posts out of calendar rows and lays posts into rows, by header map (no Spreadsheet calls). */

import { cellToText, textForCell } from './cell-text';
import { FIELD_BY_COLUMN, emptyPost, type CalendarColumn, type Post } from './post';
import { CELL_KIND_BY_FIELD } from './post-fields';
import type { HeaderMap } from './header-map';

/** The columns that hold a Post field, in default order. */
export const POST_COLUMNS = Object.keys(FIELD_BY_COLUMN) as (keyof typeof FIELD_BY_COLUMN)[];

/** Columns whose content makes a row a post (ID, Checks and Updated alone do not). */
const CONTENT_COLUMNS = POST_COLUMNS.filter((column) => column !== 'ID' && column !== 'Time zone');

/** The post a row holds. Missing columns read as empty; the zone defaults to the spreadsheet's. */
export function rowToPost(row: readonly unknown[], map: HeaderMap, spreadsheetTimeZone: string): Post {
  const post = emptyPost();
  for (const column of POST_COLUMNS) {
    const index = map[column];
    if (index === undefined) continue;
    const field = FIELD_BY_COLUMN[column];
    const text = cellToText(row[index - 1], CELL_KIND_BY_FIELD[field], spreadsheetTimeZone);
    post[field] = field === 'caption' || field === 'notes' || field === 'title' ? text : text.trim();
  }
  if (!post.timeZone) post.timeZone = spreadsheetTimeZone;
  return post;
}

/** The text of a column's cell in a row ('' when the column is absent). */
export function cellAt(map: HeaderMap, row: readonly unknown[], column: CalendarColumn): string {
  const position = map[column];
  return position === undefined ? '' : String(row[position - 1] ?? '');
}

/** True when a row holds anything a person planned (not just an ID or add-on output). */
export function rowHasContent(row: readonly unknown[], map: HeaderMap): boolean {
  return CONTENT_COLUMNS.some((column) => {
    const index = map[column];
    if (index === undefined) return false;
    const value = row[index - 1];
    return value !== '' && value !== null && value !== undefined;
  });
}

/** The value to write for one post field: text guarded against formula and number parsing. */
export function cellValueFor(post: Post, column: keyof typeof FIELD_BY_COLUMN): string {
  const field = FIELD_BY_COLUMN[column];
  const text = post[field];
  // A date written as yyyy-MM-dd is parsed by Sheets into a real date cell (semantics W-06).
  if (field === 'date') return text;
  return textForCell(text);
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The value to write into a Calendar row for one post field: like cellValueFor, except that a valid
 * `HH:mm` time is written unguarded so Sheets stores a time of day, exactly as when a person types it
 * (one value kind and one format in the Time column, whichever way it was entered).
 */
export function calendarCellValue(post: Post, column: keyof typeof FIELD_BY_COLUMN): string {
  if (FIELD_BY_COLUMN[column] === 'time' && TIME_OF_DAY.test(post.time)) return post.time;
  return cellValueFor(post, column);
}
