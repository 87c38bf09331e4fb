/** The Platforms sheet is the rules table the checks read: change a limit there and the next check follows it. */
import { calendarRecords, call, inspect, loadAddon, setUpCalendar } from '../support/calendar-harness';
import type { CheckResult } from '../../src/domain/check-types';
import { CALENDAR_COLUMNS } from '../../src/domain/post';

const col = (name: (typeof CALENDAR_COLUMNS)[number]) => String.fromCharCode(65 + CALENDAR_COLUMNS.indexOf(name));

function platformsRow(emulator: ReturnType<typeof loadAddon>, match: (row: Record<string, unknown>) => boolean): { row: number; maxColumn: number } {
  return inspect(emulator, (ss) => {
    const [header, ...rows] = ss.getSheetByName('Platforms')!.getDataRange().getValues();
    const index = rows.findIndex((cells) => match(Object.fromEntries(header.map((name, i) => [String(name), cells[i]]))));
    if (index < 0) throw new Error('rule row not found');
    return { row: index + 2, maxColumn: header.indexOf('Max') + 1 };
  });
}

test('changing X’s caption limit in the Platforms sheet changes the next check’s result', () => {
  const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z') });
  setUpCalendar(emulator);
  const post = { date: '2026-12-01', time: '09:00', platform: 'X', format: 'Text', caption: 'q'.repeat(300) };
  expect(call<CheckResult>(emulator, 'checkPost', post).counts.caption).toMatchObject({ used: 300, limit: 280 });
  const { row, maxColumn } = platformsRow(emulator, (r) => r.Platform === 'X' && r.Field === 'Caption length');
  inspect(emulator, (ss) => ss.getSheetByName('Platforms')!.getRange(row, maxColumn).setValue(25000)); // X Premium
  const result = call<CheckResult>(emulator, 'checkPost', post);
  expect(result.counts.caption).toMatchObject({ used: 300, limit: 25000 });
  expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  call(emulator, 'savePost', post);
  expect(calendarRecords(emulator)[0].Checks).not.toMatch(/^✖/);
});

test('a Platforms sheet made before issue #18 (Rule ID last) or with columns moved by the team still drives the checks', () => {
  // Before: Source, Checked on, Notes, Rule ID in J:M; the team's: Max moved to the end (M), past A:J.
  const layouts = [
    (row: unknown[]) => [...row.slice(0, 9), ...row.slice(10, 13), row[9]],
    (row: unknown[]) => [...row.slice(0, 4), ...row.slice(5, 13), row[4]],
  ];
  for (const layout of layouts) {
    const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z') });
    setUpCalendar(emulator);
    inspect(emulator, (ss) => {
      const sheet = ss.getSheetByName('Platforms')!;
      const values = sheet.getDataRange().getValues().map((row) => layout(row));
      sheet.clear();
      sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
    });
    const { row, maxColumn } = platformsRow(emulator, (r) => r.Platform === 'X' && r.Field === 'Caption length');
    inspect(emulator, (ss) => ss.getSheetByName('Platforms')!.getRange(row, maxColumn).setValue(100));
    const post = { date: '2026-12-01', time: '09:00', platform: 'X', format: 'Text', caption: 'q'.repeat(150) };
    expect(call<CheckResult>(emulator, 'checkPost', post).counts.caption).toMatchObject({ used: 150, limit: 100 });
    call(emulator, 'savePost', post);
    expect(calendarRecords(emulator)[0].Checks).toMatch(/^✖ X: 150\/100/);
  }
});

test('a Platforms change also reaches the live check on edit', () => {
  const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z') });
  setUpCalendar(emulator);
  const { row, maxColumn } = platformsRow(emulator, (r) => r.Platform === 'Mastodon' && r.Field === 'Caption length');
  emulator.editAsUser('Platforms', `${String.fromCharCode(64 + maxColumn)}${row}`, [[100]]);
  call(emulator, 'savePost', { date: '2026-12-01', time: '09:00', platform: 'Mastodon', format: 'Text', caption: 'short' });
  emulator.editAsUser('Calendar', `${col('Caption')}2`, [['m'.repeat(150)]]);
  expect(calendarRecords(emulator)[0].Checks).toMatch(/Mastodon: 150\/100/);
});

test('a bad value typed into the Platforms sheet is reported and the built-in limit is used', () => {
  const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z') });
  setUpCalendar(emulator);
  const { row, maxColumn } = platformsRow(emulator, (r) => r.Platform === 'X' && r.Field === 'Caption length');
  inspect(emulator, (ss) => ss.getSheetByName('Platforms')!.getRange(row, maxColumn).setValue('lots'));
  const result = call<CheckResult>(emulator, 'checkPost', { date: '2026-12-01', platform: 'X', format: 'Text', caption: 'q'.repeat(300) });
  expect(result.counts.caption).toMatchObject({ limit: 280 });
});

test('the built bundle counts X text as X does: emoji 2, CJK 2, a bare domain 23', () => {
  const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z') });
  setUpCalendar(emulator);
  const count = (caption: string) => call<CheckResult>(emulator, 'checkPost', { platform: 'X', format: 'Text', caption }).counts.caption.used;
  expect(count('😀❤️‍🔥🐦‍🔥👩🏽‍💻')).toBe(8);
  expect(count('日本語')).toBe(6);
  expect(count('see example.com now')).toBe(4 + 23 + 4);
  expect(count('ąęś')).toBe(3);
});

describe.each([
  ['Asia/Tokyo', 'Etc/UTC'],
  ['Etc/UTC', 'Asia/Tokyo'],
  ['America/Los_Angeles', 'Pacific/Auckland'],
])('a "Checked on" date typed into the Platforms sheet reads as the same day (spreadsheet %s, script %s)', (timeZone, scriptTimeZone) => {
  test('the rules the form receives carry the day the person typed', () => {
    // Issue #16 break 5: the date cell was read with the script zone's getters, one day early east of UTC.
    const emulator = loadAddon({ timeZone, scriptTimeZone, now: () => new Date('2026-11-26T10:00:00Z') });
    setUpCalendar(emulator);
    const { row } = platformsRow(emulator, (r) => r.Platform === 'X' && r.Field === 'Caption length');
    const column = inspect(emulator, (ss) => ss.getSheetByName('Platforms')!.getRange(1, 1, 1, 20).getValues()[0].indexOf('Checked on') + 1);
    emulator.editAsUser('Platforms', `${String.fromCharCode(64 + column)}${row}`, [['2026-11-20']]);
    const typed = inspect(emulator, (ss) => ss.getSheetByName('Platforms')!.getRange(row, column).getValue());
    expect(Object.prototype.toString.call(typed)).toBe('[object Date]'); // a real date cell, not text
    const { rules } = call<{ rules: Array<{ platform: string; field: string; checkedOn: string }> }>(emulator, 'getFormContext');
    expect(rules.find((rule) => rule.platform === 'X' && rule.field === 'caption')?.checkedOn).toBe('2026-11-20');
  });
});
