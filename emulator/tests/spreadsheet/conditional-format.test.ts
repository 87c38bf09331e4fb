/** Conditional formatting (semantics section 5, C-01..C-08) and its evaluation in renderSheet. */

import { errorOf, setup } from './helpers';

describe('conditional format rules', () => {
  test('C-01 the builder surface exists and chains', () => {
    const { app, sheet } = setup();
    const b = app.newConditionalFormatRule();
    expect(b.toString()).toBe('ConditionalFormatRuleBuilder');
    for (const m of ['whenCellEmpty', 'whenCellNotEmpty'] as const) expect(b[m]()).toBe(b);
    expect(b.whenTextStartsWith('a').whenTextEndsWith('b').whenTextDoesNotContain('c').whenNumberLessThan(3)).toBe(b);
    expect(b.setItalic(true).setStrikethrough(true).setUnderline(false).setRanges([sheet.getRange('A1')])).toBe(b);
    expect(b.build().toString()).toBe('ConditionalFormatRule');
  });

  // C-02: the error text for a rule without ranges is UNVERIFIED; we throw at setConditionalFormatRules.
  test('C-02 setRanges replaces; [] clears; a rule needs a range; null removes a format', () => {
    const { app, sheet } = setup();
    const b = app.newConditionalFormatRule().whenCellEmpty().setBackground('#ff0000').setRanges([sheet.getRange('A1'), sheet.getRange('B2:C3')]);
    expect(b.getRanges().map((r) => r.getA1Notation())).toEqual(['A1', 'B2:C3']);
    b.setRanges([sheet.getRange('D4')]);
    expect(b.getRanges().map((r) => r.getA1Notation())).toEqual(['D4']);
    b.setBackground(null);
    expect(b.getBooleanCondition()!.getBackground()).toBeNull();
    b.setRanges([]);
    expect(errorOf(() => sheet.setConditionalFormatRules([b.build()])).message).toBe('A conditional format rule must have at least one range.');
  });

  test('C-03 setConditionalFormatRules replaces all, keeps order; clear empties', () => {
    const { app, sheet } = setup();
    const r = (text: string) => app.newConditionalFormatRule().whenTextEqualTo(text).setBackground('#00ff00').setRanges([sheet.getRange('A:A')]).build();
    sheet.setConditionalFormatRules([r('a'), r('b')]);
    sheet.setConditionalFormatRules([r('c'), r('d'), r('e')]);
    expect(sheet.getConditionalFormatRules().map((x) => x.getBooleanCondition()!.getCriteriaValues()[0])).toEqual(['c', 'd', 'e']);
    sheet.clearConditionalFormatRules();
    expect(sheet.getConditionalFormatRules()).toHaveLength(0);
  });

  test('C-04 round trip of a number rule with colours and bold', () => {
    const { app, sheet } = setup();
    const rule = app.newConditionalFormatRule().whenNumberGreaterThan(50).setBackground('#FF0000').setFontColor('#FFFFFF').setBold(true).setRanges([sheet.getRange('A1:A10')]).build();
    sheet.setConditionalFormatRules([rule]);
    const got = sheet.getConditionalFormatRules()[0].getBooleanCondition()!;
    expect(got.getCriteriaType().toString()).toBe('NUMBER_GREATER_THAN');
    expect(got.getCriteriaValues()).toEqual([50]);
    expect((got as unknown as { getBackgroundObject(): GoogleAppsScript.Spreadsheet.Color }).getBackgroundObject().asRgbColor().asHexString()).toBe('#ff0000');
    expect(got.getFontColor()).toBe('#ffffff');
    expect(got.getBold()).toBe(true);
    expect(got.toString()).toBe('ConditionalFormatBooleanCondition');
  });

  test('C-05 criteria of other conditions', () => {
    const { app } = setup();
    const cond = (b: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder) => {
      const c = b.getBooleanCondition()!;
      return [String(c.getCriteriaType()), c.getCriteriaValues().map((v) => (v instanceof Date ? 'date' : String(v)))];
    };
    expect(cond(app.newConditionalFormatRule().whenTextContains('hello'))).toEqual(['TEXT_CONTAINS', ['hello']]);
    expect(cond(app.newConditionalFormatRule().whenNumberBetween(10, 20))).toEqual(['NUMBER_BETWEEN', ['10', '20']]);
    expect(cond(app.newConditionalFormatRule().whenDateEqualTo(app.RelativeDate.TODAY))).toEqual(['DATE_EQUAL_TO_RELATIVE', ['TODAY']]);
    expect(cond(app.newConditionalFormatRule().whenDateAfter(new Date()))).toEqual(['DATE_AFTER', ['date']]);
    expect(cond(app.newConditionalFormatRule().withCriteria(app.BooleanCriteria.TEXT_STARTS_WITH, ['prefix']))).toEqual(['TEXT_STARTS_WITH', ['prefix']]);
    expect(cond(app.newConditionalFormatRule().whenFormulaSatisfied('=A1>10'))).toEqual(['CUSTOM_FORMULA', ['=A1>10']]);
  });

  test('C-06 copy keeps the format and changes the criteria', () => {
    const { app, sheet } = setup();
    const rule = app.newConditionalFormatRule().whenTextContains('x').setBold(true).setRanges([sheet.getRange('A1')]).build();
    const copy = rule.copy().whenCellEmpty().build();
    expect(String(copy.getBooleanCondition()!.getCriteriaType())).toBe('CELL_EMPTY');
    expect(copy.getBooleanCondition()!.getBold()).toBe(true);
    expect(String(rule.getBooleanCondition()!.getCriteriaType())).toBe('TEXT_CONTAINS');
  });

  // C-07: UNVERIFIED whether lower matching rules merge; we apply only the first matching rule.
  test('C-07 the first matching rule wins, without merging', () => {
    const { app, sheet, service } = setup();
    sheet.getRange('A1').setValue('Draft');
    const first = app.newConditionalFormatRule().whenTextEqualTo('Draft').setBackground('#ffff00').setRanges([sheet.getRange('A1:A5')]).build();
    const second = app.newConditionalFormatRule().whenCellNotEmpty().setBackground('#0000ff').setFontColor('#ff0000').setRanges([sheet.getRange('A1:A5')]).build();
    sheet.setConditionalFormatRules([first, second]);
    const cell = service.renderSheet('Sheet1').cells[0][0];
    expect(cell.background).toBe('#ffff00');
    expect(cell.fontColor).toBe('#000000');
  });

  test('C-08 getConditionalFormatRules returns copies', () => {
    const { app, sheet } = setup();
    sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenCellEmpty().setBackground('#ff0000').setRanges([sheet.getRange('A1')]).build()]);
    const got = sheet.getConditionalFormatRules();
    got[0].copy().setBackground('#00ff00');
    got.pop();
    expect(sheet.getConditionalFormatRules()[0].getBooleanCondition()!.getBackground()).toBe('#ff0000');
  });
});

describe('renderSheet evaluates conditional formats', () => {
  test('custom formulas shift relative references per cell from the rule range top-left', () => {
    const { app, sheet, service } = setup({ timeZone: 'UTC' });
    sheet.getRange('A1:C1').setValues([['Title', 'Date', 'Status']]);
    sheet.getRange('A2:C4').setValues([
      ['one', '2024-06-01', 'Draft'],
      ['two', '2024-07-01', 'Published'],
      ['three', '2024-05-01', 'Ready'],
    ]);
    const draft = app.newConditionalFormatRule().whenFormulaSatisfied('=$C2="draft"').setBackground('#fff2cc').setRanges([sheet.getRange('A2:C100')]).build();
    const overdue = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=AND(NOT(ISBLANK($B2)),$B2<TODAY(),$C2<>"Published")')
      .setBackground('#f4cccc')
      .setBold(true)
      .setRanges([sheet.getRange('A2:C100')])
      .build();
    sheet.setConditionalFormatRules([overdue, draft]);
    const grid = service.renderSheet('Sheet1');
    const bg = grid.cells.map((row) => row.map((c) => c.background));
    expect(bg[0]).toEqual(['#ffffff', '#ffffff', '#ffffff']); // header outside the rule range
    expect(bg[1]).toEqual(['#f4cccc', '#f4cccc', '#f4cccc']); // overdue wins over draft (first rule)
    expect(bg[2]).toEqual(['#ffffff', '#ffffff', '#ffffff']); // published in the future
    expect(bg[3]).toEqual(['#f4cccc', '#f4cccc', '#f4cccc']); // overdue
    expect(grid.cells[1][0].bold).toBe(true);
    expect(grid.cells[1][1].display).toBe('2024-06-01');
    sheet.getRange('B2').setValue('2024-12-01');
    expect(service.renderSheet('Sheet1').cells[1][0].background).toBe('#fff2cc'); // now only draft matches
  });

  test('text, number, empty and date conditions; dropdowns and checkboxes', () => {
    const { app, sheet, service } = setup({ timeZone: 'UTC' });
    sheet.getRange('A1:D1').setValues([['Launch day', 75, '', '2024-06-15']]);
    sheet.getRange('A1').setBackground('#eeeeee');
    const rules = [
      app.newConditionalFormatRule().whenTextContains('LAUNCH').setFontColor('#0000ff').setRanges([sheet.getRange('A1')]).build(),
      app.newConditionalFormatRule().whenNumberBetween(50, 100).setBackground('#00ff00').setRanges([sheet.getRange('B1')]).build(),
      app.newConditionalFormatRule().whenCellEmpty().setBackground('#cccccc').setRanges([sheet.getRange('C1')]).build(),
      app.newConditionalFormatRule().whenDateEqualTo(app.RelativeDate.TODAY).setBackground('#ffd966').setRanges([sheet.getRange('D1')]).build(),
    ];
    sheet.setConditionalFormatRules(rules);
    sheet.getRange('E1').setDataValidation(app.newDataValidation().requireValueInList(['X', 'Instagram']).build());
    sheet.getRange('F1').insertCheckboxes();
    sheet.setColumnWidth(2, 180);
    sheet.hideColumns(3);
    sheet.setFrozenRows(1);
    sheet.getRange('A1').setNote('Note!');
    const grid = service.renderSheet('Sheet1');
    const row = grid.cells[0];
    expect(row[0]).toMatchObject({ background: '#eeeeee', fontColor: '#0000ff', note: 'Note!' });
    expect(row[1].background).toBe('#00ff00');
    expect(row[2].background).toBe('#cccccc');
    expect(row[3].background).toBe('#ffd966');
    expect(row[4].dropdown).toEqual(['X', 'Instagram']);
    expect(row[5]).toMatchObject({ checkbox: true, display: 'FALSE' });
    expect(grid.columnWidths.slice(0, 3)).toEqual([100, 180, 0]);
    expect(grid.frozenRows).toBe(1);
  });

  test('rule ranges and formulas follow row deletion and insertion', () => {
    const { app, sheet, service } = setup();
    sheet.getRange('A1:A4').setValues([['h'], ['x'], ['Draft'], ['y']]);
    sheet.setConditionalFormatRules([
      app.newConditionalFormatRule().whenFormulaSatisfied('=$A2="Draft"').setBackground('#ff0000').setRanges([sheet.getRange('A2:B10')]).build(),
    ]);
    sheet.deleteRow(1);
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A1:B9');
    expect(service.renderSheet('Sheet1').cells.map((r) => r[0].background).slice(0, 3)).toEqual(['#ffffff', '#ff0000', '#ffffff']);
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A3:B11');
    expect(service.renderSheet('Sheet1').cells[3][1].background).toBe('#ff0000');
  });
});
