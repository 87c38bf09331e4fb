/** Protections (semantics section 9, PR-01..PR-08), for scripts and for people's edits. */

import { errorOf, setup } from './helpers';

describe('protections', () => {
  test('PR-01 range.protect() always creates a new protection; sheet.protect() reuses the sheet one', () => {
    const { sheet, ss, app } = setup();
    sheet.getRange('A1').protect();
    sheet.getRange('A1').protect();
    expect(ss.getProtections(app.ProtectionType.RANGE)).toHaveLength(2);
    const p1 = sheet.protect().setDescription('one');
    const p2 = sheet.protect();
    expect(p2.getDescription()).toBe('one');
    expect(ss.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    void p1;
  });

  test('PR-02 a sheet protection round trip', () => {
    const { sheet, ss, app } = setup();
    const p = sheet.protect().setDescription('sample1').setWarningOnly(true).setUnprotectedRanges([sheet.getRange('A1:B1')]);
    expect(p.getDescription()).toBe('sample1');
    expect(p.getUnprotectedRanges()[0].getA1Notation()).toBe('A1:B1');
    expect(p.canEdit()).toBe(true);
    expect(p.getEditors()).toHaveLength(0);
    expect(p.getProtectionType().toString()).toBe('SHEET');
    expect(p.isWarningOnly()).toBe(true);
    expect(ss.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    p.remove();
    expect(ss.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
  });

  test('PR-03 a new protection lists no editors, yet the owner can edit', () => {
    const { sheet } = setup();
    const p = sheet.getRange('A1:B2').protect();
    expect(p.getEditors()).toEqual([]);
    expect(p.canEdit()).toBe(true);
    p.addEditor('editor@example.com');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['editor@example.com']);
  });

  test('PR-04 range protections: type, setRange, setRangeName', () => {
    const { sheet, ss } = setup();
    const p = sheet.getRange('A1').protect();
    expect(String(p.getProtectionType())).toBe('RANGE');
    p.setRange(sheet.getRange('B2:E6'));
    expect(p.getRange().getA1Notation()).toBe('B2:E6');
    ss.setNamedRange('Headers', sheet.getRange('A1:Q1'));
    p.setRangeName('Headers');
    expect(p.getRangeName()).toBe('Headers');
    expect(p.getRange().getA1Notation()).toBe('A1:Q1');
  });

  test('PR-05 a sheet protection range covers the grid and prints ""', () => {
    const { sheet } = setup();
    const r = sheet.protect().getRange();
    expect([r.getNumRows(), r.getNumColumns(), r.getA1Notation()]).toEqual([1000, 26, '']);
  });

  // PR-06: messages UNVERIFIED.
  test('PR-06 unprotected ranges only on sheet protections; no switching kinds', () => {
    const { sheet, ss } = setup();
    const range = sheet.getRange('A1').protect();
    expect(() => range.setUnprotectedRanges([sheet.getRange('B1')])).toThrow();
    const other = ss.insertSheet('Other');
    const sp = sheet.protect();
    expect(() => sp.setUnprotectedRanges([other.getRange('A1')])).toThrow();
    expect(errorOf(() => sp.setRange(sheet.getRange('A1'))).message).toBe('Cannot change sheet protection to range protection (or vice versa).');
    sp.setUnprotectedRanges([sheet.getRange('A1')]).setUnprotectedRanges([]);
    expect(sp.getUnprotectedRanges()).toHaveLength(0);
  });

  test('PR-07 the owner and the current user cannot be removed', () => {
    const { sheet, context } = setup();
    const p = sheet.getRange('A1').protect();
    p.addEditors(['a@example.com', 'b@example.com', context.userEmail]);
    p.removeEditors(['a@example.com', context.userEmail]);
    expect(p.getEditors().map((u) => u.getEmail()).sort()).toEqual(['b@example.com', 'owner@example.com']);
  });

  // PR-08: the script error message is UNVERIFIED.
  test('PR-08 protected cells block other users (scripts and people); warning-only allows', () => {
    const { sheet, context, service } = setup();
    sheet.getRange('A1').setValue('header');
    const p = sheet.getRange('A1:C1').protect().setDescription('Headers');
    p.removeEditors(['someone@example.com']); // editors list now explicit: only the owner
    context.userEmail = 'someone@example.com';
    expect(p.canEdit()).toBe(false);
    expect(errorOf(() => sheet.getRange('A1').setValue('x')).message).toBe(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
    expect(service.userEdit('Sheet1', 'B1', [['x']])).toHaveProperty('rejected');
    sheet.getRange('A2').setValue('fine');
    context.userEmail = 'owner@example.com';
    p.setWarningOnly(true);
    context.userEmail = 'someone@example.com';
    expect(service.userEdit('Sheet1', 'B1', [['x']])).toHaveProperty('event');
    expect(sheet.getRange('B1').getValue()).toBe('x');
  });

  test('range protections follow inserted rows', () => {
    const { sheet } = setup();
    const p = sheet.getRange('A5:B6').protect();
    sheet.insertRowsBefore(1, 3);
    expect(p.getRange().getA1Notation()).toBe('A8:B9');
  });
});
