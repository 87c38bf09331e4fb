/**
 * Collects the stakeholders' decisions from their copy into the Calendar: each through the review queue's
 * own decision path (recordReview: one write per decision, refused on a stale version), an Approve only
 * while the post still has the fingerprint the stakeholder saw.
 */

import { approvalFingerprint, reviewVersion } from '../domain/approval';
import { t } from '../domain/i18n';
import type { Post } from '../domain/post';
import { readValues } from '../services/sheets-api';
import type { Workbook } from './active-spreadsheet';
import { digestText } from './approval-stamp';
import { cellText, postsOfBlock } from './calendar-checks';
import { calendarFromGrid, findCalendarSheet } from './calendar-sheet';
import { notifyDecisions } from './notifications';
import { recordReview } from './review-queue';
import { readSettings } from './settings-sheet';
import { chooseEmails, chooseStatuses } from '../domain/stakeholder-choice';
import { APPROVE, REQUEST_CHANGES, readDecisions, type CopyDecision } from './stakeholder-decision-layout';

/** The document property holding the digests of decisions already collected (so none applies twice). */
export const COLLECTED_KEY = 'stakeholderDecisionsCollected';
/** How many collected-decision digests are kept (9 characters each, well under a property's 9 KB). */
const MAX_COLLECTED = 800;

/** What collecting did, for the toast, the publish message and the tests. */
export interface CollectResult {
  ok: boolean;
  message: string;
  applied: Array<{ id: string; email: string; decision: 'approve' | 'changes' }>;
  /** Approvals given on a version of the post that is no longer the Calendar's. */
  outdated: Array<{ id: string; email: string }>;
  /** Every decision read from the copy (the publish carries the unchanged ones over). */
  read: CopyDecision[];
}

/** The Calendar's posts by ID, with what a decision needs: the fingerprint and the review version. */
function calendarPosts(workbook: Workbook): Map<string, { post: Post; fingerprint: string; seen: string }> {
  const out = new Map<string, { post: Post; fingerprint: string; seen: string }>();
  const sheet = findCalendarSheet(workbook.spreadsheet);
  if (!sheet) return out;
  const grid = sheet.getDataRange().getValues();
  const calendar = calendarFromGrid(sheet, grid);
  const rows = grid.slice(1);
  postsOfBlock(calendar, rows, workbook.timeZone).forEach((post, i) => {
    if (!post?.id) return;
    const row = rows[i];
    const cells = [cellText(calendar, row, 'Approval'), cellText(calendar, row, 'Approved by'), cellText(calendar, row, 'Approved at')];
    out.set(post.id, { post, fingerprint: approvalFingerprint(post, digestText), seen: reviewVersion(post, cells, digestText) });
  });
  return out;
}

const digestOf = (d: CopyDecision): string => digestText(JSON.stringify([d.id, d.email.toLowerCase(), d.version, d.decision, d.comment])).slice(0, 8);

/** The stakeholder's answer as a review decision, or null when the cell holds something else. */
function kindOf(decision: string): 'approve' | 'changes' | null {
  const value = decision.trim().toLowerCase();
  if (value === APPROVE.toLowerCase()) return 'approve';
  if (value === REQUEST_CHANGES.toLowerCase()) return 'changes';
  return null;
}

/**
 * Reads the copy's Posts sheet (one values.get) and applies each new decision of a listed stakeholder:
 * Request changes (a comment is required) sets Needs changes; Approve sets Approved only while the post
 * still has the fingerprint shown to the stakeholder, and, with "Stakeholder approvals needed" = all, only
 * once every listed stakeholder approved that version. A request for changes wins over approvals read in
 * the same run. Only posts whose status is in "Stakeholder decision statuses" (default In review) take
 * decisions. Each decision is one recordReview call (a read and one write of the Calendar).
 */
export function collectDecisions(workbook: Workbook, copyId: string, copySheet: string, now: Date): CollectResult {
  const { locale } = workbook;
  const settings = readSettings(workbook.spreadsheet).values;
  const { emails } = chooseEmails(settings['stakeholder emails']);
  const listed = new Set(emails.map((e) => e.toLowerCase()));
  const counted = chooseStatuses(settings['stakeholder decision statuses'] || 'In review');
  const everyone = /^\s*all/i.test(settings['stakeholder approvals needed'] ?? '');
  const read = readDecisions(readValues(copyId, `'${copySheet}'`));
  const properties = PropertiesService.getDocumentProperties();
  const collected = (properties.getProperty(COLLECTED_KEY) ?? '').split(' ').filter(Boolean);
  const done = new Set(collected);
  const posts = calendarPosts(workbook);
  const result: CollectResult = { ok: true, message: '', applied: [], outdated: [], read };
  const lines: string[] = [];
  const fresh = read.filter((d) => listed.has(d.email.toLowerCase()) && !done.has(digestOf(d)));
  const byPost = new Map<string, CopyDecision[]>();
  for (const d of fresh) byPost.set(d.id, [...(byPost.get(d.id) ?? []), d]);

  const decided: Array<{ id: string; approve: boolean; reviewer: string; comment: string }> = [];
  const apply = (d: CopyDecision, decision: 'approve' | 'changes', reviewer: string, comment: string): void => {
    const current = calendarPosts(workbook).get(d.id);
    const answer = recordReview(workbook, { id: d.id, decision, comment, seen: current?.seen ?? '' }, now, reviewer);
    if (answer.ok) {
      result.applied.push({ id: d.id, email: reviewer, decision });
      decided.push({ id: d.id, approve: decision === 'approve', reviewer, comment });
    }
    else lines.push(t(locale, 'decisions.notApplied', { email: reviewer, id: d.id, message: answer.message }));
  };

  for (const [id, decisions] of byPost) {
    const entry = posts.get(id);
    const mark = (d: CopyDecision) => done.add(digestOf(d)) && collected.push(digestOf(d));
    if (!entry) {
      lines.push(t(locale, 'decisions.postGone', { id }));
      decisions.forEach(mark);
      continue;
    }
    if (!counted.has(entry.post.status.trim().toLowerCase())) {
      lines.push(t(locale, 'decisions.notAwaiting', { id, status: entry.post.status }));
      decisions.forEach(mark);
      continue;
    }
    const changes = decisions.filter((d) => kindOf(d.decision) === 'changes');
    const approvals = decisions.filter((d) => kindOf(d.decision) === 'approve');
    for (const d of decisions.filter((x) => !kindOf(x.decision) && x.decision)) {
      lines.push(t(locale, 'decisions.unknownChoice', { email: d.email, id, value: d.decision }));
      mark(d);
    }
    for (const d of changes) {
      if (!d.comment) {
        lines.push(t(locale, 'decisions.needComment', { email: d.email, id }));
        continue;
      }
      apply(d, 'changes', d.email, d.comment);
      mark(d);
    }
    const current = approvals.filter((d) => d.version === entry.fingerprint);
    for (const d of approvals.filter((x) => x.version !== entry.fingerprint)) {
      result.outdated.push({ id, email: d.email });
      lines.push(t(locale, 'decisions.outdated', { email: d.email, id }));
      mark(d);
    }
    if (current.length === 0) continue;
    if (changes.some((d) => d.comment)) {
      for (const d of current) {
        lines.push(t(locale, 'decisions.overruled', { email: d.email, id }));
        mark(d);
      }
      continue;
    }
    if (everyone) {
      const approvers = new Set(read.filter((d) => d.id === id && kindOf(d.decision) === 'approve' && d.version === entry.fingerprint).map((d) => d.email.toLowerCase()));
      const missing = emails.filter((e) => !approvers.has(e.toLowerCase()));
      if (missing.length > 0) {
        lines.push(t(locale, 'decisions.waitingForAll', { id, emails: missing.join(', ') }));
        continue;
      }
    }
    const first = current[0];
    const comment = current.map((d) => d.comment).filter(Boolean).join(' ') || t(locale, 'decisions.approvedComment');
    apply(first, 'approve', everyone ? emails.join(', ') : current.map((d) => d.email).join(', '), comment);
    current.forEach(mark);
  }
  properties.setProperty(COLLECTED_KEY, collected.slice(-MAX_COLLECTED).join(' '));
  const mailed = notifyDecisions(workbook, decided);
  if (mailed) lines.push(mailed);
  const approved = result.applied.filter((a) => a.decision === 'approve').length;
  result.message = [t(locale, 'decisions.done', { approved, changes: result.applied.length - approved }), ...lines].join(' ');
  return result;
}
