/** Default audience activity (weekday × hour weights) per platform, from published best-times studies (Sprout Social, Later, Buffer; see platform-rules.md §5). */

import { PLATFORMS } from '../post';
import { loadAudienceDefaults } from './audience-defaults-source';
import type { AudienceDefaultsTable } from './audience-defaults-table';

/** One platform's audience activity: `weights[weekday][hour]`, weekday 0 = Monday … 6 = Sunday, hours 0–23, 0..1. */
export interface AudienceGrid {
  platform: string;
  weights: number[][];
  /** Where the weights come from (benchmark studies, or the team's own analytics). */
  source: string;
}

/** The everyday curve under every platform's windows: quiet nights, a working-day plateau, a quieter evening. */
const BASELINE_BY_HOUR = [
  0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.15, 0.25, 0.35, 0.35, 0.35, 0.35, 0.35, 0.35, 0.35, 0.35, 0.35, 0.35, 0.3, 0.3,
  0.3, 0.3, 0.15, 0.1,
];

/** Saturday and Sunday in the grid's weekday numbering (0 = Monday). */
const SAT = 5;
const SUN = 6;

/** The studies' windows, loaded on first use and kept (the server reads them from dist/AudienceDefaults.html). */
let defaults: AudienceDefaultsTable | undefined;

/**
 * The default grid of one platform (benchmark studies), or the cross-platform default for a platform
 * the studies do not cover. Scaled so the busiest hour is 1, like grids read from the Audience sheet.
 * @param platform A platform name (matched ignoring case).
 */
export function defaultAudienceGrid(platform: string): AudienceGrid {
  const name = PLATFORMS.find((p) => p.toLowerCase() === platform.trim().toLowerCase()) ?? platform.trim();
  const table = (defaults ??= loadAudienceDefaults());
  const spec = table.platforms[name] ?? table.generic;
  const weights = Array.from({ length: 7 }, (_, day) => {
    const factor = day === SAT ? spec.weekend[0] : day === SUN ? spec.weekend[1] : 1;
    return BASELINE_BY_HOUR.map((w) => round2(w * factor));
  });
  for (const window of spec.windows) {
    for (const day of window.days) {
      for (let hour = window.from; hour < window.to; hour++)
        weights[day][hour] = Math.max(weights[day][hour], window.weight);
    }
  }
  const max = Math.max(...weights.map((row) => Math.max(...row)));
  return { platform: name, weights: weights.map((row) => row.map((w) => round2(w / max))), source: spec.source };
}

/** The default audience of every built-in platform, in menu order. */
export function defaultAudience(): AudienceGrid[] {
  return PLATFORMS.map((p) => defaultAudienceGrid(p));
}

/** Rounds to 2 decimals (weights are shown in the sheet). */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
