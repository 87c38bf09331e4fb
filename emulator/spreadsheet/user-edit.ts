/** A person's edit (typing or pasting): protections, typed-input parsing, validation that rejects, and the onEdit event object. */

import { isDate } from '../core/context';
import { parseA1 } from './a1-notation';
import { Cell, cloneCell, ComputedValue, ErrorValue } from './cell-model';
import { effectiveFormat, writeScriptValue, writeTypedString } from './cell-ops';
import { rejectionMessage, valueSatisfies } from './data-validation';
import { AuthMode } from './enums';
import type { Hub } from './hub';
import { PROTECTED_MESSAGE, protectionsCovering, userCanEdit } from './protection';
import { formatA1 } from './a1-notation';

/** E-03 (UNVERIFIED details): event values are strings; numbers and dates arrive as their number text. */
function eventString(value: ComputedValue): string | undefined {
  if (value === null || value === '') return undefined;
  if (value instanceof ErrorValue) return value.code;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** The outcome of a person's edit. */
export type UserEditResult = { event: Record<string, unknown> } | { rejected: string };

/**
 * Apply an edit as a person would make it in the Sheets UI, on the active spreadsheet. A single-cell `a1`
 * with a larger `values` block is a paste starting there; `book` is another spreadsheet the person has open. Returns the onEdit event object (it does not run onEdit).
 */
export function applyUserEdit(hub: Hub, sheetName: string, a1: string, values: unknown[][], book = hub.active): UserEditResult {
  const sheet = book.sheetByName(sheetName);
  if (!sheet) return { rejected: `No sheet named ${sheetName}.` };
  if (!Array.isArray(values) || values.length === 0 || !values.every((r) => Array.isArray(r) && r.length === values[0].length)) {
    return { rejected: 'The pasted data must be a non-empty rectangular block.' };
  }
  let parsed;
  try {
    parsed = parseA1(a1);
  } catch {
    return { rejected: `Range not found: ${a1}` };
  }
  const row = parsed.startRow ?? 1;
  const col = parsed.startCol ?? 1;
  let numRows = (parsed.endRow ?? sheet.maxRows) - row + 1;
  let numCols = (parsed.endCol ?? sheet.maxCols) - col + 1;
  if (numRows === 1 && numCols === 1) {
    numRows = values.length;
    numCols = values[0].length;
  }
  if (numRows !== values.length || numCols !== values[0].length) {
    return { rejected: `The data is ${values.length}×${values[0].length} but the range ${a1} is ${numRows}×${numCols}.` };
  }
  const rect = { row, col, numRows, numCols };
  const email = hub.context.userEmail;
  for (const p of protectionsCovering(book, sheet, rect)) {
    // Warning-only protections warn and allow (PR-08); others block unless the user is an editor.
    if (!p.warningOnly && !userCanEdit(book, p, email)) return { rejected: PROTECTED_MESSAGE };
  }
  // A paste past the grid grows it, as the UI does.
  if (row + numRows - 1 > sheet.maxRows) sheet.maxRows = row + numRows - 1;
  if (col + numCols - 1 > sheet.maxCols) sheet.maxCols = col + numCols - 1;

  const single = numRows === 1 && numCols === 1;
  const oldValue = single ? eventString(book.engine.cellValue(sheet, row, col)) : undefined;
  const backup: Array<{ r: number; c: number; cell: Cell | undefined }> = [];
  for (let i = 0; i < numRows; i++) {
    for (let j = 0; j < numCols; j++) {
      const r = row + i;
      const c = col + j;
      const existing = sheet.getCell(r, c);
      backup.push({ r, c, cell: existing ? cloneCell(existing) : undefined });
      const cell = sheet.ensureCell(r, c);
      const v = values[i][j];
      if (typeof v === 'string') writeTypedString(cell, v, book);
      else if (v === null || v === undefined || typeof v === 'number' || typeof v === 'boolean' || isDate(v)) writeScriptValue(cell, v, book);
      else writeTypedString(cell, String(v), book);
      sheet.putCell(r, c, cell);
    }
  }
  book.touch();
  for (const { r, c } of backup) {
    const cell = sheet.getCell(r, c);
    if (!cell?.dv) {
      if (cell) delete cell.invalid;
      continue;
    }
    const ok = valueSatisfies(cell.dv.rule, {
      hub,
      sheet,
      row: r,
      col: c,
      offRow: cell.dv.offRow,
      offCol: cell.dv.offCol,
      value: book.engine.cellValue(sheet, r, c),
      format: effectiveFormat(cell, book),
    });
    if (ok) {
      delete cell.invalid;
    } else if (cell.dv.rule.allowInvalid) {
      cell.invalid = true; // accepted, flagged as invalid (D-10)
    } else {
      const message = rejectionMessage(cell.dv.rule, formatA1({ row: r, col: c, numRows: 1, numCols: 1 }));
      for (const b of backup) sheet.putCell(b.r, b.c, b.cell);
      book.touch();
      return { rejected: message };
    }
  }
  book.touch();
  const event: Record<string, unknown> = {
    authMode: AuthMode.LIMITED,
    range: hub.range(sheet, rect),
    source: hub.spreadsheet(book),
    user: hub.user(email),
  };
  if (single) {
    // E-02: value/oldValue only for a single cell; absent when empty.
    const value = eventString(book.engine.cellValue(sheet, row, col));
    if (value !== undefined) event.value = value;
    if (oldValue !== undefined) event.oldValue = oldValue;
  }
  return { event };
}
