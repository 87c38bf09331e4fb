/** UTF-16 code-unit length: TikTok's "UTF-16 runes" and the conservative count for undocumented platforms. */

/**
 * The number of UTF-16 code units in `text` (JavaScript's `length`). TikTok documents its limits in this unit;
 * for platforms that do not say how they count it is the safe choice (UTF-16 units ≥ code points ≥ graphemes).
 */
export function utf16Length(text: string): number {
  return text.length;
}
