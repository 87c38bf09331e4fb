/** Deterministic, realistic calendar rows for the benchmark: a mix of platforms, formats, statuses and captions, some over the limit. */

/** A small seeded PRNG (mulberry32), so every run seeds the same calendar. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLATFORM_FORMATS: Array<[platform: string, formats: string[], weight: number]> = [
  ['Instagram', ['Image', 'Carousel', 'Reel', 'Story'], 20],
  ['X', ['Text', 'Image', 'Video'], 16],
  ['LinkedIn', ['Text', 'Image', 'Document', 'Article'], 14],
  ['Facebook', ['Text', 'Image', 'Video', 'Reel'], 12],
  ['TikTok', ['Video'], 8],
  ['Threads', ['Text', 'Image'], 6],
  ['Bluesky', ['Text', 'Image'], 6],
  ['Pinterest', ['Pin'], 5],
  ['YouTube', ['Video', 'Short'], 5],
  ['Mastodon', ['Text', 'Image'], 4],
  ['Google Business Profile', ['Text', 'Image'], 4],
];

const STATUS_WEIGHTS: Array<[string, number]> = [
  ['Idea', 10],
  ['Draft', 25],
  ['In review', 12],
  ['Needs changes', 5],
  ['Approved', 12],
  ['Scheduled', 18],
  ['Published', 14],
  ['Cancelled', 4],
];

const OPENERS = [
  'Spring launch is here',
  'Behind the scenes at our studio',
  'Five tips for planning your week',
  'Meet the team that builds our product',
  'Our customers asked, we listened',
  'A quick look at what is new this month',
  'Join us live on Thursday',
  'Żółte kwiaty i nowa kolekcja',
  'Big news for early subscribers',
  'How we cut our planning time in half',
];

const SENTENCE =
  'We share what we learned, what surprised us and what comes next, with links to the full story and a short video for those in a hurry. ';

const EMOJI = ['🚀', '🌷', '✨', '👩🏽‍💻', '🇵🇱', '📅', ''];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function weighted<T>(random: () => number, items: ReadonlyArray<readonly [T, ...unknown[]]>, weightIndex: number): T {
  const total = items.reduce((sum, item) => sum + (item[weightIndex] as number), 0);
  let roll = random() * total;
  for (const item of items) {
    roll -= item[weightIndex] as number;
    if (roll < 0) return item[0];
  }
  return items[items.length - 1][0];
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const ID_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A distinct post ID for index `i`, in the add-on's `P-` + 8 Crockford base32 characters. */
function postId(i: number): string {
  let n = (i * 2654435761 + 12345) % 2 ** 40;
  let id = '';
  for (let k = 0; k < 8; k++) {
    id = ID_ALPHABET[n % 32] + id;
    n = Math.floor(n / 32);
  }
  return `P-${id}`;
}

/** `yyyy-MM-dd` of `date` in UTC. */
function isoDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Options of seedPosts(). */
export interface SeedOptions {
  /** "Now": dates spread from 30 days before to 60 days after it. */
  now: Date;
  /** PRNG seed (default 11, the issue number). */
  seed?: number;
}

/** One seeded post, by calendar column name (the values written to the sheet). */
export type SeedPost = Record<string, string>;

/**
 * `count` posts. About one in eight has a caption over its platform's limit (e.g. 300+ characters for
 * X), some have too many hashtags, a missing format or an invalid link; one row in fifty has no ID
 * (rows typed in by hand), and the rest have stable IDs `P-` + 8 characters.
 */
export function seedPosts(count: number, options: SeedOptions): SeedPost[] {
  const random = seededRandom(options.seed ?? 11);
  const posts: SeedPost[] = [];
  const base = Date.UTC(options.now.getUTCFullYear(), options.now.getUTCMonth(), options.now.getUTCDate());
  for (let i = 0; i < count; i++) {
    const platform = weighted(random, PLATFORM_FORMATS, 2);
    const formats = PLATFORM_FORMATS.find(([name]) => name === platform)![1];
    const long = random() < 0.125;
    const sentences = long ? 3 + Math.floor(random() * 8) : Math.floor(random() * 2);
    const caption = `${pick(random, OPENERS)} ${pick(random, EMOJI)} (#${i + 1}). ${SENTENCE.repeat(sentences)}`.trim();
    const tagCount = random() < 0.1 ? 35 : Math.floor(random() * 6);
    const hashtags = Array.from({ length: tagCount }, (_, k) => `#tag${(i * 7 + k) % 97}`).join(' ');
    const day = new Date(base + Math.floor(random() * 90 - 30) * 86400000);
    const linkRoll = random();
    posts.push({
      ID: i % 50 === 7 ? '' : postId(i),
      Date: isoDate(day),
      Time: `${pad(7 + Math.floor(random() * 14))}:${pick(random, ['00', '15', '30', '45'])}`,
      'Time zone': random() < 0.1 ? 'America/New_York' : '',
      Platform: platform,
      Format: random() < 0.05 ? '' : pick(random, formats),
      Title: platform === 'YouTube' || platform === 'Pinterest' ? `Video ${i + 1}: ${pick(random, OPENERS)}` : '',
      Caption: caption,
      Hashtags: hashtags,
      Link: linkRoll < 0.5 ? `https://example.com/blog/post-${i + 1}` : linkRoll < 0.53 ? 'example com/broken' : '',
      Media: random() < 0.4 ? `https://cdn.example.com/media/${i + 1}.jpg` : '',
      Status: weighted(random, STATUS_WEIGHTS, 1),
      Owner: pick(random, ['ana@example.com', 'bartek@example.com', 'chris@example.com', '']),
      Campaign: pick(random, ['Spring launch', 'Evergreen', 'Hiring', 'Webinar', '']),
      Notes: random() < 0.2 ? 'Check the image rights before scheduling.' : '',
    });
  }
  return posts;
}

/** Lays posts out as sheet rows under `header` (columns found by name, case-insensitively; others empty). */
export function postsToRows(posts: readonly SeedPost[], header: readonly unknown[]): string[][] {
  const keys = header.map((cell) =>
    String(cell ?? '')
      .trim()
      .toLowerCase(),
  );
  const byLower = (post: SeedPost) => {
    const lower: Record<string, string> = {};
    for (const [key, value] of Object.entries(post)) lower[key.toLowerCase()] = value;
    return lower;
  };
  return posts.map((post) => {
    const lower = byLower(post);
    return keys.map((key) => lower[key] ?? '');
  });
}
