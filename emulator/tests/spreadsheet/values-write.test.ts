/** Writing values (semantics section 2, W-01..W-15). */

import { errorOf, setup } from './helpers';

describe('writing values', () => {
  test('W-01 row count mismatch message', () => {
    const { sheet } = setup();
    const e = errorOf(() => sheet.getRange('A1:B2').setValues([[1, 2], [3, 4], [5, 6]]));
    expect(e.message).toBe('The number of rows in the data does not match the number of rows in the range. The data has 3 but the range has 2.');
    expect(e.name).toBe('Exception');
  });

  test('W-02 column count mismatch message', () => {
    const { sheet } = setup();
    const e = errorOf(() => sheet.getRange('A1:D1').setValues([[1, 2, 3, 4, 5]]));
    expect(e.message).toBe('The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.');
  });

  // W-03 UNVERIFIED details: we report the first row whose length differs, and check rows before columns.
  test('W-03 ragged data throws the column error and writes nothing', () => {
    const { sheet } = setup();
    const e = errorOf(() => sheet.getRange('A1:B2').setValues([[1, 2], [3]]));
    expect(e.message).toBe('The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['', ''], ['', '']]);
  });

  // W-04: the type token is UNVERIFIED; we use Java-ish tokens (number[]).
  test('W-04 a 1-D array is a signature error', () => {
    const { sheet } = setup();
    const e = errorOf(() => sheet.getRange('A1:C1').setValues([1, 2, 3] as unknown as unknown[][]));
    expect(e.message).toBe("The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.");
  });

  test('W-05 a string starting with = becomes a formula (setValue, setValues, appendRow)', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('=2*3');
    sheet.getRange('B1:C1').setValues([['=A1+1', '=B1*2']]);
    sheet.appendRow([5, '=A2*10']);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[6, 7, 14]]);
    expect(sheet.getRange('B2').getFormula()).toBe('=A2*10');
    expect(sheet.getRange('B2').getValue()).toBe(50);
  });

  test('W-06 strings are parsed like typed input (numbers, booleans, dates, currency)', () => {
    const { sheet } = setup({ timeZone: 'UTC' });
    sheet.getRange('A1:C1').setValues([['2.000', '1,000,000', '$2.99']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[2, 1000000, 2.99]]);
    expect(sheet.getRange('C1').getNumberFormat()).toBe('"$"#,##0.00');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('1,000,000');
    sheet.getRange('A2').setValue('00123');
    expect(sheet.getRange('A2').getValue()).toBe(123);
    sheet.getRange('A3').setValue('TRUE');
    expect(sheet.getRange('A3').getValue()).toBe(true);
    sheet.getRange('A4').setValue('2024-01-15');
    expect((sheet.getRange('A4').getValue() as Date).toISOString()).toBe('2024-01-15T00:00:00.000Z');
  });

  test('W-06 date parsing depends on the locale (1/2/2024)', () => {
    const us = setup({ timeZone: 'UTC', locale: 'en_US' });
    us.sheet.getRange('A1').setValue('1/2/2024');
    expect((us.sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2024-01-02T00:00:00.000Z');
    expect(us.sheet.getRange('A1').getDisplayValue()).toBe('1/2/2024');
    const gb = setup({ timeZone: 'UTC', locale: 'en_GB' });
    gb.sheet.getRange('A1').setValue('1/2/2024');
    expect((gb.sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect(gb.sheet.getRange('A1').getDisplayValue()).toBe('01/02/2024');
  });

  test('W-06 plain text format (@) keeps strings as text', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:C1').setNumberFormat('@');
    r.setValues([['00123', '2024-01-15', '=1+1']]);
    expect(r.getValues()).toEqual([['00123', '2024-01-15', '=1+1']]);
    expect(r.getFormulas()).toEqual([['', '', '']]);
  });

  // W-07 UNVERIFIED: the apostrophe forces text and is not part of the value.
  test("W-07 a leading apostrophe stores text", () => {
    const { sheet } = setup();
    const c = sheet.getRange('A1').setValue("'00123");
    expect(c.getValue()).toBe('00123');
    expect(c.getDisplayValue()).toBe('00123');
    expect(c.getFormula()).toBe('');
  });

  // W-08 UNVERIFIED details: +5 is a number; +A1 (anything else after +) becomes the formula =+A1.
  test('W-08 a leading + makes a number or a formula', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('+5');
    expect(sheet.getRange('A1').getValue()).toBe(5);
    sheet.getRange('B1').setValue('+A1');
    expect(sheet.getRange('B1').getFormula()).toBe('=+A1');
    expect(sheet.getRange('B1').getValue()).toBe(5);
  });

  test('W-09 a Date round-trips to the millisecond and gets a date-time format', () => {
    const { sheet } = setup({ timeZone: 'America/New_York' });
    const d = new Date(Date.UTC(2024, 2, 10, 15, 30, 45, 123));
    sheet.getRange('A1').setValue(d);
    expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(d.getTime());
    expect(sheet.getRange('A1').getNumberFormat()).toBe('M/d/yyyy H:mm:ss');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('3/10/2024 11:30:45'); // rendered in the spreadsheet time zone
  });

  test('W-10 numbers and booleans are stored as such; true does not make a checkbox', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([[3.5, true]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[3.5, true]]);
    expect(sheet.getRange('B1').getDataValidation()).toBeNull();
  });

  // W-11 UNVERIFIED (clear vs skip): null and undefined clear the cell.
  test('W-11 null and undefined are accepted and leave the cell blank', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['x', 'y']]);
    sheet.getRange('A1:B1').setValues([[null, undefined]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
  });

  test('W-12 more than 50,000 characters is rejected with the exact message', () => {
    const { sheet } = setup();
    const e = errorOf(() => sheet.getRange('A1').setValue('x'.repeat(50001)));
    expect(e.message).toBe('Your input contains more than the maximum of 50000 characters in a single cell.');
    sheet.getRange('A1').setValue('x'.repeat(50000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50000);
  });

  // W-13 UNVERIFIED (high confidence): setValue fills every cell.
  test('W-13 setValue on a multi-cell range writes every cell', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['x', 'x'], ['x', 'x']]);
  });

  test('W-14 script writes ignore data validation', () => {
    const { sheet, app } = setup();
    const rule = app.newDataValidation().requireNumberGreaterThan(10).setAllowInvalid(false).build();
    sheet.getRange('A1').setDataValidation(rule).setValue(5);
    expect(sheet.getRange('A1').getValue()).toBe(5);
  });

  test('W-15 setValue and setValues return the same range for chaining', () => {
    const { sheet, context } = setup();
    const r = sheet.getRange('A1');
    expect(r.setValue(1)).toBe(r);
    expect(r.setValues([[2]])).toBe(r);
    context.stats.reset();
    r.setValue(3).setBackground('red');
    expect(context.stats.byMethod['Range.setBackground']).toBe(1);
  });
});
