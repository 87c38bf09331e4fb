/** Finds the URLs in a text the way X does (twitter-text's extractor, bare domains included). */

// Deep import of one CommonJS module of the official package: the whole package bundles to ~85 KB minified,
// this module (with its TLD lists, punycode and the core-js 2 polyfills it pulls in) to ~40 KB. Jest runs it as
// it is; the server build takes its ESM copy instead, required on the first call, with the TLD lists read from
// dist/UrlTlds.html (lazyUrlExtractor in scripts/lib/server-build-options.cjs).
import extractUrlsWithIndices from 'twitter-text/dist/extractUrlsWithIndices';

/** A URL found in a text, with its UTF-16 start index and length. */
export interface FoundUrl {
  url: string;
  index: number;
  length: number;
}

/**
 * The URLs in `text`, in order: with `withoutProtocol` (default) also bare domains such as `example.com`, as X
 * counts them; without it only `http(s)://` URLs, as Mastodon counts them.
 */
export function findUrls(text: string, withoutProtocol = true): readonly FoundUrl[] {
  // twitter-text's own quick exit, repeated here so that plain text skips the call entirely.
  if (withoutProtocol ? text.indexOf('.') < 0 : text.indexOf(':') < 0) return NONE;
  // One check looks for the caption's URLs more than once (its length, its links); remember the last answer.
  const cache = withoutProtocol ? lastAll : lastWithProtocol;
  if (cache.text === text) return cache.urls;
  const urls = extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: withoutProtocol }).map((e) => ({
    url: e.url,
    index: e.indices[0],
    length: e.indices[1] - e.indices[0],
  }));
  cache.text = text;
  cache.urls = urls;
  return urls;
}

const NONE: readonly FoundUrl[] = [];
const lastAll: { text: string | undefined; urls: readonly FoundUrl[] } = { text: undefined, urls: NONE };
const lastWithProtocol: { text: string | undefined; urls: readonly FoundUrl[] } = { text: undefined, urls: NONE };
