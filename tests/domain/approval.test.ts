/** Approval decisions (issue #15 items 6 and 12): an approval needs a known approver; an emptied or edited snapshot is never a fresh approval. */
import { approvalFingerprint, decideApproval, reviewVersion } from '../../src/domain/approval';
import { emptyPost, type Post } from '../../src/domain/post';

const digest = (text: string) => {
  let hash = 0;
  for (const ch of text) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash.toString(16).padStart(8, '0');
};
const post = (overrides: Partial<Post> = {}): Post => ({ ...emptyPost(), id: 'P-1', date: '2026-12-01', time: '09:00', platform: 'X', caption: 'Words', status: 'Approved', ...overrides });
const decide = (input: Partial<Parameters<typeof decideApproval>[0]>) =>
  decideApproval({ post: post(), fingerprint: '', statusSetNow: false, mode: () => 'review', digest, approver: 'ana@example.com', ...input });

test('Approved set now by a named person records a snapshot; by nobody it is not an approval', () => {
  expect(decide({ statusSetNow: true })).toEqual({ kind: 'approve', fingerprint: approvalFingerprint(post(), digest) });
  expect(decide({ statusSetNow: true, approver: '' })).toEqual({ kind: 'unrecorded', reason: 'no-approver', revertStatus: false });
  expect(decide({ statusSetNow: true, approver: ' ', mode: () => 'flag' })).toEqual({ kind: 'unrecorded', reason: 'no-approver', revertStatus: false });
});

test('Approved with an empty snapshot is never approved by whoever runs the check', () => {
  expect(decide({})).toEqual({ kind: 'unrecorded', reason: 'no-record', revertStatus: false });
  expect(decide({ mode: () => 'flag' })).toEqual({ kind: 'unrecorded', reason: 'no-record', revertStatus: false });
});

test('a snapshot cleared while Approved by / at remain is flagged whatever the status; without a record nothing happens', () => {
  expect(decide({ post: post({ status: 'In review' }), recorded: true })).toEqual({ kind: 'unrecorded', reason: 'cleared', revertStatus: false });
  expect(decide({ post: post({ status: 'Draft' }) })).toEqual({ kind: 'none' });
});

test('a hand-edited snapshot counts as every approved field changed', () => {
  const outcome = decide({ fingerprint: 'approved, trust me' });
  expect(outcome).toMatchObject({ kind: 'changed', revertStatus: true });
  expect(outcome.kind === 'changed' && outcome.fields).toHaveLength(8);
});

test('the review version changes with the status, time zone, format and approval record, not with notes', () => {
  const base = reviewVersion(post(), ['', '', ''], digest);
  expect(reviewVersion(post({ notes: 'internal' }), ['', '', ''], digest)).toBe(base);
  for (const changed of [post({ status: 'Cancelled' }), post({ timeZone: 'America/New_York' }), post({ format: 'Image' })]) {
    expect(reviewVersion(changed, ['', '', ''], digest)).not.toBe(base);
  }
  expect(reviewVersion(post(), ['v1 x', 'bob@example.com', ''], digest)).not.toBe(base);
});
