/** approvalEffects on a plain row and header map (no emulator): what an approval-related change writes and warns. */
import { approvalFingerprint } from '../../src/domain/approval';
import { approvalEffects, type ApprovalOptions } from '../../src/domain/approval-effects';
import type { HeaderMap } from '../../src/domain/header-map';
import { emptyPost, type Post } from '../../src/domain/post';

const digest = (text: string) => {
  let hash = 0;
  for (const ch of text) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash.toString(16).padStart(8, '0');
};
const MAP: HeaderMap = { ID: 1, Status: 2, Approval: 3, 'Approved by': 4, 'Approved at': 5 };
const post = (overrides: Partial<Post> = {}): Post => ({ ...emptyPost(), id: 'P-1', date: '2026-12-01', time: '09:00', platform: 'X', caption: 'Words', status: 'Approved', ...overrides });
const options = (overrides: Partial<ApprovalOptions> = {}): ApprovalOptions => ({
  mode: () => 'review',
  digest,
  user: 'ana@example.com',
  stamp: '2026-11-20 10:00',
  statusSetNow: () => false,
  ...overrides,
});

test('without an Approval column nothing is written or warned', () => {
  expect(approvalEffects({ ID: 1, Status: 2 }, ['P-1', 'Approved'], post(), true, options(), 'en')).toEqual({ cells: {}, issues: [] });
});

test('Approved set now by a named person writes the snapshot, the approver and the stamp (guarded as text)', () => {
  const effects = approvalEffects(MAP, ['P-1', 'Approved', '', '', ''], post(), true, options({ user: '=ana' }), 'en');
  expect(effects).toEqual({
    cells: { Approval: approvalFingerprint(post(), digest), 'Approved by': "'=ana", 'Approved at': "'2026-11-20 10:00" },
    issues: [],
  });
});

test('Approved with no record warns and writes nothing', () => {
  const effects = approvalEffects(MAP, ['P-1', 'Approved', '', '', ''], post(), false, options(), 'en');
  expect(effects.cells).toEqual({});
  expect(effects.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'approval-unrecorded', field: 'status' })]);
  expect(effects.issues[0].message).toMatch(/no approval record/);
});

test('a change after approval sends the post back to In review and names the fields, the approver and when', () => {
  const approved = post();
  const row = ['P-1', 'Approved', approvalFingerprint(approved, digest), 'ana@example.com', '2026-11-20 10:00'];
  const edited = post({ caption: 'Other words' });
  const effects = approvalEffects(MAP, row, edited, false, options(), 'en');
  expect(effects.cells).toEqual({ Status: 'In review' });
  expect(edited.status).toBe('In review');
  expect(effects.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'changed-after-approval', field: 'caption' })]);
  expect(effects.issues[0].message).toBe(
    'Changed after approval: caption. ana@example.com approved it on 2026-11-20 10:00; ask for approval again (Content Calendar › Review queue).',
  );
});

test('in flag mode a change keeps the status; an unnamed approver reads as a reviewer', () => {
  const row = ['P-1', 'Approved', approvalFingerprint(post(), digest), '', ''];
  const edited = post({ link: 'https://example.com' });
  const effects = approvalEffects(MAP, row, edited, false, options({ mode: () => 'flag' }), 'en');
  expect(effects.cells).toEqual({});
  expect(edited.status).toBe('Approved');
  expect(effects.issues[0].message).toMatch(/^Changed after approval: link\. A reviewer approved it on ;/);
});

test('an unchanged approved post needs nothing', () => {
  const row = ['P-1', 'Approved', approvalFingerprint(post(), digest), 'ana@example.com', '2026-11-20 10:00'];
  expect(approvalEffects(MAP, row, post(), false, options(), 'en')).toEqual({ cells: {}, issues: [] });
});
