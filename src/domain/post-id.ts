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

/** A row's ID as duplicate detection sees it. */
export interface IdHolder {
  /** The sheet row (or any position that orders rows top to bottom). */
  row: number;
  id: string;
  /** The row's Updated stamp (`yyyy-MM-dd HH:mm …`, '' when none). */
  updated: string;
  /** True for rows the current edit wrote (a paste): they are the copies. */
  edited?: boolean;
}

/** The sortable part of an Updated stamp ('' when it is not one of the add-on's stamps). */
function stampKey(updated: string): string {
  const match = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.exec(updated.trim());
  return match ? match[0] : '';
}

/**
 * For every ID held by more than one row, which row keeps it: a row not just edited (a paste makes
 * the copy), then the oldest Updated stamp (the copy is the one edited since), then the upper row.
 * Returns the other rows (the copies) mapped to the row that keeps the ID.
 */
export function copiedIdRows(holders: readonly IdHolder[]): Map<number, number> {
  const byId = new Map<string, IdHolder[]>();
  for (const holder of holders) {
    if (!holder.id) continue;
    const group = byId.get(holder.id);
    if (group) group.push(holder);
    else byId.set(holder.id, [holder]);
  }
  const copies = new Map<number, number>();
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    const keeper = group.reduce((best, holder) => {
      if (Boolean(best.edited) !== Boolean(holder.edited)) return best.edited ? holder : best;
      const a = stampKey(best.updated);
      const b = stampKey(holder.updated);
      if (a !== b) return b < a ? holder : best;
      return holder.row < best.row ? holder : best;
    });
    for (const holder of group) if (holder !== keeper) copies.set(holder.row, keeper.row);
  }
  return copies;
}
