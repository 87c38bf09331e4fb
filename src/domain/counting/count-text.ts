/** Counts a text by any platform's method: the single entry point the rules use. */

import { graphemeLength } from './grapheme-profile';
import { mastodonLength } from './mastodon-length';
import { threadsLength } from './threads-length';
import { utf16Length } from './utf16-length';
import { utf8Length } from './utf8-length';
import { xWeightedLength } from './x-weighted-length';
import type { CountingMethod } from './counting-methods';

export { COUNTING_METHODS, COUNTING_UNITS, isCountingMethod, type CountingMethod } from './counting-methods';

const COUNTERS: Record<CountingMethod, (text: string) => number> = {
  'x-weighted': xWeightedLength,
  graphemes: graphemeLength,
  utf16: utf16Length,
  'utf8-bytes': utf8Length,
  mastodon: (text) => mastodonLength(text),
  threads: threadsLength,
};

/** The length of `text` counted by `method`. */
export function countText(text: string, method: CountingMethod): number {
  return COUNTERS[method](text);
}
