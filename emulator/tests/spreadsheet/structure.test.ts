/** Inserting and deleting rows/columns shifts values, formats, notes, validations, rules, protections and names. */

import { setup } from './helpers';

describe('row and column structure', () => {
  test('deleting rows shifts values, formats, notes and validations up', () => {
    const { sheet, app } = setup();
    sheet.getRange('A1:A4').setValues([['a'], ['b'], ['c'], ['d']]);
    sheet.getRange('A3').setBackground('#ff0000').setNote('third');
    sheet.getRange('A4').setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.deleteRows(1, 2);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['c'], ['d']]);
    expect(sheet.getRange('A1').getBackground()).toBe('#ff0000');
    expect(sheet.getRange('A1').getNote()).toBe('third');
    expect(String(sheet.getRange('A2').getDataValidation()!.getCriteriaType())).toBe('CHECKBOX');
    expect(sheet.getMaxRows()).toBe(998);
  });

  // UNVERIFIED: new rows inherit the formatting and validation of the row they are inserted after (insertRowsAfter)
  // or before (insertRowsBefore), as the Sheets UI does.
  test('inserted rows inherit formats and validation, not values or notes', () => {
    const { sheet, app } = setup();
    sheet.getRange('A2:B2').setValues([['x', 'y']]).setBackground('#eeeeee').setNote('n');
    sheet.getRange('B2').setDataValidation(app.newDataValidation().requireValueInList(['y', 'z']).build());
    sheet.insertRowsAfter(2, 2);
    expect(sheet.getRange('A3:B4').getValues()).toEqual([['', ''], ['', '']]);
    expect(sheet.getRange('A3:B4').getBackgrounds()).toEqual([['#eeeeee', '#eeeeee'], ['#eeeeee', '#eeeeee']]);
    expect(sheet.getRange('A3').getNote()).toBe('');
    expect(sheet.getRange('B4').getDataValidation()!.getCriteriaValues()).toEqual([['y', 'z'], true]);
  });

  test('columns: insert and delete shift cells, widths and hidden state', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.setColumnWidth(2, 250);
    sheet.hideColumns(3);
    sheet.insertColumnBefore(1);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['', 'a', 'b', 'c']]);
    expect(sheet.getColumnWidth(3)).toBe(250);
    expect(sheet.isColumnHiddenByUser(4)).toBe(true);
    expect(sheet.getMaxColumns()).toBe(27);
    sheet.deleteColumns(1, 2);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['b', 'c']]);
    expect(sheet.getColumnWidth(1)).toBe(250);
    sheet.showColumns(2);
    expect(sheet.isColumnHiddenByUser(2)).toBe(false);
  });

  test('named ranges, merges and frozen rows follow structural changes', () => {
    const { sheet, ss } = setup();
    ss.setNamedRange('Body', sheet.getRange('A3:B5'));
    sheet.getRange('C3:D3').merge();
    sheet.setFrozenRows(2);
    sheet.insertRowsBefore(1, 1);
    expect(ss.getRangeByName('Body')!.getA1Notation()).toBe('A4:B6');
    expect(sheet.getRange('C4').isPartOfMerge()).toBe(true);
    expect(sheet.getFrozenRows()).toBe(3);
    sheet.deleteRows(4, 3);
    expect(ss.getRangeByName('Body')).toBeNull();
  });

  test('sheet.sort and range.sort order numbers, text, booleans with blanks last', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['Name', 'n']]);
    sheet.getRange('A2:B6').setValues([
      ['b', 3],
      ['A', 1],
      ['', 9],
      ['c', 2],
      [true, 0],
    ]);
    sheet.setFrozenRows(1);
    sheet.sort(1);
    expect(sheet.getRange('A1:A6').getValues().map((r) => r[0])).toEqual(['Name', 'A', 'b', 'c', true, '']);
    sheet.getRange('A2:B6').sort({ column: 2, ascending: false });
    expect(sheet.getRange('B2:B6').getValues().map((r) => r[0])).toEqual([9, 3, 2, 1, 0]);
  });

  test('clear, clearContent, clearFormat and sheet.clear', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1').setValues([[1, 2]]).setBackground('#ff0000').setNote('n');
    r.clearContent();
    expect(r.getValues()).toEqual([['', '']]);
    expect(r.getBackground()).toBe('#ff0000');
    r.clearFormat();
    expect(r.getBackground()).toBe('#ffffff');
    expect(r.getNote()).toBe('n');
    r.setValue('x');
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
  });

  // UNVERIFIED: clear() clears contents and formats only (Range reference text), not notes, merges or validation.
  test('clear() keeps notes, merges and validation; partial merge overlaps are refused', () => {
    const { sheet, app } = setup();
    const r = sheet.getRange('A1:C2');
    r.setNote('n');
    sheet.getRange('A1:B1').merge();
    sheet.getRange('C1').setDataValidation(app.newDataValidation().requireCheckbox().build());
    r.setFontLines([['line-through', 'none', 'underline'], ['none', 'none', 'none']]);
    expect(r.getFontLines()[0]).toEqual(['line-through', 'none', 'underline']);
    r.clear();
    expect(r.getFontLine()).toBe('none');
    expect(sheet.getRange('A1').getNote()).toBe('n');
    expect(sheet.getRange('A1').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('C1').getDataValidation()).not.toBeNull();
    expect(() => sheet.getRange('B1:C1').merge()).toThrow('You must select all cells in a merged range to merge or unmerge them.');
    sheet.getRange('A1:C1').merge(); // contains the old merge: allowed, replaces it
    expect(sheet.getRange('A1').getMergedRanges().map((m) => m.getA1Notation())).toEqual(['A1:C1']);
    r.clear({ commentsOnly: true });
    expect(sheet.getRange('A1').getNote()).toBe('');
  });

  test('deleteSheet turns references to it into #REF! and keeps the last sheet', () => {
    const { ss, sheet } = setup();
    const data = ss.insertSheet('Data');
    data.getRange('A1').setValue(3);
    sheet.getRange('A1').setFormula('=Data!A1*2');
    expect(sheet.getRange('A1').getValue()).toBe(6);
    ss.deleteSheet(data);
    expect(sheet.getRange('A1').getFormula()).toBe('=#REF!*2');
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });
});
