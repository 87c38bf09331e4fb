/** PR-09: who may change a protection (the spreadsheet owner, its maker, its editors), and Google's error for anyone else. */

import { PROTECTION_CHANGE_MESSAGE } from '../../spreadsheet/protection';
import { errorOf, setup } from './helpers';

describe('PR-09 changing a protection', () => {
  test('a collaborator may not change or remove a warning-only protection the owner made, but may still edit its cells', () => {
    const { sheet, context } = setup();
    const p = sheet.protect().setDescription('Owner’s').setWarningOnly(true);
    context.userEmail = 'colleague@example.com';
    const seen = sheet.protect(); // returns the existing one (PR-01), changes nothing
    expect(seen.getDescription()).toBe('Owner’s');
    for (const change of [
      () => seen.setDescription('mine'),
      () => seen.setWarningOnly(false),
      () => seen.setUnprotectedRanges([sheet.getRange('B1')]),
      () => seen.addEditor('colleague@example.com'),
      () => seen.removeEditors(['owner@example.com']),
      () => seen.remove(),
    ]) {
      expect(errorOf(change).message).toBe(PROTECTION_CHANGE_MESSAGE);
    }
    sheet.getRange('A1').setValue('still writable'); // warning-only never blocks a script (PR-08)
    expect(p.getDescription()).toBe('Owner’s');
  });

  test('the maker of a protection and the people on its editor list may change it; the owner always may', () => {
    const { sheet, context } = setup();
    context.userEmail = 'maker@example.com';
    const p = sheet.getRange('A1:B2').protect().setDescription('maker’s').setWarningOnly(true);
    context.userEmail = 'other@example.com';
    expect(errorOf(() => p.setDescription('x')).message).toBe(PROTECTION_CHANGE_MESSAGE);
    context.userEmail = 'maker@example.com';
    p.setWarningOnly(false).addEditor('other@example.com');
    context.userEmail = 'other@example.com';
    p.setDescription('shared');
    context.userEmail = 'owner@example.com';
    p.setDescription('owner’s now');
    expect(p.getDescription()).toBe('owner’s now');
  });
});
