/** Data safety of the Calendar sheet (issue #15, items 2–5 and 13–16), on the built bundle in the emulator. */
import type { Emulator } from '../../emulator';
import type { SaveResult } from '../../src/shared/rpc-types';
import { addon, calendar, columnOf, runMenu, setUp } from '../reliability/support';

/** Column letters of a header name. */
function letter(emulator: Emulator, name: string): string {
  let n = columnOf(emulator, name);
  let out = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function ready(): Emulator {
  const emulator = addon();
  setUp(emulator);
  return emulator;
}

function save(emulator: Emulator, input: Record<string, unknown>): SaveResult {
  const result = emulator.run('savePost', input);
  if (!result.ok) throw new Error(`savePost threw: ${result.error}`);
  return result.value as SaveResult;
}

/** The cell of `column` on `row`, as getValues() gives it. */
function cell(emulator: Emulator, row: number, column: string): unknown {
  return calendar(emulator, (sheet) => sheet.getRange(row, columnOf(emulator, column)).getValue());
}

function display(emulator: Emulator, row: number, column: string): string {
  return calendar(emulator, (sheet) => sheet.getRange(row, columnOf(emulator, column)).getDisplayValue());
}

describe('item 16: a Unix time pasted into Date', () => {
  const UNIX_TIME = 1764547200;
  let emulator: Emulator;
  beforeAll(() => {
    emulator = ready();
    for (const day of ['01', '02', '03']) {
      expect(save(emulator, { date: `2026-12-${day}`, time: '10:00', platform: 'Facebook', format: 'Text', caption: `Post of December ${day}`, status: 'Scheduled' }).ok).toBe(true);
    }
  });

  test('onEdit of the pasted number writes a check message on that row only', () => {
    const outcome = emulator.editAsUser('Calendar', `${letter(emulator, 'Date')}3`, [[UNIX_TIME]]);
    expect(outcome.rejected === undefined && outcome.simple.ok).toBe(true);
    expect(display(emulator, 3, 'Checks')).toMatch(/^✖/);
    expect(calendar(emulator, (sheet) => sheet.getRange(3, columnOf(emulator, 'Checks')).getNote())).toMatch(/is not a valid date/);
    expect(display(emulator, 2, 'Checks')).not.toMatch(/date/);
  });

  test('Check all posts, month view, dashboard, export, Google Calendar sync and the stakeholder view all finish for the other rows', () => {
    calendar(emulator, (sheet) => sheet.getRange(3, columnOf(emulator, 'Date')).setValue(UNIX_TIME));
    // The same number in a cell formatted as a plain number reaches the add-on as a number.
    calendar(emulator, (sheet) => sheet.getRange(4, columnOf(emulator, 'Date')).setNumberFormat('0').setValue(UNIX_TIME));
    for (const fn of ['checkAllPosts', 'showMonthView', 'refreshDashboard', 'publishStakeholderView']) {
      expect([fn, runMenu(emulator, fn)]).toEqual([fn, { ok: true }]);
    }
    expect(calendar(emulator, (sheet) => sheet.getRange(3, columnOf(emulator, 'Checks')).getNote())).toMatch(/is not a valid date/);
    for (const [fn, arg] of [
      ['previewExport', { target: 'generic-csv' }],
      ['exportPosts', { target: 'generic-csv' }],
      ['getReviewQueue', undefined],
      ['getFormContext', undefined],
    ] as const) {
      const result = arg === undefined ? emulator.run(fn) : emulator.run(fn, arg);
      expect([fn, result.ok]).toEqual([fn, true]);
    }
    const choices = emulator.run('getCalendarChoices');
    expect(choices.ok).toBe(true);
    if (!choices.ok) return;
    const id = (choices.value as { calendars: Array<{ id: string; isDefault: boolean }> }).calendars.find((c) => c.isDefault)!.id;
    const synced = emulator.run('syncToGoogleCalendar', id);
    expect(synced).toMatchObject({ ok: true, value: { ok: true, created: 1 } });
  });
});

describe('item 13: text Sheets would parse stays text', () => {
  const PARSEABLE = ['1e5', '2E3', '9:30 AM', '10:00 pm', '2026-12-01T10:00', '$100', '50%', '(12)', '.5', '0012', 'Dec 12', 'Jan-2026', 'TRUE', ' 42 '];

  test(`${PARSEABLE.length} parseable strings saved as caption, title, notes, owner and campaign come back as the same strings`, () => {
    const emulator = ready();
    for (const text of PARSEABLE) {
      const saved = save(emulator, { date: '2026-12-01', platform: 'Facebook', format: 'Text', caption: text, title: text, notes: text, owner: text, campaign: text });
      expect(saved.ok).toBe(true);
    }
    const fields = ['Caption', 'Title', 'Notes', 'Owner', 'Campaign'];
    const stored = calendar(emulator, (sheet) => PARSEABLE.map((_, i) => fields.map((field) => sheet.getRange(i + 2, columnOf(emulator, field)).getValue())));
    expect(stored).toEqual(PARSEABLE.map((text) => fields.map(() => text)));
  });
});

describe('item 2: a copied row keeps no copied ID', () => {
  /** The whole row `row` as values (for copy-paste as a person does it). */
  function rowValues(emulator: Emulator, row: number): unknown[] {
    return calendar(emulator, (sheet) => sheet.getRange(row, 1, 1, sheet.getLastColumn()).getValues()[0]);
  }

  /** A row as a person pastes it: a date cell as its day, a time-of-day cell (1899-12-30 …) as HH:mm. */
  function pasted(values: unknown[]): unknown[] {
    return values.map((value) => {
      if (Object.prototype.toString.call(value) !== '[object Date]') return value;
      const date = value as Date;
      return date.getFullYear() < 1900 ? `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}` : '2026-12-01';
    });
  }

  test('pasting a copy of a post row (onEdit) gives the pasted row a new ID and says so; saving the copy leaves the original alone', () => {
    const emulator = ready();
    const original = save(emulator, { date: '2026-12-01', time: '10:00', platform: 'Facebook', format: 'Text', caption: 'The original post' });
    save(emulator, { date: '2026-12-02', time: '10:00', platform: 'X', format: 'Text', caption: 'Another post' });
    if (!original.ok) throw new Error('save failed');
    const copy = pasted(rowValues(emulator, 2));
    const outcome = emulator.editAsUser('Calendar', 'A4', [copy]);
    expect(outcome.rejected === undefined && outcome.simple.ok).toBe(true);
    const copyId = String(cell(emulator, 4, 'ID'));
    expect(String(cell(emulator, 2, 'ID'))).toBe(original.id);
    expect(copyId).toMatch(/^P-[0-9A-Z]{8}$/);
    expect(copyId).not.toBe(original.id);
    expect(calendar(emulator, (sheet) => sheet.getRange(4, columnOf(emulator, 'Checks')).getNote())).toMatch(new RegExp(`same post ID as row 2 \\(${original.id}\\).*own ID`));
    const edited = save(emulator, { id: copyId, date: '2026-12-05', time: '10:00', platform: 'Facebook', format: 'Text', caption: 'The copy, edited' });
    expect(edited).toMatchObject({ ok: true, row: 4 });
    expect(cell(emulator, 2, 'Caption')).toBe('The original post');
    expect(cell(emulator, 4, 'Caption')).toBe('The copy, edited');
  });

  test('a pasted block holding one ID twice: the lower copy gets a new ID too', () => {
    const emulator = ready();
    const original = save(emulator, { date: '2026-12-01', time: '10:00', platform: 'Facebook', format: 'Text', caption: 'The original post' });
    if (!original.ok) throw new Error('save failed');
    const copy = pasted(rowValues(emulator, 2));
    emulator.editAsUser('Calendar', 'A3', [copy, copy]);
    const ids = [2, 3, 4].map((row) => String(cell(emulator, row, 'ID')));
    expect(ids[0]).toBe(original.id);
    expect(new Set(ids).size).toBe(3);
  });

  test('a duplicate made without onEdit: savePost by that ID refuses with a clear message and writes nothing; Check all posts renames the newer row', () => {
    const emulator = ready();
    const original = save(emulator, { date: '2026-12-01', time: '10:00', platform: 'Facebook', format: 'Text', caption: 'The original post' });
    if (!original.ok) throw new Error('save failed');
    // A script (or an old version of the add-on) copied the row; its Updated stamp is newer.
    calendar(emulator, (sheet) => {
      const width = sheet.getLastColumn();
      sheet.getRange(2, 1, 1, width).copyTo(sheet.getRange(3, 1, 1, width));
      sheet.getRange(3, columnOf(emulator, 'Updated')).setValue("'2026-11-27 09:00 bob@example.com");
      sheet.getRange(3, columnOf(emulator, 'Caption')).setValue('The copy');
    });
    const before = calendar(emulator, (sheet) => JSON.stringify(sheet.getDataRange().getValues()));
    emulator.stats.reset();
    const refused = save(emulator, { id: original.id, date: '2026-12-09', platform: 'Facebook', format: 'Text', caption: 'Which row?' });
    expect(refused).toEqual({ ok: false, errors: [{ field: 'id', message: expect.stringMatching(new RegExp(`^Post ${original.id} is on more than one row \\(2, 3\\).*Nothing was saved\\. Run Content Calendar › Check all posts`)) }] });
    expect(emulator.stats.log.filter((call) => call.kind === 'write')).toEqual([]);
    expect(calendar(emulator, (sheet) => JSON.stringify(sheet.getDataRange().getValues()))).toBe(before);
    expect(runMenu(emulator, 'checkAllPosts')).toEqual({ ok: true });
    expect(String(cell(emulator, 2, 'ID'))).toBe(original.id);
    expect(String(cell(emulator, 3, 'ID'))).toMatch(/^P-/);
    expect(String(cell(emulator, 3, 'ID'))).not.toBe(original.id);
    expect(save(emulator, { id: original.id, date: '2026-12-09', platform: 'Facebook', format: 'Text', caption: 'The original, edited' })).toMatchObject({ ok: true, row: 2 });
    expect(cell(emulator, 3, 'Caption')).toBe('The copy');
  });
});

describe('item 5: the team’s formulas in add-on-written columns stay formulas', () => {
  test('Check all posts writing Status and ID for other rows keeps formulas in the Status and ID cells of the rest', () => {
    const emulator = ready();
    const approved = save(emulator, { date: '2026-12-01', time: '10:00', platform: 'Facebook', format: 'Text', caption: 'Approved post', status: 'Approved' });
    for (const caption of ['Formula status', 'Formula ID']) save(emulator, { date: '2026-12-02', time: '12:00', platform: 'X', format: 'Text', caption });
    if (!approved.ok) throw new Error('save failed');
    calendar(emulator, (sheet) => {
      sheet.getRange(3, columnOf(emulator, 'Status')).setFormula('=IF(LEN(H3)>0,"Draft","Idea")');
      sheet.getRange(4, columnOf(emulator, 'ID')).setFormula('="P-TEAM"&ROW()');
      // Changed after approval (without onEdit): Check all posts reverts row 2 to In review.
      sheet.getRange(2, columnOf(emulator, 'Caption')).setValue('Approved post, changed afterwards');
      // A row typed without an ID: Check all posts writes the ID column.
      sheet.getRange(5, columnOf(emulator, 'Date'), 1, 1).setValue('2026-12-03');
      sheet.getRange(5, columnOf(emulator, 'Platform')).setValue('X');
      sheet.getRange(5, columnOf(emulator, 'Caption')).setValue('Typed without an ID');
    });
    expect(runMenu(emulator, 'checkAllPosts')).toEqual({ ok: true });
    expect(display(emulator, 2, 'Status')).toBe('In review');
    expect(String(cell(emulator, 5, 'ID'))).toMatch(/^P-[0-9A-Z]{8}$/);
    const formulas = calendar(emulator, (sheet) => [sheet.getRange(3, columnOf(emulator, 'Status')).getFormula(), sheet.getRange(4, columnOf(emulator, 'ID')).getFormula()]);
    expect(formulas).toEqual(['=IF(LEN(H3)>0,"Draft","Idea")', '="P-TEAM"&ROW()']);
    expect(display(emulator, 4, 'ID')).toBe('P-TEAM4');
  });
});

describe('item 15: a renamed or deleted ID column', () => {
  function withPosts(): { emulator: Emulator; ids: string[] } {
    const emulator = ready();
    const ids = ['one', 'two', 'three'].map((word) => {
      const saved = save(emulator, { date: '2026-12-01', time: '10:00', platform: 'Facebook', format: 'Text', caption: `Post ${word}` });
      if (!saved.ok) throw new Error('save failed');
      return saved.id;
    });
    return { emulator, ids };
  }

  test('renamed: savePost says what happened and what to do, writes nothing; setup adds no empty ID column and says which column holds the IDs', () => {
    const { emulator, ids } = withPosts();
    calendar(emulator, (sheet) => sheet.getRange(1, columnOf(emulator, 'ID')).setValue('Post code'));
    const before = calendar(emulator, (sheet) => JSON.stringify(sheet.getDataRange().getValues()));
    emulator.stats.reset();
    for (const input of [{ id: ids[1], date: '2026-12-02', platform: 'Facebook', caption: 'Edited' }, { date: '2026-12-02', platform: 'Facebook', caption: 'New' }]) {
      expect(save(emulator, input)).toEqual({ ok: false, errors: [{ field: 'id', message: expect.stringMatching(/^The Calendar sheet has no ID column \(it was deleted or renamed\).*Nothing was saved\. If the column was renamed, name it ID again/) }] });
    }
    expect(emulator.stats.log.filter((call) => call.kind === 'write')).toEqual([]);
    expect(calendar(emulator, (sheet) => JSON.stringify(sheet.getDataRange().getValues()))).toBe(before);
    const width = calendar(emulator, (sheet) => sheet.getLastColumn());
    setUp(emulator);
    expect(calendar(emulator, (sheet) => sheet.getLastColumn())).toBe(width);
    expect(calendar(emulator, (sheet) => sheet.getRange(2, 1, 3, 1).getValues().flat())).toEqual(ids);
    expect(emulator.ui.alerts.at(-1)?.prompt).toBe('Column A (“Post code”) holds the post IDs, so no new ID column was added. Rename its header to ID, then run Set up calendar again.');
    // Named ID again: everything works with the old IDs.
    calendar(emulator, (sheet) => sheet.getRange(1, 1).setValue('ID'));
    expect(save(emulator, { id: ids[1], date: '2026-12-02', platform: 'Facebook', caption: 'Edited' })).toMatchObject({ ok: true, row: 3 });
  });

  test('deleted: savePost says so; setup adds a new ID column and every post gets an ID', () => {
    const { emulator, ids } = withPosts();
    calendar(emulator, (sheet) => sheet.deleteColumn(columnOf(emulator, 'ID')));
    expect(save(emulator, { id: ids[0], date: '2026-12-02', platform: 'Facebook', caption: 'Edited' })).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/no ID column/) }] });
    setUp(emulator);
    const fresh = calendar(emulator, (sheet) => sheet.getRange(2, columnOf(emulator, 'ID'), 3, 1).getValues().flat().map(String));
    expect(fresh.every((id) => /^P-[0-9A-Z]{8}$/.test(id))).toBe(true);
  });
});

describe('item 14: a link in a team column inside the written span', () => {
  test('editing the post keeps the link; the save writes the two runs around that cell (2 writes instead of 1)', () => {
    const emulator = ready();
    const saved = save(emulator, { date: '2026-12-01', time: '10:00', platform: 'Facebook', format: 'Text', caption: 'Before' });
    if (!saved.ok) throw new Error('save failed');
    calendar(emulator, (sheet) => {
      const caption = columnOf(emulator, 'Caption');
      sheet.insertColumnAfter(caption);
      sheet.getRange(1, caption + 1).setValue('Brief');
      const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      sheet.getRange(2, caption + 1).setRichTextValue(app.newRichTextValue().setText('The brief').setLinkUrl('https://docs.example/brief').build());
    });
    emulator.stats.reset();
    expect(save(emulator, { id: saved.id, date: '2026-12-02', time: '11:00', platform: 'Facebook', format: 'Text', caption: 'After' })).toMatchObject({ ok: true, row: 2 });
    const writes = emulator.stats.log.filter((call) => call.kind === 'write' && call.method === 'setValues');
    expect(writes).toHaveLength(2);
    const brief = calendar(emulator, (sheet) => sheet.getRange(2, columnOf(emulator, 'Brief')).getRichTextValue()!);
    expect([brief.getText(), brief.getLinkUrl()]).toEqual(['The brief', 'https://docs.example/brief']);
    expect(cell(emulator, 2, 'Caption')).toBe('After');
    expect(display(emulator, 2, 'Time')).toBe('11:00');
    // Without a link in the team's cells the save stays one write.
    calendar(emulator, (sheet) => sheet.getRange(2, columnOf(emulator, 'Brief')).setValue('Plain brief'));
    emulator.stats.reset();
    expect(save(emulator, { id: saved.id, date: '2026-12-02', time: '12:00', platform: 'Facebook', format: 'Text', caption: 'Again' }).ok).toBe(true);
    expect(emulator.stats.log.filter((call) => call.kind === 'write' && call.method === 'setValues')).toHaveLength(1);
  });
});

describe('item 4: Check all posts writes under the document lock', () => {
  test('a lock held elsewhere for longer than the wait: Check all says so in a sentence and writes nothing', () => {
    const emulator = ready();
    save(emulator, { date: '2026-12-01', time: '10:00', platform: 'Facebook', format: 'Text', caption: 'A post' });
    calendar(emulator, (sheet) => sheet.getRange(2, columnOf(emulator, 'Checks')).setValue(''));
    const before = calendar(emulator, (sheet) => JSON.stringify(sheet.getDataRange().getValues()));
    const release = emulator.holdLock('document', Infinity);
    emulator.stats.reset();
    expect(runMenu(emulator, 'checkAllPosts')).toEqual({ ok: true });
    release();
    expect(emulator.stats.log.filter((call) => call.kind === 'write')).toEqual([]);
    expect(calendar(emulator, (sheet) => JSON.stringify(sheet.getDataRange().getValues()))).toBe(before);
    expect(emulator.ui.alerts.at(-1)?.prompt).toMatch(/^Someone else is saving to this calendar right now, so the posts were not checked\. .*nothing was changed\.$/);
  });
});
