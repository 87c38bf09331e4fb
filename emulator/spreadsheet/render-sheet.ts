/** The display grid a viewer shows (local preview): display text, effective colours including conditional formatting, dropdowns. */

import { ErrorValue } from './cell-model';
import { effectiveFormat, readDisplayValue } from './cell-ops';
import { DEFAULT_BACKGROUND, DEFAULT_FONT_COLOR } from './colors';
import { conditionalFormatAt } from './conditional-format';
import type { RangeArg } from './data-validation';
import type { BookModel, SheetModel } from './model';
import { ServiceException } from '../core/errors';

/** One rendered cell. */
export interface RenderedCell {
  display: string;
  background: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  strikethrough: boolean;
  note: string;
  dropdown: string[] | null;
  checkbox: boolean;
  /** A person's accepted edit that violates a warning-only validation rule. */
  invalid: boolean;
}

/** A rendered sheet. */
export interface RenderedSheet {
  name: string;
  frozenRows: number;
  /** Pixel widths; 0 for hidden columns. */
  columnWidths: number[];
  cells: RenderedCell[][];
}

/** Which part of the sheet to render; by default every row and column that holds anything. */
export interface RenderOptions {
  startRow?: number;
  maxRows?: number;
}

function usedExtent(sheet: SheetModel): { rows: number; cols: number } {
  let rows = Math.max(sheet.lastRow(), sheet.frozenRows);
  let cols = sheet.lastCol();
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    row.forEach((cell, c) => {
      if (!cell) return;
      if (r + 1 > rows) rows = r + 1;
      if (c + 1 > cols) cols = c + 1;
    });
  });
  for (const rule of sheet.cfRules) {
    for (const r of rule.ranges) if (r.sheetId === sheet.id && r.shape !== 'columns') cols = Math.max(cols, r.rect.col + r.rect.numCols - 1);
  }
  return { rows: Math.min(Math.max(rows, 1), sheet.maxRows), cols: Math.min(Math.max(cols, 1), sheet.maxCols) };
}

function dropdownOf(book: BookModel, args: unknown[], criteria: string | null): string[] | null {
  if (criteria === 'VALUE_IN_LIST') return args[1] === false ? null : [...(args[0] as string[])];
  if (criteria === 'VALUE_IN_RANGE') {
    if (args[1] === false) return null;
    const { sheetId, rect } = (args[0] as RangeArg).$range;
    const src = book.sheetById(sheetId);
    if (!src) return [];
    const out: string[] = [];
    const lastRow = Math.min(rect.row + rect.numRows - 1, Math.max(src.lastRow(), rect.row));
    for (let r = rect.row; r <= lastRow; r++) {
      for (let c = rect.col; c < rect.col + rect.numCols; c++) {
        const text = readDisplayValue(book, src, r, c);
        if (text !== '' && !out.includes(text)) out.push(text);
      }
    }
    return out;
  }
  return null;
}

/** Render a sheet of `book` for display. */
export function renderSheet(book: BookModel, sheetName: string, options: RenderOptions = {}): RenderedSheet {
  const sheet = book.sheetByName(sheetName);
  if (!sheet) throw new ServiceException(`No sheet named ${sheetName}.`);
  const { rows, cols } = usedExtent(sheet);
  const start = Math.max(1, options.startRow ?? 1);
  const end = Math.min(rows, options.maxRows !== undefined ? start + options.maxRows - 1 : rows);
  const columnWidths: number[] = [];
  for (let c = 1; c <= cols; c++) columnWidths.push(sheet.hiddenCols[c - 1] ? 0 : (sheet.colWidths[c - 1] ?? 100));
  const cells: RenderedCell[][] = [];
  for (let r = start; r <= end; r++) {
    const line: RenderedCell[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = sheet.getCell(r, c);
      const value = book.engine.cellValue(sheet, r, c);
      const format = effectiveFormat(cell, book);
      const cf = sheet.cfRules.length ? conditionalFormatAt(sheet, r, c, value instanceof ErrorValue ? value : value, format) : null;
      const dv = cell?.dv;
      line.push({
        display: readDisplayValue(book, sheet, r, c),
        background: cf?.background ?? cell?.bg ?? DEFAULT_BACKGROUND,
        fontColor: cf?.fontColor ?? cell?.fc ?? DEFAULT_FONT_COLOR,
        bold: cf?.bold ?? cell?.fw === 'bold',
        italic: cf?.italic ?? cell?.fs === 'italic',
        strikethrough: cf?.strikethrough ?? cell?.fl === 'line-through',
        note: cell?.note ?? '',
        dropdown: dv ? dropdownOf(book, dv.rule.args, dv.rule.criteria) : null,
        checkbox: dv?.rule.criteria === 'CHECKBOX',
        invalid: cell?.invalid === true,
      });
    }
    cells.push(line);
  }
  return { name: sheet.name, frozenRows: sheet.frozenRows, columnWidths, cells };
}
