/** Threads' text length: 500 "characters" where an emoji counts as many as its UTF-8 bytes. */

import { isEmojiCluster } from './emoji-cluster';
import { graphemeProfile } from './grapheme-profile';
import { utf8Length } from './utf8-length';

/**
 * Threads' length of `text`: one per grapheme cluster, except that an emoji cluster counts its UTF-8 bytes
 * (😀 = 4, ❤️ = 6, 👍🏽 = 8, 👨‍👩‍👧‍👦 = 25). Meta: "Emojis are counted as the number of UTF-8 bytes" (Threads
 * Posts doc, 2026-04-14). The reading is the most plausible one, not a verified one (confidence U).
 */
export function threadsLength(text: string): number {
  const profile = graphemeProfile(text);
  let length = profile.count;
  for (const cluster of profile.complex) {
    if (isEmojiCluster(cluster.text)) length += utf8Length(cluster.text) - 1;
  }
  return length;
}
