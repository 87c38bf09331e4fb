/** The publishing domain: post type from Format and media, the request from a post and its account, the published text, and delivery read back. */
import { emptyPost, type Post } from '../../../src/domain/post';
import { summariseDelivery } from '../../../src/domain/publishing/delivery-state';
import { mediaKindOf, postTypeFor } from '../../../src/domain/publishing/post-type';
import { buildCreateRequest, publishedText } from '../../../src/domain/publishing/publish-request';
import { NOT_SENDABLE_PLATFORMS, woopPlatformsFor } from '../../../src/domain/publishing/woop-platforms';

const post = (fields: Partial<Post>): Post => ({ ...emptyPost(), id: 'p1', caption: 'Hello', ...fields });
const at = '2026-12-03T08:30:00.000Z';

test('platforms: LinkedIn is a profile or a page; Bluesky, Mastodon and Google Business Profile are not served', () => {
  expect(woopPlatformsFor(' linkedin ')).toEqual(['LINKEDIN', 'LINKEDIN_PAGES']);
  expect(woopPlatformsFor('X')).toEqual(['X']);
  for (const platform of NOT_SENDABLE_PLATFORMS) expect(woopPlatformsFor(platform)).toEqual([]);
});

test.each([
  ['INSTAGRAM', 'Reel', ['VIDEO'], { postType: 'REEL' }],
  ['INSTAGRAM', 'Story', ['IMAGE'], { postType: 'STORY' }],
  ['INSTAGRAM', 'Carousel', ['IMAGE', 'IMAGE'], { postType: 'POST' }],
  ['INSTAGRAM', 'Image', [], { problem: 'publish.problem.needsMedia' }],
  ['FACEBOOK', 'Text', [], { postType: 'TEXT_ONLY' }],
  ['FACEBOOK', 'Video', ['VIDEO'], { postType: 'VIDEO' }],
  ['FACEBOOK', 'Reel', ['IMAGE'], { problem: 'publish.problem.needsVideo' }],
  ['TIKTOK', 'Carousel', ['IMAGE'], { postType: 'PHOTO' }],
  ['TIKTOK', 'Video', ['VIDEO'], { postType: 'VIDEO' }],
  ['YOUTUBE', 'Short', ['IMAGE'], { problem: 'publish.problem.needsVideo' }],
  ['X', 'Text', [], {}],
] as const)('%s %s with %j → %j', (platform, format, media, expected) => {
  expect(postTypeFor(platform, format, media)).toEqual(expected);
});

test('media kind by extension', () => {
  expect(mediaKindOf('https://x.example/a.MP4?x=1')).toBe('VIDEO');
  expect(mediaKindOf('https://x.example/a.jpg')).toBe('IMAGE');
});

test('published text: caption, missing hashtags, tracked link (not where the platform has a link field or the caption holds it)', () => {
  const p = post({ caption: 'Spring is here #spring', hashtags: '#spring launch', link: 'https://a.example/x', campaign: 'c1', platform: 'X' });
  expect(publishedText(p, 'X', 'utm_source={platform}&utm_campaign={campaign}')).toBe('Spring is here #spring\n\n#launch\n\nhttps://a.example/x?utm_source=x&utm_campaign=c1');
  expect(publishedText(p, 'LINKEDIN', undefined)).toBe('Spring is here #spring\n\n#launch');
  expect(publishedText(post({ caption: 'See https://a.example/x', link: 'https://a.example/x' }), 'X', undefined)).toBe('See https://a.example/x');
});

test('requests: the contract’s fields per platform, UTC time, media from the library; problems as catalogue keys', () => {
  const account = (platform: 'PINTEREST' | 'TIKTOK' | 'YOUTUBE' | 'LINKEDIN_PAGES') => ({ socialAccountId: 'a1', platform, username: 'u' });
  const pin = buildCreateRequest(post({ title: 'T', media: 'https://m.example/a.png', link: 'https://l.example' }), {
    account: account('PINTEREST'),
    inputs: { pinterestBoardId: 'b1' },
    scheduledFor: at,
    mediaIds: ['m1'],
  });
  expect(pin).toEqual({
    request: {
      content: [{ text: 'Hello', media: [{ type: 'MEDIA_LIBRARY', mediaId: 'm1' }] }],
      schedule: { type: 'SCHEDULE_FOR_LATER', scheduledFor: at },
      socialAccounts: [{ platform: 'PINTEREST', socialAccountId: 'a1', link: 'https://l.example', pinterestBoardId: 'b1', title: 'T' }],
    },
  });
  expect(buildCreateRequest(post({ media: 'https://m.example/a.png' }), { account: account('PINTEREST'), inputs: {}, scheduledFor: at, mediaIds: ['m1'] })).toEqual({ problem: 'publish.problem.needsBoard' });
  expect(buildCreateRequest(post({ media: 'https://m.example/a.mp4' }), { account: account('TIKTOK'), inputs: {}, scheduledFor: at, mediaIds: ['m1'] })).toEqual({ problem: 'publish.problem.needsPrivacy' });
  const yt = buildCreateRequest(post({ caption: 'First line\nmore', media: 'https://m.example/a.mp4' }), { account: account('YOUTUBE'), inputs: {}, scheduledFor: at, mediaIds: ['m1'] });
  expect('request' in yt && yt.request.socialAccounts[0]).toMatchObject({ title: 'First line', privacy: 'private' });
  expect(buildCreateRequest(post({ caption: '' }), { account: account('LINKEDIN_PAGES'), inputs: {}, scheduledFor: at, mediaIds: [] })).toEqual({ problem: 'publish.problem.empty' });
});

test('delivery: a failure wins, all published is published (latest time, first link), else sending or not started', () => {
  expect(summariseDelivery([{ deliveryStatus: 'PUBLISHED', deliveryCompletedAt: '2026-12-03T08:31:00Z' }, { deliveryStatus: 'FAILED', errorMessage: 'Token expired' }])).toEqual({
    status: 'FAILED',
    completedAt: undefined,
    error: 'Token expired',
  });
  expect(summariseDelivery([{ deliveryStatus: 'PUBLISHED', deliveryCompletedAt: '2026-12-03T08:31:00Z', externalPostUrl: 'https://x.example/1' }])).toEqual({
    status: 'PUBLISHED',
    completedAt: '2026-12-03T08:31:00Z',
    url: 'https://x.example/1',
  });
  expect(summariseDelivery([{ deliveryStatus: 'PUBLISHED' }, { deliveryStatus: 'NOT_STARTED' }]).status).toBe('SENDING');
  expect(summariseDelivery([{ deliveryStatus: 'NOT_STARTED' }]).status).toBe('NOT_STARTED');
});
