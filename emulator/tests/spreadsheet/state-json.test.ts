/** toJSON/loadJSON: the whole spreadsheet state round-trips. */

import { setup } from './helpers';

test('toJSON → loadJSON round trip keeps cells, formats, rules, protections, names, metadata, charts', () => {
  const a = setup({ timeZone: 'UTC' });
  const { app, ss, sheet } = a;
  sheet.setName('Calendar');
  sheet.getRange('A1:C2').setValues([['ID', 'Date', 'Status'], ['p1', '2024-01-15', 'Draft']]);
  sheet.getRange('D2').setFormula('=LEN(A2)');
  sheet.getRange('A1:C1').setFontWeight('bold').setBackground('#cfe2f3');
  sheet.getRange('A2').setNote('first post');
  sheet.getRange('C2:C100').setDataValidation(app.newDataValidation().requireValueInList(['Draft', 'Published']).setAllowInvalid(false).build());
  sheet.getRange('E2').insertCheckboxes();
  sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenFormulaSatisfied('=$C2="Draft"').setBackground('#fff2cc').setRanges([sheet.getRange('A2:E100')]).build()]);
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(2, 140);
  sheet.hideColumns(5);
  sheet.getRange('A1:E1').protect().setDescription('Headers').setWarningOnly(true);
  ss.setNamedRange('Statuses', sheet.getRange('C2:C100'));
  ss.addDeveloperMetadata('schema', '1');
  const settings = ss.insertSheet('Settings');
  settings.getRange('A1').setValue('X');
  sheet.insertChart(sheet.newChart().setChartType('PIE' as never).addRange(sheet.getRange('C1:C10')).setPosition(2, 8, 0, 0).setOption('title', 'By status').build());
  const state = a.service.toJSON();
  const text = JSON.stringify(state);

  const b = setup({ timeZone: 'UTC' });
  b.service.loadJSON(JSON.parse(text));
  expect(JSON.stringify(b.service.toJSON())).toBe(text);
  const ss2 = b.app.getActiveSpreadsheet();
  const cal = ss2.getSheetByName('Calendar')!;
  expect(cal.getRange('A1:D2').getValues()[1].slice(0, 1)).toEqual(['p1']);
  expect((cal.getRange('B2').getValue() as Date).toISOString()).toBe('2024-01-15T00:00:00.000Z');
  expect(cal.getRange('D2').getValue()).toBe(2);
  expect(cal.getRange('A1').getFontWeight()).toBe('bold');
  expect(cal.getRange('A2').getNote()).toBe('first post');
  expect(cal.getRange('C50').getDataValidation()!.getCriteriaValues()).toEqual([['Draft', 'Published'], true]);
  expect(cal.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A2:E100');
  expect([cal.getFrozenRows(), cal.getColumnWidth(2), cal.isColumnHiddenByUser(5)]).toEqual([1, 140, true]);
  expect(ss2.getProtections(b.app.ProtectionType.RANGE)[0].getDescription()).toBe('Headers');
  expect(ss2.getRangeByName('Statuses')!.getA1Notation()).toBe('C2:C100');
  expect(ss2.getDeveloperMetadata()[0].getValue()).toBe('1');
  expect(cal.getCharts()[0].getOptions().get('title')).toBe('By status');
  expect(b.service.renderSheet('Calendar').cells[1][0].background).toBe('#fff2cc');
  expect(b.service.userEdit('Calendar', 'C2', [['Nope']])).toHaveProperty('rejected');
});
