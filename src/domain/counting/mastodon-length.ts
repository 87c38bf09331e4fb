/** Mastodon's status length: graphemes, every http(s) URL 23, a remote mention counts only its @user part. */

import { findUrls } from './find-urls';
import { graphemeLength } from './grapheme-profile';

/** Characters Mastodon reserves per URL (`characters_reserved_per_url`, default 23). */
export const MASTODON_URL_LENGTH = 23;

// Mastodon's Account::MENTION_RE, with [[:word:]] spelled as Unicode letters, marks, digits and connectors.
const REMOTE_MENTION =
  /(^|[^=/\p{L}\p{M}\p{N}\p{Pc}])@([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)@[\p{L}\p{M}\p{N}\p{Pc}.-]+[\p{L}\p{M}\p{N}\p{Pc}]/giu;

/**
 * The text Mastodon counts, as its StatusLengthValidator builds it: each URL with a protocol becomes 23 `x`,
 * each `@user@domain` becomes `@user`.
 */
export function mastodonCountableText(text: string): string {
  let out = '';
  let at = 0;
  for (const url of findUrls(text, false)) {
    out += text.slice(at, url.index) + 'x'.repeat(MASTODON_URL_LENGTH);
    at = url.index + url.length;
  }
  out += text.slice(at);
  return out.indexOf('@') < 0 ? out : out.replace(REMOTE_MENTION, '$1@$2');
}

/**
 * Mastodon's length of a status: grapheme clusters of the countable text (URLs 23, remote-mention domains free),
 * content warning included when given. Source: upstream `status_length_validator.rb` and posting.md.
 */
export function mastodonLength(text: string, contentWarning = ''): number {
  return graphemeLength(contentWarning + mastodonCountableText(text));
}
