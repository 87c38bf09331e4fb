/** Saving a spreadsheet's whole state as JSON and loading it back (toJSON/loadJSON). */

import { isDate } from '../core/context';
import { columnToLetters, formatA1, parseA1, Rect } from './a1-notation';
import { Cell } from './cell-model';
import { copyGradient, type CfRuleData } from './conditional-format';
import type { DataValidationData } from './data-validation';
import { EnumValue, enumMember } from './enums';
import { BookModel, SheetModel } from './model';

/** JSON-safe form of rule arguments (Dates, enum members). */
function encodeArg(a: unknown): unknown {
  if (isDate(a)) return { $date: a.toISOString() };
  if (a instanceof EnumValue) return { $enum: [a.enumName, a.toString()] };
  if (Array.isArray(a)) return a.map(encodeArg);
  return a;
}

function decodeArg(a: unknown): unknown {
  if (Array.isArray(a)) return a.map(decodeArg);
  if (a && typeof a === 'object') {
    const o = a as { $date?: string; $enum?: [string, string] };
    if (o.$date) return new Date(o.$date);
    if (o.$enum) return enumMember(o.$enum[0], o.$enum[1]) ?? o.$enum[1];
  }
  return a;
}

function rectToA1(rect: Rect): string {
  return formatA1(rect);
}

function a1ToRect(a1: string): Rect {
  const p = parseA1(a1);
  return {
    row: p.startRow as number,
    col: p.startCol as number,
    numRows: (p.endRow as number) - (p.startRow as number) + 1,
    numCols: (p.endCol as number) - (p.startCol as number) + 1,
  };
}

type JsonCell = Omit<Cell, 'dv' | 'cv' | 'cgen'> & { dv?: { rule: number; offRow: number; offCol: number } };

/** The whole state of a book as JSON. */
export function bookToJSON(book: BookModel): unknown {
  return {
    version: 1,
    id: book.id,
    name: book.name,
    timeZone: book.timeZone,
    locale: book.locale,
    owner: book.owner,
    editors: [...book.editors],
    viewers: [...book.viewers],
    activeSheet: book.activeSheet().name,
    activeRange: book.activeRange ? { sheetId: book.activeRange.sheetId, a1: rectToA1(book.activeRange.rect) } : null,
    sheets: book.sheets.map((s) => sheetToJSON(s)),
    namedRanges: book.namedRanges.map((n) => ({ name: n.name, sheetId: n.sheetId, a1: rectToA1(n.rect) })),
    protections: book.protections.map((p) => ({
      ...p,
      rect: p.rect ? rectToA1(p.rect) : null,
      unprotected: p.unprotected.map(rectToA1),
    })),
    metadata: book.metadata.map((m) => ({ ...m, location: { ...m.location } })),
    nextObjectId: book.nextObjectId,
    nextSheetId: book.nextSheetId,
  };
}

function sheetToJSON(s: SheetModel): unknown {
  const rules: DataValidationData[] = [];
  const ruleIndex = new Map<DataValidationData, number>();
  const cells: Record<string, JsonCell> = {};
  s.rows.forEach((row, r) => {
    if (!row) return;
    row.forEach((cell, c) => {
      if (!cell) return;
      const { dv, cv: _cv, cgen: _cgen, ...rest } = cell;
      const out: JsonCell = { ...rest };
      if (dv) {
        let idx = ruleIndex.get(dv.rule);
        if (idx === undefined) {
          idx = rules.length;
          rules.push(dv.rule);
          ruleIndex.set(dv.rule, idx);
        }
        out.dv = { rule: idx, offRow: dv.offRow, offCol: dv.offCol };
      }
      cells[`${columnToLetters(c + 1)}${r + 1}`] = out;
    });
  });
  const widths: Record<string, number> = {};
  s.colWidths.forEach((w, i) => {
    if (w !== undefined) widths[columnToLetters(i + 1)] = w;
  });
  const heights: Record<string, number> = {};
  s.rowHeights.forEach((h, i) => {
    if (h !== undefined) heights[String(i + 1)] = h;
  });
  return {
    id: s.id,
    name: s.name,
    maxRows: s.maxRows,
    maxColumns: s.maxCols,
    frozenRows: s.frozenRows,
    frozenColumns: s.frozenCols,
    columnWidths: widths,
    hiddenColumns: s.hiddenCols.flatMap((h, i) => (h ? [columnToLetters(i + 1)] : [])),
    rowHeights: heights,
    hiddenRows: s.hiddenRows.flatMap((h, i) => (h ? [i + 1] : [])),
    tabColor: s.tabColor,
    hidden: s.hidden,
    merges: s.merges.map(rectToA1),
    cells,
    validations: rules.map((r) => ({ ...r, args: r.args.map(encodeArg) })),
    conditionalFormatRules: s.cfRules.map((r) => ({
      ranges: r.ranges.map((x) => ({ sheetId: x.sheetId, a1: rectToA1(x.rect), shape: x.shape ?? 'cells' })),
      criteria: r.criteria,
      args: r.args.map(encodeArg),
      format: { ...r.format },
      ...(r.gradient ? { gradient: copyGradient(r.gradient) } : {}),
    })),
    charts: s.charts.map((c) => ({
      ...c,
      ranges: c.ranges.map((x) => ({ sheetId: x.sheetId, a1: rectToA1(x.rect) })),
      options: JSON.parse(JSON.stringify(c.options, (_k, v) => (v instanceof EnumValue ? v.toString() : v))),
    })),
  };
}

type AnyJson = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Replace the contents of `book` with a state produced by bookToJSON. */
export function loadBookJSON(book: BookModel, state: unknown): void {
  const st = state as AnyJson;
  if (!st || typeof st !== 'object' || !Array.isArray(st.sheets)) throw new Error('loadJSON: not a spreadsheet state');
  book.name = st.name ?? book.name;
  book.timeZone = st.timeZone ?? book.timeZone;
  book.locale = st.locale ?? book.locale;
  book.owner = st.owner ?? book.owner;
  book.editors = [...(st.editors ?? [])];
  book.viewers = [...(st.viewers ?? [])];
  book.sheets = [];
  for (const sj of st.sheets as AnyJson[]) {
    const s = new SheetModel(book, sj.id, sj.name, sj.maxRows, sj.maxColumns);
    s.frozenRows = sj.frozenRows ?? 0;
    s.frozenCols = sj.frozenColumns ?? 0;
    for (const [col, w] of Object.entries(sj.columnWidths ?? {})) s.colWidths[a1ToRect(`${col}1`).col - 1] = w as number;
    for (const col of sj.hiddenColumns ?? []) s.hiddenCols[a1ToRect(`${col}1`).col - 1] = true;
    for (const [row, h] of Object.entries(sj.rowHeights ?? {})) s.rowHeights[Number(row) - 1] = h as number;
    for (const row of sj.hiddenRows ?? []) s.hiddenRows[Number(row) - 1] = true;
    s.tabColor = sj.tabColor ?? null;
    s.hidden = !!sj.hidden;
    s.merges = (sj.merges ?? []).map(a1ToRect);
    const rules: DataValidationData[] = (sj.validations ?? []).map((r: AnyJson) => ({ ...r, args: r.args.map(decodeArg) }));
    for (const [a1, cj] of Object.entries(sj.cells ?? {}) as Array<[string, AnyJson]>) {
      const { row, col } = a1ToRect(a1);
      const cell: Cell = { ...cj, v: cj.v ?? null };
      if (cj.dv) cell.dv = { rule: rules[cj.dv.rule], offRow: cj.dv.offRow, offCol: cj.dv.offCol };
      s.putCell(row, col, cell);
    }
    s.cfRules = (sj.conditionalFormatRules ?? []).map(
      (r: AnyJson): CfRuleData => ({
        ranges: r.ranges.map((x: AnyJson) => ({ sheetId: x.sheetId, rect: a1ToRect(x.a1), shape: x.shape })),
        criteria: r.criteria,
        args: r.args.map(decodeArg),
        format: { ...r.format },
        gradient: copyGradient(r.gradient),
      }),
    );
    s.charts = (sj.charts ?? []).map((c: AnyJson) => ({
      ...c,
      ranges: c.ranges.map((x: AnyJson) => ({ sheetId: x.sheetId, rect: a1ToRect(x.a1) })),
      options: { ...c.options },
    }));
    book.sheets.push(s);
  }
  book.namedRanges = (st.namedRanges ?? []).map((n: AnyJson) => ({ name: n.name, sheetId: n.sheetId, rect: a1ToRect(n.a1) }));
  book.protections = (st.protections ?? []).map((p: AnyJson) => ({
    ...p,
    rect: p.rect ? a1ToRect(p.rect) : null,
    unprotected: (p.unprotected ?? []).map(a1ToRect),
    editors: [...(p.editors ?? [])],
  }));
  book.metadata = (st.metadata ?? []).map((m: AnyJson) => ({ ...m, location: { ...m.location } }));
  book.nextObjectId = st.nextObjectId ?? book.nextObjectId;
  book.nextSheetId = st.nextSheetId ?? book.nextSheetId;
  const active = book.sheetByName(st.activeSheet) ?? book.sheets[0];
  book.activeSheetId = active.id;
  book.activeRange = st.activeRange ? { sheetId: st.activeRange.sheetId, rect: a1ToRect(st.activeRange.a1) } : null;
  book.touch();
}
