/** Tells whether a grapheme cluster is an emoji, from Unicode properties rather than a dated emoji list. */

// `u`-flag property escapes (ES2018) follow the runtime's own Unicode data. \p{RGI_Emoji} would be exact but
// needs the ES2024 `v` flag, so the test below is built from single-code-point properties instead.
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;
const EXTENDED_PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const EMOJI = /\p{Emoji}/u;

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** A code point shown as an emoji on its own: default emoji presentation, or a pictograph outside the BMP. */
function isEmojiCodePoint(cp: number, ch: string): boolean {
  // Extended_Pictographic covers the unassigned code points of the emoji blocks, so emoji newer than the
  // runtime's Unicode data (e.g. U+1FAE9 🫩 on an older ICU) are still recognised.
  return EMOJI_PRESENTATION.test(ch) || (cp > 0xffff && EXTENDED_PICTOGRAPHIC.test(ch)) || isRegionalIndicator(cp);
}

/** Code points that make the character before them part of an emoji sequence. */
function isEmojiJoiner(cp: number): boolean {
  return (
    cp === 0xfe0f || // emoji presentation selector (❤️)
    cp === 0x20e3 || // combining enclosing keycap (1️⃣)
    cp === 0x200d || // zero width joiner (👨‍👩‍👧)
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || // skin tone modifiers (👍🏽)
    (cp >= 0xe0020 && cp <= 0xe007f) || // tag sequences (🏴󠁧󠁢󠁥󠁮󠁧󠁿)
    isRegionalIndicator(cp) // flags (🇯🇵)
  );
}

/**
 * Whether one extended grapheme cluster is an emoji: a single emoji-presentation code point (😀, 🫩), or a
 * sequence that starts with an emoji-capable character followed by a presentation selector, keycap, ZWJ,
 * skin tone, tag or second regional indicator (❤️‍🔥, 🐦‍🔥, 🧑🏽‍🦰, 🇵🇱, 1️⃣). Text-style symbols such as a
 * bare © or ☺ are not emoji.
 */
export function isEmojiCluster(cluster: string): boolean {
  const cp0 = cluster.codePointAt(0);
  if (cp0 === undefined) return false;
  const first = String.fromCodePoint(cp0);
  if (first.length === cluster.length) return isEmojiCodePoint(cp0, first);
  const cp1 = cluster.codePointAt(first.length) as number;
  if (isEmojiJoiner(cp1)) {
    return isRegionalIndicator(cp0) || EMOJI.test(first) || EXTENDED_PICTOGRAPHIC.test(first);
  }
  return isEmojiCodePoint(cp0, first);
}
