/** The shared status palette is readable (WCAG AA) and distinguishable without colour alone. */

import {
  DAY_STYLE,
  EMPTY_SLOT_STYLE,
  ERROR_STYLE,
  GAP_STYLE,
  HEADER_STYLE,
  NEUTRAL_STYLE,
  OUTSIDE_MONTH_STYLE,
  OVERDUE_STYLE,
  STATUS_PALETTE,
  contrastRatio,
  statusStyle,
} from '../../../src/domain/status-palette';
import { STATUSES } from '../../../src/domain/post';

describe('status palette', () => {
  test('contrast ratio matches known WCAG values', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
    expect(() => contrastRatio('red', '#fff')).toThrow();
  });

  test('every style keeps text at WCAG AA contrast (4.5:1) or better', () => {
    const styles = {
      ...STATUS_PALETTE,
      OVERDUE_STYLE,
      ERROR_STYLE,
      GAP_STYLE,
      HEADER_STYLE,
      DAY_STYLE,
      OUTSIDE_MONTH_STYLE,
      NEUTRAL_STYLE,
      EMPTY_SLOT_STYLE,
    };
    for (const [name, style] of Object.entries(styles)) {
      expect([name, contrastRatio(style.background, style.fontColor) >= 4.5]).toEqual([name, true]);
    }
  });

  test('every status (and overdue) has its own background and its own symbol, so colour is never the only cue', () => {
    const all = [...STATUSES.map((s) => STATUS_PALETTE[s]), OVERDUE_STYLE];
    expect(new Set(all.map((s) => s.background.toUpperCase())).size).toBe(all.length);
    expect(new Set(all.map((s) => s.symbol)).size).toBe(all.length);
  });

  test('statusStyle matches ignoring case and falls back to neutral', () => {
    expect(statusStyle('in REVIEW')).toBe(STATUS_PALETTE['In review']);
    expect(statusStyle('Custom')).toBe(NEUTRAL_STYLE);
    expect(STATUS_PALETTE.Cancelled.strikethrough).toBe(true);
  });
});
