/**
 * The stakeholder copy as Sheets API requests (pure, no Apps Script calls): each sheet of the copy is a
 * `CopySheet` (its values and formats) turned into one set of batchUpdate requests that resize the grid,
 * unmerge, rewrite every cell (what the data leaves out is cleared), merge, size columns and protect.
 * Values are written as userEnteredValue.stringValue / numberValue, so text stays text and nothing a
 * person typed becomes a formula, a number or a date. To add something to the copy (a column, a
 * protected range), add it to the CopySheet.
 */

import type { SheetGrid } from '../domain/planning';
import { shownText } from '../domain/planning/sheet-grid';

type Request = GoogleAppsScript.Sheets.Schema.Request;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type Color = GoogleAppsScript.Sheets.Schema.Color;

/** One cell of the copy: a value (text or number) and optional styling. */
export interface CopyCell {
  value: string | number;
  background?: string;
  color?: string;
  bold?: boolean;
  strike?: boolean;
  note?: string;
  /** A dropdown of these choices (Sheets DataValidationRule ONE_OF_LIST, strict). */
  choices?: string[];
}

/** A range of one sheet (0-based, end exclusive) that only the listed people may edit. */
export interface CopyProtection {
  startRow: number;
  endRow: number;
  startColumn: number;
  endColumn: number;
  description: string;
  editors: string[];
  /** Protect the whole sheet (the row and column bounds are ignored) except these ranges. */
  wholeSheet?: boolean;
  unprotected?: Array<{ startRow: number; endRow: number; startColumn: number; endColumn: number }>;
}

/** One sheet of the copy. */
export interface CopySheet {
  title: string;
  rows: CopyCell[][];
  frozenRows?: number;
  columnWidth?: number;
  wrapTop?: boolean;
  merges?: Array<{ row: number; column: number; numRows: number; numColumns: number }>;
  protections?: CopyProtection[];
}

/** `#RRGGBB` as the API's Color (0..1 per channel). */
function color(hex: string): Color {
  const n = parseInt(hex.replace('#', ''), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

function cellData(cell: CopyCell, wrapTop: boolean): CellData {
  const value = typeof cell.value === 'number' ? { numberValue: cell.value } : { stringValue: cell.value };
  const format: GoogleAppsScript.Sheets.Schema.CellFormat = {};
  if (cell.background && cell.background.toLowerCase() !== '#ffffff') format.backgroundColor = color(cell.background);
  const text: GoogleAppsScript.Sheets.Schema.TextFormat = {};
  if (cell.color && cell.color.toLowerCase() !== '#000000') text.foregroundColor = color(cell.color);
  if (cell.bold) text.bold = true;
  if (cell.strike) text.strikethrough = true;
  if (Object.keys(text).length > 0) format.textFormat = text;
  if (wrapTop) {
    format.wrapStrategy = 'WRAP';
    format.verticalAlignment = 'TOP';
  }
  const data: CellData = cell.value === '' ? {} : { userEnteredValue: value };
  if (Object.keys(format).length > 0) data.userEnteredFormat = format;
  if (cell.note) data.note = cell.note;
  if (cell.choices) {
    data.dataValidation = {
      condition: { type: 'ONE_OF_LIST', values: cell.choices.map((userEnteredValue) => ({ userEnteredValue })) },
      strict: true,
      showCustomUi: true,
    };
  }
  return data;
}

/** The grid size a sheet needs: its rows (at least one more than the frozen rows) and columns. */
function gridSize(sheet: CopySheet): { rows: number; columns: number } {
  const columns = Math.max(1, ...sheet.rows.map((row) => row.length));
  return { rows: Math.max(sheet.rows.length, (sheet.frozenRows ?? 0) + 1, 1), columns };
}

/**
 * The requests that make sheet `sheetId` show exactly `sheet`: grid size and frozen rows, no old merges
 * or protections of ours, every cell rewritten, then merges, column widths and protections.
 * `oldProtections` are the ids of the protected ranges an earlier run added (removed first).
 */
export function sheetRequests(sheetId: number, sheet: CopySheet, oldProtections: number[] = []): Request[] {
  const { rows, columns } = gridSize(sheet);
  const whole = { sheetId };
  const wrapTop = sheet.wrapTop ?? false;
  const requests: Request[] = [
    ...oldProtections.map((protectedRangeId) => ({ deleteProtectedRange: { protectedRangeId } })),
    {
      updateSheetProperties: {
        properties: { sheetId, title: sheet.title, gridProperties: { rowCount: rows, columnCount: columns, frozenRowCount: sheet.frozenRows ?? 0 } },
        fields: 'title,gridProperties.rowCount,gridProperties.columnCount,gridProperties.frozenRowCount',
      },
    },
    { unmergeCells: { range: whole } },
    {
      updateCells: {
        range: whole,
        fields: 'userEnteredValue,userEnteredFormat,note,dataValidation',
        rows: sheet.rows.map((row) => ({ values: row.map((cell) => cellData(cell, wrapTop)) })),
      },
    },
  ];
  for (const merge of sheet.merges ?? []) {
    requests.push({
      mergeCells: {
        mergeType: 'MERGE_ALL',
        range: {
          sheetId,
          startRowIndex: merge.row,
          endRowIndex: merge.row + merge.numRows,
          startColumnIndex: merge.column,
          endColumnIndex: merge.column + merge.numColumns,
        },
      },
    });
  }
  if (sheet.columnWidth) {
    requests.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: 0, endIndex: columns },
        properties: { pixelSize: sheet.columnWidth },
        fields: 'pixelSize',
      },
    });
  }
  for (const p of sheet.protections ?? []) {
    const rect = (r: { startRow: number; endRow: number; startColumn: number; endColumn: number }) => ({
      sheetId,
      startRowIndex: r.startRow,
      endRowIndex: r.endRow,
      startColumnIndex: r.startColumn,
      endColumnIndex: r.endColumn,
    });
    const protectedRange: GoogleAppsScript.Sheets.Schema.ProtectedRange = {
      range: p.wholeSheet ? { sheetId } : rect(p),
      description: p.description,
      editors: { users: p.editors },
    };
    if (p.wholeSheet && p.unprotected?.length) protectedRange.unprotectedRanges = p.unprotected.map(rect);
    requests.push({ addProtectedRange: { protectedRange } });
  }
  return requests;
}

/** The request that adds a sheet of the copy under a chosen id (so later requests of the same batch can name it). */
export function addSheetRequest(sheetId: number, title: string): Request {
  return { addSheet: { properties: { sheetId, title } } };
}

/** The Posts sheet: a bold, tinted header row, then one row of text per post. */
export function postsSheet(title: string, values: string[][]): CopySheet {
  const [header = [], ...rows] = values;
  return {
    title,
    frozenRows: 1,
    rows: [
      header.map((value) => ({ value, bold: true, background: '#E8F0FE' })),
      ...rows.map((row) => row.map((value) => ({ value }))),
    ],
  };
}

/** The Month view sheet from a month grid (the grid's setValues guards are dropped: the API writes text as text). */
export function monthSheet(title: string, grid: SheetGrid): CopySheet {
  return {
    title,
    columnWidth: 160,
    wrapTop: true,
    merges: grid.merges,
    rows: grid.values.map((row, r) =>
      row.map((value, c) => ({
        value: typeof value === 'number' ? value : shownText(value),
        background: grid.backgrounds[r]?.[c],
        color: grid.fontColors[r]?.[c],
        bold: grid.fontWeights[r]?.[c] === 'bold',
        strike: grid.fontLines[r]?.[c] === 'line-through',
        note: grid.notes[r]?.[c] || undefined,
      })),
    ),
  };
}
