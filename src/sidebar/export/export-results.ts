/** The Export dialog's answers: a status sentence, and the problems (identical ones merged) and the posts Stagger moves. */

import type { ExportProblem, MovedPost } from '../../sheets/export-rpc';
import { el, replaceChildren } from '../lib/dom';
import type { PageTranslate } from '../lib/page-messages';

/** Problems with the same severity and sentence, and the sheet rows they concern. */
interface ProblemGroup {
  problem: ExportProblem;
  rows: number[];
}

/** Identical problems (same severity and sentence) merged into one group, in first-seen order. */
function groupProblems(problems: readonly ExportProblem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    const key = `${problem.severity}\u0000${problem.message}`;
    const group = groups.get(key) ?? { problem, rows: [] };
    if (problem.sheetRow) group.rows.push(problem.sheetRow);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** "Row 3", or "19 rows (3, 4, 5, 6, 7 and 14 more)" for a merged group. */
function rowsText(t: PageTranslate, rows: readonly number[]): string {
  if (rows.length === 1) return t('export.row', { row: rows[0] });
  const shown = rows.slice(0, 5).join(', ');
  const more = rows.length - 5;
  return t(more > 0 ? 'export.rowsMore' : 'export.rows', { count: rows.length, rows: shown, more });
}

/** One problem (or a merged group of identical ones) as a list item: rows, severity and the server's sentence, all as text. */
function problemItem(t: PageTranslate, group: ProblemGroup): HTMLElement {
  const { problem } = group;
  const where = group.rows.length > 0 ? `${rowsText(t, group.rows)} · ` : '';
  const severity = t(problem.severity === 'error' ? 'export.error' : 'export.warning');
  return el('li', { class: `problem problem-${problem.severity}` }, el('strong', {}, `${where}${severity}: `), problem.message);
}

/**
 * Shows a status sentence.
 * @param message The status element.
 * @param text The sentence.
 * @param kind info, ok or error.
 */
export function showMessage(message: HTMLElement, text: string, kind: 'info' | 'ok' | 'error' = 'info'): void {
  message.className = `message message-${kind}`;
  message.textContent = text;
}

/**
 * Shows the problems (errors first) and the posts Stagger moves.
 * @param results The results element.
 * @param t The dialog's translator.
 * @param problems The problems.
 * @param moved The moved posts.
 */
export function showResults(results: HTMLElement, t: PageTranslate, problems: readonly ExportProblem[], moved: readonly MovedPost[]): void {
  const sorted = [...problems].sort((a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error'));
  replaceChildren(
    results,
    sorted.length > 0 && el('h2', { class: 'results-heading' }, t('export.problems')),
    sorted.length > 0 && el('ul', { class: 'problems' }, ...groupProblems(sorted).map((group) => problemItem(t, group))),
    moved.length > 0 && el('h2', { class: 'results-heading' }, t('export.moved')),
    moved.length > 0 &&
      el(
        'ul',
        { class: 'moved' },
        ...moved.map((post) => el('li', {}, t('export.movedItem', { row: post.sheetRow, id: post.postId || '–', from: post.from, to: post.to }))),
      ),
  );
}
