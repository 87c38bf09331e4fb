/** Builds WoopSocial's CreatePostRequest (openapi.yaml) from a calendar post, its account and the inputs chosen in the Send dialog. */

import { composeMessage, exportLink, mediaUrls } from '../export/post-text';
import type { Post } from '../post';
import { mediaKindOf, postTypeFor } from './post-type';
import type { WoopPlatform } from './woop-platforms';
import { stableHash } from '../stable-hash';

/** The account a calendar platform is mapped to in Connect. */
export interface AccountChoice {
  socialAccountId: string;
  platform: WoopPlatform;
  username: string;
}

/** Platform inputs chosen in the Send dialog from the account's platform inputs. */
export interface PlatformInputChoice {
  pinterestBoardId?: string;
  tiktokPrivacyLevel?: string;
  youtubePrivacy?: string;
}

/** A JSON CreatePostRequest. */
export type CreatePostRequest = {
  content: Array<{ text?: string; media?: Array<{ type: 'MEDIA_LIBRARY'; mediaId: string }> }>;
  schedule: { type: 'SCHEDULE_FOR_LATER'; scheduledFor: string };
  socialAccounts: Array<Record<string, unknown>>;
};

/** Platforms whose request has a `link` field (LinkedInFields, FacebookFields, PinterestFields). */
const LINK_FIELD: readonly WoopPlatform[] = ['LINKEDIN', 'LINKEDIN_PAGES', 'FACEBOOK', 'PINTEREST'];
/** YouTube titles are at most 100 characters (YouTube Data API videos resource, snippet.title). */
const YOUTUBE_TITLE_MAX = 100;

/**
 * The text as it will be published: the caption, the hashtags it lacks, and (where the platform has no
 * link field and the caption does not already hold it) the tracked link on its own line.
 */
export function publishedText(post: Post, platform: WoopPlatform, utmTemplate: string | undefined): string {
  const message = composeMessage(post);
  const link = exportLink(post, { utmTemplate });
  if (!link || LINK_FIELD.includes(platform) || message.includes(link)) return message;
  return message ? `${message}\n\n${link}` : link;
}

/** What the builder needs besides the post. */
export interface RequestContext {
  account: AccountChoice;
  inputs: PlatformInputChoice;
  /** The post's moment in UTC, ISO 8601 (as the contract's scheduledFor says). */
  scheduledFor: string;
  /** Media library IDs of the post's media, in the Media cell's order. */
  mediaIds: string[];
  utmTemplate?: string;
}

/**
 * The request for one post on one account, or the catalogue key of why it cannot be built.
 * @param post The calendar post.
 * @param context The account, dialog choices, time and media IDs.
 */
export function buildCreateRequest(post: Post, context: RequestContext): { request: CreatePostRequest } | { problem: string } {
  const { account, inputs } = context;
  const platform = account.platform;
  const kinds = mediaUrls(post).map(mediaKindOf);
  const type = postTypeFor(platform, post.format, kinds);
  if ('problem' in type) return { problem: type.problem };
  const target: Record<string, unknown> = { platform, socialAccountId: account.socialAccountId };
  if (type.postType) target.postType = type.postType;
  const link = exportLink(post, { utmTemplate: context.utmTemplate });
  if (link && LINK_FIELD.includes(platform)) target.link = link;
  if (platform === 'PINTEREST') {
    if (!inputs.pinterestBoardId) return { problem: 'publish.problem.needsBoard' };
    target.pinterestBoardId = inputs.pinterestBoardId;
    if (post.title.trim()) target.title = post.title.trim();
  }
  if (platform === 'TIKTOK') {
    if (!inputs.tiktokPrivacyLevel) return { problem: 'publish.problem.needsPrivacy' };
    Object.assign(target, {
      privacyLevel: inputs.tiktokPrivacyLevel,
      allowComment: true,
      allowDuet: false,
      allowStitch: false,
      isYourBrand: false,
      isBrandedContent: false,
      autoAddMusic: false,
    });
  }
  if (platform === 'YOUTUBE') {
    const title = (post.title.trim() || post.caption.trim().split('\n')[0]).slice(0, YOUTUBE_TITLE_MAX);
    if (!title) return { problem: 'publish.problem.needsTitle' };
    target.title = title;
    target.privacy = inputs.youtubePrivacy || 'private';
  }
  const text = publishedText(post, platform, context.utmTemplate);
  const item: CreatePostRequest['content'][number] = {};
  if (text) item.text = text;
  if (context.mediaIds.length) item.media = context.mediaIds.map((mediaId) => ({ type: 'MEDIA_LIBRARY', mediaId }));
  if (!item.text && !item.media) return { problem: 'publish.problem.empty' };
  return { request: { content: [item], schedule: { type: 'SCHEDULE_FOR_LATER', scheduledFor: context.scheduledFor }, socialAccounts: [target] } };
}

/** A short, stable hash of what was sent (text, time, media URLs, platform inputs), to see later edits. */
export function requestFingerprint(post: Post, request: CreatePostRequest): string {
  return stableHash(JSON.stringify([request.content[0]?.text ?? '', request.schedule.scheduledFor, mediaUrls(post), request.socialAccounts]));
}
