/** The menu command for repeating posts: creates and updates every series' occurrences, then says what it did. */

import { t } from '../domain/i18n';
import { activeWorkbook, currentUserEmail } from '../sheets/active-spreadsheet';
import { fillGapsWithEvergreen as fillGaps, updateRepeatingPosts as updateSeries } from '../sheets/recurring-posts';

/**
 * Creates the occurrences of every repeating post for the Settings horizon and keeps them in step with
 * their rule; a toast says how many were created, updated, cancelled or left alone (edited by hand).
 * Runs: menu "Update repeating posts" (AuthMode.FULL); 6-minute limit; a constant number of reads.
 */
export function updateRepeatingPosts(): void {
  const workbook = activeWorkbook();
  const result = updateSeries(workbook, new Date(), currentUserEmail());
  const { locale } = workbook;
  if (!result.ok) {
    SpreadsheetApp.getUi().alert(result.message ?? t(locale, 'series.none'));
    return;
  }
  const summary =
    result.series === 0
      ? t(locale, 'series.none')
      : t(locale, 'series.done', {
          series: result.series,
          created: result.created,
          updated: result.updated,
          cancelled: result.cancelled,
          handEdited: result.handEdited,
        });
  workbook.spreadsheet.toast([summary, ...result.problems].join(' '), t(locale, 'series.title'), 10);
}

/**
 * Fills the cadence gaps of the next four weeks with copies of evergreen posts, each outside its own
 * cool-down; a toast says how many gaps were filled.
 * Runs: menu "Fill gaps with evergreen posts" (AuthMode.FULL); a constant number of reads, one append.
 */
export function fillGapsWithEvergreen(): void {
  const workbook = activeWorkbook();
  const result = fillGaps(workbook, new Date(), currentUserEmail());
  const { locale } = workbook;
  if (!result.ok) {
    SpreadsheetApp.getUi().alert(result.message ?? t(locale, 'evergreen.none'));
    return;
  }
  workbook.spreadsheet.toast(
    t(locale, result.gaps === 0 ? 'evergreen.noGaps' : 'evergreen.done', { gaps: result.gaps, filled: result.filled }),
    t(locale, 'evergreen.title'),
    10,
  );
}
