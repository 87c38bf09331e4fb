/** Validates what the sidebar sends to savePost() and turns it into one Post per chosen platform. */

import * as z from 'zod/mini';
import { needsTextGuard } from './cell-text';
import { t } from './i18n';
import type { Post } from './post';
import { emptyPost } from './post';
import { POST_FIELDS, postFieldShape } from './post-fields';
import { readVersion, type PostVersion } from './post-version';
import { isValidTimeZone, parseIsoDate, parseTime } from './schedule/post-instant';
import { staggeredTime } from './schedule/platform-spread';

/** A Google Sheets cell holds at most this many characters (semantics W-12). */
export const CELL_CHARACTER_LIMIT = 50000;

/** The post's text fields: its ID and every field a form saves (declared once, in post-fields.ts). */
const TEXT_FIELDS = POST_FIELDS;

const optionalText = z.optional(z.nullable(z.string()));

/** The shape of savePost()'s input, shared by the form and the server (the sidebar imports it too). */
export const postInputSchema = z.object({
  ...postFieldShape(optionalText),
  platforms: z.optional(z.nullable(z.array(z.string()))),
  captions: z.optional(z.nullable(z.record(z.string(), z.string()))),
  /** Minutes between the platforms' copies of a new post (each platform after the first goes out this much later). */
  stagger: z.optional(z.nullable(z.number())),
  utm: z.optional(z.nullable(z.boolean())),
  /** An edit's version: the field values the form loaded (see post-version.ts); checked against the row before writing. */
  loaded: z.optional(z.nullable(z.record(z.string(), z.string()))),
});

/** A field-level problem with the input, shown under that field (`field` '' for the input as a whole). */
export interface FieldError {
  field: string;
  message: string;
}

/** The lists the calendar allows, from the Settings sheet. */
export interface AllowedValues {
  platforms: readonly string[];
  formats: readonly string[];
  statuses: readonly string[];
}

/** The validated input: the posts to write (one per platform, `id` empty for new ones). */
export type ParsedInput =
  | { ok: true; posts: Post[]; utm: boolean; loaded: PostVersion | null }
  | { ok: false; errors: FieldError[] };

function fieldName(locale: string, field: string): string {
  return t(locale, `field.${field}`);
}

/** Finds `value` in `list` ignoring case and surrounding spaces; returns the list's spelling. */
function canonical(list: readonly string[], value: string): string | undefined {
  const wanted = value.trim().toLowerCase();
  return list.find((item) => item.toLowerCase() === wanted);
}

/**
 * Validates savePost()'s input. Never throws: anything malformed (wrong types, unknown platform,
 * an impossible date, text over a cell's 50,000 characters) becomes a FieldError in the locale's
 * language. Empty status becomes the first status after Idea (Draft by default).
 */
export function parsePostInput(input: unknown, allowed: AllowedValues, defaults: { timeZone: string; locale: string }): ParsedInput {
  const { locale } = defaults;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ field: '', message: t(locale, 'input.notObject') }] };
  }
  const shape = postInputSchema.safeParse(input);
  const errors: FieldError[] = [];
  if (!shape.success) {
    const reported = new Set<string>();
    for (const issue of shape.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (reported.has(field)) continue;
      reported.add(field);
      if (field === 'loaded') {
        errors.push({ field: '', message: t(locale, 'input.badVersion') });
        continue;
      }
      const key = field === 'platforms' || field === 'captions' ? 'input.badList' : 'input.notText';
      errors.push({ field, message: t(locale, key, { field: fieldName(locale, field) }) });
    }
    return { ok: false, errors };
  }
  const data = shape.data;
  const post = emptyPost();
  for (const field of TEXT_FIELDS) post[field] = (data[field] ?? '').replace(/\r\n?/g, '\n');
  for (const field of ['id', 'date', 'time', 'timeZone', 'platform', 'format', 'status', 'link'] as const) {
    post[field] = post[field].trim();
  }
  const captions = data.captions ?? {};
  for (const [field, value] of [...TEXT_FIELDS.map((f) => [f, post[f]] as const), ...Object.values(captions).map((c) => ['captions', c] as const)]) {
    // Text written with the guard's apostrophe (cell-text.ts) takes one character more of the cell.
    const limit = needsTextGuard(value) ? CELL_CHARACTER_LIMIT - 1 : CELL_CHARACTER_LIMIT;
    if (value.length > limit) {
      errors.push({
        field,
        message: t(locale, 'input.tooLong', {
          field: fieldName(locale, field),
          length: value.length.toLocaleString('en-US'),
          excess: (value.length - limit).toLocaleString('en-US'),
        }),
      });
    }
  }
  if (post.date && !parseIsoDate(post.date)) errors.push({ field: 'date', message: t(locale, 'input.badDate') });
  if (post.time) {
    const time = parseTime(post.time);
    if (!time) errors.push({ field: 'time', message: t(locale, 'input.badTime') });
    else post.time = `${String(time[0]).padStart(2, '0')}:${String(time[1]).padStart(2, '0')}`;
  }
  if (!post.timeZone) post.timeZone = defaults.timeZone;
  else if (!isValidTimeZone(post.timeZone)) {
    errors.push({ field: 'timeZone', message: t(locale, 'input.badTimeZone', { value: post.timeZone }) });
  }
  const requested = (data.platforms && data.platforms.length > 0 ? data.platforms : [post.platform]).map((p) => p.trim()).filter(Boolean);
  const platforms: string[] = [];
  for (const name of requested) {
    const known = canonical(allowed.platforms, name);
    if (!known) errors.push({ field: 'platforms', message: t(locale, 'input.unknownPlatform', { value: name }) });
    else if (!platforms.includes(known)) platforms.push(known);
  }
  if (requested.length === 0) errors.push({ field: 'platforms', message: t(locale, 'input.noPlatform') });
  if (post.id && platforms.length > 1) errors.push({ field: 'platforms', message: t(locale, 'input.oneRowEdit') });
  if (post.format) {
    const known = canonical(allowed.formats, post.format);
    if (known) post.format = known;
    else errors.push({ field: 'format', message: t(locale, 'input.unknownFormat', { value: post.format }) });
  }
  if (post.status) {
    const known = canonical(allowed.statuses, post.status);
    if (known) post.status = known;
    else errors.push({ field: 'status', message: t(locale, 'input.unknownStatus', { value: post.status }) });
  } else {
    post.status = allowed.statuses.find((s) => s.toLowerCase() === 'draft') ?? allowed.statuses[0] ?? '';
  }
  if (isEmptyPost(post, captions)) errors.push({ field: 'caption', message: t(locale, 'input.emptyPost') });
  if (errors.length > 0) return { ok: false, errors };
  const posts = platforms.map((platform) => {
    const override = Object.keys(captions).find((key) => key.toLowerCase() === platform.toLowerCase());
    return { ...post, platform, caption: override !== undefined && captions[override].trim() !== '' ? captions[override] : post.caption };
  });
  const staggerError = staggerCopies(posts, data.stagger, locale);
  if (staggerError) return { ok: false, errors: [staggerError] };
  return { ok: true, posts, utm: data.utm === true, loaded: post.id ? readVersion(data.loaded) : null };
}

/** True when nothing but a platform, status or bookkeeping was given: no date, format, title, caption, hashtags, link or media. */
function isEmptyPost(post: Post, captions: Readonly<Record<string, string>>): boolean {
  const content = [post.date, post.format, post.title, post.caption, post.hashtags, post.link, post.media, ...Object.values(captions)];
  return content.every((value) => value.trim() === '');
}

/** Moves each copy after the first `stagger` minutes after the one before; an error when that passes midnight. */
function staggerCopies(posts: Post[], stagger: number | null | undefined, locale: string): FieldError | null {
  if (!stagger || posts.length < 2 || !posts[0].time) return null;
  if (!Number.isInteger(stagger) || stagger < 1 || stagger > 720) return { field: 'time', message: t(locale, 'input.badStagger') };
  for (let i = 1; i < posts.length; i++) {
    const time = staggeredTime(posts[0].time, i, stagger);
    if (!time) return { field: 'time', message: t(locale, 'input.staggerPastMidnight', { count: posts.length, minutes: stagger }) };
    posts[i] = { ...posts[i], time };
  }
  return null;
}
