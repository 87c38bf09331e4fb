/** X weighted length: the 44 twitter-text conformance cases, newer emoji, and agreement with the official parseTweet. */

import * as fs from 'fs';
import * as path from 'path';
import { load } from 'js-yaml';
import twitterText from 'twitter-text';
import { parseXText, X_CONFIG_V2, X_CONFIG_V3, xWeightedLength } from '../../src/domain/counting/x-weighted-length';

// The conformance suite lives in shared/ beside the repository (CI lays a copy there too).
const REFERENCE = [path.resolve(__dirname, '../../../shared/reference/twitter-text'), '/work/shared/reference/twitter-text'].find(
  (dir) => fs.existsSync(path.join(dir, 'validate.yml')),
);
if (!REFERENCE) throw new Error('shared/reference/twitter-text/validate.yml not found beside the repository.');

interface Case {
  description: string;
  text: string;
  expected: Record<string, number | boolean>;
}

const suite = load(fs.readFileSync(path.join(REFERENCE!, 'validate.yml'), 'utf8')) as { tests: Record<string, Case[]> };

// The three weighted-length groups and the config twitter-text's own harnesses use for each.
const GROUPS: Array<[string, typeof X_CONFIG_V3]> = [
  ['WeightedTweetsCounterTest', X_CONFIG_V2],
  ['WeightedTweetsWithDiscountedEmojiCounterTest', X_CONFIG_V3],
  ['UnicodeDirectionalMarkerCounterTest', X_CONFIG_V3],
];

describe('twitter-text validate.yml weighted-length conformance', () => {
  it('holds 44 cases in the three weighted groups', () => {
    expect(GROUPS.reduce((n, [group]) => n + suite.tests[group].length, 0)).toBe(44);
  });

  it('uses the same v3 config as config/v3.json', () => {
    const v3 = JSON.parse(fs.readFileSync(path.join(REFERENCE, 'v3.json'), 'utf8'));
    expect(X_CONFIG_V3).toEqual(v3);
  });

  for (const [group, config] of GROUPS) {
    describe(group, () => {
      it.each(suite.tests[group].map((c) => [c.description, c] as const))('%s', (_d, c) => {
        // Every expected field: weightedLength, valid, permillage, display and valid ranges.
        expect(parseXText(c.text, config)).toEqual(c.expected);
      });
    });
  }
});

describe('emoji newer than twitter-text’s 2019 data count 2', () => {
  it.each([
    ['❤️‍🔥', 'heart on fire (Unicode 13.1)'],
    ['🐦‍🔥', 'phoenix (15.1)'],
    ['🫩', 'face with bags under eyes (16.0)'],
    ['🏳️‍⚧️', 'transgender flag (13.0)'],
    ['🧑‍🧑‍🧒', 'family: adult, adult, child (15.1)'],
    ['🙂‍↔️', 'head shaking horizontally (15.1)'],
    ['🧑🏽‍🦰', 'person, medium skin tone, red hair (12.1)'],
    ['🫱🏼‍🫲🏿', 'handshake with two skin tones (14.0)'],
    ['🏃🏽‍♀️‍➡️', 'woman running facing right, skin tone (15.1)'],
    ['🇵🇱', 'flag'],
    ['1️⃣', 'keycap'],
  ])('%s (%s) = 2, and in a sentence', (emoji) => {
    expect(xWeightedLength(emoji)).toBe(2);
    expect(xWeightedLength(`Hi ${emoji}!`)).toBe(6);
    expect(xWeightedLength(emoji.repeat(140))).toBe(280);
  });

  it('shows the official parseTweet over-counts them (why the emoji step is replaced)', () => {
    expect(twitterText.parseTweet('❤️‍🔥').weightedLength).toBeGreaterThan(2);
  });

  it('keeps non-emoji sequences weighted per code point', () => {
    expect(xWeightedLength('e\u0301')).toBe(1); // NFC → é
    expect(xWeightedLength('©')).toBe(1); // text-style symbol in the weight-1 range
    expect(xWeightedLength('नमस्ते')).toBe(twitterText.parseTweet('नमस्ते').weightedLength);
  });

  it('counts URLs and bare domains as 23', () => {
    expect(xWeightedLength('example.com')).toBe(23);
    expect(xWeightedLength('see https://very-long-domain.example.com/path?x=1 ok')).toBe(30);
    expect(xWeightedLength('a\nb')).toBe(3);
    expect(xWeightedLength('こんにちは')).toBe(10);
  });
});

describe('agreement with twitter-text’s parseTweet where its emoji data is current', () => {
  const samples = [
    'Spring launch 🌸 at https://example.com/spring?utm=x #launch @brand',
    '👨‍👩‍👧‍👦 family 🇯🇵 flag 👍🏽 thumbs ☺ ✌️ peace ©️ ® ‼️ #️⃣ *️⃣',
    'Ünïcödé ñ 中文 한국어 日本語 русский عربى עברית ไทย',
    'two urls: t.co/abc and http://foo.bar/baz.html, www.example.org.',
    '💩💩💩 \u2000\u200A\u200D \u2032\u2037 ‐ — …',
    '',
    'x'.repeat(300),
    '🙋🏽‍♀️ 🧕🏾 🤠 🏴󠁧󠁢󠁥󠁮󠁧󠁿',
  ];
  it.each(samples.map((s) => [s]))('%s', (text) => {
    expect(parseXText(text)).toEqual(twitterText.parseTweet(text));
  });
});
