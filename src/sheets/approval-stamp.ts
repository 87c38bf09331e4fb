/** What approvals need from Apps Script: a digest for fingerprints (no scope beyond the spreadsheet) and the approver. */

import { approvalModeFrom, type ApprovalMode, type Digest } from '../domain/approval';
import type { ApprovalOptions } from '../domain/approval-effects';

/** The first 4 bytes of SHA-256 as hex: Utilities.computeDigest needs no authorization scope. */
export const digestText: Digest = (text) => {
  const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8);
  let hex = '';
  for (let i = 0; i < 4; i++) hex += ((bytes[i] + 256) % 256).toString(16).padStart(2, '0');
  return hex;
};

/**
 * Approval options; `settingsValues` (the Settings sheet's key/value pairs) is called at most once,
 * the first time a change after approval needs the "After an approved post changes" setting.
 */
export function approvalOptions(
  settingsValues: () => Record<string, string>,
  user: string,
  stamp: string,
  statusSetNow: (index: number) => boolean,
): ApprovalOptions {
  let mode: ApprovalMode | undefined;
  return {
    mode: () => (mode ??= approvalModeFrom(settingsValues()['after an approved post changes'])),
    digest: digestText,
    user,
    stamp,
    statusSetNow,
  };
}
