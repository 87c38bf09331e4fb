/** The compact UAX #29 fallback segmenter against Intl.Segmenter (this runtime's ICU) and the graphemer package. */

import fc from 'fast-check';
import Graphemer from 'graphemer';
import { splitGraphemesUax29 } from '../../src/domain/counting/uax29-graphemes';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const intl = (s: string) => Array.from(segmenter.segment(s), (x) => x.segment);

describe('splitGraphemesUax29', () => {
  it('splits random strings exactly as Intl.Segmenter does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => expect(splitGraphemesUax29(s)).toEqual(intl(s))),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (s) =>
        expect(splitGraphemesUax29(s)).toEqual(intl(s)),
      ),
      { numRuns: 1500 },
    );
  });

  it('agrees with Intl.Segmenter for every code point next to a letter, a mark and a virama', () => {
    const wrong: string[] = [];
    const count = (s: string) => {
      let n = 0;
      for (const _ of segmenter.segment(s)) n++;
      return n;
    };
    // The BMP except CJK ideographs and Hangul syllables (uniform), Brahmic scripts and emoji of the SMP, tags.
    const ranges = [
      0, 0x3fff, 0xa000, 0xabff, 0xd7b0, 0xd7ff, 0xf900, 0xffff, 0x10a00, 0x11fff, 0x1f000, 0x1faff, 0xe0000, 0xe0fff,
    ];
    for (let r = 0; r < ranges.length; r += 2)
      for (let cp = ranges[r]; cp <= ranges[r + 1]; cp++) {
        const ch = String.fromCodePoint(cp);
        for (const s of [`a${ch}a`, `${ch}\u0301`, `\u0915\u094d${ch}`]) {
          if (splitGraphemesUax29(s).length !== count(s)) {
            wrong.push(cp.toString(16));
            break;
          }
        }
      }
    expect(wrong).toEqual([]);
  });

  it('agrees with the graphemer package outside Indic conjuncts (Unicode 15.1 GB9c, which graphemer lacks)', () => {
    const graphemer = new Graphemer();
    const pieces = [
      'a',
      '\r\n',
      'e\u0301',
      '😀',
      '👍🏽',
      '❤️‍🔥',
      '🇵🇱',
      '🇦',
      '1️⃣',
      '한',
      '\u1100\u1161',
      'か\u3099',
      '\u0600a',
      'ก\u0e33',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (s) => expect(splitGraphemesUax29(s)).toEqual(graphemer.splitGraphemes(s))),
      { numRuns: 2000 },
    );
  });
});
