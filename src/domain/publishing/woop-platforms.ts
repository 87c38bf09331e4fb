/** Which WoopSocial platforms serve each calendar platform, and which calendar platforms WoopSocial does not serve. */

/** WoopSocial's SocialPlatform values (openapi.yaml, components.schemas.SocialPlatform). */
export const WOOP_PLATFORMS = ['PINTEREST', 'LINKEDIN', 'LINKEDIN_PAGES', 'INSTAGRAM', 'FACEBOOK', 'THREADS', 'TIKTOK', 'X', 'YOUTUBE'] as const;

export type WoopPlatform = (typeof WOOP_PLATFORMS)[number] | 'WOOPTEST';

/** Calendar platform (lower case) → the WoopSocial platforms an account for it may have. */
const SERVED: Readonly<Record<string, readonly WoopPlatform[]>> = {
  x: ['X'],
  twitter: ['X'],
  instagram: ['INSTAGRAM'],
  facebook: ['FACEBOOK'],
  // A LinkedIn post goes to a personal profile (LINKEDIN) or a company page (LINKEDIN_PAGES): the account decides.
  linkedin: ['LINKEDIN', 'LINKEDIN_PAGES'],
  tiktok: ['TIKTOK'],
  pinterest: ['PINTEREST'],
  youtube: ['YOUTUBE'],
  threads: ['THREADS'],
};

/** Calendar platforms WoopSocial's contract lists no platform for: shown as not sendable. */
export const NOT_SENDABLE_PLATFORMS: readonly string[] = ['Bluesky', 'Mastodon', 'Google Business Profile'];

/**
 * The WoopSocial platforms that can publish a calendar platform's post (empty: WoopSocial does not serve it).
 * @param calendarPlatform The Platform cell, e.g. `LinkedIn`.
 */
export function woopPlatformsFor(calendarPlatform: string): readonly WoopPlatform[] {
  return SERVED[calendarPlatform.trim().toLowerCase()] ?? [];
}

/** A person-facing name of a WoopSocial platform. */
export function woopPlatformLabel(platform: string): string {
  const labels: Record<string, string> = {
    LINKEDIN: 'LinkedIn (profile)',
    LINKEDIN_PAGES: 'LinkedIn Page',
    INSTAGRAM: 'Instagram',
    FACEBOOK: 'Facebook',
    THREADS: 'Threads',
    TIKTOK: 'TikTok',
    PINTEREST: 'Pinterest',
    YOUTUBE: 'YouTube',
    X: 'X',
    WOOPTEST: 'WoopTest',
  };
  return labels[platform] ?? platform;
}
