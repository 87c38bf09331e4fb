/** Deep copies of sheets, for Sheet.copyTo, Spreadsheet.copy and insertSheet({template}). */

import { cloneCell } from './cell-model';
import { copyCfRule } from './conditional-format';
import type { BookModel, SheetModel } from './model';

/** Copy `source` (from any book) into `book` as a new sheet named `name` at `index` (default: last). */
export function copySheetInto(book: BookModel, source: SheetModel, name: string, index?: number): SheetModel {
  const sheet = book.addSheet(name, index, source.maxRows, source.maxCols);
  sheet.rows = source.rows.map((row) => (row ? row.map((cell) => (cell ? cloneCell(cell) : undefined)) : undefined));
  sheet.frozenRows = source.frozenRows;
  sheet.frozenCols = source.frozenCols;
  sheet.colWidths = [...source.colWidths];
  sheet.hiddenCols = [...source.hiddenCols];
  sheet.rowHeights = [...source.rowHeights];
  sheet.hiddenRows = [...source.hiddenRows];
  sheet.tabColor = source.tabColor;
  sheet.merges = source.merges.map((m) => ({ ...m }));
  sheet.cfRules = source.cfRules.map((r) => {
    const copy = copyCfRule(r);
    copy.ranges = copy.ranges.map((x) => (x.sheetId === source.id ? { ...x, sheetId: sheet.id } : x));
    return copy;
  });
  sheet.charts = source.charts.map((c) => ({
    ...c,
    id: book.nextObjectId++,
    ranges: c.ranges.map((x) => (x.sheetId === source.id ? { ...x, sheetId: sheet.id, rect: { ...x.rect } } : x)),
    options: { ...c.options },
    position: { ...c.position },
  }));
  book.touch();
  return sheet;
}

/** The first free "Copy of X" / "Copy of X 2" name in a book. */
export function copyName(book: BookModel, base: string): string {
  const taken = (n: string): boolean => book.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase());
  let name = `Copy of ${base}`;
  for (let i = 2; taken(name); i++) name = `Copy of ${base} ${i}`;
  return name;
}
