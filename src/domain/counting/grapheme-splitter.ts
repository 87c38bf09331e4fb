/** Splits text into extended grapheme clusters with Intl.Segmenter, or a compact UAX #29 segmenter where it is missing. */

import { splitGraphemesUax29 } from './uax29-graphemes';

/** One grapheme cluster and its UTF-16 start index in the text it came from. */
export interface GraphemeSegment {
  segment: string;
  index: number;
}

/** Which engine splits graphemes in this runtime. */
export type GraphemeEngine = 'intl-segmenter' | 'uax29';

// Intl.Segmenter is ES2022; the server build type-checks against ES2020 and Apps Script's V8 may lack it,
// so it is looked up at run time and described here by the little this module uses.
interface SegmenterLike {
  segment(text: string): Iterable<GraphemeSegment>;
}
type SegmenterConstructor = new (locale?: string, options?: { granularity: 'grapheme' }) => SegmenterLike;

let split: ((text: string) => GraphemeSegment[]) | undefined;
let engine: GraphemeEngine | undefined;

function chooseEngine(): (text: string) => GraphemeSegment[] {
  const Segmenter =
    typeof Intl === 'object' && Intl !== null
      ? (Intl as unknown as { Segmenter?: SegmenterConstructor }).Segmenter
      : undefined;
  if (typeof Segmenter === 'function') {
    const segmenter = new Segmenter(undefined, { granularity: 'grapheme' });
    engine = 'intl-segmenter';
    return (text) => {
      const out: GraphemeSegment[] = [];
      for (const s of segmenter.segment(text)) out.push({ segment: s.segment, index: s.index });
      return out;
    };
  }
  // Not the graphemer package: 95 KB bundled and Unicode 15.0 only (see uax29-graphemes.ts).
  engine = 'uax29';
  return (text) => {
    const out: GraphemeSegment[] = [];
    let index = 0;
    for (const segment of splitGraphemesUax29(text)) {
      out.push({ segment, index });
      index += segment.length;
    }
    return out;
  };
}

/**
 * Splits `text` into extended grapheme clusters (UAX #29), each with its UTF-16 start index. Uses
 * Intl.Segmenter when the runtime has it (browsers, Node, probably Apps Script) and splitGraphemesUax29()
 * otherwise; the choice is made once, on first use.
 */
export function splitGraphemes(text: string): GraphemeSegment[] {
  if (!split) split = chooseEngine();
  return split(text);
}

/** The engine splitGraphemes() uses in this runtime (chosen on first use). */
export function graphemeEngine(): GraphemeEngine {
  if (!split) split = chooseEngine();
  return engine as GraphemeEngine;
}
