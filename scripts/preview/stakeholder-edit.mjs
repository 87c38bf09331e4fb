/**
 * The preview's hook for stakeholder decisions (issue #21): the stakeholders listed in Settings are people
 * one may act as, and a cell typed into another spreadsheet (the stakeholder copy) is a person's edit there,
 * refused by Drive (not an editor) or by a protected range (another stakeholder's column), as Sheets would.
 */

/** The valid emails of the Settings sheet's "Stakeholder emails" value ([] when none). */
export function stakeholderEmails(emulator) {
  return emulator.context.quietly(() => {
    const sheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Settings');
    if (!sheet) return [];
    const row = sheet
      .getDataRange()
      .getValues()
      .find((cells) => String(cells[4]).trim().toLowerCase() === 'stakeholder emails');
    return String(row?.[5] ?? '')
      .split(/[\s,;]+/)
      .filter((value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value));
  });
}

/** Types `values` at `a1` of sheet `sheetName` in spreadsheet `id` as `user`: `{ rejected }` when Sheets would refuse. */
export function editOtherSpreadsheet(emulator, id, sheetName, a1, values, user) {
  return emulator.editFileAsUser(id, sheetName, a1, values, { user });
}
