/** Tests for the UTM builder: existing parameters and fragments survive, nothing is duplicated, values are encoded. */

import fc from 'fast-check';
import { applyUtm, DEFAULT_UTM_TEMPLATE, parseUtmTemplate, queryKeys, withUtm } from '../../../src/domain/export/utm';
import { post } from './fixtures';

const p = post({ id: 'P-7', platform: 'Google Business Profile', campaign: 'Spring sale & more' });

/** Splits a URL by hand into its base, [key, value] pairs (raw) and fragment, as a reader would. */
function split(url: string): { base: string; pairs: string[][]; fragment: string } {
  const hash = url.indexOf('#');
  const main = hash < 0 ? url : url.slice(0, hash);
  const q = main.indexOf('?');
  const pairs =
    q < 0
      ? []
      : main
          .slice(q + 1)
          .split('&')
          .filter(Boolean)
          .map((part) => part.split('='));
  return { base: q < 0 ? main : main.slice(0, q), pairs, fragment: hash < 0 ? '' : url.slice(hash) };
}

describe('applyUtm', () => {
  it('adds the default template to a bare link, filling and encoding placeholders', () => {
    expect(applyUtm('https://example.com/page', DEFAULT_UTM_TEMPLATE, p)).toBe(
      'https://example.com/page?utm_source=google-business-profile&utm_medium=social&utm_campaign=Spring%20sale%20%26%20more&utm_content=P-7',
    );
  });

  it('keeps existing query parameters and the fragment, in place', () => {
    expect(applyUtm('https://example.com/a?x=1&y=two#section-2', 'utm_medium=social', p)).toBe(
      'https://example.com/a?x=1&y=two&utm_medium=social#section-2',
    );
    expect(applyUtm('https://example.com/#/app?route=1', 'utm_medium=social', p)).toBe(
      'https://example.com/?utm_medium=social#/app?route=1',
    );
  });

  it('never overwrites or duplicates a parameter the link already has (case-insensitive)', () => {
    const out = applyUtm('https://example.com/?utm_source=newsletter&UTM_MEDIUM=email', DEFAULT_UTM_TEMPLATE, p);
    expect(out).toBe(
      'https://example.com/?utm_source=newsletter&UTM_MEDIUM=email&utm_campaign=Spring%20sale%20%26%20more&utm_content=P-7',
    );
    expect(applyUtm(out, DEFAULT_UTM_TEMPLATE, p)).toBe(out);
  });

  it('handles a trailing ? or &, and leaves out parameters whose value is empty', () => {
    const noCampaign = post({ id: 'P-1', platform: 'X', campaign: '' });
    expect(applyUtm('https://e.com/?', DEFAULT_UTM_TEMPLATE, noCampaign)).toBe(
      'https://e.com/?utm_source=x&utm_medium=social&utm_content=P-1',
    );
    expect(applyUtm('https://e.com/?a=1&', 'utm_medium=social', noCampaign)).toBe(
      'https://e.com/?a=1&utm_medium=social',
    );
  });

  it('leaves an empty link empty and a link unchanged when nothing is added', () => {
    expect(applyUtm('  ', DEFAULT_UTM_TEMPLATE, p)).toBe('');
    expect(applyUtm('https://e.com/x', 'utm_campaign={campaign}', post({ campaign: '' }))).toBe('https://e.com/x');
  });

  it('reads templates written with commas and spaces, as in a settings cell', () => {
    expect(
      parseUtmTemplate('utm_source={platform}, utm_medium=social, utm_campaign={campaign}, utm_content={id}'),
    ).toEqual([
      ['utm_source', '{platform}'],
      ['utm_medium', 'social'],
      ['utm_campaign', '{campaign}'],
      ['utm_content', '{id}'],
    ]);
  });

  it('withUtm returns a copy with the final link (for the X/Threads length check)', () => {
    const tracked = withUtm(post({ link: 'https://e.com', platform: 'X' }), 'utm_source={platform}');
    expect(tracked.link).toBe('https://e.com?utm_source=x');
  });

  it('keeps every original parameter and fragment and never duplicates a key (property)', () => {
    const key = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,8}$/);
    const value = fc.string().map(encodeURIComponent);
    const params = fc.uniqueArray(fc.tuple(key, value), { selector: ([k]) => k.toLowerCase(), maxLength: 6 });
    const fragment = fc.option(
      fc.string().map((s) => `#${encodeURI(s)}`),
      { nil: '' },
    );
    const trailing = fc.constantFrom('', '?', '&');
    const someUtm = fc.subarray(['utm_source', 'utm_medium', 'utm_campaign', 'utm_content']);
    fc.assert(
      fc.property(
        params,
        fragment,
        trailing,
        someUtm,
        fc.string(),
        fc.string(),
        (pairs, frag, tail, existingUtm, campaign, id) => {
          const all = [
            ...pairs.filter(([k]) => !k.toLowerCase().startsWith('utm_')),
            ...existingUtm.map((k) => [k, 'kept'] as [string, string]),
          ];
          let link = 'https://example.com/path';
          if (all.length) link += `?${all.map(([k, v]) => `${k}=${v}`).join('&')}`;
          if (tail === '?' && !all.length) link += '?';
          if (tail === '&' && all.length) link += '&';
          link += frag;
          const out = applyUtm(link, DEFAULT_UTM_TEMPLATE, post({ campaign, id, platform: 'X' }));
          const parsed = split(out);
          expect(parsed.base).toBe('https://example.com/path');
          expect(parsed.fragment).toBe(frag);
          expect(parsed.pairs.slice(0, all.length)).toEqual(all.map(([k, v]) => [k, v]));
          const keys = queryKeys(out);
          expect(new Set(keys).size).toBe(keys.length);
          for (const added of parsed.pairs.slice(all.length)) expect(decodeURIComponent(added[1])).not.toBe('');
          if (campaign.trim()) expect(keys).toContain('utm_campaign');
        },
      ),
    );
  });
});
