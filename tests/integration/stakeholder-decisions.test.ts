/**
 * Stakeholders decide from their own copy (issue #21), on the built bundle: each listed stakeholder gets a
 * protected "Decision — <email>" / "Comment — <email>" pair that only they (and the owner) can edit, every
 * row carries the post's fingerprint as published, and "Collect stakeholder decisions" applies them through
 * the review queue's decision path: approvals of the version still in the Calendar only.
 */
import type { Emulator } from '../../emulator';
import type { StakeholderResult } from '../../src/sheets/stakeholder-view';
import type { CollectResult } from '../../src/sheets/stakeholder-decisions';
import type { SaveResult } from '../../src/shared/rpc-types';
import { calendarRecords, calendarValues, call, inspect, loadAddon, setUpCalendar } from '../support/calendar-harness';

const LEAD = 'lead@agency.example';
const ANNA = 'anna@brand.example';
const BOB = 'bob@brand.example';

function calendar(): Emulator {
  const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z'), userEmail: LEAD, developerEmail: 'dev@agency.example' });
  setUpCalendar(emulator);
  setSetting(emulator, 'Stakeholder role', 'decide');
  setSetting(emulator, 'Stakeholder emails', `${ANNA}, ${BOB}`);
  return emulator;
}

function setSetting(emulator: Emulator, key: string, value: string): void {
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Settings')!;
    const row = sheet.getDataRange().getValues().findIndex((r) => r[4] === key);
    if (row < 0) throw new Error(`no setting ${key}`);
    sheet.getRange(row + 1, 6).setValue(value);
  });
}

function save(emulator: Emulator, post: Record<string, unknown>): string {
  const saved = call<SaveResult>(emulator, 'savePost', {
    date: '2026-12-03',
    time: '09:00',
    platform: 'LinkedIn',
    format: 'Text',
    caption: 'Launch day words',
    status: 'In review',
    ...post,
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return saved.id;
}

function publish(emulator: Emulator): StakeholderResult {
  const result = emulator.runAsUser(LEAD, 'publishStakeholderView');
  if (!result.ok) throw new Error(result.error);
  const value = result.value as StakeholderResult;
  if (!value.ok) throw new Error(value.message);
  return value;
}

function collect(emulator: Emulator): CollectResult {
  const result = emulator.runAsUser(LEAD, 'collectStakeholderDecisions');
  if (!result.ok) throw new Error(result.error);
  return result.value as CollectResult;
}

function copyValues(emulator: Emulator, id: string, sheet = 'Posts'): string[][] {
  return emulator.context.quietly(() =>
    (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(id).getSheetByName(sheet)!.getDataRange().getDisplayValues(),
  );
}

/** The A1 cell of the copy's Posts sheet in `header`'s column, on the row of post `postId`. */
function cellOf(emulator: Emulator, copyId: string, postId: string, header: string): string {
  const values = copyValues(emulator, copyId);
  const column = values[0].indexOf(header);
  const row = values.findIndex((r) => r[values[0].indexOf('ID')] === postId);
  if (column < 0 || row < 0) throw new Error(`no cell ${header} for ${postId}`);
  return `${String.fromCharCode(65 + column)}${row + 1}`;
}

/** A stakeholder types in their copy in the Sheets UI. */
function decide(emulator: Emulator, copyId: string, user: string, postId: string, decision: string, comment = ''): void {
  const edits: Array<[string, string]> = [[`Decision — ${user}`, decision]];
  if (comment) edits.push([`Comment — ${user}`, comment]);
  for (const [header, value] of edits) {
    const edit = emulator.editFileAsUser(copyId, 'Posts', cellOf(emulator, copyId, postId, header), [[value]], { user });
    if (edit.rejected) throw new Error(edit.rejected);
  }
}

function record(emulator: Emulator, id: string): Record<string, string> {
  return calendarRecords(emulator).find((r) => r.ID === id)!;
}

describe('stakeholders decide in their copy', () => {
  test('each stakeholder has a protected decision pair and the post\'s version; they are writers on the copy, nothing else is editable for them', () => {
    const emulator = calendar();
    const id = save(emulator, { title: 'Launch' });
    const copy = publish(emulator);
    const values = copyValues(emulator, copy.id!);
    expect(values[0]).toEqual(
      expect.arrayContaining(['ID', 'Version', `Decision — ${ANNA}`, `Comment — ${ANNA}`, `Decision — ${BOB}`, `Comment — ${BOB}`]),
    );
    expect(values[1][values[0].indexOf('Version')]).toMatch(/^v1 platform:/);
    const drive = (JSON.parse(emulator.save()) as { drive: Record<string, { editors: string[] }> }).drive[copy.id!];
    expect(drive.editors).toEqual(expect.arrayContaining([ANNA, BOB]));
    // Anna may write her own pair, not Bob's, not the post's cells, not the Month view.
    expect(emulator.editFileAsUser(copy.id!, 'Posts', cellOf(emulator, copy.id!, id, `Comment — ${ANNA}`), [['Fine']], { user: ANNA }).rejected).toBeUndefined();
    expect(emulator.editFileAsUser(copy.id!, 'Posts', cellOf(emulator, copy.id!, id, `Decision — ${BOB}`), [['Approve']], { user: ANNA }).rejected).toMatch(
      /protected cell/,
    );
    expect(emulator.editFileAsUser(copy.id!, 'Posts', cellOf(emulator, copy.id!, id, 'Caption'), [['Hacked']], { user: ANNA }).rejected).toMatch(/protected cell/);
    expect(emulator.editFileAsUser(copy.id!, 'Month view', 'A1', [['x']], { user: ANNA }).rejected).toMatch(/protected cell/);
    // The dropdown refuses anything but its two choices.
    expect(emulator.editFileAsUser(copy.id!, 'Posts', cellOf(emulator, copy.id!, id, `Decision — ${ANNA}`), [['Maybe']], { user: ANNA }).rejected).toBeTruthy();
  });

  test('a stakeholder already on the copy as commenter is made an editor when the role becomes decide', () => {
    const emulator = calendar();
    setSetting(emulator, 'Stakeholder role', 'commenter');
    save(emulator, {});
    const first = publish(emulator);
    const drive = () => (JSON.parse(emulator.save()) as { drive: Record<string, { editors: string[]; commenters: string[] }> }).drive[first.id!];
    expect(drive().commenters).toEqual(expect.arrayContaining([ANNA, BOB]));
    setSetting(emulator, 'Stakeholder role', 'decide');
    publish(emulator);
    expect(drive().editors).toEqual(expect.arrayContaining([ANNA, BOB]));
    expect(drive().commenters).toEqual([]);
  });

  test('a stakeholder approves: the Calendar shows Approved by them, and the decision lands in Review comments with their email and time', () => {
    const emulator = calendar();
    const id = save(emulator, { title: 'Launch' });
    const copy = publish(emulator);
    decide(emulator, copy.id!, ANNA, id, 'Approve', 'Looks great');
    const result = collect(emulator);
    expect(result.applied).toEqual([{ id, email: ANNA, decision: 'approve' }]);
    const row = record(emulator, id);
    expect(row.Status).toBe('Approved');
    expect(row['Approved by']).toBe(ANNA);
    expect(row['Review comments']).toMatch(new RegExp(`^2026-11-26 \\d\\d:\\d\\d ${ANNA}: Looks great$`));
    // Collecting again applies nothing twice.
    expect(collect(emulator).applied).toEqual([]);
  });

  test('the post changes after publishing: the old approval is refused and the stakeholder is asked again on the next publish', () => {
    const emulator = calendar();
    const id = save(emulator, { title: 'Launch' });
    const copy = publish(emulator);
    decide(emulator, copy.id!, ANNA, id, 'Approve');
    const caption = calendarValues(emulator)[0].indexOf('Caption');
    emulator.editAsUser('Calendar', `${String.fromCharCode(65 + caption)}2`, [['Changed words']], { user: LEAD });
    const result = collect(emulator);
    expect(result.applied).toEqual([]);
    expect(result.outdated).toEqual([{ id, email: ANNA }]);
    expect(result.message).toMatch(/older version/);
    expect(record(emulator, id).Status).toBe('In review');
    const again = publish(emulator);
    const values = copyValues(emulator, again.id!);
    expect(values[1][values[0].indexOf(`Decision — ${ANNA}`)]).toBe('');
  });

  test('two stakeholders disagree: the request for changes wins, both are reported, the comment names who asked', () => {
    const emulator = calendar();
    const id = save(emulator, { title: 'Launch' });
    const copy = publish(emulator);
    decide(emulator, copy.id!, ANNA, id, 'Approve');
    decide(emulator, copy.id!, BOB, id, 'Request changes', 'Use the new logo');
    const result = collect(emulator);
    expect(result.applied).toEqual([{ id, email: BOB, decision: 'changes' }]);
    expect(result.message).toMatch(new RegExp(`approval of ${ANNA}.*another stakeholder asked for changes`));
    const row = record(emulator, id);
    expect(row.Status).toBe('Needs changes');
    expect(row['Review comments']).toMatch(new RegExp(`${BOB}: Use the new logo`));
  });

  test('Request changes without a comment is not applied until the stakeholder writes one', () => {
    const emulator = calendar();
    const id = save(emulator, {});
    const copy = publish(emulator);
    decide(emulator, copy.id!, BOB, id, 'Request changes');
    expect(collect(emulator).message).toMatch(/without a comment/);
    expect(record(emulator, id).Status).toBe('In review');
    decide(emulator, copy.id!, BOB, id, 'Request changes', 'Shorter please');
    expect(collect(emulator).applied).toEqual([{ id, email: BOB, decision: 'changes' }]);
  });

  test('with "all" approvals needed, a post is approved only once every listed stakeholder approved it', () => {
    const emulator = calendar();
    setSetting(emulator, 'Stakeholder approvals needed', 'all');
    const id = save(emulator, {});
    const copy = publish(emulator);
    decide(emulator, copy.id!, ANNA, id, 'Approve');
    expect(collect(emulator).message).toMatch(new RegExp(`waits for the approval of ${BOB}`));
    expect(record(emulator, id).Status).toBe('In review');
    decide(emulator, copy.id!, BOB, id, 'Approve');
    collect(emulator);
    expect(record(emulator, id).Status).toBe('Approved');
    expect(record(emulator, id)['Approved by']).toBe(`${ANNA}, ${BOB}`);
  });

  test('a stakeholder removed from the list loses their column on the next publish; their past decisions stay in the comments', () => {
    const emulator = calendar();
    const id = save(emulator, {});
    const copy = publish(emulator);
    decide(emulator, copy.id!, BOB, id, 'Request changes', 'Wrong date');
    collect(emulator);
    setSetting(emulator, 'Stakeholder emails', ANNA);
    const again = publish(emulator);
    expect(copyValues(emulator, again.id!)[0].some((h) => h.includes(BOB))).toBe(false);
    expect(record(emulator, id)['Review comments']).toMatch(new RegExp(`${BOB}: Wrong date`));
  });

  test('a publish collects first, so a decision typed before a refresh is never wiped unread', () => {
    const emulator = calendar();
    const id = save(emulator, {});
    const copy = publish(emulator);
    decide(emulator, copy.id!, ANNA, id, 'Approve');
    const again = publish(emulator);
    expect(again.collected?.applied).toEqual([{ id, email: ANNA, decision: 'approve' }]);
    expect(record(emulator, id).Status).toBe('Approved');
  });
});
