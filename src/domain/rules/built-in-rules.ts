/** The built-in platform rules table as code (platform-rules.md, compiled 2026-11-26): the source of dist/Rules.html and of the pages' and tests' table. */

import type { Severity } from '../check-types';
import { severityForConfidence } from './rule-severity';
import { ALL_FORMATS, type Confidence, type Rule, type RuleField } from './rule-types';

/** When these values were last checked against shared/reference/platform-rules.md. */
export const RULES_CHECKED_ON = '2026-11-26';

type RuleSpec = Omit<Rule, 'id' | 'platform' | 'format' | 'field' | 'severity' | 'checkedOn'> & {
  /** Explicit severity; default from confidence. */
  severity?: Severity;
  /** S-confidence value that sources widely agree on (→ error). */
  agreed?: boolean;
  /** Distinguishes two rules on one platform, format and field (`#app`, `#api`). */
  tag?: string;
};

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function rule(platform: string, formats: string | string[], field: RuleField, spec: RuleSpec): Rule[] {
  const list = Array.isArray(formats) ? formats : [formats];
  return list.map((format) => {
    const { severity, agreed, tag, ...rest } = spec;
    const built: Rule = {
      id: `${slug(platform)}/${slug(format)}/${field}${tag ? `#${tag}` : ''}`,
      platform,
      format,
      field,
      ...rest,
      severity: severity ?? severityForConfidence(spec.confidence as Confidence, agreed),
      checkedOn: RULES_CHECKED_ON,
    };
    return built;
  });
}

/** Rows saying which formats exist on a platform (platform-rules.md §2). */
function formats(platform: string, names: string[], source: string, confidence: Confidence = 'V'): Rule[] {
  return rule(platform, names, 'format', { confidence, source });
}

const X_SRC = 'twitter-text v3 config [1] (2018-10-10); X docs "Counting characters" [2] (2026-08-22)';
const X_MEDIA = 'X media best practices [3] (2026-06-01)';
const IG_API = 'Meta IG User Media reference [4], re-verified 2026-08-25 [5]';
const IG_REG = 'Platform-limits register quoting Meta Content Publishing [7] (2026-08-05)';
const IG_REELS = 'PreflightQC register quoting IG User Media [8] (2026-08-09)';
const FB_AYR = 'Ayrshare character limits [10] (2025–2026)';
const LI_MULTI = 'Microsoft Learn MultiImage API [13] (2025–2026)';
const TT_API = 'TikTok Content Posting API Direct Post [16] (verified 2026-08-25 [5])';
const TT_PHOTO = 'TikTok Photo Post reference via register [7] (2026-08-05)';
const PIN_API = 'pinterest/api-description v5.23.0 [18] (2025-12-11)';
const PIN_AYR = 'Ayrshare Pinterest guidelines [19] (2025–2026)';
const YT_API = 'YouTube Data API videos resource [20]';
const THR_API = 'Meta Threads Posts doc [23] (2026-04-14)';
const BSKY = 'atproto lexicon app.bsky.feed.post [25] (2026-08-20)';
const BSKY_IMG = 'atproto lexicon app.bsky.embed.images [25] (2026-04-08)';
const MAST = 'Mastodon posting.md [27] (2025-11-21); status_length_validator.rb [28]';
const GBP = 'Ayrshare [10] and Zernio [29] Google Business docs (2025–2026)';

// ── Planning features and 2026 changes (issue #22), each checked against its source on 2026-12-02 ──────────
/** When the rows below were checked against their sources. */
export const RULES_2026_CHECKED_ON = '2026-12-02';

const THR_GHOST =
  'Meta Threads "Ghost posts" https://developers.facebook.com/documentation/threads/create-posts/ghost-posts (2026-07-02)';
const THR_SPOIL =
  'Meta Threads "Spoilers" https://developers.facebook.com/documentation/threads/create-posts/spoilers (2026-07-02)';
const TG_API = 'Telegram Bot API https://core.telegram.org/bots/api#sendmessage, #sendphoto, #sendmediagroup';
const RD_VENDOR = 'Ayrshare Reddit API docs (title, subreddit required); Upload-Post character limits (title 300)';
const UP_LIMITS = 'Upload-Post character limits https://docs.upload-post.com/resources/character-limits (2026)';
const PUBLER_LIMITS = 'Publer help "character limit for all social networks" (updated 2025-12-05)';
const AYR_LIMITS =
  'Ayrshare character limits https://www.ayrshare.com/docs/help-center/technical-support/character_limits';

/** The issue #22 rows, stamped with the date they were checked. */
function PLANNING_RULES_2026(): Rule[] {
  return [
    // Alt text per media item.
    ...rule('Instagram', ALL_FORMATS, 'alt-text', {
      max: 1000,
      counting: 'utf16',
      confidence: 'S',
      agreed: true,
      source: `${PUBLER_LIMITS}; ${AYR_LIMITS}`,
      notes: 'Images only (alt_text since 2025-03-24); Meta does not state the length.',
    }),
    ...rule('Pinterest', ALL_FORMATS, 'alt-text', { max: 500, counting: 'utf16', confidence: 'V', source: PIN_API }),
    ...rule('Threads', ALL_FORMATS, 'alt-text', { max: 1000, counting: 'utf16', confidence: 'V', source: THR_API }),
    ...rule('Bluesky', ALL_FORMATS, 'alt-text', {
      max: 2000,
      counting: 'graphemes',
      confidence: 'S',
      source: 'letmepost preflight (app.bsky.embed.images alt, 2,000 graphemes); accessible-social.com (2,000)',
      notes: "The lexicon sets no maximum; 2,000 graphemes is the official app's cap as vendors report it.",
    }),
    ...rule('LinkedIn', ALL_FORMATS, 'alt-text', {
      max: 4086,
      counting: 'utf16',
      confidence: 'U',
      source: `${PUBLER_LIMITS} (4,086; its 2024 page said 300; accessible-social.com says 1,000)`,
      notes: 'Sources conflict (300, 1,000, 4,086): a warning only. Lower Max if your posts are refused.',
    }),
    ...rule('X', ALL_FORMATS, 'alt-text', {
      max: 1000,
      counting: 'utf16',
      confidence: 'S',
      agreed: true,
      source: `${PUBLER_LIMITS}; ${UP_LIMITS}; accessible-social.com`,
    }),
    ...rule('Mastodon', ALL_FORMATS, 'alt-text', {
      max: 1500,
      counting: 'utf16',
      confidence: 'S',
      agreed: true,
      source: `${PUBLER_LIMITS} (photo caption 1,500)`,
      adjustable: 'instance',
      notes: 'Media description limit of stock Mastodon; instances may differ.',
    }),
    // First comment: a limit where the platform has one, refused (max 0) where it has none.
    ...rule('LinkedIn', ALL_FORMATS, 'first-comment', {
      max: 1250,
      counting: 'utf16',
      confidence: 'S',
      agreed: true,
      source: UP_LIMITS,
    }),
    ...rule('Instagram', ALL_FORMATS, 'first-comment', {
      max: 2196,
      counting: 'utf16',
      confidence: 'S',
      agreed: true,
      source: `${AYR_LIMITS}; ${UP_LIMITS}`,
    }),
    ...rule('Facebook', ALL_FORMATS, 'first-comment', {
      max: 8000,
      counting: 'utf16',
      confidence: 'U',
      source: 'No official number found; 8,000 is the commonly quoted comment limit',
    }),
    ...rule('X', ALL_FORMATS, 'first-comment', {
      max: 280,
      counting: 'x-weighted',
      confidence: 'V',
      source: `${X_SRC} (a first comment is a reply: a post of its own)`,
      adjustable: 'premium',
    }),
    ...rule('Threads', ALL_FORMATS, 'first-comment', {
      max: 500,
      counting: 'threads',
      confidence: 'V',
      source: `${THR_API} (a reply is a post)`,
    }),
    ...rule('Bluesky', ALL_FORMATS, 'first-comment', {
      max: 300,
      counting: 'graphemes',
      confidence: 'V',
      source: `${BSKY} (a reply is a post)`,
    }),
    ...rule('Mastodon', ALL_FORMATS, 'first-comment', {
      max: 500,
      counting: 'mastodon',
      confidence: 'V',
      source: `${MAST} (a reply is a status)`,
      adjustable: 'instance',
    }),
    ...rule('YouTube', ALL_FORMATS, 'first-comment', {
      max: 10000,
      counting: 'utf16',
      confidence: 'U',
      source: 'No official number in the Data API commentThreads reference; 10,000 per vendors',
    }),
    ...(['TikTok', 'Pinterest', 'Google Business Profile'] as const).flatMap((platform) =>
      rule(platform, ALL_FORMATS, 'first-comment', {
        max: 0,
        confidence: 'S',
        source: "No comment endpoint in the platform's publishing API (market.md first-comment row)",
        severity: 'error',
        notes: 'The platform has no first comment: the column is not published.',
      }),
    ),
    // LinkedIn: 150 posts a day per account.
    ...rule('LinkedIn', ALL_FORMATS, 'posts-per-day', {
      max: 150,
      confidence: 'S',
      agreed: true,
      source: 'Ayrshare LinkedIn API docs and help centre ("LinkedIn limits 150 posts per day per account", 2026)',
      notes: 'Microsoft does not publish member limits (Developer Portal → Analytics shows yours).',
    }),
    // Threads: ghost posts (text only, archived after 24 h) and at most 10 text spoilers.
    ...formats('Threads', ['Ghost post'], THR_GHOST),
    ...rule('Threads', 'Ghost post', 'media', {
      max: 0,
      confidence: 'V',
      source: THR_GHOST,
      notes: 'Ghost posts are text only and are archived after 24 hours.',
    }),
    ...rule('Threads', ALL_FORMATS, 'spoilers', {
      max: 10,
      confidence: 'V',
      source: THR_SPOIL,
      notes: 'Mark a spoiler in the caption as ||hidden text||.',
    }),
    // Telegram: text 4,096 and media captions 1,024, counted after entity parsing (UTF-16 units).
    ...formats('Telegram', ['Text', 'Image', 'Carousel', 'Video'], TG_API),
    ...rule('Telegram', 'Text', 'caption', {
      max: 4096,
      counting: 'utf16',
      confidence: 'V',
      source: `${TG_API} (sendMessage text 1-4096 characters after entities parsing)`,
    }),
    ...rule('Telegram', ['Image', 'Carousel', 'Video'], 'caption', {
      max: 1024,
      counting: 'utf16',
      confidence: 'V',
      source: `${TG_API} (caption 0-1024 characters after entities parsing)`,
    }),
    ...rule('Telegram', 'Text', 'media', { max: 0, confidence: 'V', source: TG_API }),
    ...rule('Telegram', ALL_FORMATS, 'first-comment', {
      max: 0,
      severity: 'error',
      confidence: 'S',
      source: `${TG_API} (a channel post has no comment of its own; comments live in a linked discussion group)`,
      notes: 'The platform has no first comment: the column is not published.',
    }),
    ...rule('Telegram', ['Image', 'Video'], 'media', {
      required: true,
      min: 1,
      max: 1,
      confidence: 'V',
      source: TG_API,
    }),
    ...rule('Telegram', 'Carousel', 'media', {
      required: true,
      min: 2,
      max: 10,
      confidence: 'V',
      source: `${TG_API} (sendMediaGroup: 2-10 items)`,
    }),
    // Reddit: a title of at most 300 characters and a subreddit are required.
    ...formats('Reddit', ['Text', 'Image', 'Video'], RD_VENDOR, 'S'),
    ...rule('Reddit', ALL_FORMATS, 'title', {
      required: true,
      max: 300,
      counting: 'utf16',
      confidence: 'S',
      agreed: true,
      source: `${RD_VENDOR}; reddit.com/dev/api POST /api/submit "up to 300 characters" (not re-read here)`,
    }),
    ...rule('Reddit', ALL_FORMATS, 'subreddit', {
      required: true,
      confidence: 'S',
      agreed: true,
      source: `${RD_VENDOR}; reddit.com/dev/api POST /api/submit (sr)`,
    }),
    ...rule('Reddit', 'Text', 'caption', {
      max: 40000,
      counting: 'utf16',
      confidence: 'U',
      source: 'Postly Reddit guide (40,000); Upload-Post says 5,000 (conflicting)',
    }),
    ...rule('Reddit', ['Image', 'Video'], 'media', { required: true, min: 1, confidence: 'S', source: RD_VENDOR }),
    ...rule('Reddit', ALL_FORMATS, 'first-comment', {
      max: 10000,
      counting: 'utf16',
      confidence: 'S',
      source: UP_LIMITS,
    }),
  ].map((built) => ({ ...built, checkedOn: RULES_2026_CHECKED_ON }));
}

/**
 * Builds the built-in rules, one row per platform × format × field (platform-rules.md §1–§3, §7).
 * Callers use defaultRules() (built once and kept); the build writes this table to dist/Rules.html.
 */
export function buildDefaultRules(): Rule[] {
  return [
  // ── X ──────────────────────────────────────────────────────────────────────────────────────────────
  ...formats('X', ['Text', 'Image', 'Video'], X_MEDIA),
  ...rule('X', ALL_FORMATS, 'caption', {
    max: 280,
    counting: 'x-weighted',
    confidence: 'V',
    source: X_SRC,
    adjustable: 'premium',
    notes: 'X Premium accounts may post 25,000 (S, [21]): raise Max on this row if every X account here has Premium.',
  }),
  ...rule('X', 'Text', 'media', {
    max: 4,
    confidence: 'V',
    source: X_MEDIA,
    notes: 'Up to 4 images, or 1 GIF, or 1 video.',
  }),
  ...rule('X', 'Image', 'media', {
    required: true,
    min: 1,
    max: 4,
    confidence: 'V',
    source: X_MEDIA,
    notes: 'Up to 4 images or 1 GIF.',
  }),
  ...rule('X', 'Video', 'media', { required: true, min: 1, max: 1, confidence: 'V', source: X_MEDIA }),
  ...rule('X', 'Video', 'video-seconds', {
    min: 0.5,
    max: 140,
    confidence: 'V',
    source: X_MEDIA,
    notes: 'An unmerged docs PR (2026-08-22) says 20 min, 125 min for Premium (U).',
  }),

  // ── Instagram ──────────────────────────────────────────────────────────────────────────────────────
  ...formats(
    'Instagram',
    ['Image', 'Carousel', 'Reel', 'Video', 'Story'],
    `${IG_API}; stories in API since 2023-05-16 [9]`,
  ),
  ...rule('Instagram', ['Image', 'Carousel', 'Reel', 'Video'], 'caption', {
    max: 2200,
    counting: 'utf16',
    confidence: 'V',
    source: IG_API,
    notes:
      'Counting unit undocumented: UTF-16 units is the conservative count. About 125 characters show before "more".',
  }),
  ...rule('Instagram', 'Story', 'caption', {
    max: 0,
    counting: 'utf16',
    confidence: 'S',
    source: IG_REELS,
    notes: 'Stories published through the API have no caption.',
  }),
  ...rule('Instagram', ALL_FORMATS, 'hashtags', {
    tag: 'app',
    max: 5,
    confidence: 'S',
    source: 'Instagram app cap from 18–19 Dec 2025: press [6][38] (2025-12-19/20)',
    notes: 'Meta API reference still says 30; whether the API rejects more than 5 is unknown, so this is a warning.',
  }),
  ...rule('Instagram', ALL_FORMATS, 'hashtags', { tag: 'api', max: 30, confidence: 'V', source: IG_API }),
  ...rule('Instagram', ALL_FORMATS, 'mentions', { max: 20, confidence: 'V', source: IG_API }),
  ...rule('Instagram', ALL_FORMATS, 'links', {
    max: 0,
    severity: 'warning',
    confidence: 'S',
    source: IG_REG,
    notes: 'Links in captions are not clickable; use the bio link or a link sticker.',
  }),
  ...rule('Instagram', 'Image', 'media', {
    required: true,
    min: 1,
    max: 1,
    confidence: 'S',
    agreed: true,
    source: IG_REG,
    notes: 'JPEG only, ≤ 8 MB.',
  }),
  ...rule('Instagram', 'Carousel', 'media', {
    required: true,
    min: 2,
    max: 10,
    confidence: 'S',
    agreed: true,
    source: IG_REG,
    notes: 'The app allows 20 (2024, U); the API still 10.',
  }),
  ...rule('Instagram', ['Reel', 'Video'], 'media', {
    required: true,
    min: 1,
    max: 1,
    confidence: 'S',
    agreed: true,
    source: IG_REELS,
    notes: 'Feed videos are published as reels since 2023-07-01.',
  }),
  ...rule('Instagram', 'Story', 'media', {
    required: true,
    min: 1,
    max: 1,
    confidence: 'S',
    agreed: true,
    source: IG_REELS,
  }),
  ...rule('Instagram', ['Reel', 'Video'], 'video-seconds', { min: 3, max: 900, confidence: 'S', source: IG_REELS }),
  ...rule('Instagram', 'Story', 'video-seconds', { min: 3, max: 60, confidence: 'S', source: IG_REELS }),
  ...rule('Instagram', ALL_FORMATS, 'posts-per-day', {
    max: 50,
    confidence: 'U',
    severity: 'info',
    source: 'Ayrshare, Metricool [42]: 50 API posts / 24 h',
    notes: 'Conflicting: 25 (2022–23 docs), 50, 100 (2026 doc quote [7]).',
  }),

  // ── Facebook ───────────────────────────────────────────────────────────────────────────────────────
  ...formats(
    'Facebook',
    ['Text', 'Image', 'Video', 'Reel', 'Story'],
    `${FB_AYR}; Meta Reels [11] and Stories [12] APIs`,
  ),
  ...formats('Facebook', ['Carousel'], 'Multi-photo posts: no documented API path yet', 'U'),
  ...rule('Facebook', ['Text', 'Image', 'Carousel', 'Video', 'Reel'], 'caption', {
    max: 63206,
    counting: 'utf16',
    confidence: 'S',
    agreed: true,
    source: FB_AYR,
  }),
  ...rule('Facebook', 'Story', 'caption', {
    max: 0,
    counting: 'utf16',
    confidence: 'V',
    source: 'Meta Page Stories API [12]',
    notes: 'Stories have no caption.',
  }),
  ...rule('Facebook', 'Reel', 'title', { max: 255, counting: 'utf16', confidence: 'S', source: FB_AYR }),
  ...rule('Facebook', 'Image', 'media', { required: true, min: 1, confidence: 'V', source: IG_REG }),
  ...rule('Facebook', ['Text', 'Image', 'Carousel'], 'media', {
    tag: 'max',
    max: 10,
    confidence: 'U',
    source: IG_REG,
    notes: 'Multi-photo count undocumented: capped at 10 to be safe.',
  }),
  ...rule('Facebook', 'Carousel', 'media', {
    required: true,
    min: 2,
    confidence: 'S',
    source: '[41] planner matrix (carousel 2–10)',
  }),
  ...rule('Facebook', ['Video', 'Reel', 'Story'], 'media', {
    required: true,
    min: 1,
    max: 1,
    confidence: 'V',
    source: 'Meta Reels [11] and Stories [12] APIs',
  }),
  ...rule('Facebook', 'Reel', 'video-seconds', {
    min: 3,
    max: 90,
    confidence: 'V',
    source: 'Meta Reels Publishing API [11] (2026-07-30)',
  }),
  ...rule('Facebook', 'Story', 'video-seconds', {
    min: 3,
    max: 60,
    confidence: 'V',
    source: 'Meta Page Stories API [12]',
  }),
  ...rule('Facebook', 'Video', 'video-seconds', { max: 14400, confidence: 'S', source: IG_REELS }),
  ...rule('Facebook', ALL_FORMATS, 'link', {
    max: 2048,
    confidence: 'U',
    severity: 'warning',
    source: 'Common URL limit',
    notes: 'Shown as a link preview card.',
  }),

  // ── LinkedIn ───────────────────────────────────────────────────────────────────────────────────────
  ...formats('LinkedIn', ['Text', 'Image', 'Carousel', 'Video', 'Document'], `${LI_MULTI}; Documents API via [7]`),
  ...formats('LinkedIn', ['Article'], 'Native articles: UI only, not creatable via the Posts API [15]', 'U'),
  ...rule('LinkedIn', ALL_FORMATS, 'caption', {
    max: 3000,
    counting: 'utf16',
    confidence: 'S',
    agreed: true,
    source: `${FB_AYR}; register [7]`,
    notes: 'UI limit; the API gives no number. The "see more" fold is about 140–210 characters.',
  }),
  ...rule('LinkedIn', 'Document', 'title', {
    required: true,
    max: 400,
    counting: 'utf16',
    confidence: 'S',
    source: 'MS Learn Documents API via [7]; Upload-Post character limits (LinkedIn title 400, checked 2026-12-02)',
    notes: "Microsoft does not document the length; 400 is the scheduler vendors' value (2026).",
  }),
  ...rule('LinkedIn', 'Article', 'title', {
    max: 100,
    counting: 'utf16',
    confidence: 'U',
    source: 'Blogs [15] (100 or 150, conflicting)',
  }),
  ...rule('LinkedIn', ALL_FORMATS, 'hashtags', {
    max: 5,
    severity: 'info',
    confidence: 'U',
    source: 'Guides: 3–5 hashtags recommended [39][40]',
  }),
  ...rule('LinkedIn', 'Text', 'media', {
    max: 0,
    severity: 'warning',
    confidence: 'S',
    source: LI_MULTI,
    notes: 'Choose Image, Carousel, Video or Document for posts with media.',
  }),
  ...rule('LinkedIn', 'Image', 'media', { required: true, min: 1, max: 20, confidence: 'V', source: LI_MULTI }),
  ...rule('LinkedIn', 'Carousel', 'media', {
    required: true,
    min: 2,
    max: 20,
    confidence: 'V',
    source: LI_MULTI,
    notes: 'Secondary guides say ≤ 9 (U).',
  }),
  ...rule('LinkedIn', 'Video', 'media', { required: true, min: 1, max: 1, confidence: 'V', source: LI_MULTI }),
  ...rule('LinkedIn', 'Document', 'media', {
    required: true,
    min: 1,
    max: 1,
    confidence: 'S',
    agreed: true,
    source: 'MS Learn Documents API via [7]',
    notes: 'PDF/PPT/PPTX/DOC/DOCX ≤ 100 MB, ≤ 300 pages.',
  }),
  ...rule('LinkedIn', 'Video', 'video-seconds', {
    min: 3,
    max: 1800,
    confidence: 'S',
    source: 'Ayrshare LinkedIn [14] (API); organic 10–15 min',
  }),
  ...rule('LinkedIn', ALL_FORMATS, 'link', {
    max: 2048,
    confidence: 'U',
    severity: 'warning',
    source: 'Common URL limit',
    notes: 'Shown as a link card when the post has no media.',
  }),

  // ── TikTok ─────────────────────────────────────────────────────────────────────────────────────────
  ...formats('TikTok', ['Video'], TT_API),
  ...formats('TikTok', ['Image', 'Carousel'], TT_PHOTO, 'S'),
  ...rule('TikTok', 'Video', 'caption', {
    max: 2200,
    counting: 'utf16',
    confidence: 'V',
    source: TT_API,
    notes: 'Guides quoting 4,000 for the app conflict with the API (U).',
  }),
  ...rule('TikTok', ['Image', 'Carousel'], 'caption', {
    max: 4000,
    counting: 'utf16',
    confidence: 'S',
    agreed: true,
    source: TT_PHOTO,
  }),
  ...rule('TikTok', ['Image', 'Carousel'], 'title', {
    max: 90,
    counting: 'utf16',
    confidence: 'S',
    agreed: true,
    source: TT_PHOTO,
  }),
  ...rule('TikTok', ALL_FORMATS, 'links', {
    max: 0,
    severity: 'warning',
    confidence: 'U',
    source: TT_API,
    notes: 'Links in captions are not clickable.',
  }),
  ...rule('TikTok', 'Video', 'media', { required: true, min: 1, max: 1, confidence: 'V', source: TT_API }),
  ...rule('TikTok', 'Image', 'media', {
    required: true,
    min: 1,
    max: 35,
    confidence: 'S',
    agreed: true,
    source: TT_PHOTO,
  }),
  ...rule('TikTok', 'Carousel', 'media', {
    required: true,
    min: 2,
    max: 35,
    confidence: 'S',
    agreed: true,
    source: TT_PHOTO,
  }),
  ...rule('TikTok', 'Video', 'video-seconds', {
    min: 3,
    max: 600,
    confidence: 'V',
    source: TT_API,
    adjustable: 'creator',
    notes: 'And ≤ creator_info.max_video_post_duration_sec per creator.',
  }),

  // ── Pinterest ──────────────────────────────────────────────────────────────────────────────────────
  ...formats('Pinterest', ['Pin', 'Carousel'], PIN_API),
  ...formats('Pinterest', ['Video'], PIN_AYR, 'S'),
  ...rule('Pinterest', ALL_FORMATS, 'caption', {
    tag: 'ui',
    max: 500,
    counting: 'utf16',
    confidence: 'S',
    source: `${PIN_AYR}; guides [39][40]`,
    notes: 'The app shows 500; the API accepts 800.',
  }),
  ...rule('Pinterest', ALL_FORMATS, 'caption', {
    tag: 'api',
    max: 800,
    counting: 'utf16',
    confidence: 'V',
    source: PIN_API,
  }),
  ...rule('Pinterest', ALL_FORMATS, 'title', { max: 100, counting: 'utf16', confidence: 'V', source: PIN_API }),
  ...rule('Pinterest', ALL_FORMATS, 'links', {
    max: 0,
    severity: 'warning',
    confidence: 'S',
    source: PIN_AYR,
    notes: 'Links in descriptions are not clickable: use the Link column.',
  }),
  ...rule('Pinterest', ALL_FORMATS, 'link', { max: 2048, confidence: 'V', source: PIN_API }),
  ...rule('Pinterest', ALL_FORMATS, 'link', {
    tag: 'required',
    required: true,
    confidence: 'U',
    source: PIN_API,
    notes: 'The API makes the link optional, but a pin without one sends no traffic: the calendar asks for it.',
  }),
  ...rule('Pinterest', 'Pin', 'media', { required: true, min: 1, max: 1, confidence: 'V', source: PIN_API }),
  ...rule('Pinterest', 'Carousel', 'media', {
    required: true,
    min: 2,
    max: 5,
    confidence: 'V',
    source: PIN_API,
    notes: 'All images the same size.',
  }),
  ...rule('Pinterest', 'Video', 'media', {
    required: true,
    min: 1,
    max: 2,
    confidence: 'S',
    source: PIN_AYR,
    notes: 'A video and its cover image.',
  }),
  ...rule('Pinterest', 'Video', 'video-seconds', {
    min: 4,
    max: 900,
    confidence: 'S',
    source: PIN_AYR,
    notes: 'Guides say 5 min (U).',
  }),

  // ── YouTube ────────────────────────────────────────────────────────────────────────────────────────
  ...formats('YouTube', ['Video', 'Short'], YT_API),
  ...rule('YouTube', ALL_FORMATS, 'caption', {
    max: 5000,
    counting: 'utf8-bytes',
    confidence: 'V',
    source: YT_API,
    notes: 'The description limit is in bytes: about 1,666 CJK characters.',
  }),
  ...rule('YouTube', ALL_FORMATS, 'title', {
    required: true,
    max: 100,
    counting: 'utf16',
    confidence: 'V',
    source: YT_API,
    notes: '"Characters" undefined by YouTube: UTF-16 units is the safe count.',
  }),
  ...rule('YouTube', ALL_FORMATS, 'angle-brackets', {
    max: 0,
    confidence: 'V',
    source: YT_API,
    notes: 'No < or > in title or description.',
  }),
  ...rule('YouTube', ALL_FORMATS, 'hashtags', {
    max: 15,
    confidence: 'U',
    source: 'thumbmentor, hollyland, socialbarrel [22]',
    notes: 'Above 15 (or 60: sources disagree) YouTube ignores all hashtags.',
  }),
  ...rule('YouTube', ALL_FORMATS, 'media', { required: true, min: 1, max: 1, confidence: 'V', source: YT_API }),
  ...rule('YouTube', 'Short', 'video-seconds', {
    max: 180,
    confidence: 'S',
    source: `${IG_REELS} (YouTube answer 15424877)`,
    notes: 'Older sources say 60 s (U).',
  }),
  ...rule('YouTube', 'Video', 'video-seconds', {
    max: 900,
    confidence: 'S',
    source: IG_REELS,
    notes: 'Up to 12 h for phone-verified accounts.',
  }),

  // ── Threads ────────────────────────────────────────────────────────────────────────────────────────
  ...formats('Threads', ['Text', 'Image', 'Carousel', 'Video'], THR_API),
  ...rule('Threads', ALL_FORMATS, 'caption', {
    tag: 'chars',
    max: 500,
    counting: 'graphemes',
    confidence: 'V',
    source: THR_API,
    notes: 'Plain characters count 1 under every reading of the rule.',
  }),
  ...rule('Threads', ALL_FORMATS, 'caption', {
    tag: 'emoji',
    max: 500,
    counting: 'threads',
    confidence: 'U',
    source: THR_API,
    notes: '"Emojis are counted as the number of UTF-8 bytes": the exact reading is unverified.',
  }),
  ...rule('Threads', ALL_FORMATS, 'links', { max: 5, confidence: 'V', source: `${THR_API}; error since 2025-12-22` }),
  ...rule('Threads', ALL_FORMATS, 'topic-tags', {
    max: 1,
    severity: 'warning',
    confidence: 'V',
    source: 'Threads docs on tags [24]',
    notes: 'Only the first valid #tag becomes the topic tag.',
  }),
  ...rule('Threads', 'Text', 'media', {
    max: 0,
    severity: 'warning',
    confidence: 'S',
    source: THR_API,
    notes: 'Choose Image, Carousel or Video for posts with media.',
  }),
  ...rule('Threads', 'Image', 'media', { required: true, min: 1, max: 1, confidence: 'V', source: THR_API }),
  ...rule('Threads', 'Carousel', 'media', {
    required: true,
    min: 2,
    max: 20,
    confidence: 'V',
    source: THR_API,
    notes: 'One vendor says 10 images (U).',
  }),
  ...rule('Threads', 'Video', 'media', { required: true, min: 1, max: 1, confidence: 'V', source: THR_API }),
  ...rule('Threads', 'Video', 'video-seconds', { max: 300, confidence: 'V', source: THR_API }),
  ...rule('Threads', ALL_FORMATS, 'posts-per-day', {
    max: 250,
    confidence: 'V',
    source: 'Meta Threads Overview [23] (2025-12-22)',
  }),

  // ── Bluesky ────────────────────────────────────────────────────────────────────────────────────────
  ...formats('Bluesky', ['Text', 'Image', 'Video'], BSKY),
  ...rule('Bluesky', ALL_FORMATS, 'caption', {
    tag: 'graphemes',
    max: 300,
    counting: 'graphemes',
    confidence: 'V',
    source: BSKY,
  }),
  ...rule('Bluesky', ALL_FORMATS, 'caption', {
    tag: 'bytes',
    max: 3000,
    counting: 'utf8-bytes',
    confidence: 'V',
    source: BSKY,
    notes: 'Emoji made of many code points hit this before 300 graphemes.',
  }),
  ...rule('Bluesky', 'Text', 'media', { max: 4, confidence: 'V', source: BSKY_IMG }),
  ...rule('Bluesky', 'Image', 'media', {
    required: true,
    min: 1,
    max: 4,
    confidence: 'V',
    source: BSKY_IMG,
    notes: 'A gallery embed allows 10 (2026-06-03).',
  }),
  ...rule('Bluesky', 'Video', 'media', { required: true, min: 1, max: 1, confidence: 'V', source: BSKY }),
  ...rule('Bluesky', 'Video', 'video-seconds', { max: 600, confidence: 'V', source: 'social-app constants [26]' }),

  // ── Mastodon ───────────────────────────────────────────────────────────────────────────────────────
  ...formats('Mastodon', ['Text', 'Image', 'Video'], MAST),
  ...rule('Mastodon', ALL_FORMATS, 'caption', {
    max: 500,
    counting: 'mastodon',
    confidence: 'V',
    source: MAST,
    adjustable: 'instance',
    notes: "Per instance: set Max to your instance's max_characters (GET /api/v2/instance).",
  }),
  ...rule('Mastodon', 'Text', 'media', { max: 4, confidence: 'V', source: MAST, adjustable: 'instance' }),
  ...rule('Mastodon', 'Image', 'media', {
    required: true,
    min: 1,
    max: 4,
    confidence: 'V',
    source: MAST,
    adjustable: 'instance',
  }),
  ...rule('Mastodon', 'Video', 'media', { required: true, min: 1, max: 1, confidence: 'V', source: MAST }),

  // ── Google Business Profile ────────────────────────────────────────────────────────────────────────
  ...formats('Google Business Profile', ['Text', 'Image'], GBP, 'S'),
  ...rule('Google Business Profile', ALL_FORMATS, 'caption', {
    max: 1500,
    counting: 'utf16',
    confidence: 'S',
    source: GBP,
    notes: 'Not in the API reference; from third-party guides.',
  }),
  ...rule('Google Business Profile', ALL_FORMATS, 'phone-numbers', {
    max: 0,
    confidence: 'S',
    source: GBP,
    notes: 'Posts with a phone number in the text are rejected: use the call button.',
  }),
  ...rule('Google Business Profile', ALL_FORMATS, 'hashtags', {
    max: 0,
    severity: 'info',
    confidence: 'S',
    source: GBP,
    notes: 'Hashtags have no effect.',
  }),
  ...rule('Google Business Profile', ALL_FORMATS, 'links', {
    max: 0,
    severity: 'warning',
    confidence: 'U',
    source: GBP,
    notes: 'Links in the text are not clickable: use the Link column (button).',
  }),
  ...rule('Google Business Profile', ALL_FORMATS, 'link', {
    max: 2048,
    confidence: 'U',
    severity: 'warning',
    source: GBP,
    notes: 'Becomes the call-to-action button.',
  }),
  ...rule('Google Business Profile', 'Image', 'media', {
    required: true,
    min: 1,
    max: 1,
    confidence: 'S',
    source: `${GBP}; register [7]`,
  }),
  ...rule('Google Business Profile', 'Text', 'media', { max: 1, confidence: 'S', source: `${GBP}; register [7]` }),
    ...PLANNING_RULES_2026(),
  ];
}
