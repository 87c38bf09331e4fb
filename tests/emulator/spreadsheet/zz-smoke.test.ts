import { setup } from './helpers';
test('perf', () => {
  const { sheet, app, service } = setup();
  sheet.insertRowsAfter(1000, 19000);
  const data: unknown[][] = [];
  for (let r = 0; r < 20000; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < 20; c++) row.push(c === 1 ? new Date(Date.UTC(2024, 0, 1 + (r % 300))) : c === 11 ? (r % 3 ? 'Draft' : 'Published') : `r${r}c${c}`);
    data.push(row);
  }
  let t = Date.now();
  sheet.getRange(1, 1, 20000, 20).setValues(data);
  console.log('setValues 20000x20', Date.now() - t);
  t = Date.now();
  const v = sheet.getRange(2, 1, 5000, 17).getValues();
  console.log('getValues 5000x17', Date.now() - t, v.length);
  t = Date.now();
  sheet.getRange(2, 1, 5000, 17).getDisplayValues();
  console.log('getDisplayValues 5000x17', Date.now() - t);
  t = Date.now();
  sheet.getDataRange().getValues();
  console.log('getDataRange().getValues() 20000x20', Date.now() - t);
  const rule = app.newConditionalFormatRule().whenFormulaSatisfied('=$L1="Draft"').setBackground('#fff2cc').setRanges([sheet.getRange('A1:T20000')]).build();
  const rule2 = app.newConditionalFormatRule().whenFormulaSatisfied('=AND($B1<TODAY(),$L1<>"Published")').setBackground('#f4cccc').setRanges([sheet.getRange('A1:T20000')]).build();
  sheet.setConditionalFormatRules([rule2, rule]);
  t = Date.now();
  const g = service.renderSheet('Sheet1', { maxRows: 2000 });
  console.log('renderSheet 2000 rows', Date.now() - t, g.cells[1][0]);
  t = Date.now();
  sheet.deleteRows(5, 10);
  sheet.insertRowsBefore(3, 2);
  console.log('delete+insert', Date.now() - t);
  t = Date.now();
  sheet.getRange('A2:T20000').sort(12);
  console.log('sort', Date.now() - t);
});
