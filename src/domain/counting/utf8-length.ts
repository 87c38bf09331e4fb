/** UTF-8 byte length of a string, counted by hand (Apps Script's server has no TextEncoder). */

/**
 * The number of bytes `text` takes in UTF-8, the unit of Bluesky's 3,000-byte and YouTube's 5,000-byte limits.
 * Hand-written because TextEncoder does not exist in Apps Script's V8 and `Utilities.newBlob` is an Apps Script
 * global that domain code must not touch. A lone surrogate counts 3 bytes, as TextEncoder encodes it as U+FFFD.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
