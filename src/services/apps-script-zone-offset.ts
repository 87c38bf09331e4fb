/** The zone offsets Apps Script guarantees: `Utilities.formatDate(date, zone, "Z")`, installed for the domain's time-zone code. */

import { installOffsetSource } from '../domain/schedule/zone-offset';

const OFFSET = /^([+-])(\d{2})(\d{2})$/;

/**
 * A zone's UTC offset in minutes at an instant, read from `Utilities.formatDate` with the `Z` pattern
 * (RFC 822 zone, e.g. `+0100`; https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * uses Java SimpleDateFormat patterns: https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html).
 * NaN when the answer is not an offset.
 * @param timeZone An IANA zone.
 * @param instantMs Milliseconds since the epoch.
 */
export function appsScriptZoneOffset(timeZone: string, instantMs: number): number {
  const match = OFFSET.exec(Utilities.formatDate(new Date(instantMs), timeZone, 'Z'));
  if (!match) return NaN;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Makes the domain read offsets from Utilities.formatDate wherever Intl's `longOffset` is missing. */
export function useAppsScriptZoneOffsets(): void {
  installOffsetSource(appsScriptZoneOffset);
}
