/** The built-in audience defaults as code: activity windows per platform from published best-times studies (platform-rules.md §5); the source of dist/AudienceDefaults.html. */

/** A window of high activity: hours [from, to) on the given weekdays (0 = Monday). */
export interface ActivityWindow {
  days: readonly number[];
  from: number;
  to: number;
  weight: number;
}

/** A platform's default: its windows, how quiet weekends are, and the sources. */
export interface PlatformDefault {
  windows: readonly ActivityWindow[];
  /** Multipliers of the baseline for Saturday and Sunday (every study finds Sunday the weakest day). */
  weekend: readonly [number, number];
  source: string;
}

const MON = 0;
const TUE = 1;
const WED = 2;
const THU = 3;
const FRI = 4;
const SAT = 5;
const SUN = 6;
const WEEKDAYS = [MON, TUE, WED, THU, FRI];
const EVERY_DAY = [MON, TUE, WED, THU, FRI, SAT, SUN];

const SOURCE_NOTE =
  'Benchmarks, not your audience; replace with your own analytics (Content Calendar › Import audience data…). Times are the audience’s local time. Studies (best times to post)';

/** X's windows, reused for Threads, Bluesky and Mastodon (no study found, U). */
const X_WINDOWS: readonly ActivityWindow[] = [
  { days: [TUE, WED, THU, FRI], from: 9, to: 12, weight: 0.8 },
  { days: [TUE, WED, THU], from: 9, to: 12, weight: 1 },
  { days: [TUE], from: 12, to: 15, weight: 0.6 },
];

/**
 * The defaults per platform. Peak windows (weight 1) are platform-rules.md §5's suggested default slots;
 * the other windows are the studies' results (Sprout Social 2023 [31][32], Sprout 2024/2025 for TikTok
 * [33], Later 2023 [35], Buffer 2025 via press [37], S). Hootsuite 2023 [34] is left out: its times are
 * in PST, not the audience's local time.
 */
const PLATFORM_DEFAULTS: Record<string, PlatformDefault> = {
  Facebook: {
    windows: [
      { days: [MON, WED], from: 8, to: 13, weight: 0.8 },
      { days: [TUE], from: 8, to: 14, weight: 0.8 },
      { days: [THU], from: 8, to: 12, weight: 0.8 },
      { days: [THU, FRI], from: 11, to: 14, weight: 0.7 },
      { days: [TUE, WED, THU], from: 9, to: 12, weight: 1 },
    ],
    weekend: [0.7, 0.5],
    source: `${SOURCE_NOTE}: Sprout Social 2023 (Mon–Thu mornings, worst Sunday), Buffer 2025 (Thu/Fri midday, S); peak Tue–Thu 09–12.`,
  },
  Instagram: {
    windows: [
      { days: [MON], from: 10, to: 12, weight: 0.8 },
      { days: [TUE], from: 9, to: 13, weight: 0.8 },
      { days: [WED], from: 10, to: 13, weight: 0.8 },
      { days: [FRI], from: 9, to: 11, weight: 0.8 },
      { days: EVERY_DAY, from: 4, to: 6, weight: 0.5 },
      { days: [FRI], from: 15, to: 18, weight: 0.6 },
      { days: [TUE, WED], from: 10, to: 13, weight: 1 },
    ],
    weekend: [0.7, 0.5],
    source: `${SOURCE_NOTE}: Sprout Social 2023 (best Tue/Wed, worst Sunday), Later 2023 (early morning 04–06), Buffer 2025 (Fri late afternoon, S); peak Tue–Wed 10–13.`,
  },
  X: {
    windows: X_WINDOWS,
    weekend: [0.7, 0.5],
    source: `${SOURCE_NOTE}: Sprout Social 2023 (Tue–Fri 9–12), Buffer 2025 (Tue early afternoon, S); peak Tue–Thu 09–12.`,
  },
  LinkedIn: {
    windows: [
      { days: [TUE, WED, THU], from: 8, to: 12, weight: 0.9 },
      { days: [TUE, WED], from: 10, to: 12, weight: 1 },
    ],
    weekend: [0.4, 0.3],
    source: `${SOURCE_NOTE}: Sprout Social 2023 (Tue–Wed 10–12), Buffer 2025 (Tue–Thu mornings, S); peak Tue–Thu 08–12. Quiet weekends (U).`,
  },
  TikTok: {
    windows: [
      { days: EVERY_DAY, from: 19, to: 23, weight: 0.6 },
      { days: [TUE], from: 16, to: 18, weight: 0.7 },
      { days: [WED, THU], from: 9, to: 11, weight: 0.7 },
      { days: [WED, THU], from: 14, to: 18, weight: 0.7 },
      { days: [FRI], from: 16, to: 18, weight: 0.7 },
      { days: [TUE], from: 17, to: 18, weight: 0.9 },
      { days: [WED], from: 14, to: 17, weight: 1 },
      { days: [THU], from: 15, to: 17, weight: 1 },
      { days: [THU], from: 14, to: 15, weight: 0.9 },
    ],
    weekend: [0.7, 0.5],
    source: `${SOURCE_NOTE}: Sprout Social 2025 (Tue 17:00, Wed 14–17, Thu 15–17; best Wednesday, worst Sunday) and 2024, Buffer 2025 (evenings after 19:00, S); peak Wed–Thu 14–17.`,
  },
  Pinterest: {
    windows: [
      { days: EVERY_DAY, from: 14, to: 20, weight: 0.6 },
      { days: [FRI, SAT], from: 14, to: 21, weight: 1 },
    ],
    weekend: [1, 0.7],
    source: `${SOURCE_NOTE}: Sprout Social 2023 (afternoons), Loomly (Saturday, U); peak Fri–Sat 14–21 (U).`,
  },
  YouTube: {
    windows: [
      { days: [SUN], from: 12, to: 16, weight: 0.7 },
      { days: [SAT], from: 12, to: 16, weight: 1 },
    ],
    weekend: [1, 0.9],
    source: `${SOURCE_NOTE}: Buffer 2025 (weekends, Saturday afternoon, S); peak Sat 12–16 (U).`,
  },
  Threads: { windows: X_WINDOWS, weekend: [0.7, 0.5], source: `${SOURCE_NOTE}: no study found; X's slots reused (U).` },
  Bluesky: { windows: X_WINDOWS, weekend: [0.7, 0.5], source: `${SOURCE_NOTE}: no study found; X's slots reused (U).` },
  Mastodon: {
    windows: X_WINDOWS,
    weekend: [0.7, 0.5],
    source: `${SOURCE_NOTE}: no study found; X's slots reused (U).`,
  },
  'Google Business Profile': {
    windows: [{ days: WEEKDAYS, from: 9, to: 11, weight: 0.8 }],
    weekend: [0.5, 0.3],
    source: `${SOURCE_NOTE}: no study found; weekday mornings (U).`,
  },
};

/** For a platform the studies do not cover: Sprout Social 2023's cross-platform result (best Tue–Thu 09–12, worst Sunday). */
const GENERIC_DEFAULT: PlatformDefault = {
  windows: [{ days: [TUE, WED, THU], from: 9, to: 12, weight: 1 }],
  weekend: [0.7, 0.5],
  source: `${SOURCE_NOTE}: Sprout Social 2023 cross-platform summary (Tue–Thu 09–12, worst Sunday).`,
};

/** The defaults of every platform the studies cover, and the cross-platform one for the others. */
export interface AudienceDefaultsTable {
  platforms: Record<string, PlatformDefault>;
  generic: PlatformDefault;
}

/** The table (built-in platforms by name, and the generic default). */
export function audienceDefaultsTable(): AudienceDefaultsTable {
  return { platforms: PLATFORM_DEFAULTS, generic: GENERIC_DEFAULT };
}
