/** save()/load() keep every spreadsheet the emulator holds, not only the active one (a stakeholder copy survives a restart of the preview). */

import { createEmulator } from '../../index';
import { emulatorWith, writeBundle } from './helpers';

const BUNDLE = `
function makeCopy(name) {
  var copy = SpreadsheetApp.create(name);
  copy.getSheets()[0].getRange('A1:B2').setValues([['Date', 'Caption'], ['Monday', 'Hello']]);
  PropertiesService.getDocumentProperties().setProperty('copy', copy.getId());
  return copy.getId();
}
function readCopy() {
  var copy = SpreadsheetApp.openById(PropertiesService.getDocumentProperties().getProperty('copy'));
  return [copy.getName(), copy.getSheets()[0].getRange('A1:B2').getValues()];
}
`;

test('a spreadsheet the script created round-trips with its id, name and cells; new ones get other ids', () => {
  const first = emulatorWith(BUNDLE);
  const made = first.run('makeCopy', 'Stakeholder view');
  expect(made.ok).toBe(true);
  const second = createEmulator();
  second.loadBundle(writeBundle(BUNDLE));
  second.load(first.save());
  expect(second.run('readCopy')).toEqual({
    ok: true,
    value: [
      'Stakeholder view',
      [
        ['Date', 'Caption'],
        ['Monday', 'Hello'],
      ],
    ],
  });
  expect(second.spreadsheet.listSpreadsheets().map((entry) => entry.name)).toContain('Stakeholder view');
  expect(second.spreadsheet.createdByScript?.((made as { value: string }).value)).toBe(true);
  const another = second.run('makeCopy', 'Another');
  expect(another.ok && another.value).not.toBe((made as { value: string }).value);
  expect(second.spreadsheet.describeSpreadsheet?.((made as { value: string }).value).sheets[0].lastRow).toBe(2);
});
