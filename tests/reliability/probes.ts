/**
 * The reliability checks of issue #12 as functions that return the problems they find ([] = the
 * protection holds). The test files assert `[]` on dist/Code.js; mutants.test.ts asserts that each
 * finds something on a build with the protection removed, so the tests cannot pass vacuously.
 */
import type { Emulator } from '../../emulator';
import type { SaveResult } from '../../src/shared/rpc-types';
import { addon, calendar, columnOf, header, inspect, onlyColumns, runMenu, setUp, snapshot, type CellSnapshot } from './support';

/** The add-on's own columns (it may write them during a check); every other column is the user's. */
export const ADD_ON_COLUMNS = ['ID', 'Checks', 'Updated', 'Approved by', 'Approved at', 'Approval', 'Review comments'];

/** Rows of the seeded calendar (posts), under the header. */
export const SEEDED_POSTS = 30;

/** A valid new post from the form. */
export const NEW_POST = { date: '2026-12-03', time: '09:30', platform: 'LinkedIn', format: 'Text', caption: 'A new post from the form', owner: 'ana' };

/** A seeded calendar: saved emulator state and what the tests need to know about it. */
export interface Seeded {
  state: string;
  header: string[];
  /** 1-based columns that belong to the user (post columns and the team's own). */
  userColumns: number[];
  /** IDs of the seeded rows ('' where the row was typed without one), by row index 0 = row 2. */
  ids: string[];
  /** The team's formula column inside the calendar's span, and its formula on row 2. */
  scoreColumn: number;
}

/**
 * Sets up the calendar and fills it as a team would: 30 posts (three typed without an ID, two
 * Approved), a team column "Score" of formulas inserted between Caption and Hashtags, a "Budget"
 * column of numbers and formulas after the add-on's columns, backgrounds and a number format.
 */
export function seedCalendar(emulator: Emulator): Seeded {
  setUp(emulator);
  const platforms = ['X', 'LinkedIn', 'Instagram', 'Bluesky', 'Facebook'];
  const formats: Record<string, string> = { X: 'Text', LinkedIn: 'Text', Instagram: 'Image', Bluesky: 'Text', Facebook: 'Text' };
  const names = header(emulator);
  const rows = Array.from({ length: SEEDED_POSTS }, (_, i) => {
    const platform = platforms[i % platforms.length];
    const record: Record<string, unknown> = {
      ID: i % 10 === 3 ? '' : `P-SEED${String(i).padStart(4, '0')}`,
      Date: `2026-12-${String((i % 28) + 1).padStart(2, '0')}`,
      Time: `${String(8 + (i % 10)).padStart(2, '0')}:15`,
      Platform: platform,
      Format: formats[platform],
      Caption: `Seeded caption number ${i + 1} about our winter plans`,
      Status: i === 5 || i === 17 ? 'Approved' : i % 3 === 0 ? 'Draft' : 'Scheduled',
      Owner: ['ana', 'bartek', 'chris'][i % 3],
      Notes: i % 4 === 0 ? 'Team note' : '',
    };
    return names.map((name) => record[name] ?? '');
  });
  calendar(emulator, (sheet) => {
    sheet.getRange(2, 1, rows.length, names.length).setValues(rows);
    const caption = names.indexOf('Caption') + 1;
    sheet.insertColumnAfter(caption);
    sheet.getRange(1, caption + 1).setValue('Score');
    sheet.getRange(2, caption + 1, rows.length, 1).setFormulas(rows.map((_, i) => [`=LEN(H${i + 2})*2`]));
    const budget = sheet.getLastColumn() + 1;
    if (budget > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), budget - sheet.getMaxColumns());
    sheet.getRange(1, budget).setValue('Budget');
    sheet.getRange(2, budget, rows.length, 1).setValues(rows.map((_, i) => [i % 2 ? 100 + i : `=${i}*10`]));
    sheet.getRange(2, budget, rows.length, 1).setNumberFormat('0.00').setBackground('#fff2cc');
    sheet.getRange(2, caption + 1, rows.length, 1).setBackground('#d9ead3');
    sheet.getRange(2, names.indexOf('Notes') + 2, 10, 1).setBackground('#cfe2f3');
  });
  const finalHeader = header(emulator);
  return {
    state: emulator.save(),
    header: finalHeader,
    userColumns: finalHeader.map((name, i) => (ADD_ON_COLUMNS.includes(name) ? 0 : i + 1)).filter(Boolean),
    ids: rows.map((row) => String(row[0])),
    scoreColumn: finalHeader.indexOf('Score') + 1,
  };
}

/** The seeded rows (header + 30) across the whole width, for snapshots. */
function seededShot(emulator: Emulator, seeded: Seeded): CellSnapshot {
  return snapshot(emulator, 'Calendar', SEEDED_POSTS + 1, seeded.header.length);
}

function diff(label: string, before: unknown, after: unknown): string[] {
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [`${label} changed`];
}

/** The sheet's rows below the seeded ones, as { ID, Checks, Updated, Caption } (blank rows dropped). */
function appendedRows(emulator: Emulator, seeded: Seeded): Array<Record<string, string>> {
  return calendar(emulator, (sheet) => {
    const last = sheet.getLastRow();
    if (last <= SEEDED_POSTS + 1) return [];
    const values = sheet.getRange(SEEDED_POSTS + 2, 1, last - SEEDED_POSTS - 1, seeded.header.length).getDisplayValues();
    return values
      .filter((row) => row.some((cell) => cell !== ''))
      .map((row) => Object.fromEntries(seeded.header.map((name, i) => [name, row[i]])));
  });
}

/** IDs of the whole calendar (display values), and the rows whose Checks cell is empty though they hold a post. */
function calendarHealth(emulator: Emulator): { ids: string[]; unchecked: number } {
  const idColumn = columnOf(emulator, 'ID');
  const checksColumn = columnOf(emulator, 'Checks');
  const captionColumn = columnOf(emulator, 'Caption');
  return calendar(emulator, (sheet) => {
    const values = sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).getDisplayValues();
    const posts = values.filter((row) => row[captionColumn - 1] !== '');
    return { ids: posts.map((row) => row[idColumn - 1]), unchecked: posts.filter((row) => row[checksColumn - 1] === '').length };
  });
}

/** What one failure-injection sweep found. */
export interface SweepReport {
  /** Service calls the command makes when nothing fails. */
  calls: number;
  /** Positions n that were injected. */
  injected: number[];
  /** How many runs reported the failure to the caller (the rest succeeded despite it). */
  reported: number;
  /** The messages the caller saw. */
  messages: string[];
  problems: string[];
}

/** Counts the service calls a command makes on the seeded state (stats.log). */
function countCalls(emulator: Emulator, seeded: Seeded, command: () => void): number {
  emulator.load(seeded.state);
  emulator.stats.reset();
  command();
  return emulator.stats.log.length;
}

/**
 * savePost with a failure injected at service call n, for every n (or those given): afterwards the
 * user's cells are intact, no post row is half-written, the caller got a message, and the person's
 * retry leaves exactly one copy of the post.
 */
export function saveFailureSweep(emulator: Emulator, seeded: Seeded, mode: 'new' | 'edit', only?: number[]): SweepReport {
  const editId = seeded.ids[4];
  const input = mode === 'new' ? NEW_POST : { ...NEW_POST, id: editId, platform: 'Facebook', caption: 'Edited in the form' };
  const editRow = 6; // seeded.ids[4] is on row 6
  const calls = countCalls(emulator, seeded, () => {
    const result = emulator.run('savePost', input);
    if (!result.ok || !(result.value as SaveResult).ok) throw new Error(`the clean save failed: ${JSON.stringify(result)}`);
  });
  const report: SweepReport = { calls, injected: [], reported: 0, messages: [], problems: [] };
  emulator.load(seeded.state);
  const clean = seededShot(emulator, seeded);
  // The user's cells: every seeded row's user columns, except the post columns of the row being edited.
  const userCells = (shot: CellSnapshot) => {
    const kept = onlyColumns(shot, seeded.userColumns);
    if (mode === 'edit') {
      const postPositions = seeded.userColumns.map((column, i) => (seeded.header[column - 1] === 'Score' || seeded.header[column - 1] === 'Budget' ? -1 : i));
      for (const grid of [kept.values, kept.formulas, kept.backgrounds, kept.formats]) {
        grid[editRow - 1] = grid[editRow - 1].map((cell, i) => (postPositions[i] >= 0 ? '(edited row)' : cell)) as never;
      }
      // The team's formulas of the edited row are compared; their values follow the edit (=LEN(caption)).
      kept.values[editRow - 1] = kept.values[editRow - 1].map(() => '(edited row)');
    }
    return kept;
  };
  const expectedUser = userCells(clean);
  const captionAt = seeded.header.indexOf('Caption');
  for (let n = 1; n <= calls; n++) {
    if (only && !only.includes(n)) continue;
    report.injected.push(n);
    emulator.load(seeded.state);
    let fired = false;
    emulator.failAtCall(n, undefined, () => {
      fired = true;
      return true;
    });
    const result = emulator.run('savePost', input);
    const where = `${mode} save, failure at call ${n}`;
    if (!fired) report.problems.push(`${where}: the injected failure never fired`);
    let saved = result.ok && (result.value as SaveResult).ok;
    if (!result.ok) {
      report.reported++;
      report.messages.push(result.error);
      if (!result.error.trim()) report.problems.push(`${where}: empty error message`);
    } else if (!(result.value as SaveResult).ok) {
      report.reported++;
      const errors = (result.value as { errors: Array<{ message: string }> }).errors;
      report.messages.push(errors.map((error) => error.message).join(' '));
      if (!errors.length || errors.some((error) => !error.message.trim())) report.problems.push(`${where}: empty error message`);
    }
    const after = seededShot(emulator, seeded);
    for (const problem of [
      ...diff('values', expectedUser.values, userCells(after).values),
      ...diff('formulas', expectedUser.formulas, userCells(after).formulas),
      ...diff('backgrounds', expectedUser.backgrounds, userCells(after).backgrounds),
      ...diff('number formats', expectedUser.formats, userCells(after).formats),
    ])
      report.problems.push(`${where}: the user's ${problem}`);
    const appended = appendedRows(emulator, seeded);
    for (const row of appended) {
      if (!row.ID || !row.Checks || !row.Updated) report.problems.push(`${where}: half-written row ${JSON.stringify(row).slice(0, 200)}`);
    }
    if (mode === 'new' && appended.length > (saved ? 1 : 0)) report.problems.push(`${where}: ${appended.length} rows appended though the save ${saved ? 'succeeded once' : 'failed'}`);
    if (mode === 'edit') {
      const row = after.values[editRow - 1];
      const caption = String(row[captionAt]);
      const old = String(clean.values[editRow - 1][captionAt]);
      if (appended.length) report.problems.push(`${where}: an edit appended rows`);
      if (caption !== old && caption !== input.caption) report.problems.push(`${where}: edited row holds "${caption}"`);
      if (String(row[seeded.header.indexOf('ID')]) !== editId) report.problems.push(`${where}: the edited row lost its ID`);
      const owner = String(row[seeded.header.indexOf('Owner')]);
      if (caption === input.caption ? owner !== NEW_POST.owner : owner !== String(clean.values[editRow - 1][seeded.header.indexOf('Owner')])) {
        report.problems.push(`${where}: edited row half-written (caption "${caption}", owner "${owner}")`);
      }
    }
    // The person sees the message and saves again.
    if (!saved) {
      const retry = emulator.run('savePost', input);
      saved = retry.ok && (retry.value as SaveResult).ok;
      if (!saved) report.problems.push(`${where}: the retry failed: ${JSON.stringify(retry).slice(0, 200)}`);
    }
    const final = appendedRows(emulator, seeded);
    if (mode === 'new' && (final.length !== 1 || final[0].Caption !== NEW_POST.caption)) {
      report.problems.push(`${where}: after the retry ${final.length} copies of the post`);
    }
    if (mode === 'edit' && String(seededShot(emulator, seeded).values[editRow - 1][captionAt]) !== input.caption) {
      report.problems.push(`${where}: after the retry the edit is missing`);
    }
  }
  return report;
}

/**
 * Check all posts with a failure injected at service call n, for every n (or those given): the user's
 * cells intact, existing IDs kept, and the next Check all posts repairs the rest (every post checked,
 * IDs present and unique).
 */
export function checkAllFailureSweep(emulator: Emulator, seeded: Seeded, only?: number[]): SweepReport {
  const calls = countCalls(emulator, seeded, () => {
    const outcome = runMenu(emulator, 'checkAllPosts');
    if (!outcome.ok) throw new Error(`the clean check-all failed: ${outcome.error}`);
  });
  const report: SweepReport = { calls, injected: [], reported: 0, messages: [], problems: [] };
  emulator.load(seeded.state);
  const clean = seededShot(emulator, seeded);
  const expectedUser = onlyColumns(clean, seeded.userColumns);
  const idColumn = seeded.header.indexOf('ID') + 1;
  for (let n = 1; n <= calls; n++) {
    if (only && !only.includes(n)) continue;
    report.injected.push(n);
    emulator.load(seeded.state);
    emulator.failAtCall(n, 'Service invoked too many times for one day: spreadsheets.');
    const outcome = runMenu(emulator, 'checkAllPosts');
    const where = `check-all, failure at call ${n}`;
    if (!outcome.ok) {
      report.reported++;
      report.messages.push(outcome.error ?? '');
    }
    const after = seededShot(emulator, seeded);
    const user = onlyColumns(after, seeded.userColumns);
    for (const problem of [
      ...diff('values', expectedUser.values, user.values),
      ...diff('formulas', expectedUser.formulas, user.formulas),
      ...diff('backgrounds', expectedUser.backgrounds, user.backgrounds),
      ...diff('number formats', expectedUser.formats, user.formats),
    ])
      report.problems.push(`${where}: the user's ${problem}`);
    seeded.ids.forEach((id, i) => {
      if (id && String(after.values[i + 1][idColumn - 1]) !== id) report.problems.push(`${where}: row ${i + 2} lost ID ${id}`);
    });
    if (appendedRows(emulator, seeded).length) report.problems.push(`${where}: rows appended`);
    const repaired = runMenu(emulator, 'checkAllPosts');
    if (!repaired.ok) report.problems.push(`${where}: the next check-all failed: ${repaired.error}`);
    const health = calendarHealth(emulator);
    if (health.unchecked) report.problems.push(`${where}: ${health.unchecked} posts without Checks after the next run`);
    if (health.ids.some((id) => !id) || new Set(health.ids).size !== health.ids.length) report.problems.push(`${where}: IDs missing or duplicated after the next run`);
  }
  return report;
}

/** The Range writes a save made without holding the document lock, and whether its row choice was locked. */
export function lockDiscipline(emulator: Emulator, input: unknown): string[] {
  emulator.stats.reset();
  const result = emulator.run('savePost', input);
  if (!result.ok || !(result.value as SaveResult).ok) return [`the save failed: ${JSON.stringify(result).slice(0, 300)}`];
  const log = emulator.stats.log;
  const problems: string[] = [];
  log.forEach((call, i) => {
    if (call.kind === 'write' && !call.heldDocumentLock) problems.push(`call ${i + 1} ${call.className}.${call.method} wrote without the document lock`);
  });
  const firstWrite = log.findIndex((call) => call.kind === 'write');
  const lockedFrom = log.findIndex((call) => call.heldDocumentLock);
  if (firstWrite < 0) problems.push('no write');
  else if (lockedFrom < 0) problems.push('the lock was never held');
  else {
    // The reads that chose the row (the ID column, the last row) and the writes: one unbroken locked stretch.
    if (!log.slice(lockedFrom, firstWrite).some((call) => call.kind === 'read')) problems.push('the row was chosen from reads made before the lock was taken');
    const lastWrite = log.length - 1 - [...log].reverse().findIndex((call) => call.kind === 'write');
    if (log.slice(lockedFrom, lastWrite + 1).some((call) => !call.heldDocumentLock)) problems.push('the lock was released between the row choice and the write');
  }
  return problems;
}

/**
 * `saves` saves by two users whose executions overlap: while user A's save runs, at its k-th service
 * call (k cycling through every position), user B's save starts. B either completes (A has not taken
 * the lock yet) or is told the calendar is busy and saves again afterwards, as a person would.
 * Returns the problems: a lost or duplicated post, repeated IDs, an unreadable busy message.
 */
export function interleavedSaves(emulator: Emulator, saves: number): { problems: string[]; busy: number; nested: number } {
  const problems: string[] = [];
  let busy = 0;
  let nested = 0;
  const users = ['ana@example.com', 'bartek@example.com'];
  const inputFor = (i: number) => ({ date: '2026-12-10', time: '10:00', platform: 'X', format: 'Text', caption: `Post number ${i + 1} of the team` });
  const saveAs = (user: string, i: number): boolean => {
    const result = emulator.runAsUser(user, 'savePost', inputFor(i));
    if (!result.ok) {
      problems.push(`save ${i + 1} threw: ${result.error}`);
      return true;
    }
    const value = result.value as SaveResult;
    if (value.ok) return true;
    const message = value.errors.map((error) => error.message).join(' ');
    if (!/Someone else is saving/.test(message)) problems.push(`save ${i + 1}: unexpected failure ${message}`);
    busy++;
    return false;
  };
  // Count A's calls once to cycle k over all of them.
  const probe = addonCallCount(emulator, inputFor(-1));
  const pending: number[] = [];
  let next = 0;
  for (let round = 0; next < saves; round++) {
    const a = next++;
    const b = next < saves ? next++ : -1;
    const k = (round % probe) + 1;
    let count = 0;
    let started = false;
    const hook = () => {
      count++;
      if (count !== k || started || b < 0) return;
      started = true;
      nested++;
      if (!saveAs(users[1], b)) pending.push(b);
    };
    emulator.context.beforeCall.push(hook);
    try {
      if (!saveAs(users[0], a)) pending.push(a);
    } finally {
      emulator.context.beforeCall.splice(emulator.context.beforeCall.indexOf(hook), 1);
    }
    if (b >= 0 && !started && !saveAs(users[1], b)) pending.push(b);
    // The people told "busy" try again a moment later.
    for (let tries = 0; pending.length && tries < 5; tries++) {
      const again = pending.splice(0);
      for (const i of again) if (!saveAs(users[i % 2], i)) pending.push(i);
    }
    if (pending.length) problems.push(`saves ${pending.join(', ')} never got through`);
  }
  const records = calendar(emulator, (sheet) => {
    const last = sheet.getLastRow();
    if (last < 2) return [];
    return sheet.getRange(2, 1, last - 1, sheet.getLastColumn()).getDisplayValues();
  });
  const names = header(emulator);
  const ids = records.map((row) => row[names.indexOf('ID')]);
  const captions = records.map((row) => row[names.indexOf('Caption')]);
  if (records.length !== saves) problems.push(`${records.length} rows for ${saves} saves`);
  if (new Set(ids).size !== ids.length || ids.some((id) => !id)) problems.push('IDs missing or repeated');
  for (let i = 0; i < saves; i++) if (captions.filter((caption) => caption === inputFor(i).caption).length !== 1) problems.push(`post ${i + 1} appears ${captions.filter((caption) => caption === inputFor(i).caption).length} times`);
  return { problems, busy, nested };
}

/** Service calls of one save on the current state (the state is restored afterwards). */
function addonCallCount(emulator: Emulator, input: unknown): number {
  const state = emulator.save();
  emulator.stats.reset();
  emulator.run('savePost', input);
  const calls = emulator.stats.log.length;
  emulator.load(state);
  return calls;
}

/** Text that Sheets would parse as a formula (or number) if written as is. */
export const FORMULA_LIKE = ['=1+1', '=HYPERLINK("http://evil.example","click")', '+1 555 0100', '-2+3', '@SUM(1,2)', '=IMPORTXML("http://x","//a")'];

/**
 * Formula injection through savePost's fields and through what the add-on writes itself (Updated
 * stamp and approver from a user named "=..."): returns every formula found in the rows written.
 */
export function formulaInjection(emulator: Emulator): string[] {
  const found: string[] = [];
  for (const text of FORMULA_LIKE) {
    const result = emulator.runAsUser(`${text}@example.com`, 'savePost', { date: '2026-12-01', platform: 'Facebook', format: 'Text', caption: text, title: text, notes: text, owner: text, campaign: text, hashtags: text, status: 'Approved' });
    if (!result.ok || !(result.value as SaveResult).ok) found.push(`save of ${text} failed: ${JSON.stringify(result).slice(0, 200)}`);
  }
  calendar(emulator, (sheet) => {
    const range = sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn());
    range.getFormulas().forEach((row, r) => row.forEach((formula, c) => formula && found.push(`R${r + 2}C${c + 1}: ${formula}`)));
  });
  return found;
}

/** Whether two snapshots of the Settings/Platforms sheets are equal (used by several tests). */
export function sheetUnchanged(emulator: Emulator, name: string, before: unknown[][]): boolean {
  const after = inspect(emulator, (ss) => ss.getSheetByName(name)!.getDataRange().getValues());
  return JSON.stringify(after) === JSON.stringify(before);
}

/** A fresh emulator with the seeded calendar (for the mutants test: on a given bundle). */
export function seededAddon(bundle?: string): { emulator: Emulator; seeded: Seeded } {
  const emulator = addon({}, bundle);
  return { emulator, seeded: seedCalendar(emulator) };
}
