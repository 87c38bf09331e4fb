/** The errors a post's own checks find (what its Checks cell shows as ✖), as export problems, so a post with an error never passes. */

import { checkPost } from '../check-post';
import type { Post } from '../post';
import type { RulesTable } from '../rules/rule-types';
import type { Problem } from './export-types';

/**
 * One problem per error of each post's own checks (platform rules, date, time, zone), at the post's
 * 1-based position. `severity` is how the export treats them: `error` for scheduler files (the
 * scheduler would reject or publish a broken post) and whenever only passing posts are wanted;
 * `warning` for the reading and backup files, which keep every post.
 */
export function postCheckProblems(
  posts: readonly Post[],
  rules: RulesTable,
  options: { now: Date; locale?: string },
  severity: Problem['severity'],
): Problem[] {
  const problems: Problem[] = [];
  posts.forEach((post, index) => {
    for (const issue of checkPost(post, rules, options).issues) {
      if (issue.severity !== 'error') continue;
      problems.push({ postId: post.id, row: index + 1, severity, code: `post-${issue.code}`, message: issue.message });
    }
  });
  return problems;
}

/** `first` plus those of `extra` about rows `first` finds no error in (one reason per row is enough to refuse it). */
export function mergeRowProblems(first: readonly Problem[], extra: readonly Problem[]): Problem[] {
  const failing = new Set(first.filter((p) => p.severity === 'error').map((p) => p.row));
  return [...first, ...extra.filter((p) => !failing.has(p.row))];
}
