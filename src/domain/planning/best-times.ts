/** Best times: the next free high-activity slots for a platform, and an info check for posts in quiet hours. */

import type { CheckIssue } from '../check-types';
import type { AudienceGrid } from './audience-defaults';
import { audienceGridFor } from './audience-sheet';
import { addDays, pad2 } from './civil-date';
import { longDate, pm, pmList } from './planning-messages';
import { localTimeOf, wallClockInstant } from './zone-clock';

/** A suggested slot. JSON-safe: `instant` is an ISO string. */
export interface SlotSuggestion {
  date: string;
  time: string;
  instant: string;
  /** The audience weight of that weekday and hour (0..1). */
  weight: number;
  /** e.g. "Tuesday 11 March, 10:00". */
  label: string;
}

/** Options for suggestSlots. */
export interface SlotOptions {
  /** The audience's zone, i.e. the spreadsheet's: suggestions are wall-clock hours there. */
  timeZone: string;
  /** How many slots (default 3). */
  count?: number;
  /** Keep this far from planned posts and from each other (default 120 minutes). */
  minGapMinutes?: number;
  /** How many days from `date` to search (default 7). */
  days?: number;
  /** At most this many suggestions per day (default 1, to spread the options over the week). */
  maxPerDay?: number;
  /** Leave out slots before this instant (the sidebar passes now). */
  now?: Date | number | string;
  locale?: string;
}

/**
 * Each day further from the chosen date scores this much less, so a good slot on the chosen day beats a
 * slightly better one a week later.
 */
const DAY_DECAY = 0.85;

/**
 * The next best free slots on or after `date` for a platform: whole hours in the audience's zone, ranked
 * by the Audience weight of that weekday and hour (slightly discounted per day ahead), skipping hours
 * that do not exist (DST gaps), hours already past, and hours within `minGapMinutes` of a planned post.
 * Best first.
 * @param audience The team's grids (the Audience sheet); a platform without one uses its benchmark default.
 * @param platform The platform.
 * @param date The chosen day (`yyyy-MM-dd`).
 * @param takenInstants The planned instants to keep clear of (usually the platform's posts).
 * @param options Zone, count, spacing.
 */
export function suggestSlots(
  audience: readonly AudienceGrid[],
  platform: string,
  date: string,
  takenInstants: ReadonlyArray<Date | number | string>,
  options: SlotOptions,
): SlotSuggestion[] {
  const grid = audienceGridFor(audience, platform);
  const count = options.count ?? 3;
  const gapMs = (options.minGapMinutes ?? 120) * 60000;
  const maxPerDay = options.maxPerDay ?? 1;
  const now = options.now === undefined ? -Infinity : new Date(options.now).getTime();
  const taken = takenInstants.map((t) => new Date(t).getTime()).filter(Number.isFinite);
  const candidates: Array<{ date: string; time: string; ms: number; weight: number; score: number }> = [];
  for (let d = 0; d < (options.days ?? 7); d++) {
    const day = addDays(date, d);
    for (let hour = 0; hour < 24; hour++) {
      const time = `${pad2(hour)}:00`;
      const ms = wallClockInstant(day, time, options.timeZone);
      if (ms === null || ms < now) continue;
      const local = localTimeOf(ms, options.timeZone);
      if (!local || local.date !== day || local.time !== time) continue; // a DST gap hour does not exist
      const weight = grid.weights[local.weekday][hour];
      if (!(weight > 0) || taken.some((t) => Math.abs(t - ms) < gapMs)) continue;
      candidates.push({ date: day, time, ms, weight, score: weight * DAY_DECAY ** d });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.ms - b.ms);
  const chosen: typeof candidates = [];
  const perDay = new Map<string, number>();
  for (const c of candidates) {
    if (chosen.length >= count) break;
    if ((perDay.get(c.date) ?? 0) >= maxPerDay || chosen.some((x) => Math.abs(x.ms - c.ms) < gapMs)) continue;
    chosen.push(c);
    perDay.set(c.date, (perDay.get(c.date) ?? 0) + 1);
  }
  const locale = options.locale ?? 'en';
  return chosen.map((c) => ({
    date: c.date,
    time: c.time,
    instant: new Date(c.ms).toISOString(),
    weight: c.weight,
    label: `${longDate(locale, c.date)}, ${c.time}`,
  }));
}

/** Below this share of the platform's busiest hour, an hour counts as low activity. */
export const LOW_ACTIVITY_SHARE = 0.25;

/**
 * An info check when a post is planned in an hour when few of the platform's audience are active
 * (weight below 25 % of its busiest hour), suggesting a better hour: the best of the same weekday when it
 * is good (≥ 60 % of the busiest), else the platform's best weekday and hour. Null when the hour is fine.
 * Example: "Few of your LinkedIn audience are active on Sundays at 03:00; consider Tuesday 10:00."
 * @param audience The team's grids (a platform without one uses its benchmark default).
 * @param platform The post's platform.
 * @param instant The post's planned instant.
 * @param timeZone The audience's zone (the spreadsheet's).
 * @param locale A Sheets locale.
 */
export function isLowActivity(
  audience: readonly AudienceGrid[],
  platform: string,
  instant: Date | number | string,
  timeZone: string,
  locale = 'en',
): CheckIssue | null {
  const grid = audienceGridFor(audience, platform);
  const local = localTimeOf(new Date(instant).getTime(), timeZone);
  const max = Math.max(...grid.weights.map((row) => Math.max(...row)));
  if (!local || !(max > 0)) return null;
  if (grid.weights[local.weekday][local.hour] >= LOW_ACTIVITY_SHARE * max) return null;
  const bestOf = (days: number[]) => {
    let best = { day: days[0], hour: 0, weight: -1 };
    for (const day of days) {
      grid.weights[day].forEach((weight, hour) => {
        if (weight > best.weight) best = { day, hour, weight };
      });
    }
    return best;
  };
  const sameDay = bestOf([local.weekday]);
  const better = sameDay.weight >= 0.6 * max ? sameDay : bestOf([0, 1, 2, 3, 4, 5, 6]);
  return {
    severity: 'info',
    code: 'low-activity-hour',
    field: 'time',
    message: pm(locale, 'planning.audience.lowActivity', {
      platform: grid.platform,
      weekdays: pmList(locale, 'planning.weekdays.onPlural')[local.weekday],
      time: local.time,
      better: pm(locale, 'planning.audience.lowActivity.better', {
        weekday: pmList(locale, 'planning.weekdays.object')[better.day],
        time: `${pad2(better.hour)}:00`,
      }),
    }),
  };
}
