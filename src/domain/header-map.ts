/** Finds the calendar's columns by header name, so users may reorder them and add their own. */

import { CALENDAR_COLUMNS, type CalendarColumn } from './post';
import { HEADER_ALIASES } from './post-fields';

/** 1-based column numbers of the calendar columns that are present, by column name. */
export type HeaderMap = Partial<Record<CalendarColumn, number>>;

/** A header as compared: trimmed, case-folded, inner white space collapsed. */
export function normalizeHeader(value: unknown): string {
  return String(value ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * Maps each calendar column to its 1-based position in `header` (case-insensitive, first match
 * wins; common aliases accepted). Columns that are absent are left out.
 */
export function mapHeader(header: readonly unknown[]): HeaderMap {
  const byName = new Map<string, CalendarColumn>();
  for (const column of CALENDAR_COLUMNS) byName.set(normalizeHeader(column), column);
  const map: HeaderMap = {};
  header.forEach((cell, index) => {
    const name = normalizeHeader(cell);
    const column = byName.get(name) ?? HEADER_ALIASES[name];
    if (column && map[column] === undefined) map[column] = index + 1;
  });
  return map;
}

/** The calendar columns `map` lacks, in their default order. */
export function missingColumns(map: HeaderMap): CalendarColumn[] {
  return CALENDAR_COLUMNS.filter((column) => map[column] === undefined);
}

/**
 * Groups columns into runs of adjacent positions, so that writing several columns of the same rows
 * takes one setValues call per run instead of one per column.
 */
export function adjacentRuns(columns: readonly number[]): number[][] {
  const sorted = [...columns].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === column - 1) last.push(column);
    else runs.push([column]);
  }
  return runs;
}
