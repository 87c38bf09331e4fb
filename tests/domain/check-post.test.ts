/** checkPost(): every check code, messages in English and Polish, the Checks-cell summaries, and speed. */

import { CHECK_CODES, type CheckCode } from '../../src/domain/check-messages';
import { checkDetails, checkPost, summarizeChecks } from '../../src/domain/check-post';
import type { Severity } from '../../src/domain/check-types';
import { emptyPost, type Post } from '../../src/domain/post';

const NOW = new Date('2026-06-15T12:00:00Z');
const IMG = 'https://cdn.example.com/a.jpg';
const post = (fields: Partial<Post>): Post => ({
  ...emptyPost(),
  date: '2026-07-01',
  time: '10:00',
  timeZone: 'Europe/Warsaw',
  status: 'Draft',
  ...fields,
});
const check = (fields: Partial<Post>, locale?: string) => checkPost(post(fields), undefined, { now: NOW, locale });
const codes = (fields: Partial<Post>) => check(fields).issues.map((i) => i.code);

const seen = new Set<string>();

// [code, severity, field, post] — each post should raise that code (and the test records it as covered).
const CASES: Array<[CheckCode, Severity, string, Partial<Post>]> = [
  ['missing-platform', 'warning', 'platform', { caption: 'hi' }],
  ['unknown-platform', 'error', 'platform', { platform: 'MySpace', caption: 'hi' }],
  ['missing-format', 'warning', 'format', { platform: 'X', caption: 'hi' }],
  ['format-not-available', 'error', 'format', { platform: 'LinkedIn', format: 'Story', caption: 'hi' }],
  ['format-not-available', 'error', 'format', { platform: 'Instagram', format: 'Text', caption: 'hi' }],
  ['format-not-available', 'error', 'format', { platform: 'TikTok', format: 'Text', caption: 'hi' }],
  ['text-too-long', 'error', 'caption', { platform: 'X', format: 'Text', caption: 'x'.repeat(281) }],
  ['text-too-long', 'error', 'caption', { platform: 'Mastodon', format: 'Text', caption: 'x'.repeat(501) }],
  [
    'caption-not-published',
    'warning',
    'caption',
    { platform: 'Instagram', format: 'Story', caption: 'hi', media: IMG },
  ],
  ['empty-caption', 'error', 'caption', { platform: 'X', format: 'Text' }],
  ['title-too-long', 'error', 'title', { platform: 'YouTube', format: 'Video', title: 't'.repeat(101), media: IMG }],
  ['missing-title', 'error', 'title', { platform: 'YouTube', format: 'Short', media: IMG }],
  [
    'too-many-hashtags',
    'warning',
    'hashtags',
    { platform: 'Instagram', format: 'Image', caption: '#a #b #c #d #e #f #g', media: IMG },
  ],
  [
    'too-many-hashtags',
    'error',
    'hashtags',
    {
      platform: 'Instagram',
      format: 'Image',
      hashtags: Array.from({ length: 31 }, (_, i) => `#t${i}`).join(' '),
      media: IMG,
    },
  ],
  [
    'hashtags-no-effect',
    'info',
    'hashtags',
    { platform: 'Google Business Profile', format: 'Text', caption: 'Open today #bakery' },
  ],
  [
    'too-many-mentions',
    'error',
    'caption',
    {
      platform: 'Instagram',
      format: 'Image',
      caption: Array.from({ length: 21 }, (_, i) => `@u${i}`).join(' '),
      media: IMG,
    },
  ],
  ['too-many-topic-tags', 'warning', 'hashtags', { platform: 'Threads', format: 'Text', caption: 'Hello #one #two' }],
  [
    'too-many-links',
    'error',
    'caption',
    { platform: 'Threads', format: 'Text', caption: [1, 2, 3, 4, 5, 6].map((i) => `https://e${i}.com`).join(' ') },
  ],
  [
    'links-not-clickable',
    'warning',
    'caption',
    { platform: 'Instagram', format: 'Image', caption: 'Shop at https://shop.example.com', media: IMG },
  ],
  [
    'links-not-clickable',
    'warning',
    'caption',
    { platform: 'TikTok', format: 'Video', caption: 'see example.com', media: IMG },
  ],
  ['missing-media', 'error', 'media', { platform: 'Instagram', format: 'Image', caption: 'hi' }],
  ['too-few-media', 'error', 'media', { platform: 'Instagram', format: 'Carousel', caption: 'hi', media: IMG }],
  [
    'too-many-media',
    'error',
    'media',
    {
      platform: 'X',
      format: 'Image',
      caption: 'hi',
      media: [1, 2, 3, 4, 5].map((i) => `https://c.example.com/${i}.jpg`).join('\n'),
    },
  ],
  ['media-not-used', 'warning', 'media', { platform: 'LinkedIn', format: 'Text', caption: 'hi', media: IMG }],
  ['missing-link', 'warning', 'link', { platform: 'Pinterest', format: 'Pin', caption: 'hi', media: IMG }],
  [
    'link-too-long',
    'error',
    'link',
    {
      platform: 'Pinterest',
      format: 'Pin',
      caption: 'hi',
      media: IMG,
      link: `https://example.com/${'a'.repeat(2100)}`,
    },
  ],
  [
    'link-not-in-caption',
    'info',
    'link',
    { platform: 'X', format: 'Text', caption: 'hi', link: 'https://example.com' },
  ],
  [
    'invalid-link',
    'error',
    'link',
    { platform: 'Pinterest', format: 'Pin', caption: 'hi', media: IMG, link: 'https://exa mple.com' },
  ],
  [
    'invalid-link',
    'warning',
    'link',
    { platform: 'Pinterest', format: 'Pin', caption: 'hi', media: IMG, link: 'example.com/page' },
  ],
  [
    'invalid-media-url',
    'error',
    'media',
    { platform: 'Instagram', format: 'Image', caption: 'hi', media: 'photo 1.jpg' },
  ],
  ['missing-date', 'warning', 'date', { platform: 'X', format: 'Text', caption: 'hi', date: '' }],
  ['missing-date', 'error', 'date', { platform: 'X', format: 'Text', caption: 'hi', date: '', status: 'Scheduled' }],
  ['invalid-date', 'error', 'date', { platform: 'X', format: 'Text', caption: 'hi', date: '2026-02-30' }],
  ['invalid-time', 'error', 'time', { platform: 'X', format: 'Text', caption: 'hi', time: '25:00' }],
  [
    'invalid-time-zone',
    'error',
    'timeZone',
    { platform: 'X', format: 'Text', caption: 'hi', timeZone: 'Mars/Olympus' },
  ],
  ['date-in-past', 'warning', 'date', { platform: 'X', format: 'Text', caption: 'hi', date: '2026-06-01' }],
  [
    'scheduled-in-past',
    'info',
    'date',
    { platform: 'X', format: 'Text', caption: 'hi', date: '2026-06-01', status: 'Scheduled' },
  ],
  [
    'angle-brackets',
    'error',
    'title',
    { platform: 'YouTube', format: 'Video', title: 'A <b>bold</b> title', media: IMG },
  ],
  [
    'angle-brackets',
    'error',
    'caption',
    { platform: 'YouTube', format: 'Video', title: 'ok', caption: 'a -> b', media: IMG },
  ],
  [
    'phone-number',
    'warning',
    'caption',
    { platform: 'Google Business Profile', format: 'Text', caption: 'Call us: +48 600 700 800' },
  ],
  ['invalid-characters', 'error', 'caption', { platform: 'X', format: 'Text', caption: 'bad \uFFFF char' }],
  // Planning fields (issue #22).
  ['missing-alt-text', 'warning', 'altText', { platform: 'Instagram', format: 'Image', caption: 'hi', media: IMG }],
  [
    'alt-text-too-long',
    'error',
    'altText',
    { platform: 'Pinterest', format: 'Pin', title: 't', caption: 'hi', media: IMG, altText: 'a'.repeat(501) },
  ],
  [
    'alt-text-extra-lines',
    'warning',
    'altText',
    { platform: 'Threads', format: 'Image', caption: 'hi', media: IMG, altText: 'one\ntwo' },
  ],
  [
    'first-comment-too-long',
    'error',
    'firstComment',
    { platform: 'LinkedIn', format: 'Text', caption: 'hi', firstComment: 'c'.repeat(1251) },
  ],
  [
    'first-comment-not-supported',
    'error',
    'firstComment',
    { platform: 'TikTok', format: 'Video', caption: 'hi', media: IMG, firstComment: 'Link in bio' },
  ],
  [
    'too-many-spoilers',
    'error',
    'caption',
    { platform: 'Threads', format: 'Text', caption: Array.from({ length: 11 }, (_, i) => `||s${i}||`).join(' ') },
  ],
  ['missing-subreddit', 'error', 'subreddit', { platform: 'Reddit', format: 'Text', title: 'Hello', caption: 'hi' }],
  [
    'one-case-hashtag',
    'info',
    'hashtags',
    { platform: 'X', format: 'Text', caption: 'hi', hashtags: '#contentcalendar' },
  ],
  ['invalid-repeat', 'error', 'repeat', { platform: 'X', format: 'Text', caption: 'hi', repeat: 'weekly' }],
  ['invalid-evergreen', 'error', 'repeat', { platform: 'X', format: 'Text', caption: 'hi', repeat: 'evergreen often' }],
];

describe('each check code', () => {
  it.each(CASES.map((c, i) => [`${c[0]} #${i}`, ...c] as const))('%s', (_name, code, severity, field, fields) => {
    const issue = check(fields).issues.find((i) => i.code === code);
    expect(issue).toMatchObject({ code, severity, field });
    expect(issue?.message).toMatch(/^[^a-z].*[.!]$/); // a sentence
    seen.add(code);
  });

  it('covers every code in the catalogue', () => {
    expect(CHECK_CODES.filter((code) => !seen.has(code))).toEqual([]);
  });
});

describe('clean posts', () => {
  it.each<[string, Partial<Post>]>([
    ['X', { platform: 'X', format: 'Text', caption: 'Spring is here 🌸 https://example.com', hashtags: '#spring' }],
    [
      'Instagram carousel',
      {
        platform: 'Instagram',
        format: 'Carousel',
        caption: 'Swipe ✨',
        hashtags: '#a #b',
        media: `${IMG}\n${IMG}`,
        altText: 'A red bike\nA blue bike',
      },
    ],
    ['LinkedIn', { platform: 'LinkedIn', format: 'Text', caption: 'We are hiring.', link: 'https://example.com/jobs' }],
    [
      'Pinterest',
      {
        platform: 'Pinterest',
        format: 'Pin',
        title: 'Ideas',
        caption: '10 ideas',
        link: 'https://example.com/x',
        media: IMG,
        altText: 'Ten craft ideas on a table',
      },
    ],
    [
      'YouTube',
      {
        platform: 'YouTube',
        format: 'Short',
        title: 'How to',
        caption: 'Desc',
        media: 'https://drive.google.com/file/d/abc/view',
      },
    ],
    ['Bluesky', { platform: 'Bluesky', format: 'Text', caption: '中'.repeat(300) }],
    [
      'GBP',
      { platform: 'google business profile', format: 'text', caption: 'Open 2026-07-01 to 2026-07-31, 9:00–17:00.' },
    ],
    ['Published past', { platform: 'X', format: 'Text', caption: 'old', date: '2020-01-01', status: 'Published' }],
    ['Idea without date', { platform: 'X', format: 'Text', caption: 'later', date: '', status: 'Idea' }],
  ])('%s has no issues', (_name, fields) => {
    const result = check(fields);
    expect(result.issues).toEqual([]);
    expect(summarizeChecks(result)).toBe('✔ OK');
  });
});

describe('what is counted', () => {
  it('appends the Hashtags column after a blank line unless the caption already holds the tags', () => {
    expect(check({ platform: 'X', format: 'Text', caption: 'Hello', hashtags: '#a #b' }).counts.caption.used).toBe(
      5 + 2 + 5,
    );
    expect(check({ platform: 'X', format: 'Text', caption: 'Hello #a', hashtags: 'a, b' }).counts.caption.used).toBe(
      8 + 2 + 2,
    );
    expect(
      check({ platform: 'X', format: 'Text', caption: 'Hello #A #b', hashtags: '#a #b' }).counts.caption.used,
    ).toBe(11);
  });

  it('counts in each platform’s own unit', () => {
    expect(check({ platform: 'X', format: 'Text', caption: 'hi ❤️‍🔥 example.com' }).counts.caption).toEqual({
      used: 3 + 2 + 1 + 23,
      limit: 280,
      unit: 'weighted characters',
    });
    const threads = check({ platform: 'Threads', format: 'Text', caption: 'hi 😀' }).counts;
    expect(threads.caption).toEqual({ used: 7, limit: 500, unit: 'characters' }); // the emoji counts its 4 bytes
    expect(threads['caption:graphemes']).toEqual({ used: 4, limit: 500, unit: 'graphemes' });
    expect(
      check({ platform: 'YouTube', format: 'Video', title: 'T', caption: 'żółw', media: IMG }).counts.caption,
    ).toEqual({ used: 7, limit: 5000, unit: 'bytes' });
    expect(check({ platform: 'TikTok', format: 'Video', caption: '😀', media: IMG }).counts.caption).toEqual({
      used: 2,
      limit: 2200,
      unit: 'characters',
    });
    expect(
      check({ platform: 'Mastodon', format: 'Text', caption: '@a@mastodon.social https://example.com/long/path' })
        .counts.caption.used,
    ).toBe(2 + 1 + 23);
  });

  it('reports Bluesky’s byte limit when emoji hit it before 300 graphemes', () => {
    const result = check({ platform: 'Bluesky', format: 'Text', caption: '👨‍👩‍👧‍👦'.repeat(150) });
    expect(result.issues.map((i) => i.code)).toEqual(['text-too-long']);
    expect(result.counts.caption).toEqual({ used: 3750, limit: 3000, unit: 'bytes' });
    expect(result.counts['caption:graphemes']).toEqual({ used: 150, limit: 300, unit: 'graphemes' });
    expect(summarizeChecks(result)).toBe('✖ Bluesky: 3750/3000 bytes');
  });

  it('keeps only the error when two limits on one field are both broken', () => {
    const tags = Array.from({ length: 31 }, (_, i) => `#t${i}`).join(' ');
    const result = check({ platform: 'Instagram', format: 'Image', caption: tags, media: IMG });
    expect(result.issues.filter((i) => i.code === 'too-many-hashtags').map((i) => i.severity)).toEqual(['error']);
  });

  it('tells Mastodon users the limit is their instance’s, and X users about Premium', () => {
    expect(check({ platform: 'Mastodon', format: 'Text', caption: 'x'.repeat(501) }).issues[0].message).toMatch(
      /instance/,
    );
    expect(check({ platform: 'X', format: 'Text', caption: 'x'.repeat(300) }).issues[0].message).toBe(
      'X allows 280 weighted characters in the caption; this one has 300. Cut 20. X Premium accounts may post more: change Max on the Platforms sheet if yours has it.',
    );
  });

  it('does not mistake dates, year ranges or prices for GBP phone numbers', () => {
    expect(
      codes({
        platform: 'Google Business Profile',
        format: 'Text',
        caption: 'Sale 2026-07-01, 2025-2026 season, now 1.250.000 zł',
      }),
    ).toEqual([]);
    expect(codes({ platform: 'Google Business Profile', format: 'Text', caption: 'Ring (555) 123-4567' })).toEqual([
      'phone-number',
    ]);
  });

  it('treats a past date near now in the post’s own time zone', () => {
    // 2026-06-15 13:30 in Warsaw is 11:30 UTC, before NOW (12:00 UTC); in New York it is 17:30 UTC, after.
    expect(
      codes({
        platform: 'X',
        format: 'Text',
        caption: 'hi',
        date: '2026-06-15',
        time: '13:30',
        timeZone: 'Europe/Warsaw',
      }),
    ).toEqual(['date-in-past']);
    expect(
      codes({
        platform: 'X',
        format: 'Text',
        caption: 'hi',
        date: '2026-06-15',
        time: '13:30',
        timeZone: 'America/New_York',
      }),
    ).toEqual([]);
    expect(
      checkPost(
        post({ platform: 'X', format: 'Text', caption: 'hi', date: '2026-06-15', time: '13:30', timeZone: '' }),
        undefined,
        { now: NOW, timeZone: 'America/New_York' },
      ).issues,
    ).toEqual([]);
  });
});

describe('messages and summaries', () => {
  it('writes the brief’s example message', () => {
    const result = check({ platform: 'Instagram', format: 'Image', caption: '#a #b #c #d #e #f #g', media: IMG });
    expect(result.issues[0].message).toBe('Instagram allows 5 hashtags per post; this one has 7. Remove 2.');
  });

  it('writes Polish for pl_PL, with Polish plurals', () => {
    const seven = check(
      { platform: 'Instagram', format: 'Image', caption: '#a #b #c #d #e #f #g', media: IMG },
      'pl_PL',
    );
    expect(seven.issues[0].message).toBe('Instagram pozwala na 5 hashtagów w poście; ten ma 7. Usuń 2.');
    const long = check({ platform: 'X', format: 'Text', caption: 'x'.repeat(282) }, 'pl');
    expect(long.issues[0].message).toMatch(/^X pozwala na 280 znaków ważonych \(opis\); ten post ma 282\. Skróć o 2\./);
    expect(summarizeChecks(long)).toBe('✖ X: 282/280 znaków ważonych');
    const threads = check({ platform: 'Threads', format: 'Text', caption: '#a #b #c' }, 'pl-PL');
    expect(summarizeChecks(threads)).toMatch(/^⚠ 1 ostrzeżenie: Threads traktuje/);
    expect(check({ caption: 'x' }, 'en_US').issues[0].message).toBe(
      'Choose a platform for this post so it can be checked.',
    );
    expect(check({ caption: 'x' }, 'de_DE').issues[0].message).toBe(
      'Choose a platform for this post so it can be checked.',
    );
  });

  it('summarises for the Checks cell', () => {
    const over = check({ platform: 'X', format: 'Text', caption: 'x'.repeat(291) });
    expect(summarizeChecks(over)).toBe('✖ X: 291/280 weighted characters');
    const two = check({ platform: 'X', format: 'Text', caption: 'x'.repeat(291), date: 'soon' });
    expect(summarizeChecks(two)).toBe(
      '✖ “soon” is not a valid date. Use the format yyyy-MM-dd, e.g. 2026-03-15. (+1 more)',
    );
    const warn = check({
      platform: 'Instagram',
      format: 'Image',
      caption: 'Buy at https://x.com',
      media: IMG,
      altText: 'A shop window',
    });
    expect(summarizeChecks(warn)).toBe(
      '⚠ 1 warning: Links in Instagram captions are not clickable (this one has 1). Put the link in the Link column or your profile instead.',
    );
  });

  it('details one line per issue, errors first, then the counts', () => {
    const result = check({ platform: 'X', format: 'Text', caption: 'x'.repeat(291), link: 'https://example.com' });
    expect(checkDetails(result).split('\n')).toEqual([
      '✖ X allows 280 weighted characters in the caption; this one has 291. Cut 11. X Premium accounts may post more: change Max on the Platforms sheet if yours has it.',
      'ℹ X has no separate link field, so the Link column is not published. Add the link to the caption if you want it in the post.',
      'Caption: 291/280 weighted characters',
    ]);
    expect(checkDetails(check({ platform: 'X', format: 'Text', caption: 'ok' }))).toBe(
      'Caption: 2/280 weighted characters',
    );
  });
});

// checkPost's speed (posts per second) is the benchmark's: scripts/lib/budget.ts minPostsPerSecond, measured
// by npm run bench on the bundle, in one process of its own rather than beside other test workers.
