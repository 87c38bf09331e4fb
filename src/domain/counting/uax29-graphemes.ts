/** A compact UAX #29 grapheme segmenter for runtimes without Intl.Segmenter, built on the runtime's own Unicode properties. */

// Why not the graphemer package: bundled it is 95 KB minified, half of the 200 KB server budget, and its tables
// stop at Unicode 15.0 (no GB9c: it splits नमस्ते into 4 where Intl.Segmenter and Bluesky count 3). The rules
// below are UAX #29 (Unicode 15.1–17) with the character classes taken from `u`-flag property escapes, so the data
// is the runtime's ICU; only the few classes JavaScript cannot name (Prepend, SpacingMark exceptions,
// Indic_Conjunct_Break) are listed by hand. tests/domain/counting.test.ts compares it with Intl.Segmenter.

const enum Gcb {
  Other,
  CR,
  LF,
  Control,
  Extend,
  ZWJ,
  RI,
  Prepend,
  SpacingMark,
  L,
  V,
  T,
  LV,
  LVT,
}

const EXTEND = /^[\p{Grapheme_Extend}\p{Emoji_Modifier}]$/u;
const CONTROL = /^[\p{Cc}\p{Zl}\p{Zp}\p{Cf}]$/u;
const SPACING_MARK = /^\p{Mc}$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;

/** Grapheme_Cluster_Break=Prepend (GraphemeBreakProperty.txt 17.0; JavaScript has no Prepended_Concatenation_Mark). */
const PREPEND = [
  0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06dd, 0x070f, 0x0890, 0x0891, 0x08e2, 0x110bd, 0x110cd, 0x0d4e,
  0x111c2, 0x111c3, 0x113d1, 0x1193f, 0x11941, 0x11a84, 0x11a85, 0x11a86, 0x11a87, 0x11a88, 0x11a89, 0x11d46, 0x11f02,
];
/** Spacing combining marks (Mc) whose Grapheme_Cluster_Break is Other, not SpacingMark. */
const MC_NOT_SPACING = [
  0x102b, 0x102c, 0x1038, 0x1062, 0x1063, 0x1064, 0x1067, 0x1068, 0x1069, 0x106a, 0x106b, 0x106c, 0x106d, 0x1083,
  0x1087, 0x1088, 0x1089, 0x108a, 0x108b, 0x108c, 0x108f, 0x109a, 0x109b, 0x109c, 0x1a61, 0x1a63, 0x1a64, 0xaa7b,
  0xaa7d, 0x11720, 0x11721,
];
/** Indic_Conjunct_Break=Linker, Unicode 17: the viramas that join consonants into one cluster (GB9c). */
const LINKERS = [
  0x094d, 0x09cd, 0x0acd, 0x0b4d, 0x0c4d, 0x0d4d, 0x1039, 0x17d2, 0x1a60, 0x1b44, 0x1bab, 0xa9c0, 0xaaf6, 0x10a3f,
  0x11133, 0x113d0, 0x1193e, 0x11a47, 0x11a99, 0x11f42,
];
/** Indic_Conjunct_Break=Consonant ranges, Unicode 17 (as ICU 78 applies them; the class grew in Unicode 16). */
const CONSONANTS = [
  0x915, 0x939, 0x958, 0x95f, 0x978, 0x97f, 0x995, 0x9a8, 0x9aa, 0x9b0, 0x9b2, 0x9b2, 0x9b6, 0x9b9, 0x9dc, 0x9dd, 0x9df,
  0x9df, 0x9f0, 0x9f1, 0xa95, 0xaa8, 0xaaa, 0xab0, 0xab2, 0xab3, 0xab5, 0xab9, 0xaf9, 0xaf9, 0xb15, 0xb28, 0xb2a, 0xb30,
  0xb32, 0xb33, 0xb35, 0xb39, 0xb5c, 0xb5d, 0xb5f, 0xb5f, 0xb71, 0xb71, 0xc15, 0xc28, 0xc2a, 0xc39, 0xc58, 0xc5a, 0xd15,
  0xd3a, 0x1000, 0x102a, 0x103f, 0x103f, 0x1050, 0x1055, 0x105a, 0x105d, 0x1061, 0x1061, 0x1065, 0x1066, 0x106e, 0x1070,
  0x1075, 0x1081, 0x108e, 0x108e, 0x1780, 0x17b3, 0x1a20, 0x1a54, 0x1b0b, 0x1b0c, 0x1b13, 0x1b33, 0x1b45, 0x1b4c,
  0x1b83, 0x1ba0, 0x1bae, 0x1baf, 0x1bbb, 0x1bbd, 0xa989, 0xa98b, 0xa98f, 0xa9b2, 0xa9e0, 0xa9e4, 0xa9e7, 0xa9ef,
  0xa9fa, 0xa9fe, 0xaa60, 0xaa6f, 0xaa71, 0xaa73, 0xaa7a, 0xaa7a, 0xaa7e, 0xaa7f, 0xaae0, 0xaaea, 0xabc0, 0xabda,
  0x10a00, 0x10a00, 0x10a10, 0x10a13, 0x10a15, 0x10a17, 0x10a19, 0x10a35, 0x11103, 0x11126, 0x11144, 0x11144, 0x11147,
  0x11147, 0x11380, 0x11389, 0x1138b, 0x1138b, 0x1138e, 0x1138e, 0x11390, 0x113b5, 0x11900, 0x11906, 0x11909, 0x11909,
  0x1190c, 0x11913, 0x11915, 0x11916, 0x11918, 0x1192f, 0x11a00, 0x11a00, 0x11a0b, 0x11a32, 0x11a50, 0x11a50, 0x11a5c,
  0x11a83, 0x11f04, 0x11f10, 0x11f12, 0x11f33,
];

function inRanges(cp: number, ranges: number[]): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (cp >= ranges[i] && cp <= ranges[i + 1]) return true;
  return false;
}

function category(cp: number, ch: string): Gcb {
  if (cp === 0x0d) return Gcb.CR;
  if (cp === 0x0a) return Gcb.LF;
  if (cp === 0x200d) return Gcb.ZWJ;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return Gcb.Control;
  if (cp < 0x300) return cp === 0xad ? Gcb.Control : Gcb.Other;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return Gcb.RI;
  if (cp >= 0xac00 && cp <= 0xd7a3) return (cp - 0xac00) % 28 === 0 ? Gcb.LV : Gcb.LVT;
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0xa960 && cp <= 0xa97c)) return Gcb.L;
  if ((cp >= 0x1160 && cp <= 0x11a7) || (cp >= 0xd7b0 && cp <= 0xd7c6)) return Gcb.V;
  if ((cp >= 0x11a8 && cp <= 0x11ff) || (cp >= 0xd7cb && cp <= 0xd7fb)) return Gcb.T;
  if (EXTEND.test(ch)) return Gcb.Extend;
  if (PREPEND.indexOf(cp) >= 0) return Gcb.Prepend;
  if (CONTROL.test(ch)) return cp === 0x200c ? Gcb.Extend : Gcb.Control;
  // Unassigned default-ignorable code points are Control too.
  if (cp === 0x2065 || (cp >= 0xfff0 && cp <= 0xfff8) || (cp >= 0xe0000 && cp <= 0xe0fff)) return Gcb.Control;
  if (cp === 0x0e33 || cp === 0x0eb3 || (SPACING_MARK.test(ch) && MC_NOT_SPACING.indexOf(cp) < 0))
    return Gcb.SpacingMark;
  return Gcb.Other;
}

/** Whether there is no boundary between `prev` and `next` by rules GB3–GB9b (the pairwise rules). */
function joins(prev: Gcb, next: Gcb): boolean {
  if (prev === Gcb.CR) return next === Gcb.LF;
  if (prev === Gcb.LF || prev === Gcb.Control || next === Gcb.CR || next === Gcb.LF || next === Gcb.Control)
    return false;
  if (prev === Gcb.L)
    return (
      next === Gcb.L ||
      next === Gcb.V ||
      next === Gcb.LV ||
      next === Gcb.LVT ||
      next === Gcb.Extend ||
      next === Gcb.ZWJ ||
      next === Gcb.SpacingMark
    );
  if ((prev === Gcb.LV || prev === Gcb.V) && (next === Gcb.V || next === Gcb.T)) return true;
  if ((prev === Gcb.LVT || prev === Gcb.T) && next === Gcb.T) return true;
  return next === Gcb.Extend || next === Gcb.ZWJ || next === Gcb.SpacingMark || prev === Gcb.Prepend;
}

/** Splits `text` into extended grapheme clusters (UAX #29 rules of Unicode 15.1–17, the runtime's property data). */
export function splitGraphemesUax29(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let prev = Gcb.Other;
  let riRun = 0; // regional indicators in a row ending at prev (GB12/13)
  let pict = 0; // 1: Extended_Pictographic Extend*; 2: ... ZWJ (GB11)
  let conjunct = 0; // 1: InCB consonant (Extend)*; 2: ... with a linker (GB9c)
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    const cat = category(cp, ch);
    const isPict = cp >= 0xa9 && PICTOGRAPHIC.test(ch);
    const isConsonant = cp >= 0x915 && inRanges(cp, CONSONANTS);
    const isLinker = LINKERS.indexOf(cp) >= 0;
    if (i > 0) {
      const join =
        joins(prev, cat) ||
        (prev === Gcb.ZWJ && pict === 2 && isPict) ||
        (prev === Gcb.RI && cat === Gcb.RI && riRun % 2 === 1) ||
        (conjunct === 2 && isConsonant);
      if (!join) {
        out.push(text.slice(start, i));
        start = i;
      }
    }
    riRun = cat === Gcb.RI ? riRun + 1 : 0;
    if (isPict) pict = 1;
    else if (pict === 1 && cat === Gcb.Extend) pict = 1;
    else if (pict === 1 && cat === Gcb.ZWJ) pict = 2;
    else pict = 0;
    if (isConsonant) conjunct = 1;
    else if (conjunct > 0 && isLinker) conjunct = 2;
    else if (!(conjunct > 0 && (cat === Gcb.Extend || cat === Gcb.ZWJ))) conjunct = 0; // Extend keeps the state
    prev = cat;
    i += ch.length;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}
