/** Counts grapheme clusters fast, segmenting only the parts of a text that need it, and lists the non-trivial clusters. */

import { splitGraphemes } from './grapheme-splitter';

/** A grapheme cluster that is not one simple character (emoji, combining sequences, most non-Latin scripts). */
export interface Cluster {
  index: number;
  text: string;
}

/** What graphemeProfile() finds in a text. */
export interface GraphemeProfile {
  /** Extended grapheme clusters in the text. */
  count: number;
  /** The clusters that are not a single simple character, in text order. */
  complex: Cluster[];
}

/**
 * "Simple" UTF-16 units: characters that never join a neighbouring simple character into one grapheme cluster
 * (UAX #29 rule GB999 applies between any two of them; CR LF is the one exception and is handled apart).
 * Latin, Greek and Cyrillic letters without combining marks, general punctuation, kana, CJK ideographs and
 * full-width forms. Combining marks, variation selectors, ZWJ, surrogates, Hangul and Indic scripts are not simple.
 */
function isSimple(c: number): boolean {
  return (
    c < 0x300 ||
    (c >= 0x370 && c <= 0x482) ||
    (c >= 0x48a && c <= 0x52f) ||
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x3000 && c <= 0x3029) ||
    (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x30a1 && c <= 0x30fa) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xff01 && c <= 0xff5e)
  );
}

/**
 * Counts the extended grapheme clusters of `text` and returns the non-trivial ones. Between two simple characters
 * there is always a cluster boundary, so only the stretches around other characters go through the (slow)
 * segmenter: a plain-Latin caption costs one pass over its characters. The result is shared (the last one is
 * cached): do not modify it.
 */
export function graphemeProfile(text: string): GraphemeProfile {
  // One check counts the same caption several ways (Threads: graphemes and emoji bytes); remember the last one.
  if (text === lastText && lastProfile) return lastProfile;
  lastProfile = profileOf(text);
  lastText = text;
  return lastProfile;
}

let lastText = '';
let lastProfile: GraphemeProfile | undefined;

function profileOf(text: string): GraphemeProfile {
  const n = text.length;
  const complex: Cluster[] = [];
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSimple(c)) {
      const d = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (d === -1 || isSimple(d)) {
        count++;
        i += c === 13 && d === 10 ? 2 : 1;
        continue;
      }
    }
    // A stretch that ends at the first boundary between two simple characters (never inside CR LF).
    let j = i + 1;
    while (j < n) {
      const prev = text.charCodeAt(j - 1);
      const next = text.charCodeAt(j);
      if (isSimple(prev) && isSimple(next) && !(prev === 13 && next === 10)) break;
      j++;
    }
    for (const { segment, index } of splitGraphemes(text.slice(i, j))) {
      count++;
      if (segment.length > 1 || !isSimple(segment.charCodeAt(0))) complex.push({ index: i + index, text: segment });
    }
    i = j;
  }
  return { count, complex };
}

/** The number of extended grapheme clusters (user-perceived characters) in `text`: Bluesky's and Mastodon's unit. */
export function graphemeLength(text: string): number {
  return graphemeProfile(text).count;
}
