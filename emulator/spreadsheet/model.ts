/** The in-memory spreadsheet state: a book of sheets, each a sparse grid of cells, plus rules, protections and metadata. */

import type { Rect, RangeShape } from './a1-notation';
import { Cell, hasContent, isBare } from './cell-model';
import type { CfRuleData } from './conditional-format';
import type { FormulaEngine } from './formula-engine';

/** A rectangle pinned to a sheet (by id, so renames do not break it). */
export interface SheetRect {
  sheetId: number;
  rect: Rect;
  shape?: RangeShape;
}

/** A protection (section 9). */
export interface ProtectionData {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  /** RANGE protections only. */
  rect: Rect | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  /** False until add/removeEditor(s) is called: until then the protection mirrors the file's permissions (PR-01). */
  editorsChanged: boolean;
  domainEdit: boolean;
  unprotected: Rect[];
  rangeName: string | null;
  /** Who made it (the effective user of the script or person that called protect()); '' when unknown (the owner). */
  createdBy?: string;
}

/** A named range. */
export interface NamedRangeData {
  name: string;
  sheetId: number;
  rect: Rect;
}

/** An embedded chart. */
export interface ChartData {
  id: number;
  chartType: string;
  ranges: SheetRect[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

/** Developer metadata and where it is attached. */
export interface MetadataData {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: { type: 'SPREADSHEET' } | { type: 'SHEET'; sheetId: number } | { type: 'ROW' | 'COLUMN'; sheetId: number; start: number; span: number };
}

/** One sheet's grid and sheet-level settings. */
export class SheetModel {
  rows: Array<Array<Cell | undefined> | undefined> = [];
  maxRows: number;
  maxCols: number;
  frozenRows = 0;
  frozenCols = 0;
  colWidths: Array<number | undefined> = [];
  hiddenCols: boolean[] = [];
  rowHeights: Array<number | undefined> = [];
  hiddenRows: boolean[] = [];
  tabColor: string | null = null;
  hidden = false;
  cfRules: CfRuleData[] = [];
  charts: ChartData[] = [];
  merges: Rect[] = [];
  private extentCache = { gen: -1, lastRow: 0, lastCol: 0 };

  constructor(
    readonly book: BookModel,
    public id: number,
    public name: string,
    maxRows = 1000,
    maxCols = 26,
  ) {
    this.maxRows = maxRows;
    this.maxCols = maxCols;
  }

  /** The cell at 1-based (row, col), or undefined. */
  getCell(row: number, col: number): Cell | undefined {
    const r = this.rows[row - 1];
    return r ? r[col - 1] : undefined;
  }

  /** The cell at (row, col), created if missing. */
  ensureCell(row: number, col: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let cell = r[col - 1];
    if (!cell) {
      cell = { v: null };
      r[col - 1] = cell;
    }
    return cell;
  }

  /** Replace (or remove with undefined) the cell at (row, col). */
  putCell(row: number, col: number, cell: Cell | undefined): void {
    if (!cell || isBare(cell)) {
      const r = this.rows[row - 1];
      if (r) r[col - 1] = undefined;
      return;
    }
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    r[col - 1] = cell;
  }

  private computeExtent(): void {
    if (this.extentCache.gen === this.book.gen) return;
    let lastRow = 0;
    let lastCol = 0;
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = row.length - 1; c >= 0; c--) {
        if (hasContent(row[c])) {
          if (lastRow === 0) lastRow = r + 1;
          if (c + 1 > lastCol) lastCol = c + 1;
          break;
        }
      }
    }
    this.extentCache = { gen: this.book.gen, lastRow, lastCol };
  }

  /** The last row with content, 0 when empty. */
  lastRow(): number {
    this.computeExtent();
    return this.extentCache.lastRow;
  }

  /** The last column with content, 0 when empty. */
  lastCol(): number {
    this.computeExtent();
    return this.extentCache.lastCol;
  }

  /** Default column width in pixels. */
  static readonly DEFAULT_WIDTH = 100;
}

/** A toast shown by Spreadsheet.toast(). */
export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

/** A whole spreadsheet. */
export class BookModel {
  sheets: SheetModel[] = [];
  namedRanges: NamedRangeData[] = [];
  protections: ProtectionData[] = [];
  metadata: MetadataData[] = [];
  /** Incremented by every change; formula caches and extents key on it. */
  gen = 0;
  activeSheetId = 0;
  activeRange: SheetRect | null = null;
  toasts: Toast[] = [];
  nextSheetId = 0;
  nextObjectId = 1;
  engine!: FormulaEngine;
  /** People the file is shared with (Spreadsheet.addEditor/addViewer). */
  editors: string[] = [];
  viewers: string[] = [];
  /** The clock (the emulator context's). */
  now: () => Date = () => new Date();

  constructor(
    public id: string,
    public name: string,
    public timeZone: string,
    public locale: string,
    public owner: string,
  ) {}

  /** Mark the book changed (invalidates formula results and extents). */
  touch(): void {
    this.gen++;
  }

  /** Sheet by exact name, leftmost first. */
  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Sheet by name for formulas (case-insensitive, as Sheets resolves sheet references). */
  sheetForFormula(name: string): SheetModel | undefined {
    return this.sheetByName(name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Sheet by id. */
  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** The active sheet (the first one if none is set). */
  activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  /** Add a sheet at a 0-based index. */
  addSheet(name: string, index?: number, maxRows = 1000, maxCols = 26): SheetModel {
    const sheet = new SheetModel(this, this.nextSheetId, name, maxRows, maxCols);
    this.nextSheetId = this.nextSheetId === 0 ? 1180000007 : this.nextSheetId + 104729;
    if (index === undefined || index >= this.sheets.length) this.sheets.push(sheet);
    else this.sheets.splice(Math.max(0, index), 0, sheet);
    this.touch();
    return sheet;
  }
}
