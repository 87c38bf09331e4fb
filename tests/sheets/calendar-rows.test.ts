/** The Calendar's gateway on the emulator, without the bundle: rows read into posts in batched calls, checks written back keeping formulas and the team's columns. */
import type { Emulator } from '../../emulator';
import { CALENDAR_COLUMNS } from '../../src/domain/post';
import { defaultRules } from '../../src/domain/rules';
import { checkBlock, postsOfBlock } from '../../src/sheets/calendar-checks';
import { columnLetter } from '../../src/sheets/calendar-format';
import { openCalendar, readRows } from '../../src/sheets/calendar-sheet';
import { gatewayEmulator, inExecution, inspect, sheetWith, writes } from './gateway';

/** The Calendar's header with a team column ("Team") between Caption and Hashtags. */
const HEADER = [...CALENDAR_COLUMNS.slice(0, 8), 'Team', ...CALENDAR_COLUMNS.slice(8)];
const col = (name: string) => HEADER.indexOf(name) + 1;

function rowOf(cells: Record<string, unknown>): unknown[] {
  return HEADER.map((name) => cells[name] ?? '');
}

let emulator: Emulator;
beforeEach(() => {
  emulator = gatewayEmulator();
  sheetWith(emulator, 'Calendar', [
    HEADER,
    rowOf({ Date: '2026-12-01', Time: '09:00', Platform: 'X', Caption: 'No ID yet', Team: 'team text', Status: 'Draft' }),
    rowOf({ Date: '2026-12-02', Time: '10:00', Platform: 'LinkedIn', Caption: 'Has an ID', Status: 'Draft' }),
    rowOf({}),
  ]);
  inspect(emulator, 'Calendar', (sheet) => {
    sheet.getRange(3, col('ID')).setFormula('="P-"&"FORMULA1"');
    sheet.getRange(3, col('Team')).setFormula('=LEN(H3)');
  });
});

/** Opens the Calendar, reads rows 2..4 and checks them; returns the posts read and the calls made. */
function checkRows() {
  return inExecution(emulator, () => {
    const calendar = openCalendar(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Calendar')!);
    const rows = readRows(calendar, 2, 3);
    const posts = postsOfBlock(calendar, rows, 'Europe/Warsaw');
    const summary = checkBlock(calendar, 2, rows, {
      rules: defaultRules(),
      timeZone: 'Europe/Warsaw',
      locale: 'en',
      now: new Date('2026-11-20T10:00:00Z'),
      updated: "'2026-11-20 11:00",
      randomHex: () => Utilities.getUuid(),
      takenIds: new Set(),
      posts,
    });
    return { posts, summary };
  });
}

test('the header is read in one call and the rows in one more; each row with content is a post, by header name', () => {
  const { value, calls } = checkRows();
  const reads = calls.filter((call) => call.kind === 'read').map((call) => call.a1);
  expect(reads.slice(0, 2)).toEqual(['Calendar!1:1', `Calendar!A2:${columnLetter(HEADER.length)}4`]);
  expect(value.posts.map((post) => post && [post.id, post.platform, post.caption, post.timeZone])).toEqual([
    // The check gave the post without an ID a new one.
    [expect.stringMatching(/^P-[0-9A-Z]{8}$/), 'X', 'No ID yet', 'Europe/Warsaw'],
    ['P-FORMULA1', 'LinkedIn', 'Has an ID', 'Europe/Warsaw'],
    null,
  ]);
  expect(value.summary.posts).toBe(2);
});

test('checks write only the add-on’s columns, keep a formula in an ID cell, and leave the team’s column alone', () => {
  const { calls } = checkRows();
  expect(writes(calls).every((call) => call === 'Range.setValues' || call === 'Range.setNotes')).toBe(true);
  const written = calls.filter((call) => call.kind === 'write').map((call) => call.a1 ?? '');
  const team = columnLetter(col('Team'));
  expect(written.some((a1) => new RegExp(`!${team}\\d`).test(a1))).toBe(false);
  const after = inspect(emulator, 'Calendar', (sheet) => ({
    ids: sheet.getRange(2, col('ID'), 2, 1).getValues().flat(),
    idFormula: sheet.getRange(3, col('ID')).getFormula(),
    team: sheet.getRange(2, col('Team'), 2, 1).getValues().flat(),
    teamFormula: sheet.getRange(3, col('Team')).getFormula(),
    checks: sheet.getRange(2, col('Checks'), 3, 1).getValues().flat(),
    updated: sheet.getRange(2, col('Updated'), 3, 1).getValues().flat(),
  }));
  expect(after.ids[0]).toMatch(/^P-[0-9A-Z]{8}$/);
  expect(after.ids[1]).toBe('P-FORMULA1');
  expect(after.idFormula).toBe('="P-"&"FORMULA1"');
  expect(after.team).toEqual(['team text', 9]);
  expect(after.teamFormula).toBe('=LEN(H3)');
  expect(after.checks[0]).not.toBe('');
  expect(after.checks[2]).toBe('');
  expect(after.updated).toEqual(['2026-11-20 11:00', '2026-11-20 11:00', '']);
});

test('a second check of unchanged rows writes only the Updated stamp and the notes (Checks that stay the same are not written) and keeps the IDs', () => {
  checkRows();
  const ids = inspect(emulator, 'Calendar', (sheet) => sheet.getRange(2, col('ID'), 2, 1).getValues().flat());
  const { calls } = checkRows();
  const updated = columnLetter(col('Updated'));
  expect(calls.filter((call) => call.kind === 'write').map((call) => `${call.method} ${call.a1}`)).toEqual([`setValues Calendar!${updated}2:${updated}4`, `setNotes Calendar!${columnLetter(col('Checks'))}2:${columnLetter(col('Checks'))}4`]);
  expect(inspect(emulator, 'Calendar', (sheet) => sheet.getRange(2, col('ID'), 2, 1).getValues().flat())).toEqual(ids);
  expect(inspect(emulator, 'Calendar', (sheet) => sheet.getRange(3, col('ID')).getFormula())).toBe('="P-"&"FORMULA1"');
});
