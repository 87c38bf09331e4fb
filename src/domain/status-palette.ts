/** The shared colours for post statuses (and overdue, error, gap styles), accessible and colour-blind-safe. */

import { STATUSES } from './post';

/**
 * How a cell looks. Every pair keeps WCAG AA contrast (≥ 4.5:1) between text and background. The
 * hues follow the Okabe–Ito colour-blind-safe set, and each status also has a `symbol` so meaning never
 * rests on colour alone (WCAG 1.4.1).
 */
export interface CellStyle {
  background: string;
  fontColor: string;
  bold?: boolean;
  strikethrough?: boolean;
  /** A short text mark that repeats the meaning of the colour (used in the month view and its key). */
  symbol?: string;
}

/** One style per built-in status, in workflow order: pale tints for work in progress, a solid fill for Published. */
export const STATUS_PALETTE: Readonly<Record<(typeof STATUSES)[number], CellStyle>> = {
  Idea: { background: '#F3E5F5', fontColor: '#6A1B6E', symbol: '○' },
  Draft: { background: '#ECEFF1', fontColor: '#37474F', symbol: '◔' },
  'In review': { background: '#FFF3B0', fontColor: '#5C4A00', symbol: '◑' },
  'Needs changes': { background: '#FAD7C0', fontColor: '#8A3000', bold: true, symbol: '!' },
  Approved: { background: '#C8EBDD', fontColor: '#00563B', symbol: '✓' },
  Scheduled: { background: '#CFE8FA', fontColor: '#0B4A75', symbol: '◷' },
  Published: { background: '#0072B2', fontColor: '#FFFFFF', symbol: '●' },
  Cancelled: { background: '#FFFFFF', fontColor: '#6B6B6B', strikethrough: true, symbol: '✕' },
};

/** A post whose date has passed but is not Scheduled, Published or Cancelled (Okabe–Ito orange, bold). */
export const OVERDUE_STYLE: CellStyle = { background: '#E69F00', fontColor: '#1A1A1A', bold: true, symbol: '⚠' };

/** A Checks cell with an error. */
export const ERROR_STYLE: CellStyle = { background: '#FCE8E6', fontColor: '#A50E0E', symbol: '✕' };

/** The row marker of a post with warnings only (amber, as the ⚠ in its Checks cell). */
export const WARNING_STYLE: CellStyle = { background: '#FDE293', fontColor: '#5C4A00', symbol: '⚠' };

/** A status the palette does not know (added in Settings): plain, readable. */
export const NEUTRAL_STYLE: CellStyle = { background: '#FFFFFF', fontColor: '#202124', symbol: '·' };

/** A day in the month view with nothing planned: light amber so gaps stand out. */
export const GAP_STYLE: CellStyle = { background: '#FFF8E1', fontColor: '#7A5200' };

/** Header rows (weekday names, table headers). */
export const HEADER_STYLE: CellStyle = { background: '#37474F', fontColor: '#FFFFFF', bold: true };

/** A day cell in the month view (date and events). */
export const DAY_STYLE: CellStyle = { background: '#F8F9FA', fontColor: '#202124', bold: true };

/** Cells of the grid that belong to no day of the month. */
export const OUTSIDE_MONTH_STYLE: CellStyle = { background: '#E8EAED', fontColor: '#5F6368' };

/** Empty post slots of a day that has posts. */
export const EMPTY_SLOT_STYLE: CellStyle = { background: '#FFFFFF', fontColor: '#202124' };

/**
 * The style of a status (matched ignoring case), or the neutral style for a status the palette lacks.
 * @param status A status such as `In review`.
 */
export function statusStyle(status: string): CellStyle {
  const key = String(status ?? '')
    .trim()
    .toLowerCase();
  const match = STATUSES.find((s) => s.toLowerCase() === key);
  return match ? STATUS_PALETTE[match] : NEUTRAL_STYLE;
}

/**
 * The WCAG 2 contrast ratio of two `#RRGGBB` colours, from 1 (same) to 21 (black on white).
 * @param a A colour such as `#0072B2`.
 * @param b Another colour.
 */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}

/** WCAG relative luminance of `#RRGGBB`. */
function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #RRGGBB colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((h) => {
    const v = parseInt(h, 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
