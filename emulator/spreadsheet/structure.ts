/** Inserting and deleting rows/columns: shifts cells and everything anchored to them (formulas, rules, protections, names). */

import { Rect, shiftSpanForDelete, shiftSpanForInsert } from './a1-notation';
import { Cell, FORMAT_KEYS } from './cell-model';
import { adjustFormulaForDelete, adjustFormulaForInsert, Dimension, shiftFormula } from './formula-refs';
import type { SheetModel } from './model';

function moveRect(rect: Rect, dim: Dimension, fn: (start: number, len: number) => [number, number] | null): Rect | null {
  if (dim === 'row') {
    const r = fn(rect.row, rect.numRows);
    return r ? { ...rect, row: r[0], numRows: r[1] } : null;
  }
  const c = fn(rect.col, rect.numCols);
  return c ? { ...rect, col: c[0], numCols: c[1] } : null;
}

/** Apply a span transform to every structure anchored on `sheet` (not the cells themselves). */
function shiftAnchored(sheet: SheetModel, dim: Dimension, fn: (start: number, len: number) => [number, number] | null): void {
  const book = sheet.book;
  sheet.merges = sheet.merges.map((m) => moveRect(m, dim, fn)).filter((m): m is Rect => m !== null && m.numRows * m.numCols > 1);
  for (const rule of sheet.cfRules) {
    rule.ranges = rule.ranges
      .map((r) => {
        if (r.sheetId !== sheet.id) return r;
        const moved = moveRect(r.rect, dim, fn);
        return moved ? { ...r, rect: moved } : null;
      })
      .filter((r): r is NonNullable<typeof r> => r !== null);
  }
  sheet.cfRules = sheet.cfRules.filter((r) => r.ranges.length > 0);
  book.protections = book.protections.filter((p) => {
    if (p.sheetId !== sheet.id) return true;
    p.unprotected = p.unprotected.map((u) => moveRect(u, dim, fn)).filter((u): u is Rect => u !== null);
    if (p.type === 'SHEET' || !p.rect) return true;
    const moved = moveRect(p.rect, dim, fn);
    if (!moved) return false;
    p.rect = moved;
    return true;
  });
  book.namedRanges = book.namedRanges.filter((n) => {
    if (n.sheetId !== sheet.id) return true;
    const moved = moveRect(n.rect, dim, fn);
    if (!moved) return false;
    n.rect = moved;
    return true;
  });
  for (const s of book.sheets) {
    for (const chart of s.charts) {
      chart.ranges = chart.ranges
        .map((r) => {
          if (r.sheetId !== sheet.id) return r;
          const moved = moveRect(r.rect, dim, fn);
          return moved ? { ...r, rect: moved } : null;
        })
        .filter((r): r is NonNullable<typeof r> => r !== null);
    }
  }
  book.metadata = book.metadata.filter((m) => {
    const loc = m.location;
    if (loc.type !== 'ROW' && loc.type !== 'COLUMN') return true;
    if (loc.sheetId !== sheet.id || (loc.type === 'ROW') !== (dim === 'row')) return true;
    const moved = fn(loc.start, loc.span);
    if (!moved) return false;
    loc.start = moved[0];
    loc.span = moved[1];
    return true;
  });
}

/**
 * Keep conditional-format custom formulas right when their rule ranges move: the formula is written as if it
 * sat in the top-left cell of the first range, so its relative parts move with that anchor and its absolute
 * parts follow the structural change (`adjustAbsolute`).
 */
function withRuleAnchors(sheet: SheetModel, adjustAbsolute: (f: string) => string, move: () => void): void {
  const before = new Map(sheet.cfRules.map((r) => [r, r.ranges[0] ? { ...r.ranges[0].rect } : null]));
  move();
  for (const rule of sheet.cfRules) {
    if (rule.criteria !== 'CUSTOM_FORMULA') continue;
    const old = before.get(rule);
    const now = rule.ranges[0]?.rect;
    if (!old || !now) continue;
    const dr = now.row - old.row;
    const dc = now.col - old.col;
    rule.args = rule.args.map((a) => (typeof a === 'string' ? shiftFormula(adjustAbsolute(a), dr, dc) : a));
  }
}

function rewriteFormulas(sheet: SheetModel, rewrite: (formula: string, host: SheetModel) => string): void {
  for (const s of sheet.book.sheets) {
    const sameSheet = s === sheet;
    for (const row of s.rows) {
      if (!row) continue;
      for (const cell of row) {
        if (!cell || cell.f === undefined) continue;
        if (!sameSheet && !cell.f.includes('!')) continue;
        cell.f = rewrite(cell.f, s);
      }
    }
  }
}

function copyFormats(from: Cell | undefined, offsetDelta: number, dim: Dimension): Cell | undefined {
  if (!from) return undefined;
  const cell: Cell = { v: null };
  let any = false;
  for (const k of FORMAT_KEYS) {
    if (from[k] !== undefined) {
      (cell as unknown as Record<string, unknown>)[k] = from[k];
      any = true;
    }
  }
  if (from.dv) {
    cell.dv = {
      rule: from.dv.rule,
      offRow: from.dv.offRow + (dim === 'row' ? offsetDelta : 0),
      offCol: from.dv.offCol + (dim === 'col' ? offsetDelta : 0),
    };
    any = true;
  }
  return any ? cell : undefined;
}

/**
 * Insert `count` blank rows/columns before line `at` (1-based). New lines copy the formats and
 * validation of line `inheritFrom` (numbered after the insertion), if given (UNVERIFIED: Sheets inherits formatting).
 */
export function insertLines(sheet: SheetModel, dim: Dimension, at: number, count: number, inheritFrom: number | null): void {
  const book = sheet.book;
  rewriteFormulas(sheet, (f, host) => adjustFormulaForInsert(f, host.name, sheet.name, dim, at, count));
  withRuleAnchors(sheet, (f) => adjustFormulaForInsert(f, sheet.name, sheet.name, dim, at, count, true), () =>
    shiftAnchored(sheet, dim, (start, len) => shiftSpanForInsert(start, len, at, count)),
  );
  const blanks = new Array(count).fill(undefined);
  if (dim === 'row') {
    if (sheet.rows.length >= at - 1) sheet.rows.splice(at - 1, 0, ...blanks);
    if (sheet.rowHeights.length >= at - 1) sheet.rowHeights.splice(at - 1, 0, ...blanks);
    if (sheet.hiddenRows.length >= at - 1) sheet.hiddenRows.splice(at - 1, 0, ...new Array(count).fill(false));
    sheet.maxRows += count;
    if (at <= sheet.frozenRows) sheet.frozenRows += count;
    if (inheritFrom !== null) {
      const src = sheet.rows[inheritFrom - 1];
      if (src) {
        for (let i = 0; i < count; i++) {
          const line: Array<Cell | undefined> = src.map((cell) => copyFormats(cell, at + i - inheritFrom, 'row'));
          if (line.some((c) => c)) sheet.rows[at - 1 + i] = line;
        }
      }
    }
  } else {
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (!row || row.length < at - 1) continue;
      const inherited =
        inheritFrom !== null
          ? new Array(count).fill(undefined).map((_x, i) => copyFormats(row[inheritFrom >= at ? inheritFrom - count - 1 : inheritFrom - 1], at + i - inheritFrom, 'col'))
          : blanks;
      row.splice(at - 1, 0, ...inherited);
    }
    if (sheet.colWidths.length >= at - 1) sheet.colWidths.splice(at - 1, 0, ...blanks);
    if (sheet.hiddenCols.length >= at - 1) sheet.hiddenCols.splice(at - 1, 0, ...new Array(count).fill(false));
    sheet.maxCols += count;
    if (at <= sheet.frozenCols) sheet.frozenCols += count;
  }
  book.touch();
}

/** Delete lines [at, at+count) (1-based), shifting everything after them. */
export function deleteLines(sheet: SheetModel, dim: Dimension, at: number, count: number): void {
  const book = sheet.book;
  rewriteFormulas(sheet, (f, host) => adjustFormulaForDelete(f, host.name, sheet.name, dim, at, count));
  withRuleAnchors(sheet, (f) => adjustFormulaForDelete(f, sheet.name, sheet.name, dim, at, count, true), () =>
    shiftAnchored(sheet, dim, (start, len) => shiftSpanForDelete(start, len, at, count)),
  );
  const overlapFrozen = (frozen: number): number => Math.max(0, Math.min(frozen, at + count - 1) - at + 1);
  if (dim === 'row') {
    sheet.rows.splice(at - 1, count);
    sheet.rowHeights.splice(at - 1, count);
    sheet.hiddenRows.splice(at - 1, count);
    sheet.maxRows -= count;
    sheet.frozenRows -= overlapFrozen(sheet.frozenRows);
  } else {
    for (const row of sheet.rows) if (row) row.splice(at - 1, count);
    sheet.colWidths.splice(at - 1, count);
    sheet.hiddenCols.splice(at - 1, count);
    sheet.maxCols -= count;
    sheet.frozenCols -= overlapFrozen(sheet.frozenCols);
  }
  book.touch();
}
