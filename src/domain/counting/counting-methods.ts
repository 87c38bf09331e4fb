/** The names and units of the text counting methods, apart from the counters (so the rules table loads without them). */

/** The ways platforms count text (platform-rules.md §3). */
export const COUNTING_METHODS = ['x-weighted', 'graphemes', 'utf16', 'utf8-bytes', 'mastodon', 'threads'] as const;

/** One of COUNTING_METHODS. */
export type CountingMethod = (typeof COUNTING_METHODS)[number];

/** The unit each method counts in, in the platform's own words (shown as `FieldCount.unit`). */
export const COUNTING_UNITS: Record<CountingMethod, string> = {
  'x-weighted': 'weighted characters',
  graphemes: 'graphemes',
  utf16: 'characters',
  'utf8-bytes': 'bytes',
  mastodon: 'characters',
  threads: 'characters',
};

/** Whether a string names a counting method. */
export function isCountingMethod(value: string): value is CountingMethod {
  return (COUNTING_METHODS as readonly string[]).indexOf(value) >= 0;
}
