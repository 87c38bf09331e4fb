/** The names of the sheets the add-on creates and reads. */

export const SHEET_NAMES = {
  calendar: 'Calendar',
  settings: 'Settings',
  platforms: 'Platforms',
  events: 'Events',
  audience: 'Audience',
  monthView: 'Month view',
  dashboard: 'Dashboard',
} as const;
