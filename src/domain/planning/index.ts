/** The planning views' public surface (month view, events, cadence, best times, dashboard) for sheets/ and entrypoints/. */

export { buildMonthView, MONTH_SCAN_MARGIN_DAYS, monthOptions, parseMonthPick } from './month-grid';
export type { MonthDay, MonthLine, MonthOption, MonthView, MonthViewOptions } from './month-grid';
export { monthViewToGrid } from './month-grid-layout';
export type { MonthGrid, MonthRowKind } from './month-grid-layout';
export type { GridMerge, SheetGrid } from './sheet-grid';
export { emptyGrid, sheetText, shownText } from './sheet-grid';

export {
  EVENT_COLUMNS,
  eventsByDate,
  eventsOn,
  eventsToRows,
  holidaysFromCalendarEvents,
  newEventsOnly,
  parseEventRows,
  suggestPostDates,
} from './events';
export type { CalendarEventInput, PlanningEvent } from './events';
export { HOLIDAY_CALENDARS, holidayCalendarFor, holidayCalendarId } from './holiday-calendars';
export type { HolidayCalendar } from './holiday-calendars';
export type { RowProblem } from './cell-values';

export { CADENCE_COLUMNS, DEFAULT_CADENCE, cadenceToRows, rowsToCadence } from './cadence-settings';
export type { CadenceTarget } from './cadence-settings';
export { findCadenceProblems } from './cadence';
export { cadenceReport, cadenceWeeks } from './cadence-report';
export type { CadenceCode, CadenceIssue, CadenceOptions } from './cadence';

export { defaultAudience, defaultAudienceGrid } from './audience-defaults';
export type { AudienceGrid } from './audience-defaults';
export {
  AUDIENCE_BLOCK_ROWS,
  AUDIENCE_COLUMNS,
  audienceGridFor,
  audienceHeatmapRanges,
  audienceToRows,
  mergeAudience,
  rowsToAudience,
} from './audience-sheet';
export { AUDIENCE_CSV_EXAMPLE, parseAudienceCsv } from './audience-csv';
export { audienceImportPlan } from './audience-import';
export type { AudienceImportPlan, PlannedBlock } from './audience-import';
export type { CsvProblem } from './audience-csv';
export { LOW_ACTIVITY_SHARE, isLowActivity, suggestSlots } from './best-times';
export type { SlotOptions, SlotSuggestion } from './best-times';

export { buildDashboard } from './dashboard';
export type { Dashboard, DashboardOptions, DashboardPost, WeeklyCounts } from './dashboard';
export { dashboardToGrid } from './dashboard-layout';
export type { DashboardChart, DashboardGrid } from './dashboard-layout';

export { placePost } from './post-placement';
export type { PlacedPost } from './post-placement';
export { planningLanguage, pm } from './planning-messages';
export { PLANNING_MESSAGES } from './planning-catalogue';
