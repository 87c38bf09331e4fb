/** The text a post publishes (caption plus the Hashtags column) and the hashtags, mentions and phone numbers in it. */

const HASHTAG = /(^|[^\p{L}\p{M}\p{N}_&#＃/])[#＃]([\p{L}\p{M}\p{N}_]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*)/gu;
const MENTION =
  /(^|[^\p{L}\p{N}_.@/])@([A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?/gu;
const PHONE = /\+?\(?\d[\d\s()./-]{5,20}\d/g;

/** The hashtags in `text`, without `#`, in order (repeats included): `#spring`, `#Launch2026`; not `#1` or URL fragments. */
export function findHashtags(text: string): string[] {
  if (text.indexOf('#') < 0 && text.indexOf('＃') < 0) return [];
  const tags: string[] = [];
  HASHTAG.lastIndex = 0;
  for (let m = HASHTAG.exec(text); m; m = HASHTAG.exec(text)) tags.push(m[2]);
  return tags;
}

/** How many @-mentions `text` holds (`@brand`, `@user@mastodon.social` = 1; e-mail addresses are not mentions). */
export function countMentions(text: string): number {
  if (text.indexOf('@') < 0) return 0;
  let n = 0;
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) n++;
  return n;
}

/**
 * The Hashtags column as hashtags: `#launch #spring`, `launch, spring` and `#launch,#spring` all give
 * `['#launch', '#spring']`.
 */
export function hashtagTokens(hashtags: string): string[] {
  return hashtags
    .split(/[\s,;]+/)
    .map((token) => token.replace(/^[#＃]+/, ''))
    .filter((token) => token !== '')
    .map((token) => `#${token}`);
}

/**
 * The text the post publishes: the caption, then a blank line and the Hashtags column's tags that the caption
 * does not already hold (case-insensitive), as schedulers append them. With an empty caption, the tags alone.
 */
export function publishedText(caption: string, hashtags: string): string {
  if (!hashtags.trim()) return caption;
  const present = new Set(findHashtags(caption).map((tag) => tag.toLowerCase()));
  const missing = hashtagTokens(hashtags).filter((tag) => !present.has(tag.slice(1).toLowerCase()));
  if (missing.length === 0) return caption;
  const body = caption.replace(/\s+$/, '');
  return body ? `${body}\n\n${missing.join(' ')}` : missing.join(' ');
}

/**
 * The phone numbers in `text`: runs of 7–15 digits with the usual separators (`+48 600 700 800`, `(555) 123-4567`),
 * leaving out what looks like a date, a year range or a grouped amount (`2026-03-15`, `2025-2026`, `1.250.000`).
 */
export function findPhoneNumbers(text: string): string[] {
  const found: string[] = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    const candidate = m[0].trim();
    const digits = candidate.replace(/\D/g, '').length;
    if (digits < 7 || digits > 15) continue;
    if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(candidate)) continue;
    if (/^\d{4}\s*[-/]\s*\d{4}$/.test(candidate)) continue;
    if (/^\d{1,3}([.,\s]\d{3})+$/.test(candidate)) continue;
    found.push(candidate);
  }
  return found;
}

/** The media addresses in the Media column: one per line, also separated by spaces, or by commas before a URL. */
export function mediaItems(media: string): string[] {
  const items: string[] = [];
  for (const token of media.split(/\s+/)) {
    if (!token) continue;
    // Commas separate only before another address, so `w_100,h_100` inside an image URL stays whole.
    const parts =
      token.indexOf(',') < 0 && token.indexOf(';') < 0 ? [token] : token.split(/[,;](?=https?:\/\/|www\.)/i);
    for (const part of parts) {
      const item = part.replace(/[,;]+$/, '');
      if (item) items.push(item);
    }
  }
  return items;
}
