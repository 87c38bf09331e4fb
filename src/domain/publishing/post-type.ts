/** The WoopSocial post type (and media kind) a calendar post's Format and media give on each platform. */

import type { WoopPlatform } from './woop-platforms';

/** IMAGE or VIDEO, guessed from a media URL's file extension (WoopSocial itself reads the file). */
export type MediaKind = 'IMAGE' | 'VIDEO';

const VIDEO_EXTENSIONS = /\.(mp4|mov|m4v|webm|avi|mkv)(\?|#|$)/i;

/** The kind of a media URL: video by its extension, else image. */
export function mediaKindOf(url: string): MediaKind {
  return VIDEO_EXTENSIONS.test(url) ? 'VIDEO' : 'IMAGE';
}

/** A post type, or the catalogue key of why the post cannot go out as its Format says. */
export type PostTypeChoice = { postType?: string } | { problem: string };

/**
 * The `postType` field for a platform (openapi.yaml: InstagramPostType, FacebookPostType, TikTokPostType),
 * from the Format cell and the media. Platforms without a post type get `{}`.
 * @param platform The account's WoopSocial platform.
 * @param format The Format cell (Text, Image, Carousel, Video, Reel, Story, Short, Pin, ...).
 * @param media The kinds of the post's media, in order.
 */
export function postTypeFor(platform: WoopPlatform, format: string, media: readonly MediaKind[]): PostTypeChoice {
  const f = format.trim().toLowerCase();
  const hasVideo = media.includes('VIDEO');
  switch (platform) {
    case 'INSTAGRAM':
      if (media.length === 0) return { problem: 'publish.problem.needsMedia' };
      if (f === 'story') return { postType: 'STORY' };
      if (f === 'reel' || f === 'short' || (f === 'video' && hasVideo)) return { postType: 'REEL' };
      return { postType: 'POST' };
    case 'FACEBOOK':
      if (f === 'story') return media.length ? { postType: 'STORY' } : { problem: 'publish.problem.needsMedia' };
      if (f === 'reel' || f === 'short') return hasVideo ? { postType: 'REEL' } : { problem: 'publish.problem.needsVideo' };
      if (media.length === 0) return { postType: 'TEXT_ONLY' };
      return { postType: hasVideo ? 'VIDEO' : 'IMAGE' };
    case 'TIKTOK':
      if (media.length === 0) return { problem: 'publish.problem.needsMedia' };
      if (['image', 'carousel'].includes(f)) return hasVideo ? { problem: 'publish.problem.photoNotVideo' } : { postType: 'PHOTO' };
      return hasVideo ? { postType: 'VIDEO' } : { postType: 'PHOTO' };
    case 'YOUTUBE':
      return hasVideo ? {} : { problem: 'publish.problem.needsVideo' };
    case 'PINTEREST':
      return media.length ? {} : { problem: 'publish.problem.needsMedia' };
    default:
      return {};
  }
}
