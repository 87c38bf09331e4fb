/** Tests for the Hootsuite, Sprout, Publer and generic CSV targets: files read back with csv-parse, and their pre-flight rules. */

import { parse } from 'csv-parse/sync';
import { unneutraliseCell } from '../../../src/domain/export/csv-writer';
import { composeMessage } from '../../../src/domain/export/post-text';
import { genericCsvTarget } from '../../../src/domain/export/targets/generic-csv';
import { hootsuiteTarget } from '../../../src/domain/export/targets/hootsuite';
import { PUBLER_HEADER, publerTarget } from '../../../src/domain/export/targets/publer';
import { sproutTarget } from '../../../src/domain/export/targets/sprout';
import { DEFAULT_UTM_TEMPLATE } from '../../../src/domain/export/utm';
import { CALENDAR_COLUMNS, FIELD_BY_COLUMN } from '../../../src/domain/post';
import { options, post, TRICKY_CAPTIONS, trickyPosts } from './fixtures';

const read = (text: string): string[][] => parse(text, { bom: true });
const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('Hootsuite Bulk Composer', () => {
  it('writes three columns, no header, times in the account zone, captions exact', () => {
    const posts = trickyPosts();
    const rows = read(hootsuiteTarget.write(posts, options({ dateOrder: 'dmy' })));
    expect(rows).toHaveLength(posts.length);
    rows.forEach((row, i) => {
      expect(row).toHaveLength(3);
      expect(row[1]).toBe(TRICKY_CAPTIONS[i]);
      expect(row[2]).toBe(posts[i].link);
    });
    expect(rows[0][0]).toBe('15/01/2026 09:00');
    expect(rows[3][1].startsWith('=HYPERLINK')).toBe(true);
  });

  it('converts each post to the account time zone and date order', () => {
    const p = post({ time: '09:00', timeZone: 'America/New_York' });
    const [row] = read(hootsuiteTarget.write([p], options({ targetTimeZone: 'Europe/Warsaw', dateOrder: 'mdy' })));
    expect(row[0]).toBe('01/15/2026 15:00');
  });

  it('refuses a 351-row export with a message', () => {
    const posts = Array.from({ length: 351 }, (_, i) =>
      post({ id: `P-${i}`, caption: `Post ${i}`, date: '2026-02-01', time: '10:00' }),
    );
    const problems = hootsuiteTarget.preflight(posts, options());
    const cap = problems.find((p) => p.code === 'too-many-rows');
    expect(cap).toMatchObject({ postId: '', severity: 'error' });
    expect(cap?.message).toBe(
      "Hootsuite's bulk composer takes at most 350 posts per file; this export has 351. Narrow the date range or split it into several files.",
    );
    expect(hootsuiteTarget.preflight(posts.slice(0, 350), options()).some((p) => p.code === 'too-many-rows')).toBe(
      false,
    );
  });

  it('counts posts already scheduled against the cap', () => {
    const posts = Array.from({ length: 300 }, (_, i) => post({ id: `P-${i}`, caption: `Post ${i}` }));
    const cap = hootsuiteTarget
      .preflight(posts, options({ alreadyScheduled: 60 }))
      .find((p) => p.code === 'too-many-rows');
    expect(cap?.message).toContain('at most 290 posts per file (350 minus the 60 already scheduled)');
  });

  it('flags past posts, missing times, same-day duplicates, off-step times, media and formula-like text', () => {
    const posts = [
      post({ id: 'past', date: '2026-01-09' }),
      post({ id: 'soon', date: '2026-01-10', time: '13:05' }), // 12:05 UTC, 5 min after now
      post({ id: 'notime', time: '' }),
      post({ id: 'a', caption: 'Same text', time: '10:00' }),
      post({ id: 'b', caption: 'Same text', time: '18:00' }),
      post({ id: 'odd', caption: 'Odd minute', time: '10:07' }),
      post({ id: 'media', caption: 'With media', media: 'https://e.com/a.jpg' }),
      post({ id: 'at', caption: '@brand hello' }),
    ];
    const problems = hootsuiteTarget.preflight(posts, options());
    const byId = (id: string) => codes(problems.filter((p) => p.postId === id));
    expect(byId('past')).toContain('in-the-past');
    expect(byId('soon')).toContain('in-the-past');
    expect(byId('notime')).toContain('no-time');
    expect(byId('a')).not.toContain('duplicate-message');
    expect(byId('b')).toContain('duplicate-message');
    expect(byId('odd')).toContain('time-not-5-minutes');
    expect(byId('media')).toContain('media-not-exported');
    expect(problems.find((p) => p.postId === 'at')).toMatchObject({ severity: 'warning', code: 'formula-like-cell' });
    expect(problems.every((p) => /^[A-Z].*\.$/.test(p.message))).toBe(true);
  });

  it('counts the tracked link in the X length check', () => {
    const caption = 'x'.repeat(250);
    const p = post({ platform: 'X', caption, link: 'https://example.com/a' });
    expect(codes(hootsuiteTarget.preflight([p], options()))).not.toContain('text-too-long');
    const long = post({ platform: 'X', caption: 'x'.repeat(260), link: 'https://example.com/a' });
    const problem = hootsuiteTarget
      .preflight([long], options({ utmTemplate: DEFAULT_UTM_TEMPLATE }))
      .find((x) => x.code === 'text-too-long');
    expect(problem?.message).toContain('284 weighted characters long with its link');
    const measured = hootsuiteTarget.preflight(
      [long],
      options({ measureText: (_platform, text) => ({ used: text.length, limit: 280, unit: 'characters' }) }),
    );
    expect(measured.find((x) => x.code === 'text-too-long')?.severity).toBe('error');
  });
});

describe('Sprout Social bulk scheduling', () => {
  it('writes the case-sensitive header and round-trips every caption', () => {
    const posts = trickyPosts().map((p, i) => ({
      ...p,
      hashtags: i === 0 ? '#launch spring' : '',
      media: i === 2 ? 'https://e.com/1.jpg\nhttps://e.com/2.jpg' : '',
    }));
    const [header, ...rows] = read(sproutTarget.write(posts, options({ dateOrder: 'dmy' })));
    expect(header).toEqual(['date', 'time_24hr', 'message_text', 'link', 'image_url']);
    expect(rows.map((r) => r[2])).toEqual(posts.map(composeMessage));
    expect(rows[0][2]).toBe('She said "hi", then left; ok?\n\n#launch #spring');
    expect(rows[0].slice(0, 2)).toEqual(['15/01/2026', '09:00']);
    expect(rows[1][3]).toBe('https://example.com/p/1?a=1,2&b="x"');
    expect(rows[2][4]).toBe('https://e.com/1.jpg');
  });

  it('flags two posts 5 minutes apart, and staggering fixes it', async () => {
    const { staggerPosts } = await import('../../../src/domain/export/stagger-posts');
    const posts = [post({ id: 'A', caption: 'One', time: '09:00' }), post({ id: 'B', caption: 'Two', time: '09:05' })];
    const problems = sproutTarget.preflight(posts, options());
    const close = problems.find((p) => p.code === 'too-close');
    expect(close).toMatchObject({ postId: 'B', row: 2, severity: 'error' });
    expect(close?.message).toContain('5 minutes after post A');
    const staggered = staggerPosts(posts, 10, 'Europe/Warsaw');
    expect(staggered.map((p) => p.time)).toEqual(['09:00', '09:10']);
    expect(posts[1].time).toBe('09:05');
    expect(sproutTarget.preflight(staggered, options()).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('checks spacing across time zones by instant, not by wall-clock text', () => {
    const posts = [
      post({ id: 'W', time: '09:00', timeZone: 'Europe/Warsaw' }),
      post({ id: 'L', caption: 'Other', time: '08:05', timeZone: 'Europe/London' }),
    ];
    expect(sproutTarget.preflight(posts, options()).find((p) => p.code === 'too-close')?.postId).toBe('L');
  });

  it('respects a trial cap and wants public media links', () => {
    const posts = Array.from({ length: 51 }, (_, i) =>
      post({
        id: `P-${i}`,
        caption: `Post ${i}`,
        time: `${String(8 + Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`,
      }),
    );
    expect(codes(sproutTarget.preflight(posts, options({ maxRows: 50 })))).toContain('too-many-rows');
    const local = post({ media: 'C:\\pics\\a.jpg' });
    expect(codes(sproutTarget.preflight([local], options()))).toContain('media-not-url');
    const drive = post({ media: 'https://drive.google.com/file/d/abc/view' });
    expect(sproutTarget.preflight([drive], options()).find((p) => p.code === 'media-drive-link')?.severity).toBe(
      'warning',
    );
  });
});

describe('Publer', () => {
  it('writes all 12 columns in order and round-trips text, links and media', () => {
    const posts = trickyPosts().map((p, i) => ({
      ...p,
      media: i === 1 ? 'https://e.com/a.jpg, https://e.com/b.jpg' : '',
    }));
    const [header, ...rows] = read(publerTarget.write(posts, options()));
    expect(header).toEqual([...PUBLER_HEADER]);
    expect(rows.every((r) => r.length === 12)).toBe(true);
    expect(rows.map((r) => r[1])).toEqual(TRICKY_CAPTIONS);
    expect(rows[0][0]).toBe('2026-01-15 09:00');
    expect(rows[1][3]).toBe('https://e.com/a.jpg,https://e.com/b.jpg');
  });

  it('fills Title only for platforms with titles and leaves an undated post for auto-scheduling', () => {
    const pin = post({ platform: 'Pinterest', title: 'My pin', media: 'https://e.com/p.jpg' });
    const undated = post({ id: 'U', date: '', time: '', platform: 'Pinterest', media: 'https://e.com/q.jpg' });
    const [, pinRow, undatedRow] = read(publerTarget.write([pin, undated], options()));
    expect(pinRow[4]).toBe('My pin');
    expect(undatedRow[0]).toBe('');
    expect(publerTarget.preflight([undated], options()).find((p) => p.code === 'no-date')?.severity).toBe('warning');
    expect(read(publerTarget.write([post({ platform: 'X', title: 'ignored' })], options()))[1][4]).toBe('');
  });
  it('fills Alt text(s) per media item and Comment(s) with the first comment where the platform has one', () => {
    const ig = post({
      platform: 'Instagram',
      media: 'https://e.com/a.jpg\nhttps://e.com/b.jpg',
      altText: 'A red bike, by a wall\nA blue bike\nan extra line',
      firstComment: '#bikes #city',
    });
    const tiktok = post({ id: 'T', platform: 'TikTok', media: 'https://e.com/v.mp4', firstComment: 'Not on TikTok' });
    const [, igRow, tiktokRow] = read(publerTarget.write([ig, tiktok], options()));
    expect(PUBLER_HEADER[6]).toBe('Alt text(s)');
    expect(PUBLER_HEADER[7]).toBe('Comment(s)');
    expect(igRow[6]).toBe('A red bike, by a wall||A blue bike');
    expect(igRow[7]).toBe('#bikes #city');
    expect(tiktokRow[7]).toBe('');
    expect(tiktokRow[6]).toBe('');
  });
});

describe('generic CSV', () => {
  it('carries every column plus UTC and local ISO times, formula cells neutralised', () => {
    const posts = trickyPosts();
    const text = genericCsvTarget.write(posts, options());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = read(text);
    expect(header).toEqual([
      ...CALENDAR_COLUMNS.filter((c) => c in FIELD_BY_COLUMN),
      'Start (UTC)',
      'Start (local)',
    ]);
    const caption = header.indexOf('Caption');
    expect(rows.map((r) => r[caption])).toEqual(TRICKY_CAPTIONS.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
    expect(rows[3][caption]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(rows.map((r) => unneutraliseCell(r[caption]))).toEqual(TRICKY_CAPTIONS);
    expect(rows[0].slice(-2)).toEqual(['2026-01-15T08:00:00Z', '2026-01-15T09:00:00+01:00']);
  });

  it('writes summer times with the summer offset, and exact values when neutralising is off', () => {
    const summer = post({ date: '2026-07-15', caption: '=1+1' });
    const [, row] = read(
      genericCsvTarget.write([summer], options({ neutralise: false, utmTemplate: DEFAULT_UTM_TEMPLATE })),
    );
    expect(row.slice(-3, -1)).toEqual(['2026-07-15T07:00:00Z', '2026-07-15T09:00:00+02:00']);
    expect(row).toContain('=1+1');
  });

  it('warns about posts with no start and about neutralised cells, and refuses nothing', () => {
    const problems = genericCsvTarget.preflight(
      [post({ time: '' }), post({ id: 'P-2', caption: '@brand' })],
      options(),
    );
    expect(problems.map((p) => [p.postId, p.code, p.severity])).toEqual([
      ['P-1', 'no-start', 'warning'],
      ['P-2', 'formula-neutralised', 'warning'],
    ]);
  });

  it('names files after the export date', () => {
    expect(genericCsvTarget.fileName(new Date('2026-01-10T23:30:00Z'), 'Europe/Warsaw')).toBe(
      'content-calendar-2026-01-11.csv',
    );
    expect(hootsuiteTarget.mimeType).toBe('text/csv');
  });
});
