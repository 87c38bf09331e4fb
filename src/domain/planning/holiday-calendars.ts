/** Google Calendar's public holiday calendars, by country, for the optional holiday import through the Calendar API. */

/** One country's public holiday calendar. */
export interface HolidayCalendar {
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  /** The country's English name (the picker shows it). */
  name: string;
  /** The public calendar's id, for Calendar.Events.list (no subscription needed). */
  calendarId: string;
}

const HOLIDAY_SUFFIX = '#holiday@group.v.calendar.google.com';

/** A country's entry from its code, English name and region slug (`en.polish`). */
function holiday(country: string, name: string, slug: string): HolidayCalendar {
  return { country, name, calendarId: `${slug}${HOLIDAY_SUFFIX}` };
}

/**
 * Google's public holiday calendar ids. The pattern `<language>.<region>#holiday@group.v.calendar.google.com`
 * is long-standing and widely used (e.g. `en.usa`, `en.uk`, `en.polish`, `en.japanese` appear in many public
 * scripts). Google does not document the region slugs: every id below was checked against an undated
 * snapshot of Google Calendar's "Holidays in …" list (title → id) kept in public code, and against other
 * scripts for the common ones. Slugs mix nationality words (`en.polish`) and two-letter codes (`en.th`,
 * `en.ch`), so never build an id from a country code. Google also offers `<language>.<region>.official#holiday@…` variants that hold official public
 * holidays only (no observances). Confidence U: the import reads them with the Calendar API's events.list,
 * which needs no subscription (CalendarApp.getCalendarById returns null for an unsubscribed one), and
 * reports an id Google answers "Not Found" for.
 * The `en.` prefix gives English event titles; `pl.polish#holiday@…` would give Polish titles.
 */
export const HOLIDAY_CALENDARS: readonly HolidayCalendar[] = [
  holiday('AR', 'Argentina', 'en.ar'),
  holiday('AU', 'Australia', 'en.australian'),
  holiday('AT', 'Austria', 'en.austrian'),
  holiday('BE', 'Belgium', 'en.be'),
  holiday('BR', 'Brazil', 'en.brazilian'),
  holiday('CA', 'Canada', 'en.canadian'),
  holiday('CN', 'China', 'en.china'),
  holiday('CZ', 'Czechia', 'en.czech'),
  holiday('DK', 'Denmark', 'en.danish'),
  holiday('FI', 'Finland', 'en.finnish'),
  holiday('FR', 'France', 'en.french'),
  holiday('DE', 'Germany', 'en.german'),
  holiday('GR', 'Greece', 'en.greek'),
  holiday('HK', 'Hong Kong', 'en.hong_kong'),
  holiday('IN', 'India', 'en.indian'),
  holiday('ID', 'Indonesia', 'en.indonesian'),
  holiday('IE', 'Ireland', 'en.irish'),
  holiday('IT', 'Italy', 'en.italian'),
  holiday('JP', 'Japan', 'en.japanese'),
  holiday('MY', 'Malaysia', 'en.malaysia'),
  holiday('MX', 'Mexico', 'en.mexican'),
  holiday('NL', 'Netherlands', 'en.dutch'),
  holiday('NZ', 'New Zealand', 'en.new_zealand'),
  holiday('NO', 'Norway', 'en.norwegian'),
  holiday('PH', 'Philippines', 'en.philippines'),
  holiday('PL', 'Poland', 'en.polish'),
  holiday('PT', 'Portugal', 'en.portuguese'),
  holiday('SG', 'Singapore', 'en.singapore'),
  holiday('ZA', 'South Africa', 'en.sa'),
  holiday('KR', 'South Korea', 'en.south_korea'),
  holiday('ES', 'Spain', 'en.spain'),
  holiday('SE', 'Sweden', 'en.swedish'),
  holiday('CH', 'Switzerland', 'en.ch'),
  holiday('TW', 'Taiwan', 'en.taiwan'),
  holiday('TH', 'Thailand', 'en.th'),
  holiday('TR', 'Türkiye', 'en.turkish'),
  holiday('UA', 'Ukraine', 'en.ukrainian'),
  holiday('GB', 'United Kingdom', 'en.uk'),
  holiday('US', 'United States', 'en.usa'),
  holiday('VN', 'Vietnam', 'en.vietnamese'),
];

/**
 * The holiday calendar id for a country code (`PL`, `pl`, also `UK` for GB), or null when the list lacks it.
 * @param country An ISO 3166-1 alpha-2 code.
 */
export function holidayCalendarId(country: string): string | null {
  return holidayCalendarFor(country)?.calendarId ?? null;
}

/**
 * A country's holiday calendar from its code (`PL`, `pl`, also `UK` for GB), or null when the list lacks it.
 * @param country An ISO 3166-1 alpha-2 code.
 */
export function holidayCalendarFor(country: string): HolidayCalendar | null {
  const code = String(country ?? '')
    .trim()
    .toUpperCase();
  const wanted = code === 'UK' ? 'GB' : code;
  return HOLIDAY_CALENDARS.find((c) => c.country === wanted) ?? null;
}
