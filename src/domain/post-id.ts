/** Stable post IDs: short, readable, unique within a calendar. */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: no I, L, O, U to misread.

/**
 * A new post ID like `P-7F3K2Q9D`, made from random hex (e.g. `Utilities.getUuid()`), that is not in
 * `taken`. `randomHex` is called again on the rare collision.
 */
export function newPostId(randomHex: () => string, taken: ReadonlySet<string> = new Set()): string {
  for (;;) {
    const hex = randomHex().replace(/[^0-9a-f]/gi, '');
    let id = 'P-';
    for (let i = 0; i < 8; i++) id += ALPHABET[parseInt(hex.slice(i * 2, i * 2 + 2) || '0', 16) % 32];
    if (!taken.has(id)) return id;
  }
}
