/** The formula engine: functions the add-on relies on, Sheets-only functions, cross-sheet references, recalculation. */

import { setup } from './helpers';

function evaluate(formula: string, prepare?: (sheet: GoogleAppsScript.Spreadsheet.Sheet, ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => void) {
  const { sheet, ss } = setup({ timeZone: 'UTC' });
  prepare?.(sheet, ss);
  sheet.getRange('Z1').setFormula(formula);
  return sheet.getRange('Z1').getValue();
}

describe('formula engine', () => {
  test('comparisons are case-insensitive for text and treat blanks as "" or 0', () => {
    expect(evaluate('="Draft"="draft"')).toBe(true);
    expect(evaluate('=A1=""')).toBe(true);
    expect(evaluate('=A1=0')).toBe(true);
    expect(evaluate('=A1<>"x"')).toBe(true);
    expect(evaluate('="b">"A"')).toBe(true);
  });

  test('logical and information functions', () => {
    expect(evaluate('=AND(TRUE,1>0,NOT(FALSE))')).toBe(true);
    expect(evaluate('=OR(FALSE,1>2)')).toBe(false);
    expect(evaluate('=ISBLANK(A1)')).toBe(true);
    expect(evaluate('=ISBLANK(A1)', (s) => s.getRange('A1').setValue('x'))).toBe(false);
    expect(evaluate('=ISNUMBER(A1)', (s) => s.getRange('A1').setValue(3))).toBe(true);
    expect(evaluate('=IFERROR(1/0,"none")')).toBe('none');
    expect(evaluate('=IF(A1>2,"big","small")', (s) => s.getRange('A1').setValue(3))).toBe('big');
  });

  test('text functions', () => {
    expect(evaluate('=LEN("héllo")')).toBe(5);
    expect(evaluate('=LEFT("Instagram",5)')).toBe('Insta');
    expect(evaluate('=SEARCH("GRAM","Instagram")')).toBe(6);
    expect(evaluate('=IFERROR(FIND("GRAM","Instagram"),0)')).toBe(0);
    expect(evaluate('=FIND("gram","Instagram")')).toBe(6);
    expect(evaluate('=REGEXMATCH("#launch day","^#\\w+")')).toBe(true);
    expect(evaluate('=REGEXMATCH("launch","^#")')).toBe(false);
    expect(evaluate('=REGEXEXTRACT("id-42","\\d+")')).toBe('42');
    expect(evaluate('=SUBSTITUTE("a-b-c","-","+")')).toBe('a+b+c');
    expect(evaluate('="a"&1&TRUE')).toBe('a1TRUE');
  });

  test('dates: TODAY/NOW in the spreadsheet time zone, DATE, VALUE', () => {
    const today = evaluate('=TODAY()') as Date;
    expect(today.toISOString()).toBe('2024-06-15T00:00:00.000Z');
    expect(evaluate('=DATE(2024,1,15)-DATE(2024,1,1)')).toBe(14);
    expect(evaluate('=VALUE("42")')).toBe(42);
    expect(evaluate('=A1<TODAY()', (s) => s.getRange('A1').setValue('2024-06-14'))).toBe(true);
    const { sheet } = setup({ timeZone: 'Pacific/Auckland' });
    sheet.getRange('A1').setFormula('=TODAY()');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('6/15/2024');
    sheet.getRange('A2').setFormula('=NOW()');
    expect(sheet.getRange('A2').getDisplayValue()).toBe('6/15/2024 22:00:00');
  });

  test('aggregates: COUNTIF, COUNTIFS, SUM, SUMIF, COUNTA', () => {
    const prep = (s: GoogleAppsScript.Spreadsheet.Sheet) =>
      s.getRange('A1:B5').setValues([
        ['X', 1],
        ['Instagram', 2],
        ['x', 3],
        ['LinkedIn', 4],
        ['', 5],
      ]);
    expect(evaluate('=COUNTIF(A1:A5,"x")', prep)).toBe(2);
    expect(evaluate('=COUNTIF(A:A,"<>")', prep)).toBe(4);
    expect(evaluate('=COUNTIFS(A1:A5,"x",B1:B5,">1")', prep)).toBe(1);
    expect(evaluate('=SUM(B:B)', prep)).toBe(15);
    expect(evaluate('=SUMIF(A1:A5,"x",B1:B5)', prep)).toBe(4);
    expect(evaluate('=COUNTA(A1:A5)', prep)).toBe(4);
    expect(evaluate('=MAX(B1:B5)+MIN(B1:B5)', prep)).toBe(6);
    expect(evaluate('=MATCH("linkedin",A1:A5,0)', prep)).toBe(4);
    expect(evaluate('=CHOOSE(2,"a","b","c")', prep)).toBe('b');
    expect(evaluate('=UPPER(A2)', prep)).toBe('INSTAGRAM');
  });

  test("cross-sheet references, whole columns and INDIRECT", () => {
    const prep = (_s: GoogleAppsScript.Spreadsheet.Sheet, ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => {
      const settings = ss.insertSheet('Settings');
      settings.getRange('A1:A3').setValues([['X'], ['Instagram'], ['Threads']]);
      ss.insertSheet('My Posts').getRange('B2').setValue(7);
      ss.setActiveSheet(ss.getSheets()[0]);
    };
    expect(evaluate("=COUNTIF('Settings'!A:A,\"instagram\")", prep)).toBe(1);
    expect(evaluate("='My Posts'!B2*2", prep)).toBe(14);
    expect(evaluate('=INDIRECT("Settings!A2")', prep)).toBe('Instagram');
    expect(evaluate('=COUNTA(INDIRECT("Settings!A1:A3"))', prep)).toBe(3);
    expect(evaluate('=Missing!A1', prep)).toBe('#REF!');
  });

  test('named ranges in formulas', () => {
    expect(
      evaluate('=SUM(Amounts)', (s, ss) => {
        s.getRange('A1:A3').setValues([[1], [2], [3]]);
        ss.setNamedRange('Amounts', s.getRange('A1:A3'));
      }),
    ).toBe(6);
  });

  test('results recalculate after writes; errors and cycles', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(1);
    sheet.getRange('B1').setFormula('=A1*10');
    expect(sheet.getRange('B1').getValue()).toBe(10);
    sheet.getRange('A1').setValue(2);
    expect(sheet.getRange('B1').getValue()).toBe(20);
    sheet.getRange('C1').setFormula('=C1+1');
    expect(sheet.getRange('C1').getValue()).toBe('#REF!');
    sheet.getRange('D1').setFormula('=SUM(1,');
    expect(sheet.getRange('D1').getValue()).toBe('#ERROR!');
  });

  test('formulas follow inserted/deleted rows and renamed sheets', () => {
    const { sheet, ss } = setup();
    const other = ss.insertSheet('Data');
    other.getRange('A5').setValue(99);
    sheet.getRange('A10').setValue(5);
    sheet.getRange('B1').setFormula('=A10+Data!A5');
    sheet.insertRowsBefore(2, 3);
    expect(sheet.getRange('B1').getFormula()).toBe('=A13+Data!A5');
    other.deleteRows(1, 2);
    expect(sheet.getRange('B1').getFormula()).toBe('=A13+Data!A3');
    expect(sheet.getRange('B1').getValue()).toBe(104);
    other.setName('Source Data');
    expect(sheet.getRange('B1').getFormula()).toBe("=A13+'Source Data'!A3");
    sheet.deleteRow(13);
    expect(sheet.getRange('B1').getFormula()).toBe("=#REF!+'Source Data'!A3");
  });

  test('setFormula on a range shifts relative references per cell', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:B3').setFormula('=A1*2');
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([['=A1*2'], ['=A2*2'], ['=A3*2']]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[2], [4], [6]]);
  });
});
