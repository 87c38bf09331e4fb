/**
 * Approvals under failure, tampering and staleness on the built bundle (issue #15 items 6 and 12):
 * a decision is one write, an approval always names its approver, a hand-cleared or hand-edited
 * Approval cell is never read as a fresh approval, a stale queue's decision is refused, and the
 * queue is sorted by the posts' real moments.
 */
import type { Emulator } from '../../emulator';
import { CALENDAR_COLUMNS } from '../../src/domain/post';
import type { ReviewQueue, ReviewResult } from '../../src/shared/review-contract';
import type { SaveResult } from '../../src/shared/rpc-types';
import { calendarRecords, call, inspect, loadAddon, setUpCalendar } from '../support/calendar-harness';

const col = (name: (typeof CALENDAR_COLUMNS)[number]) => String.fromCharCode(65 + CALENDAR_COLUMNS.indexOf(name));
const LEAD = 'lead@agency.example';
const REVIEWER = 'reviewer@agency.example';

function calendar(mode?: string): Emulator {
  const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z'), userEmail: LEAD, developerEmail: 'dev@agency.example' });
  setUpCalendar(emulator);
  if (mode) {
    inspect(emulator, (ss) => {
      const sheet = ss.getSheetByName('Settings')!;
      const row = sheet.getDataRange().getValues().findIndex((r) => r[4] === 'After an approved post changes');
      sheet.getRange(row + 1, 6).setValue(mode);
    });
  }
  return emulator;
}

function save(emulator: Emulator, post: Record<string, unknown> = {}): { id: string; row: number } {
  const saved = call<SaveResult>(emulator, 'savePost', { date: '2026-12-01', time: '09:00', platform: 'LinkedIn', format: 'Text', caption: 'Words', status: 'In review', ...post });
  if (!saved.ok) throw new Error(`seed failed: ${JSON.stringify(saved)}`);
  return { id: saved.id, row: saved.row };
}

const record = (emulator: Emulator, id: string) => calendarRecords(emulator).find((r) => r.ID === id)!;
const queue = (emulator: Emulator) => call<ReviewQueue>(emulator, 'getReviewQueue').items;
const seenOf = (emulator: Emulator, id: string) => queue(emulator).find((item) => item.id === id)!.seen;
function review(emulator: Emulator, user: string, request: Record<string, unknown>): ReviewResult {
  const result = emulator.runAsUser(user, 'reviewPost', request);
  if (!result.ok) throw new Error(result.error);
  return result.value as ReviewResult;
}

describe('item 6: one write per decision, and an approval always names its approver', () => {
  test('approving writes the row in one setValues; a failure at it leaves the row as it was, and a later Check all records no approver', () => {
    const emulator = calendar();
    const post = save(emulator);
    const seen = seenOf(emulator, post.id);
    emulator.stats.reset();
    expect(review(emulator, REVIEWER, { id: post.id, decision: 'approve', seen })).toMatchObject({ ok: true });
    expect(emulator.stats.byMethod['Range.setValues']).toBe(1);
    const approved = record(emulator, post.id);
    expect(approved).toMatchObject({ Status: 'Approved', 'Approved by': REVIEWER });

    const failing = calendar();
    const again = save(failing);
    const seenAgain = seenOf(failing, again.id);
    failing.failAtCall(1, undefined, (c) => c.method === 'setValues');
    const failed = failing.runAsUser(REVIEWER, 'reviewPost', { id: again.id, decision: 'approve', seen: seenAgain });
    expect(failed.ok).toBe(false);
    expect(record(failing, again.id)).toMatchObject({ Status: 'In review', 'Approved by': '', Approval: '' });
    failing.runAsUser('colleague@agency.example', 'checkAllPosts');
    expect(record(failing, again.id)).toMatchObject({ Status: 'In review', 'Approved by': '', Approval: '' });
  });

  test('a failure at the Checks note does not undo the recorded decision', () => {
    const emulator = calendar();
    const post = save(emulator);
    const seen = seenOf(emulator, post.id);
    emulator.failAtCall(1, undefined, (c) => c.method === 'setNote' || c.method === 'setNotes');
    expect(review(emulator, REVIEWER, { id: post.id, decision: 'approve', seen })).toMatchObject({ ok: true, status: 'Approved' });
    expect(record(emulator, post.id)).toMatchObject({ Status: 'Approved', 'Approved by': REVIEWER });
    expect(record(emulator, post.id).Approval).toMatch(/^v1 /);
  });

  test('an approval from the queue when Google does not reveal the reviewer is refused, with a message', () => {
    const emulator = calendar();
    const post = save(emulator);
    const result = review(emulator, '', { id: post.id, decision: 'approve', seen: seenOf(emulator, post.id) });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/did not tell the add-on who you are/) });
    expect(record(emulator, post.id)).toMatchObject({ Status: 'In review', 'Approved by': '', Approval: '' });
  });

  test('Status set to Approved in the sheet by someone Google does not name is not recorded as an approval', () => {
    const emulator = calendar();
    const post = save(emulator);
    emulator.editAsUser('Calendar', `${col('Status')}${post.row}`, [['Approved']], { user: 'outsider@elsewhere.example' });
    const row = record(emulator, post.id);
    expect(row).toMatchObject({ Status: 'Approved', 'Approved by': '', Approval: '' });
    expect(row.Checks).toMatch(/Google did not say who set it/);
    emulator.runAsUser('colleague@agency.example', 'checkAllPosts');
    expect(record(emulator, post.id)).toMatchObject({ Status: 'Approved', 'Approved by': '', Approval: '' });
    expect(record(emulator, post.id).Checks).toMatch(/no approval record/);
    expect(queue(emulator).map((item) => item.id)).toContain(post.id);
  });
});

describe('item 12: approvals that cannot be fooled by tampering or staleness', () => {
  function approved(mode?: string) {
    const emulator = calendar(mode);
    const post = save(emulator);
    expect(review(emulator, REVIEWER, { id: post.id, decision: 'approve', seen: seenOf(emulator, post.id) }).ok).toBe(true);
    return { emulator, post };
  }

  test('clearing the Approval cell by hand is never read as a fresh approval by whoever cleared it or runs Check all', () => {
    const { emulator, post } = approved();
    emulator.editAsUser('Calendar', `${col('Approval')}${post.row}`, [['']], { user: 'author@agency.example' });
    let row = record(emulator, post.id);
    expect(row['Approved by']).toBe(REVIEWER);
    expect(row.Approval).toBe('');
    expect(row.Status).toBe('Approved');
    expect(row.Checks).toMatch(/no approval record/);
    emulator.runAsUser('author@agency.example', 'checkAllPosts');
    row = record(emulator, post.id);
    expect(row).toMatchObject({ Status: 'Approved', 'Approved by': REVIEWER, Approval: '' });
    expect(row.Checks).toMatch(/no approval record/);
    expect(queue(emulator).map((item) => item.id)).toContain(post.id);
  });

  test('in Flag only mode, clearing the Approval cell keeps the post flagged instead of clearing the flag', () => {
    const { emulator, post } = approved('Flag only');
    emulator.editAsUser('Calendar', `${col('Caption')}${post.row}`, [['Sneaky words']], { user: 'author@agency.example' });
    expect(record(emulator, post.id).Checks).toMatch(/Changed after approval: caption/);
    emulator.editAsUser('Calendar', `${col('Approval')}${post.row}`, [['']], { user: 'author@agency.example' });
    const row = record(emulator, post.id);
    expect(row.Status).toBe('Approved');
    expect(row['Approved by']).toBe(REVIEWER);
    expect(row.Approval).toBe('');
    expect(row.Checks).toMatch(/no approval record/);
    emulator.runAsUser('author@agency.example', 'checkAllPosts');
    expect(record(emulator, post.id)).toMatchObject({ Status: 'Approved', 'Approved by': REVIEWER, Approval: '' });
    expect(record(emulator, post.id).Checks).toMatch(/no approval record/);
  });

  test('a hand-edited Approval cell counts as every approved field changed, never as approved by the editor', () => {
    const { emulator, post } = approved();
    const fake = record(emulator, post.id).Approval.replace(/caption:[0-9a-f]{8}/, 'caption:00000000');
    emulator.editAsUser('Calendar', `${col('Approval')}${post.row}`, [[fake]], { user: 'author@agency.example' });
    const row = record(emulator, post.id);
    expect(row.Status).toBe('In review');
    expect(row['Approved by']).toBe(REVIEWER);
    expect(row.Checks).toMatch(/Changed after approval: caption/);
    emulator.editAsUser('Calendar', `${col('Approval')}${post.row}`, [['approved, trust me']], { user: 'author@agency.example' });
    expect(record(emulator, post.id).Checks).toMatch(/Changed after approval: platform, date, time, title, caption, hashtags, link, media/);
  });

  test.each([
    ['the status (a post cancelled meanwhile)', 'Status', 'Cancelled'],
    ['the time zone', 'Time zone', 'America/New_York'],
    ['the format', 'Format', 'Image'],
    ['the approval record (approved by someone else meanwhile)', 'Approved by', 'other@agency.example'],
  ] as const)('a decision on a queue loaded before a change of %s is refused and writes nothing', (_, column, value) => {
    const emulator = calendar();
    const post = save(emulator);
    const seen = seenOf(emulator, post.id);
    inspect(emulator, (ss) => ss.getSheetByName('Calendar')!.getRange(`${col(column)}${post.row}`).setValue(value));
    const before = record(emulator, post.id);
    for (const decision of ['approve', 'changes']) {
      const result = review(emulator, REVIEWER, { id: post.id, decision, comment: 'Fine', seen });
      expect(result).toEqual({ ok: false, message: expect.stringMatching(/changed since the queue was loaded/) });
    }
    expect(record(emulator, post.id)).toEqual(before);
    expect(review(emulator, REVIEWER, { id: post.id, decision: 'approve' })).toMatchObject({ ok: false });
  });

  test('"soonest first" orders by the posts’ real moments, whatever their time zones', () => {
    const emulator = calendar();
    const newYork = save(emulator, { date: '2026-12-01', time: '09:00', timeZone: 'America/New_York', title: 'New York 09:00 (14:00 UTC)' });
    const warsaw = save(emulator, { date: '2026-12-01', time: '12:00', timeZone: 'Europe/Warsaw', title: 'Warsaw 12:00 (11:00 UTC)' });
    const tokyo = save(emulator, { date: '2026-12-01', time: '22:00', timeZone: 'Asia/Tokyo', title: 'Tokyo 22:00 (13:00 UTC)' });
    const sydney = save(emulator, { date: '2026-12-02', time: '08:00', timeZone: 'Australia/Sydney', title: 'Sydney 08:00 on 2 Dec (21:00 UTC on 1 Dec)' });
    // By text (date, then wall-clock time) the order would be New York, Warsaw, Tokyo, Sydney.
    expect(queue(emulator).map((item) => item.id)).toEqual([warsaw.id, tokyo.id, newYork.id, sydney.id]);
  });
});
