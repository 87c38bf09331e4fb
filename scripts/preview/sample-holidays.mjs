// The sample's public holiday calendar: Google's "Holidays in Poland" (the sample roaster is in Warsaw), so Import public holidays… can be tried in the preview.

/** Poland's public holidays on fixed dates (Dz.U. 1951 nr 4 poz. 28, as amended; Christmas Eve since 2025). */
const FIXED = [
  [1, 1, "New Year's Day"],
  [1, 6, 'Epiphany'],
  [5, 1, 'Labour Day'],
  [5, 3, 'Constitution Day'],
  [8, 15, 'Assumption of Mary'],
  [11, 1, "All Saints' Day"],
  [11, 11, 'Independence Day'],
  [12, 24, 'Christmas Eve'],
  [12, 25, 'Christmas Day'],
  [12, 26, 'Second Day of Christmas'],
];

/** Google's calendar id for Poland's holidays in English (src/domain/planning/holiday-calendars.ts). */
export const POLISH_HOLIDAYS_ID = 'en.polish#holiday@group.v.calendar.google.com';

/**
 * The seed (emulator.seedCalendar) of Poland's holiday calendar: every fixed-date holiday from a
 * month ago to fourteen months ahead of `now`, as all-day events.
 */
export function polishHolidayCalendar(now) {
  const from = new Date(now.getTime() - 31 * 86400000);
  const to = new Date(now.getTime() + 425 * 86400000);
  const events = [];
  for (let year = from.getUTCFullYear(); year <= to.getUTCFullYear(); year++) {
    for (const [month, day, title] of FIXED) {
      const start = new Date(Date.UTC(year, month - 1, day));
      if (start < from || start > to) continue;
      events.push({ title, start, end: new Date(start.getTime() + 86400000), allDay: true });
    }
  }
  return {
    id: POLISH_HOLIDAYS_ID,
    name: 'Holidays in Poland',
    description: 'Public holidays in Poland',
    timeZone: 'Europe/Warsaw',
    readOnly: true,
    events,
  };
}
