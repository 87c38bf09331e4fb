/** Approval snapshots: a fingerprint of exactly what was approved, and which fields changed since. */

import type { Post } from './post';

/** The fields an approval covers. Notes, owner, campaign and status are not part of what is approved. */
export const APPROVED_FIELDS = ['platform', 'date', 'time', 'title', 'caption', 'hashtags', 'link', 'media'] as const;

export type ApprovedField = (typeof APPROVED_FIELDS)[number];

/** A digest function: text → short hex (the server passes Utilities.computeDigest, the tests a stand-in). */
export type Digest = (text: string) => string;

const VERSION = 'v1';

/** The text of a field as approved: white space at the ends and line-ending style do not count as a change. */
function canonical(post: Post, field: ApprovedField): string {
  return post[field].replace(/\r\n?/g, '\n').trim();
}

/**
 * The fingerprint of a post's approved content: `v1 platform:1a2b3c4d date:…` — one short digest
 * per field, so a later change can be named field by field without storing the text twice.
 */
export function approvalFingerprint(post: Post, digest: Digest): string {
  return [VERSION, ...APPROVED_FIELDS.map((field) => `${field}:${digest(`${field}\u0000${canonical(post, field)}`)}`)].join(' ');
}

/**
 * The fields whose content differs from what the fingerprint recorded, in APPROVED_FIELDS order.
 * An unreadable fingerprint (edited by hand) counts as every field changed.
 */
export function changedSinceApproval(fingerprint: string, post: Post, digest: Digest): ApprovedField[] {
  const recorded = new Map<string, string>();
  const parts = fingerprint.trim().split(/\s+/);
  if (parts[0] !== VERSION) return [...APPROVED_FIELDS];
  for (const part of parts.slice(1)) {
    const at = part.indexOf(':');
    if (at > 0) recorded.set(part.slice(0, at), part.slice(at + 1));
  }
  return APPROVED_FIELDS.filter(
    (field) => recorded.get(field) !== digest(`${field}\u0000${canonical(post, field)}`),
  );
}

/** What happens to a post after an approval-related change. */
export type ApprovalMode = 'review' | 'flag';

/** Reads the "After an approved post changes" setting: anything starting with "flag" flags only. */
export function approvalModeFrom(setting: string | undefined): ApprovalMode {
  return /^\s*flag/i.test(setting ?? '') ? 'flag' : 'review';
}

/** Why a post that looks approved has no approval the add-on can stand behind. */
export type UnrecordedReason =
  /** The status became Approved, but Apps Script did not say who set it. */
  | 'no-approver'
  /** The status is Approved, but the Approval cell is empty (cleared by hand, or never written). */
  | 'no-record'
  /** The Approval cell was cleared by hand while Approved by / Approved at still name an approval. */
  | 'cleared';

/** The outcome for one row. */
export type ApprovalOutcome =
  | { kind: 'none' }
  | { kind: 'approve'; fingerprint: string }
  | { kind: 'changed'; fields: ApprovedField[]; revertStatus: boolean }
  | { kind: 'unrecorded'; reason: UnrecordedReason; revertStatus: false };

/**
 * Decides what a change to a row means for its approval:
 * - the status became Approved now (`statusSetNow`) and the approver is known: record a new snapshot;
 * - it became Approved but nobody is named, or it is Approved with no snapshot (the Approval cell
 *   cleared or never written): no approval is recorded, whoever runs the check; the row is flagged
 *   and waits in the review queue, its status left as the team set it (a check never rewrites the
 *   status of posts approved before the add-on recorded approvals);
 * - the snapshot was cleared while Approved by / Approved at remain: flagged (a flag never vanishes
 *   because a cell was emptied);
 * - an approved snapshot exists and approved fields changed (an unreadable, hand-edited snapshot
 *   counts as every field changed): in `review` mode the post goes back to In review (only while its
 *   status is still Approved), in `flag` mode it keeps its status; either way the Checks column names
 *   the fields.
 */
export function decideApproval(input: {
  post: Post;
  fingerprint: string;
  statusSetNow: boolean;
  /** Asked only when the outcome depends on it. */
  mode: () => ApprovalMode;
  digest: Digest;
  approvedStatus?: string;
  /**
   * Who is approving now: '' when Apps Script does not reveal the user (User.getEmail() is blank in
   * simple triggers for users outside the developer's domain,
   * https://developers.google.com/apps-script/reference/base/user#getEmail()).
   */
  approver: string;
  /** True when the Approved by or Approved at cell holds something (an approval was recorded once). */
  recorded?: boolean;
}): ApprovalOutcome {
  const approved = (input.approvedStatus ?? 'Approved').toLowerCase();
  const isApproved = input.post.status.trim().toLowerCase() === approved;
  const hasFingerprint = input.fingerprint.trim() !== '';
  if (isApproved && input.statusSetNow) {
    if (input.approver.trim()) return { kind: 'approve', fingerprint: approvalFingerprint(input.post, input.digest) };
    return { kind: 'unrecorded', reason: 'no-approver', revertStatus: false };
  }
  if (!hasFingerprint) {
    if (isApproved) return { kind: 'unrecorded', reason: 'no-record', revertStatus: false };
    return input.recorded ? { kind: 'unrecorded', reason: 'cleared', revertStatus: false } : { kind: 'none' };
  }
  const fields = changedSinceApproval(input.fingerprint, input.post, input.digest);
  if (fields.length === 0) return { kind: 'none' };
  return { kind: 'changed', fields, revertStatus: isApproved && input.mode() === 'review' };
}

/**
 * What the review queue shows, and the version a decision must match: every field the reviewer sees
 * (the approved fields, time zone and format), the status, and the approval record. A decision sent
 * with another version was taken on a queue that is out of date.
 * @param post The post as the sheet holds it now.
 * @param approvalCells The Approval, Approved by and Approved at cells.
 * @param digest A digest function (Utilities.computeDigest on the server).
 */
export function reviewVersion(post: Post, approvalCells: readonly string[], digest: Digest): string {
  const shown = [...APPROVED_FIELDS.map((field) => canonical(post, field)), post.timeZone.trim(), post.format.trim(), post.status.trim().toLowerCase()];
  return `r1 ${digest(JSON.stringify([...shown, ...approvalCells.map((cell) => cell.trim())]))}`;
}
