/** The hand-written URL check and the caption helpers: hashtags, mentions, phone numbers, media lists, published text. */

import {
  countMentions,
  findHashtags,
  findPhoneNumbers,
  hashtagTokens,
  mediaItems,
  publishedText,
} from '../../src/domain/checks/post-text';
import { isWebUrl } from '../../src/domain/checks/web-url';

describe('isWebUrl', () => {
  it.each([
    'https://example.com',
    'http://example.com/path?q=1&r=2#frag',
    'https://sub.example.co.uk:8080/a/b.jpg',
    'https://drive.google.com/file/d/1AbC/view?usp=sharing',
    'https://res.cloudinary.com/demo/image/upload/w_100,h_100/sample.jpg',
    'https://xn--bcher-kva.example/',
    'https://bücher.de/',
    'https://192.168.1.10/x',
  ])('%s is ok', (url) => expect(isWebUrl(url)).toBe('ok'));

  it.each(['example.com', 'www.example.com/page', 'shop.example.org/spring?x=1'])('%s has no scheme', (url) =>
    expect(isWebUrl(url)).toBe('no-scheme'),
  );

  it.each([
    '',
    'https://',
    'https://exa mple.com',
    'https://localhost/x',
    'https://example',
    'https://-bad-.com',
    'https://example.c',
    'https://example.com:99999',
    'https://example.com/<script>',
    'ftp://example.com/file',
    'mailto:someone@example.com',
    'javascript:alert(1)',
    'photo.jpg ',
    'https://user@example.com',
  ])('%j is invalid', (url) => expect(isWebUrl(url)).toBe(url === 'photo.jpg ' ? 'no-scheme' : 'invalid'));
});

describe('caption helpers', () => {
  it('finds hashtags, not URL fragments, numbers or e-mail-like text', () => {
    expect(findHashtags('Hi #spring #Launch2026, see https://x.com/#top and #1 and a#b and #żółw #中文')).toEqual([
      'spring',
      'Launch2026',
      'żółw',
      '中文',
    ]);
  });

  it('counts mentions, remote ones once, and not e-mail addresses', () => {
    expect(countMentions('@brand and @alice@mastodon.social, mail me@example.com')).toBe(2);
  });

  it('reads the Hashtags column in any common shape', () => {
    expect(hashtagTokens('#launch #spring')).toEqual(['#launch', '#spring']);
    expect(hashtagTokens('launch, spring;summer')).toEqual(['#launch', '#spring', '#summer']);
  });

  it('appends only the missing tags after a blank line', () => {
    expect(publishedText('Hello', '')).toBe('Hello');
    expect(publishedText('Hello  ', '#a #b')).toBe('Hello\n\n#a #b');
    expect(publishedText('Hello #A', 'a b')).toBe('Hello #A\n\n#b');
    expect(publishedText('', '#a')).toBe('#a');
  });

  it('finds phone numbers but not dates, year ranges or amounts', () => {
    expect(findPhoneNumbers('Call +48 600 700 800 or (555) 123-4567 today')).toEqual([
      '+48 600 700 800',
      '(555) 123-4567',
    ]);
    expect(findPhoneNumbers('From 2026-07-01 to 01.08.2026, season 2025-2026, price 1 250 000 zł, code 12345')).toEqual(
      [],
    );
  });

  it('splits the Media column by lines, spaces, and commas before another URL', () => {
    expect(
      mediaItems('https://a.com/1.jpg\nhttps://a.com/2.jpg, https://a.com/3.jpg,https://a.com/4.jpg'),
    ).toHaveLength(4);
    expect(mediaItems('https://res.cloudinary.com/x/w_100,h_100/a.jpg')).toEqual([
      'https://res.cloudinary.com/x/w_100,h_100/a.jpg',
    ]);
    expect(mediaItems('  \n ')).toEqual([]);
  });
});
