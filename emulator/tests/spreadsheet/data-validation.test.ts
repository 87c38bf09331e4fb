/** Data validation (semantics section 4, D-01..D-14) and a person's edits against validation rules. */

import { errorOf, setup } from './helpers';

describe('data validation builder and rules', () => {
  test('D-01 a new builder', () => {
    const { app } = setup();
    const b = app.newDataValidation();
    expect(b.toString()).toBe('DataValidationBuilder');
    expect(b.getCriteriaType()).toBeNull();
    expect(b.getCriteriaValues()).toEqual([]);
    expect(b.getHelpText()).toBeNull();
    expect(b.getAllowInvalid()).toBe(true);
  });

  test('D-02 chainable, later require* replaces, copy() is new, build() keeps settings', () => {
    const { app } = setup();
    const b = app.newDataValidation();
    expect(b.requireNumberGreaterThan(1)).toBe(b);
    b.requireTextContains('x').setHelpText('help').setAllowInvalid(false);
    const c = b.copy();
    expect(c).not.toBe(b);
    c.requireCheckbox();
    const rule = b.build();
    expect(rule.toString()).toBe('DataValidation');
    expect(String(rule.getCriteriaType())).toBe('TEXT_CONTAINS');
    expect(rule.getCriteriaValues()).toEqual(['x']);
    expect(rule.getHelpText()).toBe('help');
    expect(rule.getAllowInvalid()).toBe(false);
    expect(String(c.getCriteriaType())).toBe('CHECKBOX');
  });

  test('D-03 requireValueInList stringifies and defaults showDropdown to true', () => {
    const { app } = setup();
    const b = app.newDataValidation().requireValueInList(['a', 'b']);
    expect(b.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(b.getCriteriaValues()).toEqual([['a', 'b'], true]);
    expect(app.newDataValidation().requireValueInList([9, false, 'z'] as unknown as string[]).getCriteriaValues()).toEqual([['9', 'false', 'z'], true]);
    expect(app.newDataValidation().requireValueInList(['a'], false).getCriteriaValues()).toEqual([['a'], false]);
  });

  test('D-04 requireValueInRange returns the Range object', () => {
    const { app, ss } = setup();
    const settings = ss.insertSheet('Settings');
    const b = app.newDataValidation().requireValueInRange(settings.getRange('A2:A'));
    const [range, show] = b.getCriteriaValues();
    expect(String(b.getCriteriaType())).toBe('VALUE_IN_RANGE');
    expect(range.getA1Notation()).toBe('A2:A');
    expect(range.getSheet().getName()).toBe('Settings');
    expect(show).toBe(true);
  });

  test('D-05 date rules and their criteria', () => {
    const { app } = setup();
    const d1 = new Date(2024, 0, 1);
    const d2 = new Date(2024, 11, 31);
    const check = (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder, type: string, n: number) => {
      expect(String(b.getCriteriaType())).toBe(type);
      expect(b.getCriteriaValues().length).toBe(n);
    };
    check(app.newDataValidation().requireDate(), 'DATE_IS_VALID_DATE', 0);
    check(app.newDataValidation().requireDateAfter(d1), 'DATE_AFTER', 1);
    check(app.newDataValidation().requireDateBefore(d1), 'DATE_BEFORE', 1);
    check(app.newDataValidation().requireDateBetween(d1, d2), 'DATE_BETWEEN', 2);
    check(app.newDataValidation().requireDateEqualTo(d1), 'DATE_EQUAL_TO', 1);
    check(app.newDataValidation().requireDateNotBetween(d1, d2), 'DATE_NOT_BETWEEN', 2);
    check(app.newDataValidation().requireDateOnOrAfter(d1), 'DATE_ON_OR_AFTER', 1);
    check(app.newDataValidation().requireDateOnOrBefore(d2), 'DATE_ON_OR_BEFORE', 1);
    expect((app.newDataValidation().requireDateAfter(d1).getCriteriaValues()[0] as Date).getTime()).toBe(d1.getTime());
  });

  test('D-06 date builders require Date objects (X-02)', () => {
    const { app } = setup();
    expect(errorOf(() => (app.newDataValidation().requireDate as (...a: unknown[]) => unknown)('=I1')).message).toBe(
      "The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireDate.",
    );
    expect(errorOf(() => app.newDataValidation().requireDateAfter('2024-01-01' as never)).message).toMatch(/requireDateAfter/);
    const b = app.newDataValidation().withCriteria(app.DataValidationCriteria.DATE_AFTER, ['=i1']);
    expect(b.getCriteriaValues()).toEqual(['=i1']);
  });

  test('D-07 requireFormulaSatisfied', () => {
    const { app } = setup();
    const b = app.newDataValidation().requireFormulaSatisfied('=ISNUMBER(A1)');
    expect(String(b.getCriteriaType())).toBe('CUSTOM_FORMULA');
    expect(b.getCriteriaValues()).toEqual(['=ISNUMBER(A1)']);
  });

  test('D-08 number, text and checkbox criteria', () => {
    const { app } = setup();
    const t = (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => [String(b.getCriteriaType()), b.getCriteriaValues()];
    expect(t(app.newDataValidation().requireNumberBetween(1, 5))).toEqual(['NUMBER_BETWEEN', [1, 5]]);
    expect(t(app.newDataValidation().requireNumberEqualTo(3))).toEqual(['NUMBER_EQUAL_TO', [3]]);
    expect(t(app.newDataValidation().requireNumberGreaterThanOrEqualTo(3))).toEqual(['NUMBER_GREATER_THAN_OR_EQUAL_TO', [3]]);
    expect(t(app.newDataValidation().requireNumberLessThan(3))).toEqual(['NUMBER_LESS_THAN', [3]]);
    expect(t(app.newDataValidation().requireNumberLessThanOrEqualTo(3))).toEqual(['NUMBER_LESS_THAN_OR_EQUAL_TO', [3]]);
    expect(t(app.newDataValidation().requireNumberNotBetween(1, 2))).toEqual(['NUMBER_NOT_BETWEEN', [1, 2]]);
    expect(t(app.newDataValidation().requireNumberNotEqualTo(3))).toEqual(['NUMBER_NOT_EQUAL_TO', [3]]);
    expect(t(app.newDataValidation().requireTextDoesNotContain('x'))).toEqual(['TEXT_DOES_NOT_CONTAIN', ['x']]);
    expect(t(app.newDataValidation().requireTextEqualTo('x'))).toEqual(['TEXT_EQUAL_TO', ['x']]);
    expect(t(app.newDataValidation().requireTextIsEmail())).toEqual(['TEXT_IS_VALID_EMAIL', []]);
    expect(t(app.newDataValidation().requireTextIsUrl())).toEqual(['TEXT_IS_VALID_URL', []]);
    expect(t(app.newDataValidation().requireCheckbox())).toEqual(['CHECKBOX', []]);
    expect(t(app.newDataValidation().requireCheckbox('A'))).toEqual(['CHECKBOX', ['A']]);
    expect(t(app.newDataValidation().requireCheckbox('A', 'B'))).toEqual(['CHECKBOX', ['A', 'B']]);
  });

  test('D-09 there is no requireTextLengthLessThan', () => {
    const { app } = setup();
    const b = app.newDataValidation() as unknown as Record<string, () => unknown>;
    expect(() => b.requireTextLengthLessThan()).toThrow(/not implemented/);
    expect(Object.keys(app.DataValidationCriteria)).toHaveLength(25);
  });

  test('D-10 setAllowInvalid and setHelpText round-trip', () => {
    const { app } = setup();
    const b = app.newDataValidation().requireCheckbox().setAllowInvalid(false).setHelpText('Tick it');
    expect(b.getAllowInvalid()).toBe(false);
    expect(b.getHelpText()).toBe('Tick it');
  });

  test('D-11 setDataValidation(s), getDataValidations with null, clearing', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInList(['x', 'y']).build();
    sheet.getRange('A1:B1').setDataValidation(rule);
    const got = sheet.getRange('A1:C1').getDataValidations();
    expect(got[0].map((r) => (r ? String(r.getCriteriaType()) : null))).toEqual(['VALUE_IN_LIST', 'VALUE_IN_LIST', null]);
    expect(sheet.getRange('C1').getDataValidation()).toBeNull();
    expect(errorOf(() => sheet.getRange('A1:B1').setDataValidations([[rule]])).message).toMatch(/number of columns/);
    sheet.getRange('A2:B2').setDataValidations([[null, rule]]);
    expect(sheet.getRange('A2').getDataValidation()).toBeNull();
    expect(sheet.getRange('B2').getDataValidation()!.getCriteriaValues()).toEqual([['x', 'y'], true]);
    sheet.getRange('A1').setDataValidation(null);
    sheet.getRange('B1').clearDataValidations();
    expect(sheet.getRange('A1:B1').getDataValidations()).toEqual([[null, null]]);
  });

  test('D-12 checkboxes: insert, check/uncheck only on checkbox cells, remove clears values', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').insertCheckboxes();
    // UNVERIFIED: blank cells read back as FALSE after insertCheckboxes().
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[false], [false]]);
    sheet.getRange('B1').setValue('keep');
    sheet.getRange('A1:B1').check();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[true, 'keep']]);
    sheet.getRange('C1').insertCheckboxes('YES', 'NO');
    sheet.getRange('C1').check();
    expect(sheet.getRange('C1').getValue()).toBe('YES');
    sheet.getRange('C1').uncheck();
    expect(sheet.getRange('C1').getValue()).toBe('NO');
    expect(sheet.getRange('A1').isChecked()).toBe(true);
    sheet.getRange('A1:A2').removeCheckboxes();
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[''], ['']]);
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });

  test('D-13 relative-date criteria exist only through withCriteria', () => {
    const { app } = setup();
    expect(Object.keys(app.DataValidationCriteria)).not.toContain('DATE_AFTER_RELATIVE');
    expect(String(app.RelativeDate.TODAY)).toBe('TODAY');
  });

  // D-14 UNVERIFIED (high confidence): scripts never hit validation errors.
  test('D-14 script writes bypass reject-input validation', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireNumberGreaterThan(10).setAllowInvalid(false).build());
    expect(() => sheet.getRange('A1').setValue(5)).not.toThrow();
    expect(sheet.getRange('A1').getValue()).toBe(5);
  });
});

describe('a person editing validated cells', () => {
  test('an invalid typed value is rejected when allowInvalid is false', () => {
    const { app, sheet, service } = setup();
    sheet.getRange('L2:L10').setDataValidation(app.newDataValidation().requireValueInList(['Draft', 'Ready', 'Published']).setAllowInvalid(false).build());
    sheet.getRange('L2').setValue('Draft');
    const result = service.userEdit('Sheet1', 'L2', [['Done']]);
    expect(result).toHaveProperty('rejected');
    expect(sheet.getRange('L2').getValue()).toBe('Draft');
    const ok = service.userEdit('Sheet1', 'L2', [['Ready']]);
    expect(ok).toHaveProperty('event');
    expect(sheet.getRange('L2').getValue()).toBe('Ready');
  });

  test('the help text is the rejection message', () => {
    const { app, sheet, service } = setup();
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireNumberBetween(1, 5).setAllowInvalid(false).setHelpText('Pick 1 to 5.').build());
    expect(service.userEdit('Sheet1', 'A1', [['9']])).toEqual({ rejected: 'Pick 1 to 5.' });
    expect(service.userEdit('Sheet1', 'A1', [['3']])).toHaveProperty('event');
    expect(sheet.getRange('A1').getValue()).toBe(3);
  });

  test('allowInvalid true accepts and marks the cell invalid (shown in renderSheet)', () => {
    const { app, sheet, service } = setup();
    sheet.getRange('B2').setDataValidation(app.newDataValidation().requireTextIsEmail().build());
    expect(service.userEdit('Sheet1', 'B2', [['not an email']])).toHaveProperty('event');
    expect(sheet.getRange('B2').getValue()).toBe('not an email');
    expect(service.renderSheet('Sheet1').cells[1][1].invalid).toBe(true);
    service.userEdit('Sheet1', 'B2', [['a@b.co']]);
    expect(service.renderSheet('Sheet1').cells[1][1].invalid).toBe(false);
  });

  test('a paste with one invalid cell is rejected whole', () => {
    const { app, sheet, service } = setup();
    sheet.getRange('A1:A3').setDataValidation(app.newDataValidation().requireNumberGreaterThan(0).setAllowInvalid(false).build());
    const result = service.userEdit('Sheet1', 'A1', [['1'], ['-2'], ['3']]);
    expect(result).toHaveProperty('rejected');
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[''], [''], ['']]);
  });

  test('date, custom-formula, checkbox and range rules are enforced for people', () => {
    const { app, ss, sheet, service } = setup({ timeZone: 'UTC' });
    const settings = ss.insertSheet('Settings');
    settings.getRange('A1:A3').setValues([['X'], ['Instagram'], ['LinkedIn']]);
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireDateOnOrAfter(new Date(Date.UTC(2024, 0, 1))).setAllowInvalid(false).build());
    sheet.getRange('B1:B5').setDataValidation(app.newDataValidation().requireFormulaSatisfied('=LEN(B1)<=5').setAllowInvalid(false).build());
    sheet.getRange('C1').insertCheckboxes();
    sheet.getRange('D1').setDataValidation(app.newDataValidation().requireValueInRange(settings.getRange('A1:A3')).setAllowInvalid(false).build());
    sheet.getRange('C1').setDataValidation(sheet.getRange('C1').getDataValidation()!.copy().setAllowInvalid(false).build());
    expect(service.userEdit('Sheet1', 'A1', [['2023-12-31']])).toHaveProperty('rejected');
    expect(service.userEdit('Sheet1', 'A1', [['hello']])).toHaveProperty('rejected');
    expect(service.userEdit('Sheet1', 'A1', [['2024-01-01']])).toHaveProperty('event');
    expect(service.userEdit('Sheet1', 'B3', [['toolong']])).toHaveProperty('rejected');
    expect(service.userEdit('Sheet1', 'B3', [['ok']])).toHaveProperty('event');
    expect(service.userEdit('Sheet1', 'C1', [['maybe']])).toHaveProperty('rejected');
    expect(service.userEdit('Sheet1', 'C1', [[true]])).toHaveProperty('event');
    expect(service.userEdit('Sheet1', 'D1', [['Facebook']])).toHaveProperty('rejected');
    expect(service.userEdit('Sheet1', 'D1', [['LinkedIn']])).toHaveProperty('event');
    expect(service.userEdit('Sheet1', 'D1', [['']])).toHaveProperty('event'); // clearing is always allowed
  });
});
