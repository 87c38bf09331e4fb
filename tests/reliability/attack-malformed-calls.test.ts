/**
 * The attack suite's malformed-calls part (issue #15): every public server function of the built bundle
 * (derived from the bundle, not listed by hand) called the way a hostile or broken page could call it
 * through google.script.run. Each call fails with a clear message or ignores what it cannot use, and
 * never half-writes: the whole emulator state after it is either the state before it (refused) or
 * exactly what the same function writes when called with no arguments (ignored).
 */
import { readFileSync } from 'node:fs';
import { civilToday, writeSampleCalendar } from '../../scripts/lib/sample-calendar';
import type { Emulator } from '../../emulator';
import { addon, bundlePath, inspect, setUp } from './support';

/** A field name of every request the pages send, each with a value of the wrong type. */
const WRONG_TYPES: Record<string, unknown> = {
  id: 5,
  postId: { $ne: null },
  platforms: 'X',
  platform: ['X', 'Instagram'],
  date: 12,
  time: {},
  timeZone: ['Europe/Warsaw'],
  caption: ['a'],
  title: { toString: 'x' },
  format: 7,
  status: true,
  hashtags: Number.MAX_VALUE,
  link: { href: 'javascript:alert(1)' },
  media: [[]],
  owner: -1,
  target: {},
  from: [],
  to: false,
  statuses: 'Approved',
  onlyPassing: 'yes',
  decision: 1,
  comment: { length: 1e9 },
  fingerprint: null,
  loaded: 'yesterday',
  csv: ['a,b'],
  calendarId: 12345,
  range: { getValue: 'x' },
  value: { v: 1 },
  source: 'Calendar',
};

/** Nested objects `depth` levels deep. */
function nested(depth: number): unknown {
  let value: unknown = { end: true };
  for (let i = 0; i < depth; i++) value = { child: value, list: [i, String(i)] };
  return value;
}

/** The malformed argument lists, by what they try. */
const MALFORMED: Array<[string, () => unknown[]]> = [
  ['no arguments', () => []],
  ['too many arguments', () => [{}, {}, 'extra', 1, null, []]],
  ['null', () => [null]],
  ['a string for an object', () => ['text']],
  ['a number', () => [42]],
  ['a boolean', () => [true]],
  ['an array for an object', () => [[1, 'two', null, { id: 'P-00000000' }]]],
  ['an empty object', () => [{}]],
  [
    'a prototype-polluting object',
    () => [
      JSON.parse(
        '{"__proto__": {"polluted": true, "ok": true, "platforms": ["X"]}, "constructor": {"prototype": {"polluted": true}}, "prototype": {"polluted": true}}',
      ),
    ],
  ],
  ['a 2 MB string', () => ['x'.repeat(2 * 1024 * 1024)]],
  ['every field of the wrong type', () => [WRONG_TYPES, WRONG_TYPES]],
  ['an object nested 60 levels deep', () => [nested(60)]],
  ['a 5,000-element array', () => [Array.from({ length: 5000 }, (_, i) => ({ id: `P-${i}`, caption: 'x' }))]],
];

/** Raw JavaScript errors a person must never see. */
const RAW_ERROR =
  /Cannot read prop|Cannot set prop|is not a function|is not iterable|is not defined|undefined|\[object Object\]|TypeError|RangeError|SyntaxError|Unexpected token|Maximum call stack/;

/**
 * The state that matters, normalised: ids the emulator makes up per run (new spreadsheets, calendar
 * events) are masked, and per-user property stores that were only looked at (empty) are left out.
 */
function stateOf(emulator: Emulator, saved = emulator.save()): string {
  const state = JSON.parse(saved) as Record<string, unknown>;
  delete state.cache; // derived data the add-on may cache on any read
  const properties = state.properties as Record<string, Record<string, Record<string, unknown>>> | undefined;
  for (const [user, store] of Object.entries(properties?.user ?? {}))
    if (Object.keys(store).length === 0) delete properties!.user[user];
  return JSON.stringify(state)
    .replace(/1EmuSheet\d{4}x*/g, '<spreadsheet>')
    .replace(/[0-9a-f]{20,}@google\.com/g, '<event>')
    // The Advanced Calendar service's made-up ids (a calendar per plan, its events) and their times.
    .replace(/[0-9a-f]{32}@group\.calendar\.google\.com/g, '<calendar>')
    .replace(/"[0-9a-f]{26}"/g, '"<event>"')
    .replace(/"(created|updated)":\d+/g, '"$1":0');
}

/** Whether a call's answer is a refusal, and the messages it carries. */
function refusal(result: { ok: boolean; value?: unknown; error?: string }): { refused: boolean; messages: string[] } {
  if (!result.ok) return { refused: true, messages: [String(result.error)] };
  const value = result.value as Record<string, unknown> | null;
  if (!value || typeof value !== 'object' || value.ok !== false) return { refused: false, messages: [] };
  const messages: string[] = [];
  if (typeof value.message === 'string') messages.push(value.message);
  for (const key of ['errors', 'problems', 'issues'])
    for (const item of (Array.isArray(value[key]) ? value[key] : []) as Array<{ message?: unknown }>)
      if (typeof item?.message === 'string') messages.push(item.message);
  return { refused: true, messages };
}

/** The functions the bundle declares at top level (the build's stubs), minus private ones. */
function declaredPublicFunctions(): string[] {
  const code = readFileSync(bundlePath(), 'utf8');
  return [...code.matchAll(/^function ([A-Za-z$][\w$]*)\(\)\s*\{\}$/gm)]
    .map((match) => match[1])
    .filter((name) => !name.endsWith('_'))
    .sort();
}

/** The public functions, read from the built bundle when the suite is declared (the counts go into the test names). */
const PUBLIC = declaredPublicFunctions();
const CALLS = PUBLIC.length * MALFORMED.length;

interface Finding {
  name: string;
  input: string;
  problem: string;
}

let emulator: Emulator;
let names: string[] = [];
const findings: Finding[] = [];
const refusals: Array<{ name: string; input: string; messages: string[] }> = [];
let calls = 0;

beforeAll(() => {
  emulator = addon();
  setUp(emulator);
  inspect(emulator, (ss) =>
    writeSampleCalendar(ss.getSheetByName('Calendar')!, civilToday(emulator.clock.now(), 'Europe/Warsaw')),
  );
  const checked = emulator.run('checkAllPosts');
  if (!checked.ok) throw new Error(`checkAllPosts failed: ${checked.error}`);
  names = emulator.pageCallableNames();
  const snapshot = emulator.save();
  const before = stateOf(emulator);
  let current = snapshot;
  /** Puts the snapshot back (only when the last call changed something: loading costs more than most calls). */
  const restore = (): void => {
    if (current !== snapshot) emulator.load(snapshot);
    current = snapshot;
  };
  for (const name of names) {
    restore();
    emulator.run(name);
    current = emulator.save();
    const ignored = current === snapshot ? before : stateOf(emulator, current);
    for (const [input, make] of MALFORMED) {
      restore();
      const result = emulator.run(name, ...make());
      calls++;
      const saved = emulator.save();
      current = saved;
      // Byte-identical to the snapshot: nothing written (the common case, so skip normalising it).
      const after = saved === snapshot ? before : stateOf(emulator, saved);
      const { refused, messages } = refusal(result);
      if (refused) {
        refusals.push({ name, input, messages });
        if (after !== before) findings.push({ name, input, problem: 'refused, but the state changed' });
      } else if (after !== ignored && after !== before) {
        findings.push({ name, input, problem: 'accepted, and wrote something else than the call without arguments' });
      }
    }
  }
  emulator.load(snapshot);
}, 300000);

test('the functions attacked are the bundle’s public surface: its top-level functions not ending in _', () => {
  expect(names).toEqual(PUBLIC);
  expect(names.length).toBeGreaterThanOrEqual(27);
});

test(`${PUBLIC.length} public functions × ${MALFORMED.length} malformed inputs: 0 partial writes`, () => {
  expect(calls).toBe(CALLS);
  expect(findings).toEqual([]);
});

test(`every refusal among the ${CALLS} malformed calls says what to do in a sentence, never a raw JavaScript error`, () => {
  expect(refusals.length).toBeGreaterThan(0);
  const unclear = refusals.filter(
    ({ messages }) =>
      messages.length === 0 ||
      messages.some((message) => RAW_ERROR.test(message) || !/^[A-Z“"].*[.!?”"]$/s.test(message.trim())),
  );
  expect(unclear).toEqual([]);
});

test('nothing the page sent reached a prototype', () => {
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  expect(emulator.run('getPlanningHints', {}).ok).toBe(true);
});
