/** The post's fields, declared once (issue #17 item 2): every list derived from the table agrees with the others and with what the sheet held before. */
import {
  ADD_ON_COLUMNS,
  CALENDAR_COLUMNS,
  CALENDAR_TABLE,
  CELL_KIND_BY_FIELD,
  FIELD_BY_COLUMN,
  HEADER_ALIASES,
  HEADER_BY_FIELD,
  POST_FIELDS,
  SERIES_FIELDS,
  SHAREABLE_COLUMNS,
  VERSION_FIELDS,
  postSchema,
  type PostField,
} from '../../src/domain/post-fields';
import type { VersionField } from '../../src/domain/post-version';
import { emptyPost, type Post } from '../../src/domain/post';
import { postInputSchema } from '../../src/domain/post-input';
import { occurrenceDigest } from '../../src/domain/planning/series-sync';
import { mapHeader, normalizeHeader } from '../../src/domain/header-map';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// Checked by the type checker: the Post type is the table's fields, all strings, and the version is every field but the ID.
const typesAgree: [Same<keyof Post, PostField>, Same<Post[keyof Post], string>, Same<VersionField, Exclude<PostField, 'id'>>] = [true, true, true];

const lower = (names: readonly string[]) => names.map((name) => normalizeHeader(name));

test('the headers and the aliases are unique, case-insensitively, and no alias is another column’s header', () => {
  expect(new Set(lower(CALENDAR_COLUMNS)).size).toBe(CALENDAR_COLUMNS.length);
  const aliases = Object.keys(HEADER_ALIASES);
  expect(new Set(lower(aliases)).size).toBe(aliases.length);
  for (const alias of aliases) {
    expect(alias).toBe(normalizeHeader(alias));
    expect(lower(CALENDAR_COLUMNS)).not.toContain(alias);
    expect(CALENDAR_COLUMNS).toContain(HEADER_ALIASES[alias]);
  }
});

test('every column is a post field or the add-on’s own, never both; fields and headers map one to one', () => {
  expect(new Set(POST_FIELDS).size).toBe(POST_FIELDS.length);
  expect([...Object.keys(FIELD_BY_COLUMN), ...ADD_ON_COLUMNS].sort()).toEqual([...CALENDAR_COLUMNS].sort());
  expect(Object.values(FIELD_BY_COLUMN)).toEqual(POST_FIELDS);
  for (const field of POST_FIELDS) expect(FIELD_BY_COLUMN[HEADER_BY_FIELD[field]]).toBe(field);
  expect(CALENDAR_TABLE.map((column) => column.header)).toEqual(CALENDAR_COLUMNS);
});

test('emptyPost has every field, empty, and nothing else; the schemas cover exactly the fields', () => {
  expect(typesAgree).toEqual([true, true, true]);
  const post: Post = emptyPost();
  expect(Object.keys(post)).toEqual(POST_FIELDS);
  expect(Object.values(post).every((value) => value === '')).toBe(true);
  expect(Object.keys(postSchema.def.shape)).toEqual(POST_FIELDS);
  expect(postSchema.safeParse(post).success).toBe(true);
  expect(postSchema.safeParse({ ...post, caption: 5 }).success).toBe(false);
  expect(Object.keys(postInputSchema.def.shape).slice(0, POST_FIELDS.length)).toEqual(POST_FIELDS);
  expect(emptyPost()).not.toBe(emptyPost());
});

test('the derived lists are fields of the post, in column order', () => {
  const inOrder = (fields: readonly string[]) => POST_FIELDS.filter((field) => fields.includes(field));
  for (const list of [VERSION_FIELDS, SERIES_FIELDS]) expect(list).toEqual(inOrder(list));
  const shared = SHAREABLE_COLUMNS.map((header) => FIELD_BY_COLUMN[header as keyof typeof FIELD_BY_COLUMN]);
  expect(shared).toEqual(inOrder(shared));
  expect(Object.keys(CELL_KIND_BY_FIELD)).toEqual(POST_FIELDS);
});

test('what the lists held before the table: header order, the add-on’s columns, the version, the series, the shareable columns', () => {
  // Pinned as one line each: a changed order would move columns in every existing calendar.
  expect(CALENDAR_COLUMNS.join('|')).toBe(
    'ID|Date|Time|Time zone|Platform|Format|Title|Caption|Hashtags|Link|Media|Status|Owner|Campaign|Notes|Checks|Updated|Approved by|Approved at|Approval|Review comments|First comment|Alt text|Subreddit|Pillar|Repeat|WoopSocial ID|Delivery',
  );
  expect(ADD_ON_COLUMNS.join('|')).toBe('Checks|Updated|Approved by|Approved at|Approval|Review comments|WoopSocial ID|Delivery');
  expect(VERSION_FIELDS).toEqual(POST_FIELDS.filter((field) => field !== 'id'));
  expect(SERIES_FIELDS.join('|')).toBe('time|timeZone|platform|format|title|caption|hashtags|link|media|owner|campaign|firstComment|altText|subreddit|pillar');
  // Notes, Owner, the planning fields and the add-on's columns never reach a stakeholder.
  expect(SHAREABLE_COLUMNS.join('|')).toBe('ID|Date|Time|Time zone|Platform|Format|Title|Caption|Hashtags|Link|Media|Status|Campaign');
  expect(Object.entries(CELL_KIND_BY_FIELD).filter(([, kind]) => kind !== 'text')).toEqual([
    ['date', 'date'],
    ['time', 'time'],
  ]);
});

test('an occurrence’s digest is what it was before the table (existing series keep recognising their rows)', () => {
  const post = emptyPost();
  POST_FIELDS.forEach((field, index) => (post[field] = `${field}-${index}`));
  expect(occurrenceDigest(post)).toBe('1e2qkjw');
});

test('the header aliases read as before', () => {
  expect(mapHeader(['Post ID', 'TZ', 'timezone', 'Text', 'copy', 'URL', 'Media URLs', 'check', 'Last  Updated'])).toEqual({
    ID: 1,
    'Time zone': 2,
    Caption: 4,
    Link: 6,
    Media: 7,
    Checks: 8,
    Updated: 9,
  });
});
