/**
 * The server inputs' zod schemas (src/shared): what each accepts, and what a lenient one reads a
 * malformed value as (the behaviour the entrypoints' hand-written typeof chains had).
 */
import { audienceCsvSchema } from '../../src/shared/audience-contract';
import { calendarSyncRequestSchema } from '../../src/shared/export-contract';
import { planningHintsRequestSchema } from '../../src/shared/planning-contract';
import { connectRequestSchema, hourlyRequestSchema, sendRequestSchema, setupRequestSchema } from '../../src/shared/publishing-contract';
import { MAX_REVIEW_COMMENT, reviewRequestSchema } from '../../src/shared/review-contract';

const HOSTILE: unknown[] = [undefined, null, 'text', 42, true, [1, 'two'], {}, JSON.parse('{"__proto__": {"on": true, "date": "2026-01-01"}}')];

test('lenient inputs read anything malformed as missing, and never throw', () => {
  for (const value of HOSTILE) {
    expect(planningHintsRequestSchema.parse(value)).toEqual({ date: '', platform: '' });
    expect(audienceCsvSchema.parse(value)).toBe(typeof value === 'string' ? value : '');
    expect(calendarSyncRequestSchema.parse(value)?.fromDialog).toBeUndefined();
    expect(connectRequestSchema.parse(value)).toEqual({});
    expect(setupRequestSchema.parse(value)).toEqual({ projectId: '', mapping: {} });
    expect(sendRequestSchema.parse(value)).toEqual({ from: '', to: '', inputs: {} });
    expect(hourlyRequestSchema.parse(value)).toEqual({ on: false });
  }
  expect(({} as { on?: unknown }).on).toBeUndefined();
});

test('lenient inputs keep each usable field and drop each unusable one', () => {
  expect(planningHintsRequestSchema.parse({ date: 12, platform: 'X', timeZone: ['Europe/Warsaw'] })).toEqual({ date: '', platform: 'X', timeZone: '' });
  expect(calendarSyncRequestSchema.parse({ fromDialog: true })).toEqual({ fromDialog: true });
  expect(calendarSyncRequestSchema.parse({ fromDialog: 'yes' })).toEqual({});
  expect(connectRequestSchema.parse({ apiKey: ' key ', projectId: 5 })).toEqual({ apiKey: ' key ', projectId: '' });
  expect(setupRequestSchema.parse({ projectId: 'p', mapping: { x: 'a', instagram: 7 } })).toEqual({ projectId: 'p', mapping: { x: 'a', instagram: '' } });
  expect(setupRequestSchema.parse({ projectId: 'p', mapping: 'x' })).toEqual({ projectId: 'p', mapping: {} });
  expect(sendRequestSchema.parse({ from: '2026-03-01', to: '1 March', inputs: { pinterestBoardId: 'b', youtubePrivacy: 3 } })).toEqual({
    from: '2026-03-01',
    to: '',
    inputs: { pinterestBoardId: 'b' },
  });
  expect(hourlyRequestSchema.parse({ on: true })).toEqual({ on: true });
  expect(hourlyRequestSchema.parse({ on: 'true' })).toEqual({ on: false });
  expect(audienceCsvSchema.parse('platform,weekday\n')).toBe('platform,weekday\n');
});

test('a review decision is refused as a whole unless every field is right', () => {
  const valid = { id: 'P-1', decision: 'approve', seen: 'v1' };
  expect(reviewRequestSchema.safeParse(valid).success).toBe(true);
  expect(reviewRequestSchema.safeParse({ ...valid, comment: 'x'.repeat(MAX_REVIEW_COMMENT) }).success).toBe(true);
  for (const wrong of [
    ...HOSTILE,
    { ...valid, id: ' ' },
    { ...valid, id: 5 },
    { ...valid, decision: 'maybe' },
    { ...valid, seen: '' },
    { ...valid, comment: null },
    { ...valid, comment: 'x'.repeat(MAX_REVIEW_COMMENT + 1) },
  ])
    expect(reviewRequestSchema.safeParse(wrong).success).toBe(false);
});
