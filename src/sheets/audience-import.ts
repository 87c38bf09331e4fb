/** The audience CSV import: the team's own activity per platform, weekday and hour, into the Audience sheet. */

import { t } from '../domain/i18n';
import { parseAudienceCsv } from '../domain/planning';
import type { Workbook } from './active-spreadsheet';
import { importAudience } from './audience-sheet';
import { todayIn } from './planning-posts';
import type { AudienceImportResult } from '../shared/audience-contract';

/**
 * Imports CSV text (platform, weekday, hour, value): each platform in the file replaces its grid in
 * the Audience sheet (others stay); bad lines are skipped and returned. A constant number of
 * Spreadsheet calls (reads, then one setValues of the changed rows and their shading).
 * @param workbook The active spreadsheet.
 * @param csvText The file's text.
 * @param now The import's moment (named in the grids' source).
 */
export function importAudienceText(workbook: Workbook, csvText: string, now: Date): AudienceImportResult {
  const { locale } = workbook;
  const source = `Your analytics (CSV), imported ${todayIn(now, workbook.timeZone)}`;
  const { audience, problems } = parseAudienceCsv(csvText, { locale, source });
  if (audience.length === 0) return { ok: false, platforms: [], problems, message: t(locale, 'planning.import.none') };
  importAudience(workbook, audience);
  const platforms = audience.map((grid) => grid.platform);
  return { ok: true, platforms, problems, message: t(locale, 'planning.import.done', { platforms: platforms.join(', ') }) };
}
