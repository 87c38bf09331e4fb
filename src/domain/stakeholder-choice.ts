/** What the stakeholder view may hold (pure, no Apps Script calls): the shareable columns, the chosen posts, the emails, the month grids. */

import type { CalendarColumn, Post } from './post';
import { FIELD_BY_COLUMN, emptyPost } from './post';
import { SHAREABLE_COLUMNS } from './post-fields';
import { buildMonthView, emptyGrid, monthViewToGrid, type SheetGrid } from './planning';
import { mapHeader } from './header-map';

/**
 * The only Calendar columns a stakeholder copy may show, whatever the settings list. Notes, Owner and the
 * add-on's own columns (Checks, Updated, Approved by, Approved at, Approval, Review comments) are internal
 * and never leave the team's spreadsheet (the table in domain/post-fields.ts marks them).
 */
export { SHAREABLE_COLUMNS };

/** The months the month view shows at most: the current one and the next ones that hold shared posts. */
const MAX_MONTHS = 3;

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.]{2,}$/;

/** A comma-, semicolon- or line-separated setting as trimmed, non-empty items. */
function items(setting: string | undefined): string[] {
  return String(setting ?? '')
    .split(/[,;\n]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The "Stakeholder columns" setting read against the allow-list: columns to show, in the order listed, and the rest. */
export function chooseColumns(setting: string | undefined): {
  columns: CalendarColumn[];
  refused: string[];
  unknown: string[];
} {
  const columns: CalendarColumn[] = [];
  const refused: string[] = [];
  const unknown: string[] = [];
  for (const name of items(setting)) {
    const column = Object.keys(mapHeader([name]))[0] as CalendarColumn | undefined;
    if (!column) unknown.push(name);
    else if (!SHAREABLE_COLUMNS.includes(column)) refused.push(column);
    else if (!columns.includes(column)) columns.push(column);
  }
  return { columns, refused, unknown };
}

/** The "Stakeholder statuses" setting as lower-case statuses. */
export function chooseStatuses(setting: string | undefined): Set<string> {
  return new Set(items(setting).map((status) => status.toLowerCase()));
}

/** The "Stakeholder emails" setting: valid addresses (each once, case-insensitively) and the entries that are not emails. */
export function chooseEmails(setting: string | undefined): { emails: string[]; invalid: string[] } {
  const emails: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const entry of String(setting ?? '')
    .split(/[\s,;]+/)
    .filter(Boolean)) {
    if (!EMAIL.test(entry)) invalid.push(entry);
    else if (!seen.has(entry.toLowerCase())) {
      seen.add(entry.toLowerCase());
      emails.push(entry);
    }
  }
  return { emails, invalid };
}

/**
 * A copy of a post holding only the shown columns' fields (everything else empty), so no view built from
 * it (the Posts sheet, the month view's lines and notes) can show Notes, Owner or an unchosen column.
 */
export function shareablePost(post: Post, columns: readonly CalendarColumn[]): Post {
  const copy = emptyPost();
  for (const column of columns) {
    const field = FIELD_BY_COLUMN[column as keyof typeof FIELD_BY_COLUMN];
    if (field) copy[field] = post[field];
  }
  // The month view places posts by date and zone; they are the view's frame, not extra content.
  copy.date = post.date;
  copy.timeZone = post.timeZone;
  return copy;
}

/** The Posts sheet: the header, then one row per post in date and time order, each cell the post's text as it is (the API writes it as text). */
export function postsGrid(posts: readonly Post[], columns: readonly CalendarColumn[]): string[][] {
  const sorted = [...posts].sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`));
  return [
    [...columns],
    ...sorted.map((post) => columns.map((column) => String(post[FIELD_BY_COLUMN[column as keyof typeof FIELD_BY_COLUMN]] ?? ''))),
  ];
}

/**
 * The month view of the shared posts: the current month (in the spreadsheet's zone) and the following
 * months up to the last shared post, at most three, one under the other with a blank row between.
 */
export function stakeholderMonths(posts: readonly Post[], today: string, timeZone: string, locale: string): SheetGrid {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  const last = posts.reduce((max, post) => (post.date > max ? post.date : max), today).slice(0, 7);
  const out: SheetGrid = emptyGrid();
  for (let shown = 0; shown < MAX_MONTHS; shown++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (shown > 0 && key > last) break;
    const grid = monthViewToGrid(buildMonthView(posts, [], { year, month, timeZone, locale }));
    const offset = out.values.length + (shown > 0 ? 1 : 0);
    if (shown > 0) {
      out.values.push(Array(7).fill(''));
      out.backgrounds.push(Array(7).fill('#FFFFFF'));
      out.fontColors.push(Array(7).fill('#202124'));
      out.fontWeights.push(Array(7).fill('normal'));
      out.fontLines.push(Array(7).fill('none'));
      out.notes.push(Array(7).fill(''));
    }
    out.values.push(...grid.values);
    out.backgrounds.push(...grid.backgrounds);
    out.fontColors.push(...grid.fontColors);
    out.fontWeights.push(...grid.fontWeights);
    out.fontLines.push(...grid.fontLines);
    out.notes.push(...grid.notes);
    out.merges.push(...grid.merges.map((merge) => ({ ...merge, row: merge.row + offset })));
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return out;
}

/** A Calendar column the stakeholder view cannot place without guessing. */
export interface ColumnProblem {
  /** `ambiguous`: more than one header could be it; `lookalike`: only a header that is not exactly its name. */
  kind: 'ambiguous' | 'lookalike';
  column: CalendarColumn;
  /** The candidate headers as `B “Copy”`, left to right. */
  headers: string[];
}

function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Where each of `columns` is in the Calendar's header, decided only by the add-on's own column: the one
 * headed exactly with the column's name, when no other header could also be read as that column (a
 * case or spacing variant such as ` Caption ` or `CAPTION`, or an alias such as `Text`, `Copy` or `URL`).
 * Anything else is a problem, never a guess: two candidates are ambiguous, a lone variant is only a
 * look-alike. A column no header matches at all is left out (its cells are empty in the copy).
 */
export function resolveSharedColumns(
  header: readonly unknown[],
  columns: readonly CalendarColumn[],
): { map: Partial<Record<CalendarColumn, number>> } | { problem: ColumnProblem } {
  const readAs = header.map((cell) => Object.keys(mapHeader([cell]))[0] as CalendarColumn | undefined);
  const map: Partial<Record<CalendarColumn, number>> = {};
  for (const column of columns) {
    const candidates = readAs.flatMap((name, index) => (name === column ? [index] : []));
    if (candidates.length === 0) continue;
    const headers = candidates.map((index) => `${columnLetters(index)} “${String(header[index])}”`);
    if (candidates.length > 1) return { problem: { kind: 'ambiguous', column, headers } };
    if (String(header[candidates[0]]) !== column) return { problem: { kind: 'lookalike', column, headers } };
    map[column] = candidates[0] + 1;
  }
  return { map };
}
