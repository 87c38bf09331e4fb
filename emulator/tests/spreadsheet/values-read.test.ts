/** Reading values (semantics section 1, V-01..V-17). */

import { setup } from './helpers';

describe('reading values', () => {
  test('V-01 getValues is rows × columns, indexed from [0][0], even for 1×1', () => {
    const { sheet } = setup();
    sheet.getRange('B2:D3').setValues([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const values = sheet.getRange('B2:D3').getValues();
    expect(values).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(sheet.getRange('C3').getValues()).toEqual([[5]]);
  });

  test('V-02 numbers read back as numbers whatever the format; 50% → 0.5; $1.23 → 1.23', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[42, '50%', '$1.23']]);
    sheet.getRange('A1').setNumberFormat('0.00');
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[42, 0.5, 1.23]]);
    expect(typeof sheet.getRange('A1').getValue()).toBe('number');
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['42.00', '50%', '$1.23']]);
  });

  test('V-03 text reads back as the string', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('abc');
    expect(sheet.getRange('A1').getValue()).toBe('abc');
  });

  test('V-04 TRUE/FALSE read back as booleans, typed or checkbox', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['TRUE', false]]);
    sheet.getRange('C1').insertCheckboxes().check();
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[true, false, true]]);
  });

  test('V-05 empty cells are "" (never null or undefined)', () => {
    const { sheet } = setup();
    sheet.getRange('B1').setValue('x');
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', 'x', '']]);
    expect(sheet.getRange('Z99').getValue()).toBe('');
  });

  test('V-06 a date cell reads back as a Date at midnight in the SPREADSHEET time zone', () => {
    const { sheet, ss } = setup({ timeZone: 'Asia/Tokyo', scriptTimeZone: 'America/New_York' });
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Tokyo');
    sheet.getRange('A1').setValue('2022-11-15');
    const value = sheet.getRange('A1').getValue();
    expect(Object.prototype.toString.call(value)).toBe('[object Date]');
    expect((value as Date).toISOString()).toBe('2022-11-14T15:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2022-11-15');
  });

  test('V-07 a time-only cell reads back as a Date on 1899-12-30 in the spreadsheet time zone', () => {
    const { sheet } = setup({ timeZone: 'UTC' });
    sheet.getRange('A1').setValue('09:30');
    const value = sheet.getRange('A1').getValue() as Date;
    expect(value.toISOString()).toBe('1899-12-30T09:30:00.000Z');
  });

  test('V-08 a formula cell reads its computed value; getFormula is "" for non-formula cells', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['=1+1', 'plain']]);
    expect(sheet.getRange('A1').getValue()).toBe(2);
    expect(sheet.getRange('A1').getFormula()).toBe('=1+1');
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=1+1', '', '']]);
  });

  // V-09 is UNVERIFIED: we return the error text as a string.
  test('V-09 a formula error reads back as its error text', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setFormula('=1/0');
    expect(sheet.getRange('A1').getValue()).toBe('#DIV/0!');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('#DIV/0!');
    sheet.getRange('A2').setFormula('=NOSUCHFUNCTION(1)');
    expect(sheet.getRange('A2').getValue()).toBe('#NAME?');
  });

  // V-10: the boolean rendering "TRUE"/"FALSE" is UNVERIFIED; we follow the reference.
  test('V-10 getDisplayValues formats per number format and locale', () => {
    const { sheet } = setup();
    sheet.getRange('A1:E1').setValues([[42, 0.5, true, '', 1234.5]]);
    sheet.getRange('B1').setNumberFormat('0%');
    sheet.getRange('E1').setNumberFormat('#,##0.00');
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([['42', '50%', 'TRUE', '', '1,234.50']]);
    const de = setup({ locale: 'de_DE' });
    de.sheet.getRange('A1').setValue(1234.5);
    de.sheet.getRange('A1').setNumberFormat('#,##0.00');
    expect(de.sheet.getRange('A1').getDisplayValue()).toBe('1.234,50');
  });

  test('V-10 date and time number formats render as Sheets does', () => {
    const { sheet } = setup({ timeZone: 'UTC' });
    const cell = sheet.getRange('A1');
    cell.setValue(new Date(Date.UTC(2024, 0, 15, 13, 5, 9)));
    const show = (format: string): string => cell.setNumberFormat(format).getDisplayValue();
    expect(show('yyyy-mm-dd')).toBe('2024-01-15');
    expect(show('dd/mm/yyyy')).toBe('15/01/2024');
    expect(show('mm/dd/yyyy')).toBe('01/15/2024');
    expect(show('hh:mm')).toBe('13:05');
    expect(show('hh:mm:ss')).toBe('13:05:09');
    expect(show('yyyy-mm-dd hh:mm')).toBe('2024-01-15 13:05');
    expect(show('dddd')).toBe('Monday');
    expect(show('ddd d mmm yyyy')).toBe('Mon 15 Jan 2024');
    expect(show('h:mm AM/PM')).toBe('1:05 PM');
    expect(show('0.00')).toBe('45306.55');
    expect(show('@')).toBe('45306.5452430556'); // automatic rendering: at most 10 decimals
  });

  test('V-11 getNotes gives "" where there is no note; setNote fills every cell', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setNote('hello');
    expect(sheet.getRange('A1:C2').getNotes()).toEqual([
      ['hello', 'hello', ''],
      ['hello', 'hello', ''],
    ]);
  });

  test('V-12 setNotes([[25]]) reads "25.0" but setNote(25) reads "25"', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNotes([[25]] as unknown as string[][]);
    expect(sheet.getRange('A1').getNote()).toBe('25.0');
    sheet.getRange('A1').setNote(25 as unknown as string);
    expect(sheet.getRange('A1').getNote()).toBe('25');
  });

  test('V-13 backgrounds are lowercase #rrggbb, default #ffffff, CSS names normalised', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setBackground('LIGHTCORAL');
    sheet.getRange('B1').setBackground('#ABCDEF');
    sheet.getRange('C1').setBackground('#fff');
    expect(sheet.getRange('A1:D1').getBackgrounds()).toEqual([['#f08080', '#abcdef', '#ffffff', '#ffffff']]);
    expect(sheet.getRange('A1').getBackground()).toBe('#f08080');
  });

  test('V-14 format getters ignore conditional formatting', () => {
    const { sheet, app } = setup();
    sheet.getRange('A1').setValue(100);
    const rule = app.newConditionalFormatRule().whenNumberGreaterThan(50).setBackground('#ff0000').setFontColor('#00ff00').setRanges([sheet.getRange('A1')]).build();
    sheet.setConditionalFormatRules([rule]);
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('A1').getFontColor()).toBe('#000000');
  });

  test('V-15 the font weight after clear() is "normal"', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setFontWeight('bold');
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    r.clear();
    expect(r.getFontWeight()).toBe('normal');
  });

  test('V-16 single getters return the top-left cell', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('A1').setNote('n');
    sheet.getRange('B2').setBackground('#123456');
    const r = sheet.getRange('A1:B2');
    expect(r.getValue()).toBe(1);
    expect(r.getNote()).toBe('n');
    expect(r.getBackground()).toBe('#ffffff');
  });

  test('V-17 getSheetValues is getRange().getValues(); -1 means up to the last row/column with data', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C3').setValues([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    expect(sheet.getSheetValues(2, 2, 2, 2)).toEqual([
      [5, 6],
      [8, 9],
    ]);
    expect(sheet.getSheetValues(2, 1, -1, -1)).toEqual([
      [4, 5, 6],
      [7, 8, 9],
    ]);
  });

  test('V-18 getValues output with a date holds a Date (the transfer layer rejects it)', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(new Date());
    expect(Object.prototype.toString.call(sheet.getRange('A1:A1').getValues()[0][0])).toBe('[object Date]');
  });
});
