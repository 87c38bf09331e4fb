/**
 * The Advanced Sheets service (Sheets API v4), the subset the add-on uses, over the emulator's own
 * spreadsheets: spreadsheets.create/get/batchUpdate and spreadsheets.values.get/update/batchUpdate/clear,
 * with Google's request and response JSON and its error messages.
 * Reference: https://developers.google.com/workspace/sheets/api/reference/rest
 */

import type { Runtime } from '../runtime/runtime';
import { NotImplementedError } from '../core/errors';
import { formatA1, parseA1, quoteSheetName, type Rect } from '../spreadsheet/a1-notation';
import { computedValue, readDisplayValue } from '../spreadsheet/cell-ops';
import type { Cell } from '../spreadsheet/cell-model';
import { normalizeColor } from '../spreadsheet/colors';
import type { Hub } from '../spreadsheet/hub';
import type { BookModel, SheetModel } from '../spreadsheet/model';
import { newProtection, PROTECTED_MESSAGE, protectionsCovering, userCanEdit } from '../spreadsheet/protection';
import { bookToJSON, loadBookJSON } from '../spreadsheet/state-json';
import { parseUserEntered } from '../spreadsheet/user-entered-value';
import { ApiError, apiMethod, checkFields, type FileAccess } from './advanced-api';

type Json = Record<string, unknown>;
type GridRange = {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
};

const auth = (scope: string): string => `https://www.googleapis.com/auth/${scope}`;
/** Scopes that reach every spreadsheet the user can open (not only the app's files). */
const READ_ANY = [auth('spreadsheets'), auth('spreadsheets.readonly'), auth('drive'), auth('drive.readonly')];
const WRITE_ANY = [auth('spreadsheets'), auth('drive')];

/** Request kinds of spreadsheets.batchUpdate the emulator implements. */
const IMPLEMENTED = [
  'addSheet',
  'deleteSheet',
  'updateSheetProperties',
  'updateSpreadsheetProperties',
  'updateCells',
  'mergeCells',
  'unmergeCells',
  'updateDimensionProperties',
  'appendDimension',
  'addProtectedRange',
  'deleteProtectedRange',
];
/** Real request kinds the emulator does not implement (a loud emulator error, not Google's unknown-field one). */
const NOT_IMPLEMENTED = [
  'repeatCell',
  'autoResizeDimensions',
  'insertDimension',
  'deleteDimension',
  'sortRange',
  'setDataValidation',
  'addConditionalFormatRule',
  'addNamedRange',
  'updateProtectedRange',
  'updateBorders',
  'copyPaste',
  'findReplace',
  'addBanding',
  'setBasicFilter',
  'duplicateSheet',
];

function hex(color: unknown): string | undefined {
  if (!color || typeof color !== 'object') return undefined;
  const { red = 0, green = 0, blue = 0 } = color as { red?: number; green?: number; blue?: number };
  const byte = (n: number): string =>
    Math.round(Math.max(0, Math.min(1, n)) * 255)
      .toString(16)
      .padStart(2, '0');
  return normalizeColor(`#${byte(red)}${byte(green)}${byte(blue)}`);
}

function sheetProperties(sheet: SheetModel): Json {
  const grid: Json = { rowCount: sheet.maxRows, columnCount: sheet.maxCols };
  if (sheet.frozenRows) grid.frozenRowCount = sheet.frozenRows;
  if (sheet.frozenCols) grid.frozenColumnCount = sheet.frozenCols;
  return {
    sheetId: sheet.id,
    title: sheet.name,
    index: sheet.book.sheets.indexOf(sheet),
    sheetType: 'GRID',
    gridProperties: grid,
  };
}

function gridRange(sheet: SheetModel, rect: Rect): GridRange {
  return {
    sheetId: sheet.id,
    startRowIndex: rect.row - 1,
    endRowIndex: rect.row - 1 + rect.numRows,
    startColumnIndex: rect.col - 1,
    endColumnIndex: rect.col - 1 + rect.numCols,
  };
}

/** The Spreadsheet resource of a book (properties, sheets with merges and protected ranges, URL). */
function spreadsheetResource(book: BookModel): Json {
  return {
    spreadsheetId: book.id,
    properties: { title: book.name, locale: book.locale, timeZone: book.timeZone },
    sheets: book.sheets.map((sheet) => {
      const out: Json = { properties: sheetProperties(sheet) };
      if (sheet.merges.length) out.merges = sheet.merges.map((m) => gridRange(sheet, m));
      const protectedRanges = book.protections
        .filter((p) => p.sheetId === sheet.id)
        .map((p) => ({
          protectedRangeId: p.id,
          range: p.rect ? gridRange(sheet, p.rect) : { sheetId: sheet.id },
          description: p.description || undefined,
          warningOnly: p.warningOnly || undefined,
          editors: { users: [...p.editors] },
          unprotectedRanges: p.unprotected.length ? p.unprotected.map((u) => gridRange(sheet, u)) : undefined,
        }));
      if (protectedRanges.length) out.protectedRanges = protectedRanges;
      return out;
    }),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${book.id}/edit`,
  };
}

/** The Sheets API over the emulator's spreadsheets. */
class SheetsApi {
  constructor(
    private readonly hub: Hub,
    private readonly access: FileAccess,
  ) {}

  book(id: unknown, write: boolean): BookModel {
    const book = typeof id === 'string' ? this.hub.books.get(id) : undefined;
    if (!book) throw new ApiError(404, 'Requested entity was not found.');
    if (!this.access.reaches(book.id, write ? WRITE_ANY : READ_ANY))
      throw new ApiError(403, 'The caller does not have permission');
    return book;
  }

  create(resource: unknown): Json {
    const body = (resource ?? {}) as Json;
    checkFields(body, ['properties', 'sheets', 'namedRanges', 'developerMetadata'], 'spreadsheet');
    const properties = (body.properties ?? {}) as Json;
    checkFields(properties, ['title', 'locale', 'timeZone', 'autoRecalc', 'defaultFormat'], 'spreadsheet.properties');
    const sheets = (body.sheets ?? []) as Json[];
    const first = (sheets[0]?.properties ?? {}) as Json;
    const firstGrid = (first.gridProperties ?? {}) as Json;
    const book = this.hub.createBook(
      typeof properties.title === 'string' ? properties.title : 'Untitled spreadsheet',
      Number(firstGrid.rowCount ?? 1000),
      Number(firstGrid.columnCount ?? 26),
    );
    if (typeof properties.timeZone === 'string') book.timeZone = properties.timeZone;
    if (typeof properties.locale === 'string') book.locale = properties.locale;
    sheets.forEach((sheet, i) => {
      checkFields(sheet, ['properties'], `spreadsheet.sheets[${i}]`);
      const props = (sheet.properties ?? {}) as Json;
      if (i === 0) {
        const model = book.sheets[0];
        if (typeof props.title === 'string') model.name = props.title;
        this.applyGrid(model, (props.gridProperties ?? {}) as Json);
      } else this.addSheet(book, props, `spreadsheet.sheets[${i}].properties`);
    });
    this.hub.createdByScript.add(book.id);
    this.access.created(book.id);
    book.touch();
    return spreadsheetResource(book);
  }

  get(spreadsheetId: unknown, options: unknown): Json {
    checkFields(options, ['fields', 'ranges', 'includeGridData', 'excludeTablesInBandedRanges'], 'parameters');
    if ((options as Json | undefined)?.includeGridData) throw new NotImplementedError('Sheets.Spreadsheets', 'get with includeGridData');
    return spreadsheetResource(this.book(spreadsheetId, false));
  }

  batchUpdate(resource: unknown, spreadsheetId: unknown): Json {
    const body = (resource ?? {}) as Json;
    checkFields(body, ['requests', 'includeSpreadsheetInResponse', 'responseRanges', 'responseIncludeGridData'], 'batchUpdateSpreadsheetRequest');
    const book = this.book(spreadsheetId, true);
    const requests = Array.isArray(body.requests) ? (body.requests as Json[]) : [];
    // "If any request is not valid, the entire request fails and nothing is applied."
    const snapshot = bookToJSON(book);
    const replies: Json[] = [];
    try {
      requests.forEach((request, i) => replies.push(this.request(book, request, i)));
    } catch (error) {
      loadBookJSON(book, snapshot);
      book.touch();
      throw error;
    }
    book.touch();
    const out: Json = { spreadsheetId: book.id, replies };
    if (body.includeSpreadsheetInResponse) out.updatedSpreadsheet = spreadsheetResource(book);
    return out;
  }

  valuesGet(spreadsheetId: unknown, range: unknown, options: unknown): Json {
    checkFields(options, ['valueRenderOption', 'dateTimeRenderOption', 'majorDimension'], 'parameters');
    const book = this.book(spreadsheetId, false);
    const { sheet, rect } = this.a1(book, range);
    const render = String((options as Json | undefined)?.valueRenderOption ?? 'FORMATTED_VALUE');
    const values: unknown[][] = [];
    for (let r = 0; r < rect.numRows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < rect.numCols; c++) {
        const cell = sheet.getCell(rect.row + r, rect.col + c);
        if (render === 'FORMULA' && cell?.f) row.push(cell.f);
        else if (render === 'FORMATTED_VALUE') row.push(readDisplayValue(book, sheet, rect.row + r, rect.col + c));
        else {
          const value = computedValue(book, sheet, rect.row + r, rect.col + c);
          row.push(value === null ? '' : typeof value === 'object' ? String(value) : value);
        }
      }
      while (row.length && row[row.length - 1] === '') row.pop();
      values.push(row);
    }
    while (values.length && values[values.length - 1].length === 0) values.pop();
    const out: Json = { range: this.a1Text(sheet, rect), majorDimension: 'ROWS' };
    if (values.length) out.values = values;
    return out;
  }

  valuesUpdate(resource: unknown, spreadsheetId: unknown, range: unknown, options: unknown): Json {
    checkFields(options, ['valueInputOption', 'includeValuesInResponse', 'responseValueRenderOption', 'responseDateTimeRenderOption'], 'parameters');
    const input = this.inputOption((options as Json | undefined)?.valueInputOption);
    const book = this.book(spreadsheetId, true);
    const out = this.writeValues(book, { ...(resource as Json), range: (resource as Json)?.range ?? range }, input, 'valueRange');
    book.touch();
    return { spreadsheetId: book.id, ...out };
  }

  valuesBatchUpdate(resource: unknown, spreadsheetId: unknown): Json {
    const body = (resource ?? {}) as Json;
    checkFields(body, ['valueInputOption', 'data', 'includeValuesInResponse', 'responseValueRenderOption', 'responseDateTimeRenderOption'], 'batchUpdateValuesRequest');
    const input = this.inputOption(body.valueInputOption);
    const book = this.book(spreadsheetId, true);
    const data = Array.isArray(body.data) ? (body.data as Json[]) : [];
    const snapshot = bookToJSON(book);
    try {
      const responses = data.map((range, i) => ({ spreadsheetId: book.id, ...this.writeValues(book, range, input, `data[${i}]`) }));
      book.touch();
      const sum = (key: string): number => responses.reduce((n, r) => n + Number((r as Json)[key] ?? 0), 0);
      return {
        spreadsheetId: book.id,
        totalUpdatedRows: sum('updatedRows'),
        totalUpdatedColumns: sum('updatedColumns'),
        totalUpdatedCells: sum('updatedCells'),
        totalUpdatedSheets: new Set(responses.map((r) => String((r as Json).updatedRange).split('!')[0])).size,
        responses,
      };
    } catch (error) {
      loadBookJSON(book, snapshot);
      book.touch();
      throw error;
    }
  }

  valuesClear(resource: unknown, spreadsheetId: unknown, range: unknown): Json {
    checkFields(resource, [], 'clearValuesRequest');
    const book = this.book(spreadsheetId, true);
    const { sheet, rect } = this.a1(book, range);
    this.guard(book, sheet, rect);
    for (let r = rect.row; r < rect.row + rect.numRows; r++)
      for (let c = rect.col; c < rect.col + rect.numCols; c++) {
        const cell = sheet.getCell(r, c);
        if (cell) this.setValue(sheet, r, c, undefined);
      }
    book.touch();
    return { spreadsheetId: book.id, clearedRange: this.a1Text(sheet, rect) };
  }

  /**
   * Refuses a write by the running user into a protected range they are not an editor of (the owner
   * always may), with the Sheets API's 400 answer. Sheets applies protections to API writes as it does
   * to the UI: https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#protectedrange
   * ("editors: The users and groups with edit access to the protected range").
   */
  private guard(book: BookModel, sheet: SheetModel, rect: Rect): void {
    if (book.protections.length === 0) return;
    const email = this.hub.context.userEmail;
    for (const p of protectionsCovering(book, sheet, rect)) {
      if (!p.warningOnly && !userCanEdit(book, p, email)) throw new ApiError(400, PROTECTED_MESSAGE);
    }
  }

  // ---- batchUpdate requests ----

  private request(book: BookModel, request: Json, i: number): Json {
    const kinds = Object.keys(request ?? {});
    const at = `requests[${i}]`;
    for (const kind of kinds) {
      if (NOT_IMPLEMENTED.includes(kind)) throw new NotImplementedError('Sheets.Spreadsheets.batchUpdate', kind);
      if (!IMPLEMENTED.includes(kind)) throw new ApiError(400, `Invalid JSON payload received. Unknown name "${kind}" at '${at}': Cannot find field.`);
    }
    if (kinds.length === 0) throw new ApiError(400, `Invalid ${at}: No request set.`);
    if (kinds.length > 1)
      throw new ApiError(400, `Invalid value at '${at}' (oneof), oneof field 'kind' is already set. Cannot set '${kinds[1]}'`);
    const kind = kinds[0];
    const body = (request[kind] ?? {}) as Json;
    const fail = (message: string): never => {
      throw new ApiError(400, `Invalid ${at}.${kind}: ${message}`);
    };
    switch (kind) {
      case 'addSheet': {
        checkFields(body, ['properties'], `${at}.addSheet`);
        const sheet = this.addSheet(book, (body.properties ?? {}) as Json, `${at}.addSheet.properties`, fail);
        return { addSheet: { properties: sheetProperties(sheet) } };
      }
      case 'deleteSheet': {
        const sheet = this.sheet(book, body.sheetId, fail);
        if (book.sheets.length === 1) fail("You can't remove all the sheets in a document.");
        book.sheets.splice(book.sheets.indexOf(sheet), 1);
        book.protections = book.protections.filter((p) => p.sheetId !== sheet.id);
        return {};
      }
      case 'updateSheetProperties': {
        checkFields(body, ['properties', 'fields'], `${at}.updateSheetProperties`);
        const props = (body.properties ?? {}) as Json;
        const sheet = this.sheet(book, props.sheetId, fail);
        const fields = this.fields(body.fields, fail);
        const grid = (props.gridProperties ?? {}) as Json;
        for (const field of fields) {
          if (field === 'title') {
            const title = String(props.title ?? '');
            if (book.sheets.some((s) => s !== sheet && s.name.toLowerCase() === title.toLowerCase()))
              fail(`A sheet with the name "${title}" already exists. Please enter another name.`);
            sheet.name = title;
          } else if (field === 'gridProperties' || field.startsWith('gridProperties.')) {
            const sub = field === 'gridProperties' ? undefined : field.slice('gridProperties.'.length);
            this.applyGrid(sheet, sub ? { [sub]: grid[sub] ?? 0 } : grid, fail);
          } else if (field === 'hidden') sheet.hidden = !!props.hidden;
          else if (field !== 'index') throw new NotImplementedError('Sheets updateSheetProperties', field);
        }
        return {};
      }
      case 'updateSpreadsheetProperties': {
        const props = (body.properties ?? {}) as Json;
        for (const field of this.fields(body.fields, fail)) {
          if (field === 'title') book.name = String(props.title ?? '');
          else if (field === 'timeZone') book.timeZone = String(props.timeZone ?? book.timeZone);
          else if (field === 'locale') book.locale = String(props.locale ?? book.locale);
          else throw new NotImplementedError('Sheets updateSpreadsheetProperties', field);
        }
        return {};
      }
      case 'updateCells':
        this.updateCells(book, body, at, fail);
        return {};
      case 'mergeCells': {
        const { sheet, rect } = this.grid(book, body.range, fail);
        if (sheet.merges.some((m) => overlaps(m, rect) && !inside(m, rect)))
          fail('You must select all cells in a merged range to merge or unmerge them.');
        sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect));
        if (body.mergeType && body.mergeType !== 'MERGE_ALL') throw new NotImplementedError('Sheets mergeCells', String(body.mergeType));
        if (rect.numRows * rect.numCols > 1) sheet.merges.push(rect);
        return {};
      }
      case 'unmergeCells': {
        const { sheet, rect } = this.grid(book, body.range, fail);
        if (sheet.merges.some((m) => overlaps(m, rect) && !inside(m, rect)))
          fail('You must select all cells in a merged range to merge or unmerge them.');
        sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect));
        return {};
      }
      case 'updateDimensionProperties': {
        const range = (body.range ?? {}) as Json;
        const sheet = this.sheet(book, range.sheetId, fail);
        const fields = this.fields(body.fields, fail);
        const size = Number(((body.properties ?? {}) as Json).pixelSize);
        const columns = range.dimension === 'COLUMNS';
        if (!columns && range.dimension !== 'ROWS') fail('dimension must be ROWS or COLUMNS.');
        const end = Number(range.endIndex ?? (columns ? sheet.maxCols : sheet.maxRows));
        for (let index = Number(range.startIndex ?? 0); index < end; index++) {
          if (!fields.includes('pixelSize')) continue;
          if (columns) sheet.colWidths[index] = size;
          else sheet.rowHeights[index] = size;
        }
        return {};
      }
      case 'appendDimension': {
        const sheet = this.sheet(book, body.sheetId, fail);
        const length = Number(body.length);
        if (!Number.isInteger(length) || length < 1) fail('length must be a positive number.');
        if (body.dimension === 'COLUMNS') sheet.maxCols += length;
        else if (body.dimension === 'ROWS') sheet.maxRows += length;
        else fail('dimension must be ROWS or COLUMNS.');
        return {};
      }
      case 'addProtectedRange': {
        checkFields(body, ['protectedRange'], `${at}.addProtectedRange`);
        const pr = (body.protectedRange ?? {}) as Json;
        checkFields(pr, ['range', 'description', 'warningOnly', 'editors', 'requestingUserCanEdit', 'namedRangeId', 'unprotectedRanges'], `${at}.addProtectedRange.protectedRange`);
        if (pr.namedRangeId !== undefined) throw new NotImplementedError('Sheets addProtectedRange', 'namedRangeId');
        const range = (pr.range ?? {}) as GridRange;
        const whole = Object.keys(range).every((key) => key === 'sheetId');
        const { sheet, rect } = this.grid(book, range, fail);
        const editors = (pr.editors ?? {}) as Json;
        checkFields(editors, ['users', 'groups', 'domainUsersCanEdit'], `${at}.addProtectedRange.protectedRange.editors`);
        if (pr.warningOnly && pr.editors) fail('ProtectedRange cannot have both warningOnly and editors set.');
        const data = newProtection(book, whole ? 'SHEET' : 'RANGE', sheet, whole ? null : rect);
        data.description = String(pr.description ?? '');
        data.warningOnly = !!pr.warningOnly;
        const users = Array.isArray(editors.users) ? editors.users.map(String) : [];
        // The requesting user (and the owner) can always edit what they protect.
        const me = this.hub.context.userEmail;
        data.editors = [...new Set([me, ...users])];
        data.editorsChanged = true;
        data.domainEdit = !!editors.domainUsersCanEdit;
        // "Unprotected ranges are only supported on protected sheets." (ProtectedRange.unprotectedRanges)
        const holes = Array.isArray(pr.unprotectedRanges) ? (pr.unprotectedRanges as unknown[]) : [];
        if (holes.length && !whole) fail('Unprotected ranges are only supported on protected sheets.');
        data.unprotected = holes.map((hole) => {
          const inner = this.grid(book, hole, fail);
          if (inner.sheet !== sheet) fail('Unprotected ranges must be on the protected sheet.');
          return inner.rect;
        });
        return {
          addProtectedRange: {
            protectedRange: {
              protectedRangeId: data.id,
              range: whole ? { sheetId: sheet.id } : gridRange(sheet, rect),
              description: data.description || undefined,
              warningOnly: data.warningOnly || undefined,
              requestingUserCanEdit: true,
              editors: { users: [...data.editors] },
            },
          },
        };
      }
      case 'deleteProtectedRange': {
        const before = book.protections.length;
        book.protections = book.protections.filter((p) => p.id !== body.protectedRangeId);
        if (book.protections.length === before) fail(`No protected range with id: ${String(body.protectedRangeId)}`);
        return {};
      }
    }
    throw new NotImplementedError('Sheets.Spreadsheets.batchUpdate', kind);
  }

  private addSheet(book: BookModel, props: Json, at: string, fail: (m: string) => never = (m) => { throw new ApiError(400, m); }): SheetModel {
    checkFields(props, ['sheetId', 'title', 'index', 'gridProperties', 'hidden', 'tabColor', 'tabColorStyle', 'sheetType', 'rightToLeft'], at);
    const title = typeof props.title === 'string' ? props.title : `Sheet${book.sheets.length + 1}`;
    if (book.sheets.some((s) => s.name.toLowerCase() === title.toLowerCase()))
      fail(`A sheet with the name "${title}" already exists. Please enter another name.`);
    const grid = (props.gridProperties ?? {}) as Json;
    const sheet = book.addSheet(
      title,
      typeof props.index === 'number' ? props.index : undefined,
      Number(grid.rowCount ?? 1000),
      Number(grid.columnCount ?? 26),
    );
    if (props.sheetId !== undefined) {
      const id = Number(props.sheetId);
      if (!Number.isInteger(id) || id < 0) fail(`Invalid sheetId: ${String(props.sheetId)}`);
      if (book.sheets.some((s) => s !== sheet && s.id === id)) {
        book.sheets.splice(book.sheets.indexOf(sheet), 1);
        fail(`Sheet with id ${id} already exists.`);
      }
      sheet.id = id;
    }
    this.applyGrid(sheet, grid, fail);
    return sheet;
  }

  private applyGrid(sheet: SheetModel, grid: Json, fail: (m: string) => never = (m) => { throw new ApiError(400, m); }): void {
    checkFields(grid, ['rowCount', 'columnCount', 'frozenRowCount', 'frozenColumnCount', 'hideGridlines', 'rowGroupControlAfter', 'columnGroupControlAfter'], 'gridProperties');
    if (grid.rowCount !== undefined) {
      sheet.maxRows = Number(grid.rowCount);
      if (sheet.rows.length > sheet.maxRows) sheet.rows.length = sheet.maxRows; // rows past the new end are deleted
    }
    if (grid.columnCount !== undefined) {
      sheet.maxCols = Number(grid.columnCount);
      for (const row of sheet.rows) if (row && row.length > sheet.maxCols) row.length = sheet.maxCols;
    }
    if (grid.rowCount !== undefined || grid.columnCount !== undefined) {
      sheet.merges = sheet.merges.filter((m) => m.row + m.numRows - 1 <= sheet.maxRows && m.col + m.numCols - 1 <= sheet.maxCols);
      sheet.book.touch();
    }
    if (grid.frozenRowCount !== undefined) sheet.frozenRows = Number(grid.frozenRowCount);
    if (grid.frozenColumnCount !== undefined) sheet.frozenCols = Number(grid.frozenColumnCount);
    if (sheet.frozenRows >= sheet.maxRows) fail("You can't freeze all visible rows on the sheet.");
  }

  private sheet(book: BookModel, sheetId: unknown, fail: (m: string) => never): SheetModel {
    const sheet = book.sheets.find((s) => s.id === Number(sheetId ?? 0));
    return sheet ?? fail(`No grid with id: ${String(sheetId ?? 0)}`);
  }

  /** A GridRange (0-based, end exclusive, open sides unbounded) as a 1-based rect on its sheet. */
  private grid(book: BookModel, value: unknown, fail: (m: string) => never): { sheet: SheetModel; rect: Rect } {
    const range = (value ?? {}) as GridRange;
    checkFields(range, ['sheetId', 'startRowIndex', 'endRowIndex', 'startColumnIndex', 'endColumnIndex'], 'range');
    const sheet = this.sheet(book, range.sheetId, fail);
    const r1 = range.startRowIndex ?? 0;
    const r2 = range.endRowIndex ?? sheet.maxRows;
    const c1 = range.startColumnIndex ?? 0;
    const c2 = range.endColumnIndex ?? sheet.maxCols;
    if (r2 > sheet.maxRows) fail(`GridCoordinate.rowIndex[${r2 - 1}] is after last row in grid[${sheet.maxRows - 1}]`);
    if (c2 > sheet.maxCols) fail(`GridCoordinate.columnIndex[${c2 - 1}] is after last column in grid[${sheet.maxCols - 1}]`);
    if (r1 < 0 || c1 < 0 || r2 < r1 || c2 < c1) fail('Invalid GridRange.');
    return { sheet, rect: { row: r1 + 1, col: c1 + 1, numRows: r2 - r1, numCols: c2 - c1 } };
  }

  private fields(value: unknown, fail: (m: string) => never): string[] {
    const fields = String(value ?? '')
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    if (fields.length === 0) fail('At least one field must be updated. Specify the fields to update in the "fields" parameter.');
    return fields;
  }

  /** updateCells: rows of CellData from `start` (or over `range`, clearing what the rows leave out), for the masked fields. */
  private updateCells(book: BookModel, body: Json, at: string, fail: (m: string) => never): void {
    checkFields(body, ['rows', 'fields', 'start', 'range'], `${at}.updateCells`);
    const rows = (Array.isArray(body.rows) ? body.rows : []) as Json[];
    const mask = this.fields(body.fields, fail);
    const all = mask.includes('*');
    const has = (field: string): boolean => all || mask.some((m) => m === field || m.startsWith(`${field}.`));
    for (const m of mask) {
      if (m !== '*' && !['userEnteredValue', 'userEnteredFormat', 'note', 'dataValidation'].some((f) => m === f || m.startsWith(`${f}.`)))
        throw new NotImplementedError('Sheets updateCells field', m);
    }
    if ((body.start === undefined) === (body.range === undefined)) fail('Exactly one of start or range must be set.');
    let target: { sheet: SheetModel; rect: Rect };
    if (body.start !== undefined) {
      const start = body.start as Json;
      const width = Math.max(1, ...rows.map((row) => ((row.values ?? []) as unknown[]).length));
      target = this.grid(
        book,
        {
          sheetId: start.sheetId as number,
          startRowIndex: Number(start.rowIndex ?? 0),
          endRowIndex: Number(start.rowIndex ?? 0) + Math.max(rows.length, 1),
          startColumnIndex: Number(start.columnIndex ?? 0),
          endColumnIndex: Number(start.columnIndex ?? 0) + width,
        },
        fail,
      );
    } else target = this.grid(book, body.range, fail);
    const { sheet, rect } = target;
    if (body.range !== undefined && rows.length > rect.numRows) fail('Attempting to write row: beyond the range.');
    const lastRow = body.range !== undefined ? rect.row + rect.numRows - 1 : rect.row + rows.length - 1;
    const lastCol = rect.col + rect.numCols - 1;
    this.guard(book, sheet, { row: rect.row, col: rect.col, numRows: Math.max(1, lastRow - rect.row + 1), numCols: rect.numCols });
    for (let r = rect.row; r <= lastRow; r++) {
      const data = (rows[r - rect.row]?.values ?? []) as Json[];
      if (data.length === 0 && !sheet.rows[r - 1]) continue; // nothing to write, nothing to clear
      for (let c = rect.col; c <= lastCol; c++) {
        const cellData = data[c - rect.col] as Json | undefined;
        if (!cellData && !sheet.getCell(r, c)) continue;
        const cell: Cell = { ...(sheet.getCell(r, c) ?? { v: null }) };
        if (has('userEnteredValue')) this.applyValue(cell, cellData?.userEnteredValue as Json | undefined);
        if (has('userEnteredFormat')) applyFormat(cell, (cellData?.userEnteredFormat ?? {}) as Json, all ? null : mask);
        if (has('dataValidation')) this.applyValidation(cell, cellData?.dataValidation as Json | undefined, fail);
        if (has('note')) {
          if (typeof cellData?.note === 'string' && cellData.note !== '') cell.note = cellData.note;
          else delete cell.note;
        }
        sheet.putCell(r, c, cell);
      }
    }
  }

  /**
   * CellData.dataValidation (a DataValidationRule): the subset ONE_OF_LIST with userEnteredValue items,
   * `strict` (reject other input) and `showCustomUi` (the dropdown); an absent rule clears the cell's.
   * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/other#DataValidationRule
   */
  private applyValidation(cell: Cell, rule: Json | undefined, fail: (m: string) => never): void {
    if (!rule) {
      delete cell.dv;
      return;
    }
    checkFields(rule, ['condition', 'inputMessage', 'strict', 'showCustomUi'], 'dataValidation');
    const condition = (rule.condition ?? {}) as Json;
    if (condition.type !== 'ONE_OF_LIST') throw new NotImplementedError('Sheets dataValidation', String(condition.type));
    const values = (Array.isArray(condition.values) ? condition.values : []) as Json[];
    if (values.length === 0) fail('Invalid ConditionValue: ONE_OF_LIST needs at least one value.');
    const list = values.map((v) => String(v.userEnteredValue ?? ''));
    cell.dv = {
      rule: { criteria: 'VALUE_IN_LIST', args: [list, rule.showCustomUi !== false], allowInvalid: !rule.strict, helpText: typeof rule.inputMessage === 'string' ? rule.inputMessage : null },
      offRow: 0,
      offCol: 0,
    };
  }

  private applyValue(cell: Cell, value: Json | undefined): void {
    cell.v = null;
    delete cell.f;
    delete cell.cv;
    delete cell.cgen;
    if (!value) return;
    checkFields(value, ['stringValue', 'numberValue', 'boolValue', 'formulaValue', 'errorValue'], 'userEnteredValue');
    if (typeof value.stringValue === 'string') cell.v = value.stringValue; // never parsed: text stays text
    else if (typeof value.numberValue === 'number') cell.v = value.numberValue;
    else if (typeof value.boolValue === 'boolean') cell.v = value.boolValue;
    else if (typeof value.formulaValue === 'string') cell.f = value.formulaValue;
  }

  private setValue(sheet: SheetModel, row: number, col: number, value: unknown, userEntered = false): void {
    const cell: Cell = { ...(sheet.getCell(row, col) ?? { v: null }) };
    cell.v = null;
    delete cell.f;
    delete cell.cv;
    delete cell.cgen;
    if (value === null || value === undefined || value === '') {
      sheet.putCell(row, col, cell);
      return;
    }
    if (typeof value === 'string' && userEntered) {
      const parsed = parseUserEntered(value, sheet.book.locale, cell.nf === '@');
      if (parsed.formula !== undefined) cell.f = parsed.formula;
      else cell.v = parsed.value;
      if (parsed.format !== undefined && cell.nf === undefined) cell.nf = parsed.format;
    } else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') cell.v = value;
    else cell.v = String(value);
    sheet.putCell(row, col, cell);
  }

  private inputOption(value: unknown): 'RAW' | 'USER_ENTERED' {
    if (value === 'RAW' || value === 'USER_ENTERED') return value;
    throw new ApiError(400, `Invalid valueInputOption: ${value === undefined ? 'INPUT_VALUE_OPTION_UNSPECIFIED' : String(value)}`);
  }

  private writeValues(book: BookModel, body: Json, input: 'RAW' | 'USER_ENTERED', at: string): Json {
    checkFields(body, ['range', 'values', 'majorDimension'], at);
    if (body.majorDimension !== undefined && body.majorDimension !== 'ROWS') throw new NotImplementedError('Sheets values', 'majorDimension COLUMNS');
    const values = (Array.isArray(body.values) ? body.values : []) as unknown[][];
    const { sheet, rect } = this.a1(book, body.range, values);
    this.guard(book, sheet, { ...rect, numRows: Math.max(1, values.length), numCols: Math.max(1, ...values.map((row) => row.length)) });
    values.forEach((row, i) => {
      if (i >= rect.numRows) throw new ApiError(400, `Requested writing within range [${String(body.range)}], but tried writing to row [${rect.row + i}]`);
      if (row.length > rect.numCols)
        throw new ApiError(400, `Requested writing within range [${String(body.range)}], but tried writing to column [${String.fromCharCode(64 + rect.col + rect.numCols)}]`);
      row.forEach((value, j) => this.setValue(sheet, rect.row + i, rect.col + j, value, input === 'USER_ENTERED'));
    });
    const columns = Math.max(0, ...values.map((row) => row.length));
    return {
      updatedRange: this.a1Text(sheet, { ...rect, numRows: values.length, numCols: columns }),
      updatedRows: values.length,
      updatedColumns: columns,
      updatedCells: values.reduce((n, row) => n + row.length, 0),
    };
  }

  /** An A1 range (`'Sheet 2'!A1:C3`, `Sheet1`, `A1`): the sheet (the first when none is named) and the rect; a single cell grows to the data. */
  private a1(book: BookModel, range: unknown, data?: unknown[][]): { sheet: SheetModel; rect: Rect } {
    const text = String(range ?? '');
    const bang = text.lastIndexOf('!');
    const rawName = bang >= 0 ? text.slice(0, bang) : /^[A-Za-z]+\d*(:[A-Za-z]+\d*)?$/.test(text) ? null : text;
    const name = rawName?.replace(/^'(.*)'$/, '$1').replace(/''/g, "'") ?? null;
    const sheet = name === null ? book.sheets[0] : book.sheets.find((s) => s.name === name);
    if (!sheet) throw new ApiError(400, `Unable to parse range: ${text}`);
    const ref = bang >= 0 ? text.slice(bang + 1) : name === null ? text : '';
    let rect: Rect;
    if (ref === '') rect = { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols };
    else {
      let parsed;
      try {
        parsed = parseA1(ref);
      } catch {
        throw new ApiError(400, `Unable to parse range: ${text}`);
      }
      const row = parsed.startRow ?? 1;
      const col = parsed.startCol ?? 1;
      const single = parsed.shape === 'cells' && parsed.endRow === parsed.startRow && parsed.endCol === parsed.startCol && !ref.includes(':');
      const endRow = single && data ? row + Math.max(data.length, 1) - 1 : (parsed.endRow ?? sheet.maxRows);
      const endCol = single && data ? col + Math.max(1, ...data.map((r) => r.length)) - 1 : (parsed.endCol ?? sheet.maxCols);
      rect = { row, col, numRows: endRow - row + 1, numCols: endCol - col + 1 };
    }
    if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols)
      throw new ApiError(400, `Range (${this.a1Text(sheet, rect)}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxCols}`);
    return { sheet, rect };
  }

  private a1Text(sheet: SheetModel, rect: Rect): string {
    return `${quoteSheetName(sheet.name)}!${formatA1(rect)}`;
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}

function inside(a: Rect, outer: Rect): boolean {
  return a.row >= outer.row && a.col >= outer.col && a.row + a.numRows <= outer.row + outer.numRows && a.col + a.numCols <= outer.col + outer.numCols;
}

/** Applies a CellFormat to a cell for the masked fields (`null`: every field, i.e. `*` or `userEnteredFormat`). */
function applyFormat(cell: Cell, format: Json, mask: string[] | null): void {
  const wants = (path: string): boolean =>
    mask === null || mask.some((m) => m === 'userEnteredFormat' || m === `userEnteredFormat.${path}` || `userEnteredFormat.${path}`.startsWith(`${m}.`));
  checkFields(format, ['backgroundColor', 'backgroundColorStyle', 'textFormat', 'horizontalAlignment', 'verticalAlignment', 'wrapStrategy', 'numberFormat', 'borders', 'padding', 'textDirection', 'textRotation', 'hyperlinkDisplayType'], 'userEnteredFormat');
  const text = (format.textFormat ?? {}) as Json;
  const set = (key: keyof Cell, value: unknown): void => {
    if (value === undefined || value === null) delete cell[key];
    else (cell as unknown as Json)[key] = value;
  };
  if (wants('backgroundColor')) set('bg', hex(format.backgroundColor));
  if (wants('textFormat.foregroundColor')) set('fc', hex(text.foregroundColor));
  if (wants('textFormat.bold')) set('fw', text.bold ? 'bold' : undefined);
  if (wants('textFormat.italic')) set('fs', text.italic ? 'italic' : undefined);
  if (wants('textFormat.strikethrough') || wants('textFormat.underline'))
    set('fl', text.strikethrough ? 'line-through' : text.underline ? 'underline' : undefined);
  if (wants('textFormat.fontFamily')) set('ff', text.fontFamily);
  if (wants('textFormat.fontSize')) set('fz', text.fontSize);
  if (wants('horizontalAlignment')) set('ha', typeof format.horizontalAlignment === 'string' ? format.horizontalAlignment.toLowerCase() : undefined);
  if (wants('verticalAlignment')) set('va', typeof format.verticalAlignment === 'string' ? format.verticalAlignment.toLowerCase() : undefined);
  if (wants('wrapStrategy'))
    set('wrap', format.wrapStrategy === 'WRAP' ? 'WRAP' : format.wrapStrategy === 'CLIP' ? 'CLIP' : format.wrapStrategy ? 'OVERFLOW' : undefined);
  if (wants('numberFormat')) set('nf', ((format.numberFormat ?? {}) as Json).pattern ?? (((format.numberFormat ?? {}) as Json).type === 'TEXT' ? '@' : undefined));
}

/** The Sheets advanced service object: `Sheets.Spreadsheets.*` and `Sheets.Spreadsheets.Values.*`. */
export function createAdvancedSheets(runtime: Runtime, hub: Hub, access: FileAccess): unknown {
  const api = new SheetsApi(hub, access);
  const S = 'Sheets.Spreadsheets';
  const V = 'Sheets.Spreadsheets.Values';
  return {
    Spreadsheets: {
      create: apiMethod(runtime, S, 'create', 'sheets.spreadsheets.create', 'write', (r: unknown) => api.create(r)),
      get: apiMethod(runtime, S, 'get', 'sheets.spreadsheets.get', 'read', (id: unknown, o?: unknown) => api.get(id, o)),
      batchUpdate: apiMethod(runtime, S, 'batchUpdate', 'sheets.spreadsheets.batchUpdate', 'write', (r: unknown, id: unknown) =>
        api.batchUpdate(r, id),
      ),
      Values: {
        get: apiMethod(runtime, V, 'get', 'sheets.spreadsheets.values.get', 'read', (id: unknown, range: unknown, o?: unknown) =>
          api.valuesGet(id, range, o),
        ),
        update: apiMethod(runtime, V, 'update', 'sheets.spreadsheets.values.update', 'write', (r: unknown, id: unknown, range: unknown, o?: unknown) =>
          api.valuesUpdate(r, id, range, o),
        ),
        batchUpdate: apiMethod(runtime, V, 'batchUpdate', 'sheets.spreadsheets.values.batchUpdate', 'write', (r: unknown, id: unknown) =>
          api.valuesBatchUpdate(r, id),
        ),
        clear: apiMethod(runtime, V, 'clear', 'sheets.spreadsheets.values.clear', 'write', (r: unknown, id: unknown, range: unknown) =>
          api.valuesClear(r, id, range),
        ),
      },
      toString: () => 'Sheets.Spreadsheets',
    },
    toString: () => 'AdvancedServiceIdentifier{name=sheets, version=v4}',
  };
}
