/** Ranges, A1 notation and sheet dimensions (semantics section 3, R-01..R-29). */

import { errorOf, setup } from './helpers';

describe('getRange overloads and errors', () => {
  test('R-01 numeric overloads are 1-based', () => {
    const { sheet } = setup();
    const a = sheet.getRange(2, 3);
    expect([a.getRow(), a.getColumn(), a.getNumRows(), a.getNumColumns()]).toEqual([2, 3, 1, 1]);
    const b = sheet.getRange(2, 3, 4);
    expect([b.getNumRows(), b.getNumColumns(), b.getA1Notation()]).toEqual([4, 1, 'C2:C5']);
    const c = sheet.getRange(2, 3, 4, 5);
    expect([c.getLastRow(), c.getLastColumn(), c.getRowIndex(), c.getA1Notation()]).toEqual([5, 7, 2, 'C2:G5']);
  });

  test('R-02 starting row too small', () => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.getRange(0, 1)).message).toBe('The starting row of the range is too small.');
    expect(errorOf(() => sheet.getRange(-3, 1)).message).toBe('The starting row of the range is too small.');
  });

  test('R-03 starting column too small', () => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.getRange(1, 0)).message).toBe('The starting column of the range is too small.');
  });

  test('R-04 zero rows', () => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.getRange(1, 1, 0)).message).toBe('The number of rows in the range must be at least 1.');
  });

  test('R-05 zero columns, also through offset', () => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.getRange(1, 1, 1, 0)).message).toBe('The number of columns in the range must be at least 1.');
    const r = sheet.getRange('B2');
    expect(errorOf(() => r.offset(0, 0, 0)).message).toMatch(/number of rows/);
    expect(errorOf(() => r.offset(0, 0, 1, 0)).message).toMatch(/number of columns/);
    expect(r.offset(1, 1).getA1Notation()).toBe('C3');
  });

  test('R-06 beyond the grid', () => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.getRange(1001, 1)).message).toBe('The coordinates of the range are outside the dimensions of the sheet.');
    expect(errorOf(() => sheet.getRange(1, 1, 1, 27)).message).toBe('The coordinates of the range are outside the dimensions of the sheet.');
    expect(errorOf(() => sheet.getRange('A1001')).message).toBe('The coordinates of the range are outside the dimensions of the sheet.');
  });

  test('R-07 the empty-sheet bug: getRange(2,1,getLastRow()-1,3) throws the R-04 error', () => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.getRange(2, 1, sheet.getLastRow() - 1, 3)).message).toBe('The number of rows in the range must be at least 1.');
  });

  // exact type tokens UNVERIFIED.
  test('R-08 wrong argument types are a signature error', () => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.getRange('1' as unknown as number, 1)).message).toBe(
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
    expect(errorOf(() => (sheet.getRange as (...a: unknown[]) => unknown)(1, 1, 1, 1, 1)).message).toMatch(/don't match the method signature for SpreadsheetApp.Sheet.getRange/);
  });
});

describe('A1 notation', () => {
  test('R-09 A1 forms, $ dropped, case-insensitive', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B2:D5');
    expect([r.getNumRows(), r.getNumColumns(), r.getA1Notation()]).toEqual([4, 3, 'B2:D5']);
    expect(sheet.getRange('$C$3').getA1Notation()).toBe('C3');
    sheet.insertColumnsAfter(26, 2);
    expect(sheet.getRange('$aa$11').getA1Notation()).toBe('AA11');
  });

  test('R-10 whole rows and whole columns', () => {
    const { sheet } = setup();
    const rows = sheet.getRange('5:7');
    expect([rows.getNumRows(), rows.getNumColumns(), rows.getA1Notation()]).toEqual([3, 26, '5:7']);
    const cols = sheet.getRange('D:F');
    expect([cols.getNumRows(), cols.getNumColumns(), cols.getA1Notation()]).toEqual([1000, 3, 'D:F']);
    const open = sheet.getRange('C2:C');
    expect([open.getRow(), open.getNumRows()]).toEqual([2, 999]);
  });

  test('R-11 inverted ranges are normalised', () => {
    const { sheet } = setup();
    expect(sheet.getRange('C5:B2').getA1Notation()).toBe('B2:C5');
    expect(sheet.getRange('5:2').getA1Notation()).toBe('2:5');
    expect(sheet.getRange('D:B').getA1Notation()).toBe('B:D');
  });

  // quoting and the active-sheet default are UNVERIFIED; we accept quoted names and use the active sheet.
  test('R-12 sheet-qualified A1 on Spreadsheet and Sheet; A1 text never includes the sheet', () => {
    const { ss } = setup();
    const inv = ss.insertSheet('Invoices');
    ss.insertSheet('My Sheet');
    inv.getRange('A1').setValue('here');
    const r = ss.getRange('Invoices!A1:D4');
    expect(r.getSheet().getName()).toBe('Invoices');
    expect(r.getA1Notation()).toBe('A1:D4');
    expect(ss.getRange("'My Sheet'!E10:F12").getSheet().getName()).toBe('My Sheet');
    expect(inv.getRange('Invoices!E10:F12').getA1Notation()).toBe('E10:F12');
    expect(ss.getActiveSheet().getName()).toBe('My Sheet');
    expect(ss.getRange('A1').getSheet().getName()).toBe('My Sheet');
  });

  // R-13 UNVERIFIED text.
  test('R-13 unparseable A1 throws Range not found', () => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.getRange('not a range')).message).toBe('Range not found');
    expect(errorOf(() => sheet.getRange('A0')).message).toBe('Range not found');
  });

  test('R-14 getRangeByName is null when missing', () => {
    const { ss, sheet } = setup();
    expect(ss.getRangeByName('Nope')).toBeNull();
    ss.setNamedRange('Platforms', sheet.getRange('A1:A5'));
    expect(ss.getRangeByName('Platforms')!.getA1Notation()).toBe('A1:A5');
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['Platforms']);
  });
});

describe('sheet extent', () => {
  // R-15 (0 on empty) is UNVERIFIED but universal community knowledge.
  test('R-15 getLastRow/getLastColumn are 0 on an empty sheet', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    sheet.getRange('C7').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
  });

  test('R-16 getDataRange is A1 on an empty sheet, else A1:lastCol lastRow', () => {
    const { sheet } = setup();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('B3').setValue(1);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
  });

  // R-17 UNVERIFIED: formulas (even returning "") count as content, formatting does not.
  test('R-17 formulas count as content; formats do not', () => {
    const { sheet } = setup();
    sheet.getRange('A10').setBackground('red').setNote('n');
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('B4').setFormula('=""');
    expect(sheet.getLastRow()).toBe(4);
  });

  test('R-18 a new spreadsheet has Sheet1 at 1000×26; create(name, rows, cols) sets the grid', () => {
    const { ss, app } = setup();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect([ss.getSheets()[0].getMaxRows(), ss.getSheets()[0].getMaxColumns()]).toEqual([1000, 26]);
    const other = app.create('n', 25, 10);
    expect([other.getSheets()[0].getMaxRows(), other.getSheets()[0].getMaxColumns()]).toEqual([25, 10]);
    expect(app.openById(other.getId()).getName()).toBe('n');
  });

  test('R-19 getMaxRows ignores content', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(1);
    expect(sheet.getMaxRows()).toBe(1000);
  });

  test('R-20 insertRowsAfter grows the grid, shifts rows, returns the sheet; bad positions throw', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    expect(sheet.insertRowsAfter(1, 2)).toBe(sheet);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([[1], [''], [''], [2], [3]]);
    expect(errorOf(() => sheet.insertRowsAfter(0, 1)).message).toBe('Those rows are out of bounds.');
    expect(errorOf(() => sheet.insertRowsAfter(1003, 1)).message).toBe('Those rows are out of bounds.');
  });

  test('R-21 blank rows inserted or deleted below the data do not change getLastRow', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.insertRowsAfter(10, 5);
    expect(sheet.getLastRow()).toBe(3);
    sheet.deleteRow(20);
    expect(sheet.getLastRow()).toBe(3);
  });

  test('R-22 deleteRow shifts up; out of bounds, all rows, all non-frozen rows', () => {
    const { sheet, app } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.deleteRow(2);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[1], [3]]);
    expect(sheet.getMaxRows()).toBe(999);
    expect(errorOf(() => sheet.deleteRow(1000)).message).toBe('Those rows are out of bounds.');
    expect(errorOf(() => sheet.deleteRows(1, 999)).message).toBe("You can't delete all the rows on the sheet.");
    sheet.setFrozenRows(1);
    expect(errorOf(() => sheet.deleteRows(2, 998)).message).toBe('Sorry, it is not possible to delete all non-frozen rows.');
    void app;
  });

  test('R-23 appendRow writes after the last row, parses like typed input, returns the sheet', () => {
    const { sheet } = setup();
    expect(sheet.appendRow(['a', '=1+1'])).toBe(sheet);
    expect(sheet.getLastRow()).toBe(1);
    sheet.getRange('C5').setValue('x');
    sheet.appendRow(['b']);
    expect(sheet.getRange('A6').getValue()).toBe('b');
    expect(sheet.getRange('B1').getValue()).toBe(2);
  });

  // R-24 CONFLICT: we grow the grid (as gas-fakes does, and as logging scripts that pass row 1000 show).
  test('R-24 appendRow on a full sheet grows it', () => {
    const { app } = setup();
    const small = app.create('small', 2, 3).getSheets()[0];
    small.appendRow([1]);
    small.appendRow([2]);
    small.appendRow([3]);
    expect(small.getMaxRows()).toBe(3);
    expect(small.getRange('A3').getValue()).toBe(3);
  });

  // R-25 CONFLICT: appendRow is one synchronous operation here; LockService is the supported way to serialise.
  test('R-25 appendRow is a single operation', () => {
    const { sheet, context } = setup();
    context.stats.reset();
    sheet.appendRow([1, 2, 3]);
    expect(context.stats.writes).toBe(1);
  });

  // wording UNVERIFIED for Apps Script; we use the Sheets API text and case-insensitive uniqueness.
  test('R-26 duplicate sheet names', () => {
    const { ss } = setup();
    expect(errorOf(() => ss.insertSheet('Sheet1')).message).toBe('A sheet with the name "Sheet1" already exists. Please enter another name.');
    expect(errorOf(() => ss.insertSheet('sheet1')).message).toBe('A sheet with the name "sheet1" already exists. Please enter another name.');
  });

  test('R-27 insertSheet index is 0-based, getIndex 1-based, the new sheet becomes active', () => {
    const { ss } = setup();
    ss.insertSheet('s1');
    ss.insertSheet('s2');
    ss.insertSheet('s3', 1);
    const s4 = ss.insertSheet('s4', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['s4', 'Sheet1', 's3', 's1', 's2']);
    expect(ss.getSheets().map((s) => s.getIndex())).toEqual([1, 2, 3, 4, 5]);
    expect(ss.getActiveSheet().getName()).toBe('s4');
    expect(s4.getIndex()).toBe(1);
  });

  test('R-28 getSheetByName is null when absent', () => {
    const { ss } = setup();
    expect(ss.getSheetByName('Missing')).toBeNull();
    expect(ss.getSheetByName('Sheet1')!.getName()).toBe('Sheet1');
  });
});
