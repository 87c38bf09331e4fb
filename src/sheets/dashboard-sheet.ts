/** The Dashboard sheet: counts by status, platform and week, posts awaiting approval, overdue posts, and a posts-per-week chart, written in one batch. */

import { buildDashboard, dashboardToGrid, pm } from '../domain/planning';
import type { Workbook } from './active-spreadsheet';
import { DASHBOARD_COLUMNS, drawGeneratedGrid, findOrInsertSheet, readPostColumns, todayIn } from './planning-posts';
import { protectGeneratedSheet } from './protections';
import { SHEET_NAMES } from './sheet-names';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Width of the chart in pixels. */
const CHART_WIDTH = 640;
const CHART_HEIGHT = 360;

/** What a refresh showed. */
export interface DashboardResult {
  sheet: Sheet;
  posts: number;
  charted: boolean;
}

/** True for a chart this add-on drew: its title is the dashboard chart's title in English or Polish. */
function isOurChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): boolean {
  const title = String(chart.getOptions().get('title') ?? '');
  return title === pm('en', 'planning.dashboard.chartTitle') || title === pm('pl', 'planning.dashboard.chartTitle');
}

/**
 * Builds the Dashboard sheet (created when missing): reads only the Calendar columns it shows
 * (DASHBOARD_COLUMNS; a few calls), writes the tables with a fixed number of calls (values,
 * backgrounds, font colours, weights, notes, 2 merges; protection, frozen rows and widths on the
 * first draw only), removes the chart it drew last time and inserts a stacked column chart of
 * posts per week by platform (no chart when no week has posts). Charts a team added are kept.
 * @param workbook The spreadsheet, its zone and locale.
 * @param now The current instant (today's week, overdue posts).
 */
export function refreshDashboardSheet(workbook: Workbook, now: Date): DashboardResult {
  const sheet = findOrInsertSheet(workbook, SHEET_NAMES.dashboard);
  const posts = readPostColumns(workbook, DASHBOARD_COLUMNS);
  const dashboard = buildDashboard(posts, { today: todayIn(now, workbook.timeZone), timeZone: workbook.timeZone, now });
  const grid = dashboardToGrid(dashboard, {
    locale: workbook.locale,
    refreshed: Utilities.formatDate(now, workbook.timeZone, 'yyyy-MM-dd HH:mm'),
  });
  for (const chart of sheet.getCharts()) if (isOurChart(chart)) sheet.removeChart(chart);
  const drawn = drawGeneratedGrid(sheet, grid, 1);
  // The layout is set on the first draw only: a redraw writes nothing that did not change.
  if (drawn.firstDraw) {
    protectGeneratedSheet(sheet, 'Dashboard sheet (generated)');
    sheet.setFrozenRows(2);
    sheet.setColumnWidths(1, grid.values[0].length, 120);
  }
  const { chart } = grid;
  if (chart.hasData) {
    const data = chart.dataRange;
    const built = sheet
      .newChart()
      .asColumnChart()
      .setStacked()
      .setTitle(chart.title)
      .addRange(sheet.getRange(data.row + 1, data.column + 1, data.numRows, data.numColumns))
      .setNumHeaders(1)
      .setOption('width', CHART_WIDTH)
      .setOption('height', CHART_HEIGHT)
      .setPosition(chart.anchor.row + 1, chart.anchor.column + 1, 0, 0)
      .build();
    sheet.insertChart(built);
  }
  return { sheet, posts: posts.length, charted: chart.hasData };
}
