/** Live checks on edit and Check all posts, on the built bundle in the emulator. */
import { calendarRecords, call, clickMenu, inspect, loadAddon, setUpCalendar } from '../support/calendar-harness';
import { CALENDAR_COLUMNS } from '../../src/domain/post';

const NOW = () => new Date('2026-11-26T10:00:00Z');
const letters = (n: number): string => (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(65 + (n % 26));
const col = (name: (typeof CALENDAR_COLUMNS)[number]) => letters(CALENDAR_COLUMNS.indexOf(name));

function ready() {
  const emulator = loadAddon({ now: NOW });
  setUpCalendar(emulator);
  return emulator;
}

function row(post: Partial<Record<(typeof CALENDAR_COLUMNS)[number], string>>): string[] {
  return CALENDAR_COLUMNS.map((name) => post[name] ?? '');
}

test('typing a caption into an X row updates its Checks cell, note and Updated stamp', () => {
  const emulator = ready();
  const saved = call<{ row: number }>(emulator, 'savePost', { date: '2026-12-01', time: '09:00', platform: 'X', format: 'Text', caption: 'Short' });
  expect(calendarRecords(emulator)[0].Checks).toMatch(/^✔/);
  const outcome = emulator.editAsUser('Calendar', `${col('Caption')}${saved.row}`, [['x'.repeat(300)]]);
  expect(outcome.rejected).toBeUndefined();
  const [record] = calendarRecords(emulator);
  expect(record.Checks).toBe('✖ X: 300/280 weighted characters');
  expect(record.Updated).toMatch(/^2026-11-26 11:00/);
  const note = inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.getRange(`${col('Checks')}${saved.row}`).getNote());
  expect(note).toMatch(/X allows 280 weighted characters/);
});

test('a row typed by hand gets a stable ID on its first edit, kept on later edits', () => {
  const emulator = ready();
  emulator.editAsUser('Calendar', `${col('Platform')}2`, [['Instagram']]);
  const id = calendarRecords(emulator)[0].ID;
  expect(id).toMatch(/^P-[0-9A-Z]{8}$/);
  emulator.editAsUser('Calendar', `${col('Caption')}2`, [['Hello #a #b #c #d #e #f']]);
  const [record] = calendarRecords(emulator);
  expect(record.ID).toBe(id);
  const note = inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.getRange(`${col('Checks')}2`).getNote());
  expect(note).toMatch(/Instagram allows 5 hashtags per post; this one has 6/);
});

test('edits outside the Calendar sheet and to its header are ignored without reading anything', () => {
  const emulator = ready();
  emulator.stats.reset();
  emulator.editAsUser('Settings', 'H2', [['note to self']]);
  expect(emulator.stats.roundTrips).toBe(0);
  emulator.editAsUser('Calendar', `${col('Notes')}1`, [['Notes']]);
  expect(emulator.stats.roundTrips).toBe(0);
});

/** A paste of `count` posts (every 7th one too long for Bluesky) into the Calendar of a new spreadsheet. */
function pasteBlock(count: number) {
  const emulator = ready();
  const block = Array.from({ length: count }, (_, i) =>
    row({ Date: '2026-12-10', Time: '10:00', Platform: i % 2 ? 'X' : 'Bluesky', Format: 'Text', Caption: i % 7 ? `Post ${i}` : 'y'.repeat(301), Status: 'Draft' }),
  );
  emulator.stats.reset();
  const outcome = emulator.editAsUser('Calendar', `A2:${col(CALENDAR_COLUMNS[CALENDAR_COLUMNS.length - 1])}${count + 1}`, block);
  if (outcome.rejected !== undefined) throw new Error(`The paste was rejected: ${outcome.rejected}`);
  expect(outcome.simple.ok).toBe(true);
  return emulator;
}

test('a pasted block of up to 2,000 rows is checked whole with a constant number of Spreadsheet calls: 50 rows and 2,000 alike', () => {
  const roundTrips = (count: number) => {
    const emulator = pasteBlock(count);
    const records = calendarRecords(emulator);
    expect(records).toHaveLength(count);
    expect(records.every((record) => record.ID.startsWith('P-') && /^[✔✖⚠]/.test(record.Checks))).toBe(true);
    expect(records[0].Checks).toMatch(/^✖ Bluesky: 301\/300/);
    return emulator.stats.roundTrips;
  };
  const small = roundTrips(50);
  const large = roundTrips(2000);
  expect(large).toBe(small);
  expect(large).toBeLessThanOrEqual(10);
});

test('a paste of 5,000 rows checks the first 2,000, marks the other 3,000 "Not checked yet" with a toast, and Check all posts checks them', () => {
  const emulator = pasteBlock(5000);
  expect(emulator.stats.roundTrips).toBeLessThanOrEqual(11);
  let records = calendarRecords(emulator);
  expect(records).toHaveLength(5000);
  expect(records.slice(0, 2000).every((record) => record.ID.startsWith('P-') && /^[✔✖⚠]/.test(record.Checks))).toBe(true);
  expect(records.slice(2000).every((record) => record.ID === '' && record.Checks.startsWith('… Not checked yet'))).toBe(true);
  const note = inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.getRange(`${col('Checks')}4000`).getNote());
  expect(note).toMatch(/edit of 5000 rows.*first 2000.*Check all posts/);
  const toast = emulator.ui.toasts[emulator.ui.toasts.length - 1];
  expect(toast.message).toMatch(/^Checked the first 2000 of the 5000 rows you changed\. The other 3000 say “Not checked yet”/);
  clickMenu(emulator, 'Check all posts');
  records = calendarRecords(emulator);
  expect(records.every((record) => record.ID.startsWith('P-') && /^[✔✖⚠]/.test(record.Checks))).toBe(true);
  expect(new Set(records.map((record) => record.ID)).size).toBe(5000);
});

test('clearing 3,000 whole rows at the bottom of the calendar (past the live check\'s 2,000) leaves their Checks empty, with no toast', () => {
  const emulator = pasteBlock(3000);
  const toasts = emulator.ui.toasts.length;
  // Whole rows selected and cleared (Delete), as a person empties the bottom of the calendar.
  const blank = Array.from({ length: 3000 }, () => row({}));
  emulator.editAsUser('Calendar', `A2:${col(CALENDAR_COLUMNS[CALENDAR_COLUMNS.length - 1])}3001`, blank);
  const checks = inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.getRange(`${col('Checks')}2:${col('Checks')}3001`).getValues().map((r) => r[0]));
  expect(checks.every((value) => value === '')).toBe(true);
  expect(emulator.ui.toasts.length).toBe(toasts);
});

test('Check all posts writes every Checks cell and toasts how many posts have errors and warnings', () => {
  const emulator = ready();
  inspect(emulator, (ss) => {
    ss.getSheetByName('Calendar')!.getRange(2, 1, 4, CALENDAR_COLUMNS.length).setValues([
      row({ Date: '2026-12-01', Time: '09:00', Platform: 'X', Format: 'Text', Caption: 'z'.repeat(290), Status: 'Draft' }),
      row({ Date: '2026-12-01', Time: '10:00', Platform: 'LinkedIn', Format: 'Story', Caption: 'A story', Status: 'Draft' }),
      row({ Date: '2026-12-02', Time: '10:00', Platform: 'Bluesky', Format: 'Text', Caption: 'Fine', Status: 'Draft' }),
      row({ Date: '2026-11-20', Time: '10:00', Platform: 'Bluesky', Format: 'Text', Caption: 'Late one', Status: 'Draft' }),
    ]);
  });
  clickMenu(emulator, 'Check all posts');
  const records = calendarRecords(emulator);
  expect(records[0].Checks).toMatch(/^✖ X: 290\/280/);
  expect(records[1].Checks).toMatch(/^✖/);
  expect(records[1].Checks).toMatch(/Story/);
  expect(records[2].Checks).toMatch(/^✔/);
  expect(records[3].Checks).toMatch(/^⚠/);
  expect(records.every((record) => /^P-/.test(record.ID))).toBe(true);
  const toast = emulator.ui.toasts[emulator.ui.toasts.length - 1];
  expect(toast.message).toMatch(/^Checked 4 posts: 2 with errors, 1 with warnings.( Cadence |$)/);
});

test('Check all posts finds the same caption twice on one platform and posts too close together', () => {
  const emulator = ready();
  inspect(emulator, (ss) => {
    ss.getSheetByName('Calendar')!.getRange(2, 1, 4, CALENDAR_COLUMNS.length).setValues([
      row({ ID: 'P-AAAAAAAA', Date: '2026-12-03', Time: '09:00', Platform: 'X', Format: 'Text', Caption: 'Big news today', Status: 'Draft' }),
      row({ ID: 'P-BBBBBBBB', Date: '2026-12-05', Time: '09:00', Platform: 'X', Format: 'Text', Caption: 'Big  news today', Status: 'Draft' }),
      row({ ID: 'P-CCCCCCCC', Date: '2026-12-03', Time: '09:00', Platform: 'Threads', Format: 'Text', Caption: 'Big news today', Status: 'Draft' }),
      row({ ID: 'P-DDDDDDDD', Date: '2026-12-03', Time: '09:20', Platform: 'Threads', Format: 'Text', Caption: 'Another one', Status: 'Draft' }),
    ]);
  });
  clickMenu(emulator, 'Check all posts');
  const notes = inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.getRange(`${col('Checks')}2:${col('Checks')}5`).getNotes().map((r) => r[0]));
  expect(notes[0]).toMatch(/same caption.*P-BBBBBBBB/i);
  expect(notes[1]).toMatch(/same caption.*P-AAAAAAAA/i);
  expect(notes[2]).not.toMatch(/same caption/i);
  expect(notes[2]).toMatch(/20 minutes from P-DDDDDDDD/);
  expect(notes[3]).toMatch(/20 minutes from P-CCCCCCCC/);
});

test('Check all posts uses a constant number of Spreadsheet calls at 50 and 2,000 posts', () => {
  const roundTrips = (count: number) => {
    const emulator = ready();
    inspect(emulator, (ss) => {
      const sheet = ss.getSheetByName('Calendar')!;
      if (count + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), count + 1 - sheet.getMaxRows());
      sheet.getRange(2, 1, count, CALENDAR_COLUMNS.length).setValues(
        Array.from({ length: count }, (_, i) => row({ Date: '2026-12-10', Time: '10:00', Platform: 'X', Format: 'Text', Caption: `Post number ${i}`, Status: 'Draft' })),
      );
    });
    emulator.stats.reset();
    clickMenu(emulator, 'Check all posts');
    expect(calendarRecords(emulator).filter((record) => record.Checks !== '')).toHaveLength(count);
    return emulator.stats.roundTrips;
  };
  expect(roundTrips(2000)).toBe(roundTrips(50));
});
