/** The generic CSV target: every calendar column plus the start in UTC and in local time (ISO 8601), safe to open in spreadsheets. */

import { t } from '../../i18n';
import { CALENDAR_COLUMNS, FIELD_BY_COLUMN, type Post } from '../../post';
import { isValidTimeZone, localParts, parseIsoDate, parseTime, postInstant } from '../../schedule/post-instant';
import { zoneOffsetMinutes } from '../../schedule/zone-offset';
import { looksLikeFormula, writeCsv } from '../csv-writer';
import type { ExportOptions, ExportTarget, Problem } from '../export-types';
import { exportLocale, postName } from '../problem-text';
import { exportLink } from '../post-text';
import { utcOffset } from '../ical-format';

/** The calendar columns this file carries: every column that holds a post field (not the add-on's own columns). */
const POST_COLUMNS = CALENDAR_COLUMNS.filter((c): c is keyof typeof FIELD_BY_COLUMN => c in FIELD_BY_COLUMN);

/** The header: the calendar columns, `Start (UTC)`, `Start (local)`, and `Tracked link` when a UTM template is set. */
export function genericHeader(options: Pick<ExportOptions, 'utmTemplate'>): string[] {
  return [...POST_COLUMNS, 'Start (UTC)', 'Start (local)', ...(options.utmTemplate ? ['Tracked link'] : [])];
}

/** ISO 8601 with the zone's offset, e.g. `2026-01-15T09:00:00+01:00`. */
function isoLocal(instant: Date, timeZone: string): string {
  const { date, time } = localParts(instant, timeZone);
  const offset = utcOffset(zoneOffsetMinutes(timeZone, instant.getTime()));
  return `${date}T${time}:00${offset === '+0000' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(3)}`}`;
}

/** One post's cells, in header order. */
function genericRow(post: Post, options: ExportOptions): string[] {
  const zone = post.timeZone || options.defaultTimeZone;
  const at = parseTime(post.time) ? postInstant(post, options.defaultTimeZone) : null;
  return [
    ...POST_COLUMNS.map((column) => post[FIELD_BY_COLUMN[column]]),
    at ? at.toISOString().replace(/\.\d{3}Z$/, 'Z') : '',
    at ? isoLocal(at, zone) : '',
    ...(options.utmTemplate ? [exportLink(post, options)] : []),
  ];
}

/**
 * Writes the generic CSV: UTF-8 with a byte order mark (so Excel shows emoji), CRLF, and formula-like
 * cells prefixed with `'` unless `neutralise: false` (see csv-writer.ts). This file is for people and
 * spreadsheets, not for a scheduler, so neutralising is safe here.
 */
export function writeGenericCsv(posts: readonly Post[], options: ExportOptions): string {
  return writeCsv([genericHeader(options), ...posts.map((post) => genericRow(post, options))], {
    neutralise: options.neutralise ?? true,
    bom: true,
  });
}

/** Generic CSV checks: nothing is refused; posts without a usable date, time or zone get empty Start cells (warning). */
export function preflightGenericCsv(posts: readonly Post[], options: ExportOptions): Problem[] {
  const problems: Problem[] = [];
  const locale = exportLocale(options);
  posts.forEach((post, i) => {
    const zone = post.timeZone || options.defaultTimeZone;
    const usable = parseIsoDate(post.date) && parseTime(post.time) && isValidTimeZone(zone);
    if (!usable) {
      problems.push({
        postId: post.id,
        row: i + 1,
        severity: 'warning',
        code: 'no-start',
        message: t(locale, 'export.problem.noStart', { post: postName(post, locale) }),
      });
    }
    if ((options.neutralise ?? true) && Object.values(post).some((v) => typeof v === 'string' && looksLikeFormula(v))) {
      problems.push({
        postId: post.id,
        row: i + 1,
        severity: 'warning',
        code: 'formula-neutralised',
        message: t(locale, 'export.problem.neutralised', { post: postName(post, locale) }),
      });
    }
  });
  return problems;
}

/** The generic ISO-8601 CSV export target. */
export const genericCsvTarget: ExportTarget = {
  id: 'generic-csv',
  label: 'CSV with every column (ISO 8601 times)',
  fileName: (now, timeZone = 'UTC') => `content-calendar-${localParts(now, timeZone).date}.csv`,
  mimeType: 'text/csv',
  preflight: preflightGenericCsv,
  write: writeGenericCsv,
};
