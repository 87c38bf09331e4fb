/** The JSON contract between the review queue page and the server, with the decision's schema (zod/mini). */

import * as z from 'zod/mini';
import type { Post } from '../domain/post';

/** The longest comment a decision may carry (characters, before line breaks are joined). */
export const MAX_REVIEW_COMMENT = 2000;

/** One post awaiting review, as the queue shows it: the post's published fields (no owner, campaign or notes) as plain text. */
export interface ReviewItem extends Omit<Post, 'owner' | 'campaign' | 'notes'> {
  /** Approved fields changed since the last approval, as field names in the sheet's language ([] when none). */
  changed: string[];
  /** Who approved the earlier version and when ('' when never approved). */
  approvedBy: string;
  approvedAt: string;
  /** The Review comments cell: one comment per line. */
  comments: string;
  /** The version of what was shown (content, time zone, format, status, approval record); reviewPost refuses when it changed since. */
  seen: string;
  /** The post's checks (errors first), as its Checks cell would show them: what a reviewer must see before approving. */
  checks: Array<{ severity: 'error' | 'warning' | 'info'; message: string }>;
}

/** What getReviewQueue returns. */
export interface ReviewQueue {
  /** The spreadsheet's locale, for the page's language. */
  locale: string;
  items: ReviewItem[];
}

/** What the page sends to reviewPost: anything else is refused as a whole (review.badRequest). */
export const reviewRequestSchema = z.object({
  /** The post's ID (surrounding spaces are ignored; blank is refused). */
  id: z.string().check(z.refine((id) => id.trim() !== '')),
  decision: z.enum(['approve', 'changes']),
  comment: z.optional(z.string().check(z.refine((comment) => comment.length <= MAX_REVIEW_COMMENT))),
  /** The `seen` version of the item the reviewer looked at (required: a decision without it is refused). */
  seen: z.string().check(z.refine((seen) => seen !== '')),
});

/** The request as the page builds it. */
export type ReviewRequest = z.input<typeof reviewRequestSchema>;

/** What reviewPost returns: the post's new status and comments, or a sentence saying what to do. */
export type ReviewResult =
  { ok: true; id: string; status: string; comments: string; message: string } | { ok: false; message: string };
