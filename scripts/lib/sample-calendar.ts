/** The local preview's sample calendar: a realistic month of posts for a small coffee roaster, some with problems the checks find. */

import { textForCell } from '../../src/domain/cell-text';

/** One planned post of the sample, before it is laid into the sheet's columns. */
export interface SamplePost {
  /** Days from today (negative = in the past). */
  day: number;
  time: string;
  platform: string;
  format: string;
  title?: string;
  caption: string;
  hashtags?: string;
  link?: string;
  media?: string;
  status: string;
  owner: string;
  campaign?: string;
  notes?: string;
  timeZone?: string;
}

const SHOP = 'https://northwind-coffee.example';
const IMG = 'https://cdn.northwind-coffee.example/media';
const ALICE = 'alice@northwind-coffee.example';
const BEN = 'ben@northwind-coffee.example';
const CHIDI = 'chidi@northwind-coffee.example';

/** The X caption over 280 weighted characters (the sample's first problem). */
const LONG_X =
  'Our Ethiopia Guji natural is back for a short run: bright strawberry, jasmine and a cocoa finish that lingers. ' +
  'We roast it light on Tuesdays and ship the same day, so it reaches you at its peak. Brew it as a V60 at 1:16 ' +
  'with water just off the boil and taste how the fruit opens up as it cools. Only 200 bags this season!';

/**
 * The sample posts, dated relative to today so the calendar always looks current: the past weeks
 * published, this week in review, the rest planned. Problems: an X post over 280 characters, seven
 * Instagram hashtags, a Story on LinkedIn, a Pinterest pin without a link, an overdue draft.
 */
export const SAMPLE_POSTS: readonly SamplePost[] = [
  {
    day: -20,
    time: '09:00',
    platform: 'Instagram',
    format: 'Image',
    caption: 'Monday starts here: a flat white with our Autumn blend.',
    hashtags: '#coffee #flatwhite',
    media: `${IMG}/flat-white.jpg`,
    status: 'Published',
    owner: ALICE,
    campaign: 'Autumn blend',
  },
  {
    day: -19,
    time: '12:30',
    platform: 'X',
    format: 'Text',
    caption: 'The Autumn blend is here: caramel, baked apple, a little spice. Which brew method are you trying first?',
    hashtags: '#coffee',
    link: `${SHOP}/autumn`,
    status: 'Published',
    owner: BEN,
    campaign: 'Autumn blend',
  },
  {
    day: -18,
    time: '18:00',
    platform: 'Facebook',
    format: 'Image',
    caption: 'Meet the farmers behind our Autumn blend, and hear why this harvest tastes the way it does.',
    link: `${SHOP}/autumn`,
    media: `${IMG}/farm.jpg`,
    status: 'Published',
    owner: ALICE,
    campaign: 'Autumn blend',
  },
  {
    day: -16,
    time: '08:15',
    platform: 'LinkedIn',
    format: 'Text',
    caption:
      'We now pay 40% above the Fair Trade minimum to every farm we buy from. Here is how we got there, and what it costs us.',
    link: `${SHOP}/sourcing`,
    status: 'Published',
    owner: CHIDI,
    campaign: 'Sourcing report',
  },
  {
    day: -15,
    time: '19:00',
    platform: 'TikTok',
    format: 'Video',
    caption: 'Latte art in 30 seconds: the heart, then the tulip.',
    hashtags: '#latteart #barista',
    media: `${IMG}/latte-art.mp4`,
    status: 'Published',
    owner: BEN,
    campaign: 'Barista tips',
  },
  {
    day: -13,
    time: '10:00',
    platform: 'Pinterest',
    format: 'Pin',
    title: 'Pumpkin spice cold brew recipe',
    caption: 'A cold brew for the first chilly week: pumpkin purée, cinnamon, our Autumn blend.',
    link: `${SHOP}/recipes/pumpkin-cold-brew`,
    media: `${IMG}/pumpkin-cold-brew.jpg`,
    status: 'Published',
    owner: ALICE,
    campaign: 'Recipes',
  },
  {
    day: -12,
    time: '17:00',
    platform: 'YouTube',
    format: 'Video',
    title: 'How we roast: a day at the Northwind roastery',
    caption: 'From green beans to your cup: follow one batch through our roastery.',
    media: `${IMG}/roastery-tour.mp4`,
    status: 'Published',
    owner: CHIDI,
    campaign: 'Behind the scenes',
  },
  {
    day: -11,
    time: '13:00',
    platform: 'Threads',
    format: 'Text',
    caption: 'Hot take: the best coffee grinder is the one you will actually clean. What is yours?',
    status: 'Published',
    owner: BEN,
  },
  {
    day: -9,
    time: '09:30',
    platform: 'Bluesky',
    format: 'Text',
    caption: 'New on the blog: five things we learned cupping 40 coffees from one valley.',
    link: `${SHOP}/blog/cupping`,
    status: 'Published',
    owner: CHIDI,
    campaign: 'Sourcing report',
  },
  {
    day: -8,
    time: '11:00',
    platform: 'Mastodon',
    format: 'Text',
    caption: 'We publish our green coffee prices every season. This autumn: all farms, all lots, all prices.',
    link: `${SHOP}/prices`,
    hashtags: '#coffee #transparency',
    status: 'Published',
    owner: CHIDI,
    campaign: 'Sourcing report',
  },
  {
    day: -7,
    time: '08:00',
    platform: 'Google Business Profile',
    format: 'Image',
    caption: 'Our café now opens at 7:00 on weekdays. Early birds get the first batch of croissants.',
    media: `${IMG}/cafe-morning.jpg`,
    status: 'Published',
    owner: ALICE,
  },
  {
    day: -6,
    time: '10:00',
    platform: 'Instagram',
    format: 'Carousel',
    caption: 'Five brew guides, one swipe. Save this for your next slow Sunday.',
    hashtags: '#coffee #brewguide #pourover',
    media: `${IMG}/guide-1.jpg\n${IMG}/guide-2.jpg\n${IMG}/guide-3.jpg`,
    status: 'Published',
    owner: ALICE,
    campaign: 'Barista tips',
  },
  {
    day: -5,
    time: '15:00',
    platform: 'X',
    format: 'Image',
    caption: 'Cupping table, Tuesday afternoon. Four new lots, one favourite.',
    media: `${IMG}/cupping.jpg`,
    status: 'Cancelled',
    owner: BEN,
    notes: 'Replaced by the Threads post.',
  },
  {
    day: -3,
    time: '09:00',
    platform: 'Facebook',
    format: 'Text',
    caption: 'Holiday gift boxes: pre-orders open next week. Tell us which coffees you want in it!',
    status: 'Draft',
    owner: ALICE,
    campaign: 'Holiday gift guide',
    notes: 'Still waiting for the box photos.',
  },
  {
    day: -1,
    time: '18:30',
    platform: 'Threads',
    format: 'Image',
    caption: 'Four new lots on the cupping table. Guess the favourite.',
    media: `${IMG}/cupping.jpg`,
    status: 'Published',
    owner: BEN,
  },
  {
    day: 0,
    time: '16:00',
    platform: 'Instagram',
    format: 'Reel',
    caption: 'Behind the bar: how our baristas dial in the espresso every morning.',
    hashtags: '#coffee #espresso #barista #latteart #coffeetime #roastery #morning',
    media: `${IMG}/dial-in.mp4`,
    status: 'In review',
    owner: BEN,
    campaign: 'Barista tips',
  },
  {
    day: 1,
    time: '12:00',
    platform: 'X',
    format: 'Text',
    caption: LONG_X,
    hashtags: '#coffee',
    link: `${SHOP}/guji`,
    status: 'In review',
    owner: BEN,
    campaign: 'Single origins',
  },
  {
    day: 1,
    time: '10:00',
    platform: 'LinkedIn',
    format: 'Story',
    caption: 'A morning at the roastery, in ten photos.',
    media: `${IMG}/roastery-story.jpg`,
    status: 'Needs changes',
    owner: CHIDI,
    campaign: 'Behind the scenes',
    notes: 'LinkedIn has no Stories: make it a Carousel?',
  },
  {
    day: 2,
    time: '19:00',
    platform: 'Pinterest',
    format: 'Pin',
    title: 'Gingerbread latte at home',
    caption: 'Our gingerbread latte recipe, no syrup needed.',
    media: `${IMG}/gingerbread-latte.jpg`,
    status: 'Approved',
    owner: ALICE,
    campaign: 'Recipes',
  },
  {
    day: 3,
    time: '09:00',
    platform: 'Bluesky',
    format: 'Image',
    caption: 'Fresh off the roaster: Colombia Huila, washed. Notes of red apple and panela.',
    media: `${IMG}/huila.jpg`,
    status: 'Approved',
    owner: CHIDI,
    campaign: 'Single origins',
  },
  {
    day: 4,
    time: '17:30',
    platform: 'TikTok',
    format: 'Video',
    caption: 'We tried 5 pour-over drippers so you do not have to.',
    hashtags: '#coffee #pourover',
    media: `${IMG}/drippers.mp4`,
    status: 'Scheduled',
    owner: BEN,
    campaign: 'Barista tips',
  },
  {
    day: 5,
    time: '08:30',
    platform: 'Mastodon',
    format: 'Image',
    caption: 'Roast day. The whole street smells of caramel.',
    media: `${IMG}/roast-day.jpg`,
    status: 'Scheduled',
    owner: CHIDI,
  },
  {
    day: 6,
    time: '12:00',
    platform: 'Facebook',
    format: 'Video',
    caption: 'Live from the café: our head barista answers your brewing questions.',
    media: `${IMG}/live-qa.mp4`,
    status: 'Scheduled',
    owner: ALICE,
    campaign: 'Barista tips',
  },
  {
    day: 7,
    time: '10:00',
    platform: 'YouTube',
    format: 'Short',
    title: 'Espresso in 60 seconds',
    caption: 'Dose, distribution, tamp, pull. That is all.',
    media: `${IMG}/espresso-short.mp4`,
    status: 'Approved',
    owner: BEN,
    campaign: 'Barista tips',
  },
  {
    day: 8,
    time: '09:00',
    platform: 'X',
    format: 'Text',
    caption: 'Holiday gift boxes are live. Three coffees, one mug, free shipping this week.',
    link: `${SHOP}/gifts`,
    hashtags: '#giftideas',
    status: 'In review',
    owner: BEN,
    campaign: 'Holiday gift guide',
  },
  {
    day: 8,
    time: '11:00',
    platform: 'Instagram',
    format: 'Image',
    caption: 'Holiday gift boxes are live. Link in bio.',
    hashtags: '#coffee #giftideas',
    media: `${IMG}/gift-box.jpg`,
    status: 'In review',
    owner: ALICE,
    campaign: 'Holiday gift guide',
  },
  {
    day: 9,
    time: '14:00',
    platform: 'LinkedIn',
    format: 'Image',
    caption: 'Our roasting team grew to six people this year. Meet Dana, Joe and Priya.',
    media: `${IMG}/team.jpg`,
    status: 'Draft',
    owner: CHIDI,
    campaign: 'Behind the scenes',
  },
  {
    day: 10,
    time: '18:00',
    platform: 'Threads',
    format: 'Text',
    caption: 'What should our next single origin be? Kenya, Rwanda or Guatemala?',
    status: 'Draft',
    owner: BEN,
    campaign: 'Single origins',
  },
  {
    day: 11,
    time: '10:00',
    platform: 'Google Business Profile',
    format: 'Text',
    caption: 'Holiday opening hours: open every day until the 23rd, 8:00 to 18:00.',
    status: 'Approved',
    owner: ALICE,
  },
  {
    day: 12,
    time: '12:00',
    platform: 'Pinterest',
    format: 'Carousel',
    title: 'Five cosy coffee drinks for winter',
    caption: 'Five cosy coffee drinks to make at home this winter.',
    link: `${SHOP}/recipes`,
    media: `${IMG}/winter-1.jpg\n${IMG}/winter-2.jpg\n${IMG}/winter-3.jpg`,
    status: 'Draft',
    owner: ALICE,
    campaign: 'Recipes',
  },
  {
    day: 13,
    time: '19:30',
    platform: 'TikTok',
    format: 'Video',
    caption: 'Rating your coffee orders, part 2.',
    media: `${IMG}/ratings-2.mp4`,
    status: 'Idea',
    owner: BEN,
  },
  {
    day: 14,
    time: '09:00',
    platform: 'Bluesky',
    format: 'Text',
    caption: 'Our winter blend is coming. Any guesses?',
    status: 'Idea',
    owner: CHIDI,
    campaign: 'Winter blend',
  },
  {
    day: 15,
    time: '11:30',
    platform: 'Facebook',
    format: 'Carousel',
    caption: 'Winter blend tasting notes, one card at a time.',
    media: `${IMG}/winter-card-1.jpg\n${IMG}/winter-card-2.jpg`,
    status: 'Idea',
    owner: ALICE,
    campaign: 'Winter blend',
  },
  {
    day: 16,
    time: '08:00',
    platform: 'Mastodon',
    format: 'Text',
    caption: 'A thread on how we decide what a fair price for green coffee is.',
    status: 'Idea',
    owner: CHIDI,
    campaign: 'Sourcing report',
  },
  {
    day: 18,
    time: '17:00',
    platform: 'YouTube',
    format: 'Video',
    title: 'Winter blend: from cupping to bag',
    caption: 'How the winter blend came together, one cupping at a time.',
    media: `${IMG}/winter-blend.mp4`,
    status: 'Idea',
    owner: CHIDI,
    campaign: 'Winter blend',
  },
];

/** What the sample needs from the emulated spreadsheet: the Calendar sheet's getRange/setValues and its header. */
export interface SampleSheet {
  getLastColumn(): number;
  getMaxRows(): number;
  getRange(
    row: number,
    column: number,
    rows: number,
    columns: number,
  ): {
    getValues(): unknown[][];
    setValues(values: unknown[][]): unknown;
  };
  insertRowsAfter(afterPosition: number, howMany: number): unknown;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `yyyy-MM-dd` of `today + days` (today given as its civil date). */
function dayFrom(today: { year: number; month: number; day: number }, days: number): string {
  const date = new Date(Date.UTC(today.year, today.month - 1, today.day + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * Today's civil date in a time zone.
 * @param now The instant.
 * @param timeZone An IANA zone.
 */
export function civilToday(now: Date, timeZone: string): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/**
 * The sample laid out as rows for a Calendar sheet with the given header: dates as `yyyy-MM-dd`
 * (Sheets parses them into date cells), everything else guarded so it stays text, as the add-on writes it.
 * @param header The Calendar sheet's header row.
 * @param today Today's civil date in the spreadsheet's zone.
 */
export function sampleRows(header: readonly string[], today: { year: number; month: number; day: number }): string[][] {
  const index = (name: string) => header.findIndex((cell) => String(cell).trim().toLowerCase() === name.toLowerCase());
  const columns: Array<[string, (post: SamplePost) => string]> = [
    ['Date', (post) => dayFrom(today, post.day)],
    ['Time', (post) => textForCell(post.time)],
    ['Time zone', (post) => post.timeZone ?? ''],
    ['Platform', (post) => post.platform],
    ['Format', (post) => post.format],
    ['Title', (post) => textForCell(post.title ?? '')],
    ['Caption', (post) => textForCell(post.caption)],
    ['Hashtags', (post) => textForCell(post.hashtags ?? '')],
    ['Link', (post) => post.link ?? ''],
    ['Media', (post) => post.media ?? ''],
    ['Status', (post) => post.status],
    ['Owner', (post) => post.owner],
    ['Campaign', (post) => textForCell(post.campaign ?? '')],
    ['Notes', (post) => textForCell(post.notes ?? '')],
  ];
  const sorted = [...SAMPLE_POSTS].sort((a, b) => a.day - b.day || a.time.localeCompare(b.time));
  // IDs stay empty: Check all posts gives every post one, as it does for rows typed into the sheet.
  return sorted.map((post) => {
    const row = header.map(() => '');
    for (const [name, value] of columns) {
      const at = index(name);
      if (at >= 0) row[at] = value(post);
    }
    return row;
  });
}

/**
 * Writes the sample posts below the header of a set-up Calendar sheet in one setValues call.
 * Returns how many rows were written.
 * @param sheet The Calendar sheet (an emulated SpreadsheetApp Sheet).
 * @param today Today's civil date in the spreadsheet's zone.
 */
export function writeSampleCalendar(sheet: SampleSheet, today: { year: number; month: number; day: number }): number {
  const width = sheet.getLastColumn();
  const header = sheet
    .getRange(1, 1, 1, width)
    .getValues()[0]
    .map((cell) => String(cell));
  const rows = sampleRows(header, today);
  const needed = rows.length + 1;
  if (sheet.getMaxRows() < needed) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  sheet.getRange(2, 1, rows.length, width).setValues(rows);
  return rows.length;
}
