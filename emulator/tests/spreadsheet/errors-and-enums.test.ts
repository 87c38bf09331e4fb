/** Exceptions, signature errors, enums and class names (semantics 0.4, X-01..X-05). */

import { errorOf, setup } from './helpers';

describe('exceptions and enums', () => {
  test('X-01 service errors are Exceptions: name, bare message, "Exception: " string', () => {
    const { sheet } = setup();
    const e = errorOf(() => sheet.getRange(1, 1, 0));
    expect(e.name).toBe('Exception');
    expect(e.message).toBe('The number of rows in the range must be at least 1.');
    expect(String(e)).toBe('Exception: The number of rows in the range must be at least 1.');
  });

  test('X-02 arguments matching no overload give the signature error', () => {
    const { sheet, app } = setup();
    expect(errorOf(() => sheet.getRange('A1').setNotes('foo' as unknown as string[][])).message).toMatch(/don't match the method signature/);
    expect(errorOf(() => app.newDataValidation().requireNumberBetween('1' as unknown as number, 2)).message).toBe(
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireNumberBetween.",
    );
    expect(errorOf(() => sheet.getRange('A1').setDataValidation({} as never)).message).toBe(
      "The parameters ((class)) don't match the method signature for SpreadsheetApp.Range.setDataValidation.",
    );
  });

  test('X-03 enum members stringify to their names and compare by identity', () => {
    const { app, sheet } = setup();
    expect(app.DataValidationCriteria.DATE_AFTER.toString()).toBe('DATE_AFTER');
    expect(String(app.ProtectionType.SHEET)).toBe('SHEET');
    expect(`${app.WrapStrategy.CLIP}`).toBe('CLIP');
    expect(String(app.BorderStyle.SOLID_MEDIUM)).toBe('SOLID_MEDIUM');
    expect(String(app.BooleanCriteria.CUSTOM_FORMULA)).toBe('CUSTOM_FORMULA');
    expect(JSON.stringify({ t: (app as unknown as { SortOrder: Record<string, unknown> }).SortOrder.ASCENDING })).toBe('{"t":"ASCENDING"}');
    sheet.getRange('A1').setWrapStrategy(app.WrapStrategy.CLIP);
    expect(sheet.getRange('A1').getWrapStrategy()).toBe(app.WrapStrategy.CLIP);
    expect(sheet.getRange('A1').getWrap()).toBe(false);
    sheet.getRange('A1').setWrap(true);
    expect(sheet.getRange('A1').getWrapStrategy()).toBe(app.WrapStrategy.WRAP);
  });

  test('X-04 service objects stringify to their class names', () => {
    const { app, sheet, ss } = setup();
    expect(String(app.newDataValidation())).toBe('DataValidationBuilder');
    expect(String(app.newDataValidation().requireCheckbox().build())).toBe('DataValidation');
    expect(String(app.newConditionalFormatRule().whenCellEmpty().build())).toBe('ConditionalFormatRule');
    expect(String(sheet.getRange('A1').protect())).toBe('Protection');
    expect(String(sheet)).toBe('Sheet');
    expect(String(ss)).toBe('Spreadsheet');
    expect(String(sheet.getRange('A1'))).toBe('Range');
  });

  test('X-05 unknown colours are accepted and ignored', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1').setBackground('#123456');
    expect(() => r.setBackground('not-a-real-color')).not.toThrow();
    expect(r.getBackground()).toBe('#123456');
    r.setBackground(null as unknown as string);
    expect(r.getBackground()).toBe('#ffffff');
  });

  test('methods the emulator lacks throw "Emulator: <Class>.<method> is not implemented"', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1') as unknown as Record<string, () => unknown>;
    expect(() => range.createPivotTable()).toThrow('Emulator: Range.createPivotTable is not implemented');
  });
});
