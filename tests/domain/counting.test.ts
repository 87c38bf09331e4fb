/** Text counting per platform method: UTF-8 bytes, graphemes (both engines), Bluesky, Mastodon, Threads, YouTube, TikTok. */

import fc from 'fast-check';
import { countText, COUNTING_METHODS } from '../../src/domain/counting/count-text';
import { graphemeLength, graphemeProfile } from '../../src/domain/counting/grapheme-profile';
import { graphemeEngine } from '../../src/domain/counting/grapheme-splitter';
import { isEmojiCluster } from '../../src/domain/counting/emoji-cluster';
import { mastodonCountableText, mastodonLength } from '../../src/domain/counting/mastodon-length';
import { threadsLength } from '../../src/domain/counting/threads-length';
import { utf8Length } from '../../src/domain/counting/utf8-length';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const intlCount = (text: string) => Array.from(segmenter.segment(text)).length;

// Pieces that exercise every branch of the fast path: ASCII, CR LF, Latin with combining marks, CJK, kana with
// voiced marks, Hangul jamo, Devanagari, emoji sequences, flags, keycaps, variation selectors, lone surrogates.
const PIECES = [
  'a',
  'Z',
  ' ',
  '\r',
  '\n',
  '\r\n',
  'é',
  'e\u0301',
  'ą',
  '\u0301',
  'ß',
  'Ω',
  'я',
  'ё\u0308',
  '中',
  '。',
  'か',
  'か\u3099',
  '\u1100\u1161\u11a8',
  '한',
  'न',
  'नमस्ते',
  'क्ष',
  '😀',
  '👍🏽',
  '❤️',
  '❤️‍🔥',
  '🐦‍🔥',
  '🫩',
  '👨‍👩‍👧‍👦',
  '🇵🇱',
  '🇦',
  '1️⃣',
  '#',
  '©',
  '︎',
  '\u200d',
  '\ud83d',
  '\ude00',
  '…',
  '—',
  '“',
  '！',
  'ﾟ',
];
const mixed = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('utf8Length (hand-written, no TextEncoder)', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['ą', 2],
    ['中', 3],
    ['😀', 4],
    ['👨‍👩‍👧‍👦', 25],
    ['\ud83d', 3], // lone surrogate → U+FFFD, as TextEncoder does
  ])('%j = %d bytes', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
  });

  it('agrees with Buffer.byteLength on any well-formed string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => utf8Length(s) === Buffer.byteLength(s, 'utf8')));
    fc.assert(fc.property(mixed, (s) => utf8Length(s) === new TextEncoder().encode(s).length));
  });
});

describe('graphemes', () => {
  it('uses Intl.Segmenter when the runtime has it', () => {
    expect(graphemeEngine()).toBe('intl-segmenter');
  });

  it('counts like Intl.Segmenter on mixed text (the fast path never splits a cluster)', () => {
    fc.assert(
      fc.property(mixed, (s) => graphemeLength(s) === intlCount(s)),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => graphemeLength(s) === intlCount(s)),
      { numRuns: 1000 },
    );
  });

  it('lists the non-trivial clusters with their indices', () => {
    const text = 'Hi 👍🏽 and e\u0301!';
    const complex = graphemeProfile(text).complex;
    expect(complex.map((c) => c.text)).toEqual(['👍🏽', 'e\u0301']);
    for (const c of complex) expect(text.substr(c.index, c.text.length)).toBe(c.text);
  });

  it('counts atproto’s own examples', () => {
    expect(graphemeLength('👨‍👩‍👧‍👧')).toBe(1);
    expect(graphemeLength('नमस्ते')).toBe(3);
    expect(graphemeLength('a\r\nb')).toBe(3);
  });
});

describe('without Intl.Segmenter (the UAX #29 fallback)', () => {
  const saved = (Intl as unknown as { Segmenter?: unknown }).Segmenter;
  type CountingModules = {
    splitter: typeof import('../../src/domain/counting/grapheme-splitter');
    profile: typeof import('../../src/domain/counting/grapheme-profile');
    x: typeof import('../../src/domain/counting/x-weighted-length');
  };
  let fallback: CountingModules;

  beforeAll(() => {
    delete (Intl as unknown as { Segmenter?: unknown }).Segmenter;
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports -- a fresh copy of the modules, loaded after Intl.Segmenter is gone */
      fallback = {
        splitter: require('../../src/domain/counting/grapheme-splitter'),
        profile: require('../../src/domain/counting/grapheme-profile'),
        x: require('../../src/domain/counting/x-weighted-length'),
      };
      /* eslint-enable @typescript-eslint/no-require-imports */
    });
  });
  afterAll(() => {
    (Intl as unknown as { Segmenter?: unknown }).Segmenter = saved;
  });

  it('really runs without Intl.Segmenter', () => {
    expect((Intl as unknown as { Segmenter?: unknown }).Segmenter).toBeUndefined();
    expect(fallback.splitter.graphemeEngine()).toBe('uax29');
  });

  it('counts the same as Intl.Segmenter', () => {
    fc.assert(
      fc.property(mixed, (s) => fallback.profile.graphemeLength(s) === intlCount(s)),
      { numRuns: 2000 },
    );
    expect(fallback.splitter.splitGraphemes('a🐦‍🔥b').map((g) => g.segment)).toEqual(['a', '🐦‍🔥', 'b']);
  });

  it('passes the X conformance-style counts and Bluesky’s examples', () => {
    expect(fallback.profile.graphemeLength('👨‍👩‍👧‍👧')).toBe(1);
    expect(fallback.profile.graphemeLength('नमस्ते')).toBe(3);
    expect(fallback.x.xWeightedLength('👨‍👩‍👧‍👦'.repeat(140))).toBe(280);
  });

  it('gives the same X weighted length', () => {
    expect(fallback.x.xWeightedLength('❤️‍🔥 🫩 🇵🇱 https://example.com こんにちは')).toBe(
      2 + 1 + 2 + 1 + 2 + 1 + 23 + 1 + 10,
    );
  });
});

describe('emoji clusters', () => {
  it.each(['😀', '🫩', '❤️', '❤️‍🔥', '🐦‍🔥', '👍🏽', '🇵🇱', '1️⃣', '1⃣', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', '👨‍👩‍👧‍👦', '⌚'])('%s is an emoji', (c) => {
    expect(isEmojiCluster(c)).toBe(true);
  });
  it.each(['a', '©', '☺', '1', '#', 'e\u0301', 'क्ष', '中', '™'])('%s is not', (c) => {
    expect(isEmojiCluster(c)).toBe(false);
  });
});

describe('Bluesky: 300 graphemes and 3,000 UTF-8 bytes', () => {
  it('300 CJK characters are 300 graphemes and 900 bytes: within both limits', () => {
    const text = '中'.repeat(300);
    expect(countText(text, 'graphemes')).toBe(300);
    expect(countText(text, 'utf8-bytes')).toBe(900);
  });
  it('150 family emoji are 150 graphemes but 3,750 bytes: over the byte limit only', () => {
    const text = '👨‍👩‍👧‍👦'.repeat(150);
    expect(countText(text, 'graphemes')).toBe(150);
    expect(countText(text, 'utf8-bytes')).toBe(3750);
  });
  it('1,100 four-byte emoji are over both (1,100 graphemes, 4,400 bytes)', () => {
    const text = '😀'.repeat(1100);
    expect(countText(text, 'graphemes')).toBe(1100);
    expect(countText(text, 'utf8-bytes')).toBe(4400);
  });
});

describe('Mastodon', () => {
  it('counts a remote mention by its @user part only', () => {
    expect(mastodonCountableText('hi @alice@mastodon.social!')).toBe('hi @alice!');
    expect(mastodonLength('hi @alice@mastodon.social!')).toBe(10);
    expect(mastodonLength('@bob hello')).toBe(10);
  });
  it('counts every http(s) URL as 23, but not bare domains', () => {
    expect(mastodonLength('read https://example.com/a/very/long/path/that/goes/on?and=on')).toBe(5 + 23);
    expect(mastodonLength('see example.com')).toBe(15);
  });
  it('counts graphemes, and an e-mail address in full', () => {
    expect(mastodonLength('👨‍👩‍👧‍👦 ok')).toBe(4);
    expect(mastodonLength('mail me@example.org')).toBe(19);
  });
  it('adds the content warning', () => {
    expect(mastodonLength('body', 'CW: ')).toBe(8);
  });
});

describe('Threads: emoji count their UTF-8 bytes', () => {
  it.each([
    ['hello', 5],
    ['😀', 4],
    ['❤️', 6],
    ['👍🏽', 8],
    ['👨‍👩‍👧‍👦', 25],
    ['hi 😀!', 8],
    ['中文', 2],
    ['©', 1],
  ])('%s = %d', (text, n) => {
    expect(threadsLength(text)).toBe(n);
  });
});

describe('YouTube description bytes, TikTok UTF-16', () => {
  it('counts a description in UTF-8 bytes: 1,667 CJK characters are 5,001 bytes', () => {
    expect(countText('中'.repeat(1667), 'utf8-bytes')).toBe(5001);
    expect(countText('a'.repeat(5000), 'utf8-bytes')).toBe(5000);
  });
  it('counts TikTok captions in UTF-16 units: an emoji is 2', () => {
    expect(countText('😀', 'utf16')).toBe(2);
    expect(countText('👨‍👩‍👧‍👦', 'utf16')).toBe(11);
  });
  it('has a counter for every method', () => {
    for (const method of COUNTING_METHODS) expect(typeof countText('abc', method)).toBe('number');
  });
});
