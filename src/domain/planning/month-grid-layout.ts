/** The month view's cell layout: one 7-column grid written in one batch, each post in its own status-coloured cell. */

import { STATUSES } from '../post';
import type { CellStyle } from '../status-palette';
import {
  DAY_STYLE,
  EMPTY_SLOT_STYLE,
  GAP_STYLE,
  HEADER_STYLE,
  NEUTRAL_STYLE,
  OUTSIDE_MONTH_STYLE,
  OVERDUE_STYLE,
  statusStyle,
} from '../status-palette';
import type { MonthDay, MonthLine, MonthView } from './month-grid';
import { pm } from './planning-messages';
import type { SheetGrid } from './sheet-grid';
import { GridBuilder } from './sheet-grid';

/** What each grid row is, so the sheet code can set row heights (e.g. taller day rows). */
export type MonthRowKind = 'title' | 'subtitle' | 'header' | 'day' | 'slot' | 'blank' | 'key';

/** The month grid plus row kinds and how many rows to freeze (title, subtitle, weekday header). */
export interface MonthGrid extends SheetGrid {
  rowKinds: MonthRowKind[];
  frozenRows: number;
}

const TITLE_STYLE: CellStyle = { background: '#FFFFFF', fontColor: '#202124', bold: true };
const SUBTITLE_STYLE: CellStyle = { background: '#FFFFFF', fontColor: '#5F6368' };
const MORE_STYLE: CellStyle = { background: '#FFFFFF', fontColor: '#5F6368', bold: true };

/**
 * Lays the month view out as 7 columns: a title row, a subtitle row, the weekday header, then per
 * week one day row (the day number and that day's events; amber when nothing is planned) followed by
 * as many slot rows as the week's busiest day needs, one post per cell, coloured by status (overdue
 * posts in the overdue style) and led by the status symbol so colour is never the only cue. A day with
 * nothing planned shows "No posts" in amber. Cells outside the month are grey. A key of the status
 * colours closes the grid. Every array has the same size, for one write per Range setter.
 * @param view The month view from buildMonthView.
 */
export function monthViewToGrid(view: MonthView): MonthGrid {
  const locale = view.locale;
  const builder = new GridBuilder(7);
  const rowKinds: MonthRowKind[] = [];
  const add = (kind: MonthRowKind, cells: Parameters<GridBuilder['addRow']>[0]) => {
    rowKinds.push(kind);
    return builder.addRow(cells);
  };

  const titleRow = add('title', [{ value: view.title, style: TITLE_STYLE }]);
  builder.merge({ row: titleRow, column: 0, numRows: 1, numColumns: 7 });
  const subtitleRow = add('subtitle', [{ value: view.subtitle, style: SUBTITLE_STYLE }]);
  builder.merge({ row: subtitleRow, column: 0, numRows: 1, numColumns: 7 });
  add(
    'header',
    view.header.map((name) => ({ value: name, style: HEADER_STYLE })),
  );

  for (const week of view.weeks) {
    add(
      'day',
      week.map((day) => dayCell(day, locale)),
    );
    const slots = Math.max(1, ...week.map((day) => day.lines.length + (day.moreCount > 0 ? 1 : 0)));
    for (let slot = 0; slot < slots; slot++) {
      add(
        'slot',
        week.map((day) => slotCell(day, slot, locale)),
      );
    }
  }

  add('blank', []);
  add('key', [{ value: pm(locale, 'planning.month.key'), style: TITLE_STYLE }]);
  const keyCells = [
    ...STATUSES.map((status) => ({
      value: `${statusStyle(status).symbol ?? ''} ${status}`.trim(),
      style: statusStyle(status),
    })),
    { value: `${OVERDUE_STYLE.symbol} ${pm(locale, 'planning.month.overdue')}`, style: OVERDUE_STYLE },
    { value: pm(locale, 'planning.month.gap'), style: GAP_STYLE },
  ];
  for (let i = 0; i < keyCells.length; i += 7) add('key', keyCells.slice(i, i + 7));

  return { ...builder.toGrid(), rowKinds, frozenRows: 3 };
}

/** The day row's cell: "14" or "14 · Valentine's Day · Spring launch". */
function dayCell(day: MonthDay, locale: string): { value: string; style: CellStyle; note?: string } {
  if (!day.date) return { value: '', style: OUTSIDE_MONTH_STYLE };
  const number = String(Number(day.date.slice(8, 10)));
  const value = [number, ...day.events].join(' · ');
  const note = day.events.length > 0 ? day.events.join('\n') : undefined;
  return {
    value,
    style: day.isGap ? { ...GAP_STYLE, bold: true } : DAY_STYLE,
    note: note ?? (day.isGap ? pm(locale, 'planning.month.noPosts') : undefined),
  };
}

/** One slot cell of a day: its n-th post, "+N more", "No posts" for a gap, or empty. */
function slotCell(day: MonthDay, slot: number, locale: string): { value: string; style: CellStyle; note?: string } {
  if (!day.date) return { value: '', style: OUTSIDE_MONTH_STYLE };
  const line: MonthLine | undefined = day.lines[slot];
  if (line) {
    const style = line.overdue ? OVERDUE_STYLE : statusStyle(line.status);
    const symbol = style.symbol ?? NEUTRAL_STYLE.symbol;
    return { value: `${symbol} ${line.text}`, style, note: line.note };
  }
  if (slot === day.lines.length && day.moreCount > 0) {
    return { value: pm(locale, 'planning.month.more', { count: day.moreCount }), style: MORE_STYLE };
  }
  if (slot === 0 && day.isGap) return { value: pm(locale, 'planning.month.noPosts'), style: GAP_STYLE };
  return { value: '', style: EMPTY_SLOT_STYLE };
}
