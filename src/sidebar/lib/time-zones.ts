/** The IANA time zones the time zone picker offers. */

/**
 * Every IANA zone the browser knows, plus `extra` zones (the spreadsheet's, the post's), sorted, without duplicates.
 * @param extra Zones that must be offered even if the browser does not list them.
 */
export function timeZoneChoices(...extra: string[]): string[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const all = new Set([...zones, 'UTC', ...extra.filter(Boolean)]);
  return [...all].sort((a, b) => a.localeCompare(b));
}

/**
 * How a zone is shown: `America/New_York` → `America/New York`.
 * @param zone An IANA zone.
 */
export function timeZoneLabel(zone: string): string {
  return zone.replace(/_/g, ' ');
}
