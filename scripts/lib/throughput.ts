/** Domain throughput: how many posts per second checkPost (bundled as for Apps Script) checks, and how that scales. */

import type { CheckResult } from '../../src/domain/check-types';
import type { Post } from '../../src/domain/post';
import type { ThroughputPoint, ThroughputResult } from './bench-types';
import { cpuMs, median } from './bundle-measure';
import { seedPosts, type SeedPost } from './seed-posts';

/** The part of the domain bundle the throughput test calls. */
export interface DomainModule {
  checkPost(post: Post, rules?: unknown, options?: { now?: Date; locale?: string; timeZone?: string }): CheckResult;
}

/** A seeded row as the Post the sheet code would read from it (all strings; empty zone = the spreadsheet's). */
export function seedToPost(seed: SeedPost, spreadsheetTimeZone: string): Post {
  return {
    id: seed.ID,
    date: seed.Date,
    time: seed.Time,
    timeZone: seed['Time zone'] || spreadsheetTimeZone,
    platform: seed.Platform,
    format: seed.Format,
    title: seed.Title,
    caption: seed.Caption,
    hashtags: seed.Hashtags,
    link: seed.Link,
    media: seed.Media,
    status: seed.Status,
    owner: seed.Owner,
    campaign: seed.Campaign,
    notes: seed.Notes,
    firstComment: '',
    altText: '',
    subreddit: '',
    pillar: '',
    repeat: '',
  };
}

/** CPU milliseconds to check every post once (the domain's default rules). */
function timeOnce(domain: DomainModule, posts: readonly Post[], now: Date): number {
  const started = cpuMs();
  let issues = 0;
  for (const post of posts) issues += domain.checkPost(post, undefined, { now, locale: 'en_US' }).issues.length;
  const elapsed = cpuMs() - started;
  if (issues < 0) throw new Error('unreachable');
  return elapsed;
}

/**
 * Checks `sizes` posts (seeded, realistic) `runs` times each after one warm-up pass, and reports the
 * median CPU time per size. A run at a smaller size checks its posts as many times as fit in the largest size
 * (10 × 1,000 posts against 1 × 10,000), so every sample lasts about as long and the timer's and the
 * garbage collector's noise weigh alike. `scaling` compares ms per post at the largest size to the
 * smallest (1 = linear).
 */
export function measureThroughput(
  domain: DomainModule,
  options: { sizes: number[]; runs: number; now: Date; timeZone: string },
): ThroughputResult {
  const largest = Math.max(...options.sizes);
  const all = seedPosts(largest, { now: options.now }).map((seed) => seedToPost(seed, options.timeZone));
  timeOnce(domain, all, options.now);
  const times: number[][] = options.sizes.map(() => []);
  // Sizes take turns within each run, so a busy moment of the machine weighs on all of them alike.
  for (let run = 0; run < options.runs; run++) {
    options.sizes.forEach((size, index) => {
      const posts = all.slice(0, size);
      const repeats = Math.max(1, Math.floor(largest / size));
      let ms = 0;
      for (let k = 0; k < repeats; k++) ms += timeOnce(domain, posts, options.now);
      times[index].push(ms / repeats);
    });
  }
  const points: ThroughputPoint[] = options.sizes.map((size, index) => {
    const medianMs = median(times[index]);
    return { posts: size, medianMs, postsPerSecond: Math.round((size / medianMs) * 1000) };
  });
  const first = points[0];
  const last = points[points.length - 1];
  const scaling = last.medianMs / last.posts / (first.medianMs / first.posts);
  return { runs: options.runs, points, scaling };
}
