/** The conservative-runtime switch: the bundle's realm loses Intl longOffset, Segmenter and PluralRules; the rest of Intl works. */

import { emulatorWith } from './helpers';

const PROBE = `
function probe() {
  var out = {};
  try { out.longOffset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Warsaw', timeZoneName: 'longOffset' }).format(0); }
  catch (e) { out.longOffset = e.name + ': ' + e.message; out.isRangeError = e instanceof RangeError; }
  try { out.toLocale = new Date(0).toLocaleString('en-US', { timeZone: 'Asia/Tokyo', timeZoneName: 'shortOffset' }); }
  catch (e) { out.toLocale = e.name; }
  out.segmenter = typeof Intl.Segmenter;
  out.pluralRules = typeof Intl.PluralRules;
  out.short = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', timeZoneName: 'short', hour: 'numeric' }).format(0);
  out.parts = Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', hour: 'numeric', hour12: false }).formatToParts(0)
    .filter(function (p) { return p.type === 'hour'; })[0].value;
  out.isInstance = new Intl.DateTimeFormat('en-US') instanceof Intl.DateTimeFormat;
  out.badZone = (function () { try { new Intl.DateTimeFormat('en-US', { timeZone: 'Mars/Olympus' }); return 'accepted'; } catch (e) { return e.name; } })();
  return JSON.stringify(out);
}`;

test('off by default: the realm has the full Intl of its V8', () => {
  const emulator = emulatorWith(PROBE);
  const result = emulator.run('probe');
  expect(result.ok).toBe(true);
  const out = JSON.parse((result as { value: string }).value);
  expect(out).toMatchObject({ longOffset: expect.stringContaining('GMT+01:00'), segmenter: 'function', pluralRules: 'function' });
});

test('on: longOffset throws RangeError as an old ICU does, Segmenter and PluralRules are gone, the rest of Intl is intact', () => {
  const emulator = emulatorWith(PROBE, { conservativeRuntime: true });
  const result = emulator.run('probe');
  expect(result.ok).toBe(true);
  expect(JSON.parse((result as { value: string }).value)).toEqual({
    longOffset: 'RangeError: Value longOffset out of range for Intl.DateTimeFormat options property timeZoneName',
    isRangeError: true,
    toLocale: 'RangeError',
    segmenter: 'undefined',
    pluralRules: 'undefined',
    short: expect.stringMatching(/GMT\+9/),
    parts: '09',
    isInstance: true,
    badZone: 'RangeError',
  });
});
