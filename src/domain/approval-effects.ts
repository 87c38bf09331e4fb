/** What a change to a calendar row means for its approval: the record to write, a Status sent back to review, the Checks warnings. */

import { decideApproval, type ApprovalMode, type Digest, type UnrecordedReason } from './approval';
import { cellAt } from './calendar-row';
import { textForCell } from './cell-text';
import type { CheckIssue } from './check-types';
import type { HeaderMap } from './header-map';
import { t } from './i18n';
import type { CalendarColumn, Post } from './post';

/** How approvals behave for one run of checks. */
export interface ApprovalOptions {
  /** Read only when a change after approval is found (so most edits skip the Settings read). */
  mode: () => ApprovalMode;
  digest: Digest;
  /** Who is approving (may be '' where Apps Script does not reveal the user). */
  user: string;
  /** When, as written to the Approved at column. */
  stamp: string;
  /** True for rows whose Status the current change set (so Approved now means a new approval). */
  statusSetNow: (index: number) => boolean;
}

/** The cells an approval decision writes (approval columns, Status) and the issues it adds to the Checks column. */
export interface ApprovalEffects {
  cells: Partial<Record<CalendarColumn, unknown>>;
  issues: CheckIssue[];
}

/** The Checks warning for a post that looks approved but has no approval record the add-on can stand behind. */
function unrecordedIssue(reason: UnrecordedReason, locale: string): CheckIssue {
  return { severity: 'warning', code: 'approval-unrecorded', field: 'status', message: t(locale, `approval.unrecorded.${reason}`) };
}

/**
 * Records a new approval snapshot, or detects a change since the last one: the post goes back to
 * In review (or is only flagged) and the returned issue names the changed fields. `row` is the
 * calendar row as it is (index = column - 1) and `map` where its columns are. Returns the cells to
 * write (approval columns, Status) and the issues for the Checks column; `post.status` is updated.
 * @param statusSetNow True when the change being checked set the Status (Approved now means a new approval).
 */
export function approvalEffects(
  map: HeaderMap,
  row: readonly unknown[],
  post: Post,
  statusSetNow: boolean,
  approval: ApprovalOptions,
  locale: string,
): ApprovalEffects {
  if (map.Approval === undefined) return { cells: {}, issues: [] };
  const outcome = decideApproval({
    post,
    fingerprint: cellAt(map, row, 'Approval'),
    statusSetNow,
    mode: approval.mode,
    digest: approval.digest,
    approver: approval.user,
    recorded: cellAt(map, row, 'Approved by').trim() !== '' || cellAt(map, row, 'Approved at').trim() !== '',
  });
  if (outcome.kind === 'approve') {
    return {
      cells: { Approval: outcome.fingerprint, 'Approved by': textForCell(approval.user), 'Approved at': textForCell(approval.stamp) },
      issues: [],
    };
  }
  if (outcome.kind === 'none') return { cells: {}, issues: [] };
  const cells: Partial<Record<CalendarColumn, unknown>> = {};
  if (outcome.revertStatus) {
    post.status = 'In review';
    cells.Status = 'In review';
  }
  if (outcome.kind === 'unrecorded') return { cells, issues: [unrecordedIssue(outcome.reason, locale)] };
  const fields = outcome.fields.map((field) => t(locale, `field.${field}`)).join(', ');
  const issue: CheckIssue = {
    severity: 'warning',
    code: 'changed-after-approval',
    field: outcome.fields[0],
    message: t(locale, 'approval.changed', {
      fields,
      who: cellAt(map, row, 'Approved by') || t(locale, 'approval.someone'),
      when: cellAt(map, row, 'Approved at'),
    }),
  };
  return { cells, issues: [issue] };
}
