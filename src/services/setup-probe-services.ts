/** The setup check's probes of Apps Script itself: Intl, zone offsets against Utilities.formatDate, scopes, holiday calendars, quotas. */

import { holidayCalendarId } from '../domain/planning/holiday-calendars';
import type { ProbeResult } from '../domain/setup-check/setup-report';
import { hasLongOffset, offsetSourceName, zoneOffsetMinutes } from '../domain/schedule/zone-offset';
import { appsScriptZoneOffset } from './apps-script-zone-offset';

type Probe = Omit<ProbeResult, 'id'>;

const SEND_MAIL_SCOPES = ['https://www.googleapis.com/auth/script.send_mail', 'https://mail.google.com/'];

/** The Intl features the add-on may use and which offset source it chose (zone-offset.ts). */
export function probeIntl(): Probe {
  const intl = Intl as unknown as Record<string, unknown>;
  const features: Record<string, boolean> = {
    longOffset: hasLongOffset(),
    segmenter: typeof intl.Segmenter === 'function',
    pluralRules: typeof intl.PluralRules === 'function',
  };
  const missing = Object.keys(features).filter((name) => !features[name]);
  const source = offsetSourceName();
  return {
    status: missing.length === 0 ? 'pass' : 'warn',
    facts: { ...features, offsetSource: source },
    params: {
      list: (missing.length ? missing : Object.keys(features)).join(', '),
      source: source === 'installed' ? 'Utilities.formatDate' : source === 'intl-parts' ? 'Intl.DateTimeFormat' : 'Intl (longOffset)',
    },
  };
}

/**
 * The add-on's offset for each zone, twice a week through `year` (00:30 and 12:30 UTC), against
 * `Utilities.formatDate(date, zone, "Z")`: the first ten disagreements are listed.
 * @param zones IANA zones the calendar uses.
 * @param year The calendar year to sample.
 */
export function probeZoneOffsets(zones: readonly string[], year: number): Probe {
  const mismatches: Array<{ zone: string; at: string; addOn: number; utilities: number }> = [];
  let count = 0;
  for (let ms = Date.UTC(year, 0, 1, 0, 30); ms < Date.UTC(year + 1, 0, 1); ms += 3.5 * 86400000) {
    count++;
    for (const zone of zones) {
      const addOn = zoneOffsetMinutes(zone, ms);
      const utilities = appsScriptZoneOffset(zone, ms);
      if (addOn !== utilities && mismatches.length < 10) mismatches.push({ zone, at: new Date(ms).toISOString(), addOn, utilities });
    }
  }
  return {
    status: mismatches.length === 0 ? 'pass' : 'fail',
    facts: { zones: [...zones], moments: count, mismatches },
    params: {
      list: mismatches.length ? mismatches.map((m) => `${m.zone} ${m.at}: ${m.addOn} ≠ ${m.utilities}`).join('; ') : zones.join(', '),
      count,
    },
  };
}

/** The scopes this person granted (ScriptApp.getAuthorizationInfo in AuthMode.FULL): the status and, where Apps Script lists them, the scopes. */
export function probeScopes(): Probe & { granted: string[] | null } {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  const status = String(info.getAuthorizationStatus());
  const list = info as unknown as { getAuthorizedScopes?: () => string[] };
  const granted = typeof list.getAuthorizedScopes === 'function' ? [...list.getAuthorizedScopes()].sort() : null;
  return { status: status === 'NOT_REQUIRED' ? 'pass' : 'fail', facts: { status, granted }, granted };
}

/**
 * Whether public holiday calendars can be read unsubscribed, through the Advanced Calendar service's
 * Events.list (https://developers.google.com/calendar/api/v3/reference/events/list) when the script
 * has it enabled; otherwise `info` (nothing was called).
 * @param countries ISO country codes whose calendars to try.
 * @param now The clock, for the time window.
 */
export function probeHolidayCalendars(countries: readonly string[], now: Date): Probe {
  const service = typeof Calendar === 'undefined' ? undefined : Calendar;
  if (!service || !service.Events) return { status: 'info', facts: { service: 'not-enabled' } };
  const reachable: Record<string, string> = {};
  for (const country of countries) {
    const id = holidayCalendarId(country);
    if (!id) continue;
    try {
      const page = service.Events.list(id, { maxResults: 1, timeMin: now.toISOString(), singleEvents: true });
      reachable[country] = `ok (${page.items?.length ?? 0} event)`;
    } catch (error) {
      reachable[country] = String((error as Error)?.message ?? error);
    }
  }
  const failed = Object.keys(reachable).filter((country) => !reachable[country].startsWith('ok'));
  return {
    status: failed.length === 0 ? 'pass' : 'warn',
    facts: { service: 'enabled', reachable },
    params: { list: Object.keys(reachable).map((country) => `${country}: ${reachable[country]}`).join('; ') },
  };
}

/**
 * Quotas Apps Script reports: only MailApp.getRemainingDailyQuota, which needs a send-mail scope the
 * add-on does not ask for, so MailApp is never called; the report says whether the scope is granted.
 * @param granted The granted scopes, or null when Apps Script does not list them.
 */
export function probeQuotas(granted: string[] | null): Probe {
  const mail = granted && granted.some((scope) => SEND_MAIL_SCOPES.includes(scope)) ? 'granted-not-read' : 'not-granted';
  return { status: 'info', facts: { mail } };
}
