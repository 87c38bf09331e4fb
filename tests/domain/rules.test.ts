/** The built-in rules table and its Platforms-sheet form: data sanity, lookups, round trip and bad-value fallback. */

import { checkPost } from '../../src/domain/check-post';
import { emptyPost, FORMATS, PLATFORMS, type Post } from '../../src/domain/post';
import {
  ALL_FORMATS,
  defaultRules,
  formatsFor,
  platformNames,
  RULE_COLUMNS,
  rowsToRules,
  rulesToRows,
  severityForConfidence,
  type Rule,
} from '../../src/domain/rules';

const find = (id: string) => defaultRules().find((rule) => rule.id === id) as Rule;
const sheet = () => rulesToRows(defaultRules());
const rowOf = (rows: (string | number)[][], id: string) =>
  rows.findIndex((row) => row[RULE_COLUMNS.indexOf('Rule ID')] === id);
const col = (name: (typeof RULE_COLUMNS)[number]) => RULE_COLUMNS.indexOf(name);
const post = (fields: Partial<Post>): Post => ({ ...emptyPost(), date: '2030-01-01', status: 'Draft', ...fields });

describe('defaultRules()', () => {
  it('covers every built-in platform, in menu order, with only built-in formats', () => {
    expect(platformNames(defaultRules())).toEqual([...PLATFORMS]);
    for (const rule of defaultRules()) expect([...FORMATS, ALL_FORMATS]).toContain(rule.format);
  });

  it('gives every rule a unique id, a source, the date it was checked and a confidence', () => {
    expect(new Set(defaultRules().map((r) => r.id)).size).toBe(defaultRules().length);
    for (const rule of defaultRules()) {
      expect(rule.source.length).toBeGreaterThan(5);
      expect(rule.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['V', 'S', 'U']).toContain(rule.confidence);
      if (rule.confidence === 'U') expect(rule.severity).not.toBe('error');
    }
  });

  it('maps confidence to severity: V error, S error only when agreed, U warning', () => {
    expect(severityForConfidence('V')).toBe('error');
    expect(severityForConfidence('S')).toBe('warning');
    expect(severityForConfidence('S', true)).toBe('error');
    expect(severityForConfidence('U', true)).toBe('warning');
  });

  it('lists the formats of each platform (§2)', () => {
    expect(formatsFor(defaultRules(), 'Instagram')).toEqual(['Image', 'Carousel', 'Reel', 'Video', 'Story']);
    expect(formatsFor(defaultRules(), 'instagram')).toContain('Reel');
    expect(formatsFor(defaultRules(), 'Twitter')).toEqual(['Text', 'Image', 'Video']);
    expect(formatsFor(defaultRules(), 'LinkedIn')).not.toContain('Story');
    expect(formatsFor(defaultRules(), 'TikTok')).not.toContain('Text');
    expect(formatsFor(defaultRules(), 'YouTube')).toEqual(['Video', 'Short']);
    expect(formatsFor(defaultRules(), 'Snapchat')).toEqual([]);
  });

  it('holds the key values of platform-rules.md', () => {
    expect(find('x/all/caption')).toMatchObject({ max: 280, counting: 'x-weighted', severity: 'error' });
    expect(find('instagram/all/hashtags#app')).toMatchObject({ max: 5, confidence: 'S', severity: 'warning' });
    expect(find('instagram/all/hashtags#api')).toMatchObject({ max: 30, confidence: 'V', severity: 'error' });
    expect(find('instagram/carousel/media')).toMatchObject({ min: 2, max: 10, required: true });
    expect(find('x/image/media')).toMatchObject({ max: 4 });
    expect(find('bluesky/all/caption#graphemes')).toMatchObject({ max: 300, counting: 'graphemes' });
    expect(find('bluesky/all/caption#bytes')).toMatchObject({ max: 3000, counting: 'utf8-bytes' });
    expect(find('youtube/all/caption')).toMatchObject({ max: 5000, counting: 'utf8-bytes' });
    expect(find('youtube/all/title')).toMatchObject({ max: 100, required: true });
    expect(find('mastodon/all/caption')).toMatchObject({ max: 500, counting: 'mastodon', adjustable: 'instance' });
    expect(find('threads/all/links')).toMatchObject({ max: 5 });
    expect(find('tiktok/video/caption')).toMatchObject({ max: 2200, counting: 'utf16' });
    expect(find('pinterest/all/link#required')).toMatchObject({ required: true, confidence: 'U', severity: 'warning' });
    expect(find('pinterest/all/link')).toMatchObject({ max: 2048, confidence: 'V' });
  });
});

describe('rulesToRows / rowsToRules', () => {
  it('writes a readable header and rows', () => {
    const { header, rows } = sheet();
    expect(header).toEqual([
      'Platform',
      'Format',
      'Field',
      'Min',
      'Max',
      'Counting',
      'Required',
      'Severity',
      'Confidence',
      'Rule ID',
      'Source',
      'Checked on',
      'Notes',
    ]);
    const x = rows[rowOf(rows, 'x/all/caption')];
    expect(x.slice(0, 9)).toEqual(['X', 'All', 'Caption length', '', 280, 'X weighted', '', 'Error', 'V']);
  });

  it('reads its own rows back unchanged', () => {
    const { header, rows } = sheet();
    const back = rowsToRules(header, rows);
    expect(back.problems).toEqual([]);
    expect(back.rules).toEqual(defaultRules());
  });

  it('reads columns in any order, numbers typed as text, booleans and Dates', () => {
    const { header, rows } = sheet();
    const order = header.map((_, i) => header.length - 1 - i);
    const i = rowOf(rows, 'instagram/carousel/media');
    const edited = rows.map((row) => row.slice() as unknown[]);
    edited[i][col('Max')] = ' 12 ';
    edited[i][col('Required')] = true;
    edited[i][col('Checked on')] = new Date(2027, 0, 15);
    const back = rowsToRules(
      order.map((j) => header[j]),
      edited.map((row) => order.map((j) => row[j])),
    );
    expect(back.problems).toEqual([]);
    expect(back.rules.find((r) => r.id === 'instagram/carousel/media')).toMatchObject({
      max: 12,
      required: true,
      checkedOn: '2027-01-15',
    });
  });

  it('reports a bad number and falls back to the built-in value', () => {
    const { header, rows } = sheet();
    const i = rowOf(rows, 'x/all/caption');
    rows[i][col('Max')] = 'abc';
    const back = rowsToRules(header, rows);
    expect(back.problems).toEqual([
      { row: i + 2, column: 'Max', message: `Row ${i + 2}, Max: 'abc' is not a number; using the built-in 280.` },
    ]);
    expect(back.rules.find((r) => r.id === 'x/all/caption')?.max).toBe(280);
  });

  it('reports negative limits, min above max, unknown counting, severity, confidence and required values', () => {
    const { header, rows } = sheet();
    const a = rowOf(rows, 'bluesky/all/caption#bytes');
    const b = rowOf(rows, 'instagram/carousel/media');
    const c = rowOf(rows, 'threads/all/links');
    rows[a][col('Max')] = -5;
    rows[a][col('Counting')] = 'words';
    rows[b][col('Min')] = 20;
    rows[c][col('Severity')] = 'Fatal';
    rows[c][col('Confidence')] = 'Q';
    rows[c][col('Required')] = 'maybe';
    const back = rowsToRules(header, rows);
    const messages = back.problems.map((p) => p.message);
    expect(messages.sort()).toEqual(
      [
        `Row ${a + 2}, Max: -5 cannot be a limit (it must be 0 or more); using the built-in 3000.`,
        `Row ${a + 2}, Counting: 'words' is not a counting method (X weighted, Graphemes, UTF-16 units, UTF-8 bytes, Mastodon, Threads emoji bytes); using UTF-8 bytes.`,
        `Row ${b + 2}, Min: the minimum 20 is above the maximum 10; using the built-in 2–10.`,
        `Row ${c + 2}, Required: 'maybe' is not Yes or No; using No.`,
        `Row ${c + 2}, Confidence: 'Q' is not V, S or U; using V.`,
        `Row ${c + 2}, Severity: 'Fatal' is not Error, Warning or Info; using Error.`,
      ].sort(),
    );
    expect(back.rules.find((r) => r.id === 'bluesky/all/caption#bytes')).toMatchObject({
      max: 3000,
      counting: 'utf8-bytes',
    });
    expect(back.rules.find((r) => r.id === 'instagram/carousel/media')).toMatchObject({ min: 2, max: 10 });
  });

  it('reports text in a number column of a new row (no built-in) and keeps the row without that limit', () => {
    const back = rowsToRules(['Platform', 'Format', 'Field', 'Max'], [['Snapchat', 'Story', 'Caption length', 'lots']]);
    expect(back.problems[0].message).toBe("Row 2, Max: 'lots' is not a number; using no limit.");
    expect(back.rules).toHaveLength(1);
    expect(back.rules[0]).toMatchObject({
      platform: 'Snapchat',
      format: 'Story',
      field: 'caption',
      counting: 'utf16',
      confidence: 'U',
      severity: 'warning',
    });
    expect(back.rules[0].max).toBeUndefined();
  });

  it('allows a team’s own platform and checks posts against it', () => {
    const back = rowsToRules(
      ['Platform', 'Format', 'Field', 'Max', 'Counting', 'Severity'],
      [
        ['Snapchat', 'Story', 'Format available', '', '', ''],
        ['Snapchat', 'All', 'Caption length', 250, 'Graphemes', 'Error'],
        [],
        ['', '', '', '', '', ''],
      ],
    );
    expect(back.problems).toEqual([]);
    expect(platformNames(back.rules)).toEqual(['Snapchat']);
    expect(formatsFor(back.rules, 'snapchat')).toEqual(['Story']);
    const result = checkPost(post({ platform: 'Snapchat', format: 'Story', caption: 'x'.repeat(251) }), back.rules);
    expect(result.issues.map((i) => i.code)).toEqual(['text-too-long']);
    expect(result.counts.caption).toEqual({ used: 251, limit: 250, unit: 'graphemes' });
  });

  it('flags a misspelt built-in platform, normalises case and aliases, skips rows without platform or field', () => {
    const back = rowsToRules(
      ['Platform', 'Format', 'Field', 'Max'],
      [
        ['Instgram', 'Image', 'Hashtags', 5],
        ['instagram', 'image', 'hashtags', 5],
        ['Twitter', 'All', 'Caption length', 280],
        ['', 'All', 'Hashtags', 3],
        ['X', 'All', 'Colour', 3],
      ],
    );
    expect(back.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'Platform'],
      [5, 'Platform'],
      [6, 'Field'],
    ]);
    expect(back.problems[0].message).toBe(
      "Row 2, Platform: 'Instgram' is not a built-in platform, so this row starts a new one. If you meant Instagram, correct the spelling.",
    );
    expect(back.problems[1].message).toBe('Row 5, Platform: the platform is empty; this row is skipped.');
    expect(back.problems[2].message).toMatch(/^Row 6, Field: 'Colour' is not a rule field/);
    expect(back.rules.map((r) => [r.platform, r.format, r.field])).toEqual([
      ['Instgram', 'Image', 'hashtags'],
      ['Instagram', 'Image', 'hashtags'],
      ['X', 'All', 'caption'],
    ]);
  });

  it('falls back to the built-in rules when the header has no Platform or Field column', () => {
    const back = rowsToRules(['Name', 'Limit'], [['X', 280]]);
    expect(back.rules).toBe(defaultRules());
    expect(back.problems[0].message).toMatch(/no Platform column/);
  });
});

test('built-in rule notes name sources in plain words, not internal section numbers (issue #19)', () => {
  for (const rule of defaultRules()) expect(`${rule.notes ?? ''}`).not.toMatch(/§|\.md\b|Issue #/);
});
