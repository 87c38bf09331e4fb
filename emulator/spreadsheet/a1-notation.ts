/** A1 notation: column letters, parsing `Sheet!A1:B2` forms and formatting a grid rectangle back to A1. */

import { ServiceException } from '../core/errors';

/** A rectangle on a sheet, 1-based, inclusive of its first row/column. */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** How a range was addressed, which decides its A1 text (`A:C`, `2:5`, `` for a whole sheet). */
export type RangeShape = 'cells' | 'columns' | 'rows' | 'sheet' | 'open-end';

/** A parsed A1 reference; `null` bounds are open (whole column/row) and resolved against the grid. */
export interface ParsedA1 {
  sheetName: string | null;
  startRow: number | null;
  startCol: number | null;
  endRow: number | null;
  endCol: number | null;
  shape: RangeShape;
}

/** 1 → `A`, 27 → `AA`. */
export function columnToLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `A` → 1, `aa` → 27. */
export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Quote a sheet name for use in A1/formula text when it needs it (`'My Sheet'!A1`). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Split `'My Sheet'!A1:B2` into the sheet name (unquoted) and the A1 part. */
export function splitSheetPrefix(a1: string): { sheetName: string | null; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, ref: a1 };
  let name = a1.slice(0, bang).trim();
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]+)$/;

function notFound(): ServiceException {
  // R-13 (UNVERIFIED): the commonly reported text for an unparseable A1 string.
  return new ServiceException('Range not found');
}

/** Parse an A1 string (R-09..R-12). Throws `Range not found` when it cannot be parsed. */
export function parseA1(a1: string): ParsedA1 {
  const { sheetName, ref } = splitSheetPrefix(a1.trim());
  const parts = ref.trim().split(':');
  if (parts.length > 2 || parts[0] === '') throw notFound();
  const [a, b] = parts;
  const ca = CELL.exec(a);
  if (parts.length === 1) {
    if (!ca || Number(ca[2]) < 1) throw notFound();
    const row = Number(ca[2]);
    const col = lettersToColumn(ca[1]);
    return { sheetName, startRow: row, startCol: col, endRow: row, endCol: col, shape: 'cells' };
  }
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]);
    const r2 = Number(cb[2]);
    if (r1 < 1 || r2 < 1) throw notFound();
    const c1 = lettersToColumn(ca[1]);
    const c2 = lettersToColumn(cb[1]);
    return {
      sheetName,
      startRow: Math.min(r1, r2),
      endRow: Math.max(r1, r2),
      startCol: Math.min(c1, c2),
      endCol: Math.max(c1, c2),
      shape: 'cells',
    };
  }
  const colA = COL.exec(a);
  const colB = COL.exec(b);
  if (colA && colB) {
    const c1 = lettersToColumn(colA[1]);
    const c2 = lettersToColumn(colB[1]);
    return { sheetName, startRow: null, endRow: null, startCol: Math.min(c1, c2), endCol: Math.max(c1, c2), shape: 'columns' };
  }
  if (ca && colB) {
    // 'C2:C' — from C2 down to the last row.
    const c1 = lettersToColumn(ca[1]);
    const c2 = lettersToColumn(colB[1]);
    return { sheetName, startRow: Number(ca[2]), endRow: null, startCol: Math.min(c1, c2), endCol: Math.max(c1, c2), shape: 'open-end' };
  }
  const rowA = ROW.exec(a);
  const rowB = ROW.exec(b);
  if (rowA && rowB) {
    const r1 = Number(rowA[1]);
    const r2 = Number(rowB[1]);
    if (r1 < 1 || r2 < 1) throw notFound();
    return { sheetName, startRow: Math.min(r1, r2), endRow: Math.max(r1, r2), startCol: null, endCol: null, shape: 'rows' };
  }
  throw notFound();
}

/** The A1 text of a rectangle as Apps Script prints it (never with the sheet name; R-09..R-12, PR-05). */
export function formatA1(rect: Rect, shape: RangeShape = 'cells'): string {
  const c1 = columnToLetters(rect.col);
  const c2 = columnToLetters(rect.col + rect.numCols - 1);
  const r2 = rect.row + rect.numRows - 1;
  switch (shape) {
    case 'sheet':
      return '';
    case 'columns':
      return `${c1}:${c2}`;
    case 'rows':
      return `${rect.row}:${r2}`;
    case 'open-end':
      return `${c1}${rect.row}:${c2}`;
    default:
      if (rect.numRows === 1 && rect.numCols === 1) return `${c1}${rect.row}`;
      return `${c1}${rect.row}:${c2}${r2}`;
  }
}

/** True when the two rectangles share at least one cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols
  );
}

/** True when (row, col) lies inside the rectangle. */
export function containsCell(rect: Rect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.numRows && col >= rect.col && col < rect.col + rect.numCols;
}

/**
 * Where a span [start, start+len) goes when `count` lines are inserted before line `at` (1-based):
 * lines >= at move down. Returns the new start and length.
 */
export function shiftSpanForInsert(start: number, len: number, at: number, count: number): [number, number] {
  const end = start + len - 1;
  const ns = start >= at ? start + count : start;
  const ne = end >= at ? end + count : end;
  return [ns, ne - ns + 1];
}

/** Where a span goes when lines [at, at+count) are deleted; null when it disappears entirely. */
export function shiftSpanForDelete(start: number, len: number, at: number, count: number): [number, number] | null {
  const end = start + len - 1;
  const last = at + count - 1;
  const ns = start < at ? start : start > last ? start - count : at;
  const ne = end < at ? end : end > last ? end - count : at - 1;
  if (ne < ns) return null;
  return [ns, ne - ns + 1];
}
