/** Google Calendar's public holiday calendars, by country, for the optional holiday import through CalendarApp. */

/** One country's public holiday calendar. */
export interface HolidayCalendar {
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  /** The country's English name (the picker shows it). */
  name: string;
  /** The calendar id for CalendarApp.getCalendarById / subscribeToCalendar. */
  calendarId: string;
}

/**
 * Google's public holiday calendar ids. The pattern `<language>.<region>#holiday@group.v.calendar.google.com`
 * is long-standing and widely used (e.g. `en.usa`, `en.uk`, `en.polish`, `en.japanese` appear in many public
 * scripts). Google does not document the region slugs: every id below was checked against an undated
 * snapshot of Google Calendar's "Holidays in …" list (title → id) kept in public code, and against other
 * scripts for the common ones. Slugs mix nationality words (`en.polish`) and two-letter codes (`en.th`,
 * `en.ch`), so never build an id from a country code. Google also offers `<language>.<region>.official#holiday@…` variants that hold official public
 * holidays only (no observances). Confidence U: the import must report a calendar it cannot open
 * (CalendarApp returns null) and suggest subscribing to the country's holidays in Google Calendar first.
 * The `en.` prefix gives English event titles; `pl.polish#holiday@…` would give Polish titles.
 */
export const HOLIDAY_CALENDARS: readonly HolidayCalendar[] = [
  { country: 'AR', name: 'Argentina', calendarId: 'en.ar#holiday@group.v.calendar.google.com' },
  { country: 'AU', name: 'Australia', calendarId: 'en.australian#holiday@group.v.calendar.google.com' },
  { country: 'AT', name: 'Austria', calendarId: 'en.austrian#holiday@group.v.calendar.google.com' },
  { country: 'BE', name: 'Belgium', calendarId: 'en.be#holiday@group.v.calendar.google.com' },
  { country: 'BR', name: 'Brazil', calendarId: 'en.brazilian#holiday@group.v.calendar.google.com' },
  { country: 'CA', name: 'Canada', calendarId: 'en.canadian#holiday@group.v.calendar.google.com' },
  { country: 'CN', name: 'China', calendarId: 'en.china#holiday@group.v.calendar.google.com' },
  { country: 'CZ', name: 'Czechia', calendarId: 'en.czech#holiday@group.v.calendar.google.com' },
  { country: 'DK', name: 'Denmark', calendarId: 'en.danish#holiday@group.v.calendar.google.com' },
  { country: 'FI', name: 'Finland', calendarId: 'en.finnish#holiday@group.v.calendar.google.com' },
  { country: 'FR', name: 'France', calendarId: 'en.french#holiday@group.v.calendar.google.com' },
  { country: 'DE', name: 'Germany', calendarId: 'en.german#holiday@group.v.calendar.google.com' },
  { country: 'GR', name: 'Greece', calendarId: 'en.greek#holiday@group.v.calendar.google.com' },
  { country: 'HK', name: 'Hong Kong', calendarId: 'en.hong_kong#holiday@group.v.calendar.google.com' },
  { country: 'IN', name: 'India', calendarId: 'en.indian#holiday@group.v.calendar.google.com' },
  { country: 'ID', name: 'Indonesia', calendarId: 'en.indonesian#holiday@group.v.calendar.google.com' },
  { country: 'IE', name: 'Ireland', calendarId: 'en.irish#holiday@group.v.calendar.google.com' },
  { country: 'IT', name: 'Italy', calendarId: 'en.italian#holiday@group.v.calendar.google.com' },
  { country: 'JP', name: 'Japan', calendarId: 'en.japanese#holiday@group.v.calendar.google.com' },
  { country: 'MY', name: 'Malaysia', calendarId: 'en.malaysia#holiday@group.v.calendar.google.com' },
  { country: 'MX', name: 'Mexico', calendarId: 'en.mexican#holiday@group.v.calendar.google.com' },
  { country: 'NL', name: 'Netherlands', calendarId: 'en.dutch#holiday@group.v.calendar.google.com' },
  { country: 'NZ', name: 'New Zealand', calendarId: 'en.new_zealand#holiday@group.v.calendar.google.com' },
  { country: 'NO', name: 'Norway', calendarId: 'en.norwegian#holiday@group.v.calendar.google.com' },
  { country: 'PH', name: 'Philippines', calendarId: 'en.philippines#holiday@group.v.calendar.google.com' },
  { country: 'PL', name: 'Poland', calendarId: 'en.polish#holiday@group.v.calendar.google.com' },
  { country: 'PT', name: 'Portugal', calendarId: 'en.portuguese#holiday@group.v.calendar.google.com' },
  { country: 'SG', name: 'Singapore', calendarId: 'en.singapore#holiday@group.v.calendar.google.com' },
  { country: 'ZA', name: 'South Africa', calendarId: 'en.sa#holiday@group.v.calendar.google.com' },
  { country: 'KR', name: 'South Korea', calendarId: 'en.south_korea#holiday@group.v.calendar.google.com' },
  { country: 'ES', name: 'Spain', calendarId: 'en.spain#holiday@group.v.calendar.google.com' },
  { country: 'SE', name: 'Sweden', calendarId: 'en.swedish#holiday@group.v.calendar.google.com' },
  { country: 'CH', name: 'Switzerland', calendarId: 'en.ch#holiday@group.v.calendar.google.com' },
  { country: 'TW', name: 'Taiwan', calendarId: 'en.taiwan#holiday@group.v.calendar.google.com' },
  { country: 'TH', name: 'Thailand', calendarId: 'en.th#holiday@group.v.calendar.google.com' },
  { country: 'TR', name: 'Türkiye', calendarId: 'en.turkish#holiday@group.v.calendar.google.com' },
  { country: 'UA', name: 'Ukraine', calendarId: 'en.ukrainian#holiday@group.v.calendar.google.com' },
  { country: 'GB', name: 'United Kingdom', calendarId: 'en.uk#holiday@group.v.calendar.google.com' },
  { country: 'US', name: 'United States', calendarId: 'en.usa#holiday@group.v.calendar.google.com' },
  { country: 'VN', name: 'Vietnam', calendarId: 'en.vietnamese#holiday@group.v.calendar.google.com' },
];

/**
 * The holiday calendar id for a country code (`PL`, `pl`, also `UK` for GB), or null when the list lacks it.
 * @param country An ISO 3166-1 alpha-2 code.
 */
export function holidayCalendarId(country: string): string | null {
  const code = String(country ?? '')
    .trim()
    .toUpperCase();
  const wanted = code === 'UK' ? 'GB' : code;
  return HOLIDAY_CALENDARS.find((c) => c.country === wanted)?.calendarId ?? null;
}
