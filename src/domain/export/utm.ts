/** The UTM builder: adds a template's utm_* parameters to a post's link without touching what the link already has. */

import type { Post } from '../post';

/** The template new settings start with; `{name}` placeholders are filled from the post. */
export const DEFAULT_UTM_TEMPLATE = 'utm_source={platform}&utm_medium=social&utm_campaign={campaign}&utm_content={id}';

/** The placeholders a template may use. `{platform}` becomes lower case with hyphens (`google-business-profile`). */
export const UTM_PLACEHOLDERS = ['platform', 'campaign', 'id', 'row_id', 'format', 'date'] as const;

/**
 * Splits a template into [key, value] pairs. Pairs may be separated by `&`, `,`, `;` or new lines, so
 * `utm_source={platform}, utm_medium=social` from a settings cell works too. Pairs without `=` or a
 * key are ignored; a key given twice keeps its first value.
 */
export function parseUtmTemplate(template: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (const part of template.split(/[&,;\r\n]+/)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    if (!key || seen.has(key.toLowerCase())) continue;
    seen.add(key.toLowerCase());
    pairs.push([key, part.slice(eq + 1).trim()]);
  }
  return pairs;
}

/** A template value with its placeholders filled from the post; unknown placeholders become empty. */
export function fillUtmValue(
  value: string,
  post: Pick<Post, 'platform' | 'campaign' | 'id' | 'format' | 'date'>,
): string {
  return value
    .replace(/\{(\w+)\}/g, (_, name: string) => {
      switch (name) {
        case 'platform':
          return post.platform.trim().toLowerCase().replace(/\s+/g, '-');
        case 'campaign':
          return post.campaign.trim();
        case 'id':
        case 'row_id':
          return post.id.trim();
        case 'format':
          return post.format.trim();
        case 'date':
          return post.date.trim();
        default:
          return '';
      }
    })
    .trim();
}

/** Decodes a query-string key (`+` is a space); a malformed escape leaves it as written. */
function decodeQueryKey(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** The keys (decoded, lower case) already in a link's query string. */
export function queryKeys(link: string): string[] {
  const hash = link.indexOf('#');
  const base = hash < 0 ? link : link.slice(0, hash);
  const q = base.indexOf('?');
  if (q < 0) return [];
  return base
    .slice(q + 1)
    .split('&')
    .filter((part) => part !== '')
    .map((part) => decodeQueryKey(part.split('=')[0]).toLowerCase());
}

/**
 * Adds the template's UTM parameters to `link`. Parameters the link already has (compared by key,
 * case-insensitively) are kept as they are and never added twice; parameters whose value comes out
 * empty (a post without a campaign) are left out; the `#fragment` stays at the end; values are
 * percent-encoded. An empty link stays empty. Pure string work: Apps Script's V8 has no URL class.
 */
export function applyUtm(
  link: string,
  template: string,
  post: Pick<Post, 'platform' | 'campaign' | 'id' | 'format' | 'date'>,
): string {
  const trimmed = link.trim();
  if (!trimmed) return '';
  const hash = trimmed.indexOf('#');
  const base = hash < 0 ? trimmed : trimmed.slice(0, hash);
  const fragment = hash < 0 ? '' : trimmed.slice(hash);
  const existing = new Set(queryKeys(base));
  const added: string[] = [];
  for (const [key, value] of parseUtmTemplate(template)) {
    if (existing.has(key.toLowerCase())) continue;
    const filled = fillUtmValue(value, post);
    if (!filled) continue;
    existing.add(key.toLowerCase());
    added.push(`${encodeURIComponent(key)}=${encodeURIComponent(filled)}`);
  }
  if (added.length === 0) return trimmed;
  const separator = !base.includes('?') ? '?' : /[?&]$/.test(base) ? '' : '&';
  return base + separator + added.join('&') + fragment;
}

/** A copy of the post whose link carries the UTM parameters (what the X/Threads length check should count). */
export function withUtm<T extends Pick<Post, 'link' | 'platform' | 'campaign' | 'id' | 'format' | 'date'>>(
  post: T,
  template: string,
): T {
  return { ...post, link: applyUtm(post.link, template, post) };
}
