/** The Dashboard sheet's cell layout (one batched write) and where its chart's data sits. */

import type { CellStyle } from '../status-palette';
import { HEADER_STYLE, OVERDUE_STYLE, statusStyle } from '../status-palette';
import type { Dashboard, DashboardPost } from './dashboard';
import { countPhrase, pm } from './planning-messages';
import type { GridMerge, SheetGrid } from './sheet-grid';
import { GridBuilder } from './sheet-grid';

/** The posts-per-week chart: its data block (header row + one row per week, 0-based) and where to anchor it. */
export interface DashboardChart {
  /** First column: week labels; next columns: one series per platform; first row: headers. */
  dataRange: GridMerge;
  /** 0-based cell for the chart's top-left corner (right of the tables). */
  anchor: { row: number; column: number };
  title: string;
  /** False when no week has posts: add no chart (an empty chart only confuses). */
  hasData: boolean;
}

/** The dashboard grid plus its chart. */
export interface DashboardGrid extends SheetGrid {
  chart: DashboardChart;
}

const TITLE_STYLE: CellStyle = { background: '#FFFFFF', fontColor: '#202124', bold: true };
const NOTE_STYLE: CellStyle = { background: '#FFFFFF', fontColor: '#5F6368' };
const TOTAL_STYLE: CellStyle = { background: '#F1F3F4', fontColor: '#202124', bold: true };
const LIST_COLUMNS = ['date', 'time', 'platform', 'title', 'status', 'owner', 'id'] as const;

/**
 * Lays the dashboard out top to bottom: title, subtitle, counts by status (status cells in the status
 * palette) with a total, counts by platform with a total, the posts-per-week table (the chart's data),
 * then the awaiting-approval and overdue lists (at most `maxListRows` rows each, then "… and N more.").
 * Counts are numbers; text is protected from Sheets' parsing. The sheet code writes it in one batch and
 * adds an EmbeddedChart (e.g. a column chart, stacked) over `chart.dataRange` at `chart.anchor`.
 * @param dashboard From buildDashboard.
 * @param options `locale`; `refreshed` (e.g. "2026-03-14 09:30") for the subtitle; `maxListRows` (default 100).
 */
export function dashboardToGrid(
  dashboard: Dashboard,
  options: { locale?: string; refreshed?: string; maxListRows?: number } = {},
): DashboardGrid {
  const locale = options.locale ?? 'en';
  const maxRows = options.maxListRows ?? 100;
  const { byWeek } = dashboard;
  const width = Math.max(LIST_COLUMNS.length + 1, byWeek.platforms.length + 1);
  const b = new GridBuilder(width);
  const header = (cells: string[]) => b.addRow(cells.map((value) => ({ value, style: HEADER_STYLE })));
  const blank = () => b.addRow([]);

  const title = b.addRow([{ value: pm(locale, 'planning.dashboard.title'), style: TITLE_STYLE }]);
  b.merge({ row: title, column: 0, numRows: 1, numColumns: width });
  const subtitle = b.addRow([
    {
      value: pm(locale, 'planning.dashboard.subtitle', {
        updated: options.refreshed ?? dashboard.today,
        zone: dashboard.timeZone,
        total: countPhrase(locale, dashboard.total, 'post'),
        undated: dashboard.undated,
      }),
      style: NOTE_STYLE,
    },
  ]);
  b.merge({ row: subtitle, column: 0, numRows: 1, numColumns: width });
  blank();

  header([pm(locale, 'planning.dashboard.byStatus'), pm(locale, 'planning.dashboard.count')]);
  for (const { status, count } of dashboard.byStatus) {
    b.addRow([
      { value: status || pm(locale, 'planning.dashboard.noStatus'), style: status ? statusStyle(status) : undefined },
      { value: count },
    ]);
  }
  totalRow(b, locale, dashboard.total);
  blank();

  header([pm(locale, 'planning.dashboard.byPlatform'), pm(locale, 'planning.dashboard.count')]);
  for (const { platform, count } of dashboard.byPlatform) {
    b.addRow([{ value: platform || pm(locale, 'planning.dashboard.noPlatform') }, { value: count }]);
  }
  totalRow(b, locale, dashboard.total);
  blank();

  // Content mix (issue #22), only when some post has a pillar.
  if (dashboard.byPillar?.length) {
    header([pm(locale, 'planning.dashboard.byPillar'), pm(locale, 'planning.dashboard.count'), '%']);
    for (const { pillar, count, share } of dashboard.byPillar) {
      b.addRow([{ value: pillar }, { value: count }, { value: `${share}%` }]);
    }
    blank();
  }

  b.addRow([{ value: pm(locale, 'planning.dashboard.byWeek'), style: TITLE_STYLE }]);
  const chartRow = header([pm(locale, 'planning.dashboard.weekOf'), ...byWeek.platforms]);
  byWeek.weekStarts.forEach((week, w) =>
    b.addRow([{ value: week }, ...byWeek.counts[w].map((count) => ({ value: count }))]),
  );
  const chart: DashboardChart = {
    dataRange: {
      row: chartRow,
      column: 0,
      numRows: byWeek.weekStarts.length + 1,
      numColumns: byWeek.platforms.length + 1,
    },
    anchor: { row: 3, column: width + 1 },
    title: pm(locale, 'planning.dashboard.chartTitle'),
    hasData: byWeek.platforms.length > 0,
  };
  blank();

  postList(b, locale, pm(locale, 'planning.dashboard.awaiting'), dashboard.awaitingApproval, maxRows, false);
  blank();
  postList(b, locale, pm(locale, 'planning.dashboard.overdue'), dashboard.overdue, maxRows, true);

  return { ...b.toGrid(), chart };
}

/** A bold "Total" row. */
function totalRow(b: GridBuilder, locale: string, total: number): void {
  b.addRow([
    { value: pm(locale, 'planning.dashboard.total'), style: TOTAL_STYLE },
    { value: total, style: TOTAL_STYLE },
  ]);
}

/** A titled list of posts with a header row, or "None." */
function postList(
  b: GridBuilder,
  locale: string,
  title: string,
  posts: DashboardPost[],
  maxRows: number,
  overdue: boolean,
): void {
  b.addRow([{ value: `${title} (${posts.length})`, style: TITLE_STYLE }]);
  const columns = LIST_COLUMNS.map((c) => pm(locale, `planning.dashboard.col.${c}`));
  b.addRow(
    [...columns, ...(overdue ? [pm(locale, 'planning.dashboard.col.daysLate')] : [])].map((value) => ({
      value,
      style: HEADER_STYLE,
    })),
  );
  if (posts.length === 0) {
    b.addRow([{ value: pm(locale, 'planning.dashboard.none'), style: NOTE_STYLE }]);
    return;
  }
  for (const post of posts.slice(0, maxRows)) {
    b.addRow([
      { value: post.date },
      { value: post.time },
      { value: post.platform },
      { value: post.title },
      { value: post.status, style: overdue ? OVERDUE_STYLE : statusStyle(post.status) },
      { value: post.owner },
      { value: post.id },
      ...(overdue ? [{ value: post.daysOverdue ?? 0 }] : []),
    ]);
  }
  if (posts.length > maxRows) {
    b.addRow([{ value: pm(locale, 'planning.dashboard.more', { count: posts.length - maxRows }), style: NOTE_STYLE }]);
  }
}
