/** The shape of a generated sheet's contents: same-sized 2-D arrays, one per Range setter, for one batched write. */

import type { CellStyle } from '../status-palette';

/** A block of merged cells, 0-based from the grid's top-left cell. */
export interface GridMerge {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/**
 * Everything one write needs: `range.setValues(values)`, `setBackgrounds`, `setFontColors`,
 * `setFontWeights`, `setFontLines`, `setNotes` on the same range (all arrays have the same size), then
 * the merges. Nothing is written cell by cell. Text values are already protected for setValues (see
 * sheetText), so a title like `=SUM(…)`, `0012` or `March 2025` stays text; numbers stay numbers.
 */
export interface SheetGrid {
  values: (string | number)[][];
  backgrounds: string[][];
  fontColors: string[][];
  fontWeights: ('bold' | 'normal')[][];
  fontLines: ('line-through' | 'none')[][];
  notes: string[][];
  merges: GridMerge[];
}

/**
 * Text as setValues must receive it to stay text. setValues parses strings like typed input (semantics
 * W-05, W-06: `=…` becomes a formula, `0012` a number, `2025-03-10` or `March 2025` a date), and a leading
 * apostrophe keeps the rest as text without showing it (W-07). Every non-empty string gets one.
 * @param text Any text.
 */
export function sheetText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/**
 * The text a person sees for a value written with sheetText (drops the protective apostrophe).
 * @param value A grid value.
 */
export function shownText(value: string | number): string {
  const text = String(value);
  return text.startsWith("'") ? text.slice(1) : text;
}

/** A grid with no rows, to add rows and styles to. */
export function emptyGrid(): SheetGrid {
  return { values: [], backgrounds: [], fontColors: [], fontWeights: [], fontLines: [], notes: [], merges: [] };
}

/** A mutable grid builder: rows are added with their styles; `toGrid` pads them to one width. */
export class GridBuilder {
  private readonly grid: SheetGrid = emptyGrid();

  /** @param width Columns of every row (shorter rows are padded with plain empty cells). */
  constructor(private readonly width: number) {}

  /** The number of rows added so far (the 0-based index of the next row). */
  get rowCount(): number {
    return this.grid.values.length;
  }

  /**
   * Adds a row of cells; each cell is a value with an optional style and note.
   * @param cells The row's cells, left to right.
   */
  addRow(cells: ReadonlyArray<{ value: string | number; style?: CellStyle; note?: string }>): number {
    const plain: CellStyle = { background: '#FFFFFF', fontColor: '#202124' };
    const row = Array.from({ length: this.width }, (_, i) => cells[i] ?? { value: '' });
    this.grid.values.push(row.map((c) => (typeof c.value === 'string' ? sheetText(c.value) : c.value)));
    this.grid.backgrounds.push(row.map((c) => (c.style ?? plain).background));
    this.grid.fontColors.push(row.map((c) => (c.style ?? plain).fontColor));
    this.grid.fontWeights.push(row.map((c) => (c.style?.bold ? 'bold' : 'normal')));
    this.grid.fontLines.push(row.map((c) => (c.style?.strikethrough ? 'line-through' : 'none')));
    this.grid.notes.push(row.map((c) => c.note ?? ''));
    return this.grid.values.length - 1;
  }

  /**
   * Merges cells (0-based).
   * @param merge The block to merge.
   */
  merge(merge: GridMerge): void {
    this.grid.merges.push(merge);
  }

  /** The finished grid. */
  toGrid(): SheetGrid {
    return this.grid;
  }
}
