/** A short, stable hash of a text, to see later that something changed (not for security). */

/**
 * Two 32-bit FNV-style hashes of `text`'s UTF-16 code units, in base 36: the same text always gives the
 * same hash, in every runtime.
 * @param text Any text (a JSON serialisation of what is compared).
 */
export function stableHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x1b873593;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(36) + (h2 >>> 0).toString(36);
}
