/**
 * The decision columns of the stakeholder copy (pure, no Apps Script calls): after the shared columns a
 * Version column (the approval fingerprint of each post as published), then for each stakeholder a
 * "Decision — <email>" dropdown and a "Comment — <email>" column, each pair a protected range whose
 * editors are that person (the owner always can edit), the rest of the sheet protected for the owner only.
 */

import type { CopyCell, CopyProtection, CopySheet } from './stakeholder-copy';

/** The dropdown's choices, as read back (kept in English in every language: they are the decision's key). */
export const APPROVE = 'Approve';
export const REQUEST_CHANGES = 'Request changes';
/** The column headers the add-on writes and reads back. */
export const VERSION_HEADER = 'Version';
const DECISION_PREFIX = 'Decision — ';
const COMMENT_PREFIX = 'Comment — ';

/** One post row of the copy: its shown cells, its ID and its approval fingerprint as published. */
export interface DecisionRow {
  id: string;
  version: string;
  cells: string[];
}

/** A stakeholder's answer on one row, as read back from the copy. */
export interface CopyDecision {
  id: string;
  version: string;
  email: string;
  decision: string;
  comment: string;
}

/** The header of a stakeholder's decision column. */
export function decisionHeader(email: string): string {
  return `${DECISION_PREFIX}${email}`;
}

/** The header of a stakeholder's comment column. */
export function commentHeader(email: string): string {
  return `${COMMENT_PREFIX}${email}`;
}

const key = (id: string, email: string): string => `${id}\u0000${email.toLowerCase()}`;

/**
 * The Posts sheet with decision columns. `kept` are earlier answers (by post ID and email), carried over
 * only when the post's version is unchanged, so a post that changed is asked again.
 */
export function decisionPostsSheet(
  title: string,
  header: readonly string[],
  rows: readonly DecisionRow[],
  emails: readonly string[],
  kept: readonly CopyDecision[],
): CopySheet {
  const previous = new Map(kept.map((d) => [key(d.id, d.email), d]));
  const head: CopyCell[] = [...header, VERSION_HEADER, ...emails.flatMap((e) => [decisionHeader(e), commentHeader(e)])].map(
    (value) => ({ value, bold: true, background: '#E8F0FE' }),
  );
  const body: CopyCell[][] = rows.map((row) => [
    ...row.cells.map((value) => ({ value })),
    { value: row.version, color: '#5F6368' },
    ...emails.flatMap((email): CopyCell[] => {
      const earlier = previous.get(key(row.id, email));
      const same = earlier && earlier.version === row.version;
      return [
        { value: same ? earlier.decision : '', choices: [APPROVE, REQUEST_CHANGES], background: '#FFF8E1' },
        { value: same ? earlier.comment : '', background: '#FFF8E1' },
      ];
    }),
  ]);
  const first = header.length + 1;
  const endRow = Math.max(rows.length + 1, 2);
  const protections: CopyProtection[] = [
    {
      startRow: 0,
      endRow,
      startColumn: 0,
      endColumn: first + emails.length * 2,
      description: 'Read-only: the team publishes this copy.',
      editors: [],
      wholeSheet: true,
      unprotected: emails.length ? [{ startRow: 1, endRow, startColumn: first, endColumn: first + emails.length * 2 }] : [],
    },
    ...emails.map((email, i) => ({
      startRow: 1,
      endRow,
      startColumn: first + i * 2,
      endColumn: first + i * 2 + 2,
      description: `Decision of ${email}`,
      editors: [email],
    })),
  ];
  return { title, frozenRows: 1, rows: [head, ...body], protections };
}

/**
 * The answers in a copy's Posts values (as the Sheets API returns them: rows of text, trailing blanks
 * cut): one per filled decision or comment cell of a row with an ID, for every stakeholder column found.
 */
export function readDecisions(values: readonly unknown[][]): CopyDecision[] {
  const [header = [], ...rows] = values;
  const names = header.map((cell) => String(cell ?? ''));
  const idAt = names.indexOf('ID');
  const versionAt = names.indexOf(VERSION_HEADER);
  if (idAt < 0 || versionAt < 0) return [];
  const out: CopyDecision[] = [];
  names.forEach((name, at) => {
    if (!name.startsWith(DECISION_PREFIX)) return;
    const email = name.slice(DECISION_PREFIX.length).trim();
    const commentAt = names.indexOf(commentHeader(email));
    for (const row of rows) {
      const id = String(row[idAt] ?? '').trim();
      const decision = String(row[at] ?? '').trim();
      const comment = commentAt < 0 ? '' : String(row[commentAt] ?? '').replace(/\s*[\r\n]+\s*/g, ' ').trim();
      if (!id || (!decision && !comment)) continue;
      out.push({ id, version: String(row[versionAt] ?? '').trim(), email, decision, comment });
    }
  });
  return out;
}
