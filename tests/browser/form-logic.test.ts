/** The sidebar's pure helpers (no browser): live-check merging, counter levels, platform naming and the message catalogue. */

import { languageOf, t } from '../../src/domain/i18n';
import { FORM_MESSAGES } from '../../src/domain/i18n/form-messages';
import { emptyPost } from '../../src/domain/post';
import { namesPlatforms } from '../../src/sidebar/lib/form-field';
import {
  checkEachPlatform,
  countLevel,
  countersByField,
  issuesByField,
  titleApplies,
} from '../../src/sidebar/lib/live-checks';

const post = { ...emptyPost(), date: '2026-12-01', time: '09:30', timeZone: 'Europe/Warsaw', format: 'Text' };

describe('live checks', () => {
  test('one check per platform, each with its own caption when overridden', () => {
    const checks = checkEachPlatform(
      { ...post, caption: 'a'.repeat(281) },
      ['X', 'Bluesky'],
      { Bluesky: 'short' },
      undefined,
      {
        now: new Date('2026-11-01T00:00:00Z'),
      },
    );
    expect(checks.map((c) => [c.platform, c.captionField])).toEqual([
      ['X', 'caption'],
      ['Bluesky', 'captions.Bluesky'],
    ]);
    const counters = countersByField(checks);
    expect(counters.get('caption')).toEqual([{ platform: 'X', used: 281, limit: 280, unit: expect.any(String) }]);
    expect(counters.get('captions.Bluesky')?.[0]).toMatchObject({ platform: 'Bluesky', used: 5, limit: 300 });
    const issues = issuesByField(checks);
    expect(issues.get('caption')?.[0]).toMatchObject({ severity: 'error', platforms: ['X'] });
  });

  test('a blank override falls back to the main caption', () => {
    const [check] = checkEachPlatform({ ...post, platform: '', caption: 'hi' }, ['X'], { X: '  ' }, undefined, {});
    expect(check.captionField).toBe('caption');
    expect(check.result.counts.caption.used).toBe(2);
  });

  test('the same sentence for several platforms is shown once, naming them', () => {
    const checks = checkEachPlatform({ ...post, date: '' }, ['X', 'Threads'], {}, undefined, {});
    const dateIssues = issuesByField(checks).get('date') ?? [];
    expect(dateIssues).toHaveLength(1);
    expect(dateIssues[0].platforms).toEqual(['X', 'Threads']);
    expect(namesPlatforms(dateIssues[0], 2)).toBe(false); // concerns every chosen platform
    expect(namesPlatforms({ ...dateIssues[0], platforms: ['X'] }, 2)).toBe(true);
    expect(namesPlatforms({ ...dateIssues[0], platforms: ['X'], message: 'X allows 280.' }, 2)).toBe(false);
  });

  test('counter levels: near from 90% of the limit, over past it', () => {
    expect(countLevel({ used: 251, limit: 280 })).toBe('ok');
    expect(countLevel({ used: 252, limit: 280 })).toBe('near');
    expect(countLevel({ used: 280, limit: 280 })).toBe('near');
    expect(countLevel({ used: 281, limit: 280 })).toBe('over');
    expect(countLevel({ used: 1979, limit: 2200 })).toBe('ok');
    expect(countLevel({ used: 1980, limit: 2200 })).toBe('near');
    expect(countLevel({ used: 4, limit: 5 })).toBe('ok');
    expect(countLevel({ used: 5, limit: 5 })).toBe('near');
    expect(countLevel({ used: 0, limit: 0 })).toBe('ok');
  });

  test('the title field applies where a rule gives the platform or format a title', () => {
    expect(titleApplies(undefined, ['YouTube'], '')).toBe(true);
    expect(titleApplies(undefined, ['Pinterest'], '')).toBe(true);
    expect(titleApplies(undefined, ['X'], '')).toBe(false);
    expect(titleApplies(undefined, ['LinkedIn'], 'Document')).toBe(true);
    expect(titleApplies(undefined, ['LinkedIn'], 'Text')).toBe(false);
  });
});

describe('message catalogue', () => {
  test('languageOf: Polish for pl locales, English otherwise', () => {
    expect(['pl', 'pl_PL', 'pl-PL', 'PL'].map(languageOf)).toEqual(['pl', 'pl', 'pl', 'pl']);
    expect(['en_US', 'de_DE', '', 'plx', undefined].map((l) => languageOf(l as string))).toEqual([
      'en',
      'en',
      'en',
      'en',
      'en',
    ]);
  });

  test('t fills placeholders, falls back to English, then to the key', () => {
    expect(t('pl_PL', 'form.saved', { id: 'P-1', row: 3 })).toBe('Zapisano post P-1 w wierszu 3.');
    expect(t('de_DE', 'form.saved', { id: 'P-1', row: 3 })).toBe('Saved post P-1 in row 3.');
    expect(t('en', 'form.saved', { id: 'P-1' })).toBe('Saved post P-1 in row {row}.');
    expect(t('en', 'no.such.key')).toBe('no.such.key');
  });

  test('every form message exists in both languages with the same placeholders', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    expect(Object.keys(FORM_MESSAGES.pl).sort()).toEqual(Object.keys(FORM_MESSAGES.en).sort());
    for (const [key, english] of Object.entries(FORM_MESSAGES.en)) {
      expect([key, placeholders(FORM_MESSAGES.pl[key])]).toEqual([key, placeholders(english)]);
    }
  });
});
