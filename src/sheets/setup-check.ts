/** The setup check: every probe, on a temporary sheet and Apps Script's own services, gathered into one report. */

import { t } from '../domain/i18n';
import { PROBE_IDS, runProbe, type ProbeResult, type SetupReport } from '../domain/setup-check/setup-report';
import { isValidTimeZone } from '../domain/schedule/post-instant';
import {
  probeHolidayCalendars,
  probeIntl,
  probeQuotas,
  probeScopes,
  probeZoneOffsets,
} from '../services/setup-probe-services';
import type { Workbook } from './active-spreadsheet';
import { readAllPosts } from './planning-posts';
import { probeDateWallTime, probeProtections, probeTextApostrophe, withTemporarySheet } from './setup-probe-sheet';

/** Zones every report samples besides the calendar's own: both hemispheres' DST and a half-hour zone. */
const REFERENCE_ZONES = ['Europe/Warsaw', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];

/** The zones the calendar uses: the spreadsheet's, the script's, every post's (read only), and the reference zones; at most 12. */
function calendarZones(workbook: Workbook): string[] {
  const zones = new Set([workbook.timeZone, Session.getScriptTimeZone(), ...REFERENCE_ZONES]);
  try {
    for (const post of readAllPosts(workbook)) if (post.timeZone) zones.add(post.timeZone);
  } catch {
    // No Calendar sheet yet: the spreadsheet's and reference zones are enough.
  }
  return [...zones].filter(isValidTimeZone).slice(0, 12);
}

/** The countries whose holiday calendars are tried: the spreadsheet locale's and two common ones. */
function holidayCountries(locale: string): string[] {
  const region = /_([A-Z]{2})$/.exec(locale)?.[1];
  return [...new Set([region ?? 'US', 'PL', 'US'])];
}

/**
 * Runs every probe and returns the report. The team's sheets are only read (the Calendar's time
 * zones); the spreadsheet probes run on a temporary sheet removed afterwards, even on failure.
 * @param workbook The active spreadsheet.
 * @param now The clock.
 */
export function runSetupCheck(workbook: Workbook, now: Date): SetupReport {
  const results: Partial<Record<(typeof PROBE_IDS)[number], ProbeResult>> = {};
  results.intl = runProbe('intl', probeIntl);
  withTemporarySheet(workbook.spreadsheet, t(workbook.locale, 'setup.tempSheet'), (sheet) => {
    results['text-apostrophe'] = runProbe('text-apostrophe', () => probeTextApostrophe(sheet));
    results['date-wall-time'] = runProbe('date-wall-time', () => probeDateWallTime(sheet, workbook.timeZone));
    results.protections = runProbe('protections', () => probeProtections(workbook.spreadsheet, sheet));
  });
  results['zone-offsets'] = runProbe('zone-offsets', () => probeZoneOffsets(calendarZones(workbook), Number(now.toISOString().slice(0, 4))));
  let granted: string[] | null = null;
  results.scopes = runProbe('scopes', () => {
    const { granted: list, ...probe } = probeScopes();
    granted = list;
    return probe;
  });
  results['holiday-calendars'] = runProbe('holiday-calendars', () => probeHolidayCalendars(holidayCountries(workbook.locale), now));
  results.quotas = runProbe('quotas', () => probeQuotas(granted));
  return {
    schema: 1,
    platform: 'apps-script',
    checkedAt: now.toISOString(),
    spreadsheetTimeZone: workbook.timeZone,
    scriptTimeZone: Session.getScriptTimeZone(),
    locale: workbook.locale,
    probes: PROBE_IDS.map((id) => results[id] as ProbeResult),
  };
}
