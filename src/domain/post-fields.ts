/** The post's fields and the Calendar sheet's columns, declared once: the Post type, its schema and every field list derive from this table. */

import * as z from 'zod/mini';

/** Which kind of value a column holds, for reading cells: a date, a time of day, or text. */
export type CellKind = 'text' | 'date' | 'time';

/** What a column's flags say about its field; a flag left out is false. */
interface Flags {
  /** A stakeholder copy may show the column (Notes, Owner and the add-on's columns never leave the team). */
  readonly shareable?: boolean;
  /** The form shows and saves the field, so a save's version (the stale-form check) covers it. */
  readonly versioned?: boolean;
  /** An occurrence of a repeating post copies the field from its series' first post. */
  readonly series?: boolean;
}

/** One Calendar column: its header, the Post field it holds (none for the add-on's own columns), how its cell reads, other spellings. */
interface ColumnSpec extends Flags {
  readonly header: string;
  readonly field?: string;
  /** How the cell is read (`text` when left out). */
  readonly cell?: CellKind;
  /** Other header spellings people use, compared trimmed and case-folded. */
  readonly aliases?: readonly string[];
}

/**
 * The Calendar sheet's columns in their default order (found by header name, case-insensitive, so people
 * may reorder them). Every field is a string so that a post crosses google.script.run unchanged: `date` is
 * `yyyy-MM-dd` (the post's local date in `timeZone`), `time` is `HH:mm`, `''` when unset.
 */
export const CALENDAR_TABLE = [
  { header: 'ID', field: 'id', shareable: true, aliases: ['post id'] },
  { header: 'Date', field: 'date', cell: 'date', shareable: true, versioned: true },
  { header: 'Time', field: 'time', cell: 'time', shareable: true, versioned: true, series: true },
  { header: 'Time zone', field: 'timeZone', shareable: true, versioned: true, series: true, aliases: ['timezone', 'tz'] },
  { header: 'Platform', field: 'platform', shareable: true, versioned: true, series: true },
  { header: 'Format', field: 'format', shareable: true, versioned: true, series: true },
  { header: 'Title', field: 'title', shareable: true, versioned: true, series: true },
  { header: 'Caption', field: 'caption', shareable: true, versioned: true, series: true, aliases: ['text', 'copy'] },
  // Hashtags as typed, e.g. `#launch #spring` (the caption may hold more).
  { header: 'Hashtags', field: 'hashtags', shareable: true, versioned: true, series: true },
  { header: 'Link', field: 'link', shareable: true, versioned: true, series: true, aliases: ['url'] },
  // Media URLs, one per line (commas and spaces also separate).
  { header: 'Media', field: 'media', shareable: true, versioned: true, series: true, aliases: ['media urls'] },
  { header: 'Status', field: 'status', shareable: true, versioned: true },
  { header: 'Owner', field: 'owner', versioned: true, series: true },
  { header: 'Campaign', field: 'campaign', shareable: true, versioned: true, series: true },
  { header: 'Notes', field: 'notes', versioned: true },
  // The add-on's own columns: checks, the audit stamp and the approval record.
  { header: 'Checks', aliases: ['check'] },
  { header: 'Updated', aliases: ['last updated'] },
  { header: 'Approved by' },
  { header: 'Approved at' },
  { header: 'Approval' },
  { header: 'Review comments' },
  // Planning features (issue #22): added after the existing columns, never reordered.
  // The first comment published under the post (LinkedIn, Instagram, ...), `''` for none.
  { header: 'First comment', field: 'firstComment', versioned: true, series: true },
  // Alt text per media item: one line per line of `media`, in the same order.
  { header: 'Alt text', field: 'altText', versioned: true, series: true },
  // Reddit: the subreddit the post goes to (`r/name` or `name`).
  { header: 'Subreddit', field: 'subreddit', versioned: true, series: true },
  // The content pillar (Settings sheet's Pillar list), e.g. `Educational`.
  { header: 'Pillar', field: 'pillar', versioned: true, series: true },
  // How the post repeats (`weekly on Mon, Thu; until 2026-03-31`), or `evergreen 30` (re-usable in gaps, 30 days
  // apart), `''` for a one-off; on an occurrence the add-on writes its series here (`↻ P-… 2026-03-05 #…`).
  // See recurrence.ts and series-sync.ts.
  { header: 'Repeat', field: 'repeat', versioned: true },
  // WoopSocial hand-off (issue #20): the WoopSocial post ID and its delivery status.
  { header: 'WoopSocial ID' },
  { header: 'Delivery' },
] as const satisfies readonly ColumnSpec[];

type Column = (typeof CALENDAR_TABLE)[number];
type FieldColumn = Extract<Column, { field: string }>;

/** A Calendar column's header. */
export type CalendarColumn = Column['header'];

/** A column the add-on writes itself (it holds no Post field). */
export type AddOnColumn = Exclude<Column, FieldColumn>['header'];

/** A column that holds a Post field. */
export type PostColumn = FieldColumn['header'];

/** A Post field's name. */
export type PostField = FieldColumn['field'];

/** The fields whose columns carry `flag`. */
type FieldsWith<F extends keyof Flags> = Extract<FieldColumn, { readonly [P in F]: true }>['field'];

// The lists below are marked pure so that a bundle keeps only those it uses (the pages use few).
const FIELD_COLUMNS = /* @__PURE__ */ CALENDAR_TABLE.filter((column): column is FieldColumn => 'field' in column);

/** The Calendar columns, in their default order. */
export const CALENDAR_COLUMNS: readonly CalendarColumn[] = /* @__PURE__ */ CALENDAR_TABLE.map((column) => column.header);

/** Columns the add-on writes itself: checks, the audit stamp, the approval record and the WoopSocial hand-off. */
export const ADD_ON_COLUMNS: readonly AddOnColumn[] = /* @__PURE__ */ CALENDAR_TABLE.filter((column) => !('field' in column)).map(
  (column) => column.header as AddOnColumn,
);

/** The Post's fields, in column order. */
export const POST_FIELDS: readonly PostField[] = /* @__PURE__ */ FIELD_COLUMNS.map((column) => column.field);

/** The Post field each calendar column holds (the add-on's own columns hold none), in column order. */
export const FIELD_BY_COLUMN = /* @__PURE__ */ Object.fromEntries(FIELD_COLUMNS.map((column) => [column.header, column.field])) as Readonly<
  Record<PostColumn, PostField>
>;

/** Each field's column header. */
export const HEADER_BY_FIELD = /* @__PURE__ */ Object.fromEntries(FIELD_COLUMNS.map((column) => [column.field, column.header])) as Readonly<
  Record<PostField, PostColumn>
>;

/** How each field's cell is read: a date, a time of day, or text. */
export const CELL_KIND_BY_FIELD = /* @__PURE__ */ Object.fromEntries(
  FIELD_COLUMNS.map((column) => [column.field, 'cell' in column ? column.cell : 'text']),
) as Readonly<Record<PostField, CellKind>>;

/** Other spellings of the headers (trimmed, case-folded), each with the column it names. */
export const HEADER_ALIASES: Readonly<Record<string, CalendarColumn>> = /* @__PURE__ */ Object.fromEntries(
  CALENDAR_TABLE.flatMap((column) => ('aliases' in column ? column.aliases.map((alias) => [alias, column.header]) : [])),
);

function columnsWith(flag: keyof Flags): FieldColumn[] {
  return FIELD_COLUMNS.filter((column) => (column as ColumnSpec)[flag] === true);
}

function fieldsWith<F extends keyof Flags>(flag: F): readonly FieldsWith<F>[] {
  return columnsWith(flag).map((column) => column.field as FieldsWith<F>);
}

/** Every field the form shows and saves (all but the ID): what a save's version covers. */
export const VERSION_FIELDS = /* @__PURE__ */ fieldsWith('versioned');

/** The fields an occurrence copies from its series' first post (not its date, status, notes or the Repeat rule). */
export const SERIES_FIELDS = /* @__PURE__ */ fieldsWith('series');

/** The only columns a stakeholder copy may show, whatever the settings list. */
export const SHAREABLE_COLUMNS: readonly CalendarColumn[] = /* @__PURE__ */ columnsWith('shareable').map((column) => column.header);

/**
 * An object holding `value` for every Post field, in column order: a zod shape, or the empty post.
 * @param value What each field holds.
 */
export function postFieldShape<S>(value: S): Record<PostField, S> {
  return Object.fromEntries(POST_FIELDS.map((field) => [field, value])) as Record<PostField, S>;
}

/** A post: one text per field. */
export const postSchema = /* @__PURE__ */ z.object(postFieldShape(z.string()));
