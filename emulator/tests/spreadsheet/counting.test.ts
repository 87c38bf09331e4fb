/** Call counting: round trips are exactly the calls that read or write cells, formats, validation, notes, rules, protections or extent. */

import { setup } from './helpers';

describe('round-trip counting', () => {
  test('navigation and builders are free; reads and writes count once each', () => {
    const { context, app } = setup();
    const ss = app.getActiveSpreadsheet();
    const sheet = ss.getSheetByName('Sheet1')!;
    context.stats.reset();
    const range = sheet.getRange(2, 1, 3, 4);
    range.getA1Notation();
    range.getRow();
    range.getNumRows();
    ss.getSheets();
    app.newDataValidation().requireCheckbox().build();
    app.newConditionalFormatRule().whenCellEmpty();
    expect(context.stats.roundTrips).toBe(0);
    range.getValues();
    range.setValues([[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]]);
    range.setNotes([['', '', '', ''], ['', '', '', ''], ['', '', '', '']]);
    range.setBackgrounds([['#fff', '#fff', '#fff', '#fff'], ['#fff', '#fff', '#fff', '#fff'], ['#fff', '#fff', '#fff', '#fff']]);
    range.getDisplayValues();
    sheet.getLastRow();
    sheet.getMaxRows();
    expect(context.stats.roundTrips).toBe(7);
    expect(context.stats.reads).toBe(4);
    expect(context.stats.writes).toBe(3);
  });

  test('getDataRange().getValues() is two round trips; rules, validations and protections count', () => {
    const { context, app, sheet } = setup();
    context.stats.reset();
    sheet.getDataRange().getValues();
    expect(context.stats.roundTrips).toBe(2);
    context.stats.reset();
    const rule = app.newDataValidation().requireCheckbox().build();
    sheet.getRange('A1:A5').setDataValidation(rule);
    sheet.getRange('A1:A5').getDataValidations();
    sheet.setConditionalFormatRules([]);
    sheet.getConditionalFormatRules();
    sheet.getRange('A1').protect();
    sheet.getProtections(app.ProtectionType.RANGE);
    expect(context.stats.snapshot().byMethod['Range.setDataValidation']).toBe(1);
    expect(context.stats.roundTrips).toBe(6);
  });

  test('every service object is wrapped: calls are recorded by Class.method', () => {
    const { context, app, sheet } = setup();
    context.stats.reset();
    const p = sheet.getRange('A1').protect();
    p.setDescription('x');
    app.newConditionalFormatRule().whenCellEmpty().setBackground('#ff0000');
    expect(context.stats.byMethod['Protection.setDescription']).toBe(1);
    expect(context.stats.byMethod['ConditionalFormatRuleBuilder.setBackground']).toBe(1);
    expect(context.stats.byMethod['SpreadsheetApp.newConditionalFormatRule']).toBe(1);
  });
});
