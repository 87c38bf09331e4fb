/** Utilities (T-01..T-05): Java SimpleDateFormat in any zone, parseDate, formatString, digests as Java signed bytes, base64, blobs. */

import { emulatorWith } from './helpers';
import { formatDate, parseDate } from '../../services/format-date';
import { formatString } from '../../services/format-string';

const utc = (...parts: [number, number, number, number?, number?, number?, number?]): number => Date.UTC(...parts);

describe('Utilities.formatDate (T-01, T-02)', () => {
  test('T-01: the reference example', () => {
    expect(formatDate(utc(2023, 0, 1, 12), 'GMT', 'yyyy-MM-dd HH:mm:ss')).toBe('2023-01-01 12:00:00');
  });

  test('Asia/Tokyo: the spreadsheet-midnight example of V-06', () => {
    expect(formatDate(utc(2022, 10, 14, 15), 'Asia/Tokyo', 'yyyy/MM/dd HH:mm z Z XXX')).toBe(
      '2022/11/15 00:00 JST +0900 +09:00',
    );
  });

  test('across a DST change (America/New_York spring forward, Europe/Warsaw fall back)', () => {
    const pattern = 'yyyy-MM-dd HH:mm:ss z Z XXX';
    expect(formatDate(utc(2024, 2, 10, 6, 59, 59), 'America/New_York', pattern)).toBe(
      '2024-03-10 01:59:59 EST -0500 -05:00',
    );
    expect(formatDate(utc(2024, 2, 10, 7, 0, 0), 'America/New_York', pattern)).toBe(
      '2024-03-10 03:00:00 EDT -0400 -04:00',
    );
    expect(formatDate(utc(2024, 9, 27, 0, 59), 'Europe/Warsaw', 'HH:mm z')).toBe('02:59 CEST');
    expect(formatDate(utc(2024, 9, 27, 1, 0), 'Europe/Warsaw', 'HH:mm z')).toBe('02:00 CET');
  });

  test('text fields, 12-hour clock, quotes and milliseconds', () => {
    const t = utc(2024, 6, 4, 15, 5, 0, 7);
    expect(formatDate(t, 'UTC', 'EEEE, MMMM d, yyyy h:mm a')).toBe('Thursday, July 4, 2024 3:05 PM');
    expect(formatDate(t, 'UTC', 'EEE MMM dd yy')).toBe('Thu Jul 04 24');
    expect(formatDate(t, 'UTC', "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")).toBe('2024-07-04T15:05:00.007Z');
    expect(formatDate(t, 'UTC', "h 'o''clock' ''")).toBe("3 o'clock '");
    expect(formatDate(t, 'UTC', 'D u k K X')).toBe('186 4 15 3 Z');
  });

  test('YYYY is the week year (the Java gotcha)', () => {
    expect(formatDate(utc(2024, 11, 29, 12), 'UTC', 'yyyy YYYY ww')).toBe('2024 2025 01');
    expect(formatDate(utc(2024, 11, 28, 12), 'UTC', 'yyyy YYYY ww')).toBe('2024 2024 52');
  });

  test('T-02: GMT offsets and unknown zones (fall back to GMT)', () => {
    expect(formatDate(utc(2024, 0, 1, 12), 'GMT+01:00', 'HH:mm z')).toBe('13:00 GMT+01:00');
    expect(formatDate(utc(2024, 0, 1, 12), 'GMT-0530', 'HH:mm Z')).toBe('06:30 -0530');
    expect(formatDate(utc(2024, 0, 1, 12), 'Mars/Olympus', 'HH:mm z')).toBe('12:00 GMT');
  });

  test('an unknown pattern letter throws', () => {
    expect(() => formatDate(0, 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });

  test('through the global: a non-Date argument is a signature error', () => {
    const emulator = emulatorWith(`
      function f(tz, p) { return Utilities.formatDate(new Date(Date.UTC(2023, 0, 1, 12)), tz, p); }
      function bad() { return Utilities.formatDate('2023-01-01', 'GMT', 'yyyy'); }
    `);
    expect(emulator.run('f', 'Asia/Tokyo', 'yyyy-MM-dd HH:mm')).toEqual({ ok: true, value: '2023-01-01 21:00' });
    expect(emulator.run('bad')).toEqual({
      ok: false,
      error: "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    });
  });
});

describe('Utilities.parseDate (T-03)', () => {
  test('T-03: the reference example', () => {
    expect(parseDate('2023-01-01T12:00:00Z', 'GMT', "yyyy-MM-dd'T'HH:mm:ss'Z'")).toBe(Date.UTC(2023, 0, 1, 12));
  });

  test('wall-clock fields are read in the given zone; an offset in the text wins', () => {
    expect(parseDate('2024-03-10 03:30', 'America/New_York', 'yyyy-MM-dd HH:mm')).toBe(utc(2024, 2, 10, 7, 30));
    expect(parseDate('15/11/2022', 'Asia/Tokyo', 'dd/MM/yyyy')).toBe(utc(2022, 10, 14, 15));
    expect(parseDate('2024-07-04 10:00 +0200', 'UTC', 'yyyy-MM-dd HH:mm Z')).toBe(utc(2024, 6, 4, 8));
    expect(parseDate('Jul 4, 2024 3:05 PM', 'UTC', 'MMM d, yyyy h:mm a')).toBe(utc(2024, 6, 4, 15, 5));
    expect(parseDate('20240704', 'UTC', 'yyyyMMdd')).toBe(utc(2024, 6, 4));
  });

  test('unparseable input throws an Exception', () => {
    expect(() => parseDate('soon', 'UTC', 'yyyy-MM-dd')).toThrow('Unparseable date: "soon"');
    const emulator = emulatorWith(
      'function p() { try { Utilities.parseDate("x", "UTC", "yyyy"); } catch (e) { return e.name; } }',
    );
    expect(emulator.run('p')).toEqual({ ok: true, value: 'Exception' });
  });

  test('the returned Date belongs to the bundle realm', () => {
    const emulator = emulatorWith(
      'function p() { return Utilities.parseDate("2024-01-02", "UTC", "yyyy-MM-dd") instanceof Date; }',
    );
    expect(emulator.run('p')).toEqual({ ok: true, value: true });
  });
});

describe('Utilities.formatString (T-04)', () => {
  test('Java String.format subset', () => {
    expect(formatString('%d + %d = %d', 1, 2, 3)).toBe('1 + 2 = 3');
    expect(formatString('%s costs %.2f (%05d) %%', 'Tea', 2.5, 42)).toBe('Tea costs 2.50 (00042) %');
    expect(formatString('%-5s|%5s|%,d', 'ab', 'cd', 1234567)).toBe('ab   |   cd|1,234,567');
    expect(() => formatString('%j', 1)).toThrow(/Unknown format conversion/);
  });
});

describe('digests, base64, blobs, sleep', () => {
  const BUNDLE = `
    function digest() { return Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc'); }
    function md5() { return Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc', Utilities.Charset.UTF_8); }
    function hmac() { return Utilities.computeHmacSha256Signature('msg', 'key').length; }
    function b64() { return [Utilities.base64Encode('zażółć'), Utilities.newBlob(Utilities.base64Decode(Utilities.base64Encode('zażółć'))).getDataAsString(), Utilities.base64EncodeWebSafe([-1, -2, -3])]; }
    function blob() { var b = Utilities.newBlob('a,b', 'text/csv', 'posts.csv'); b.setName('x.csv'); return [b.getName(), b.getContentType(), b.getDataAsString(), b.getBytes()]; }
    function nap() { var t = Date.now(); var d = new Date(); Utilities.sleep(1500); return [Date.now() - t, new Date() - d]; }
    function tooLong() { Utilities.sleep(300001); }
    function csv() { return Utilities.parseCsv('a,"b,c"\\n"d ""e""",f'); }
    function uuid() { return Utilities.getUuid(); }
  `;

  test("computeDigest('abc', SHA_256) equals Java's signed bytes", () => {
    const java = [
      -70, 120, 22, -65, -113, 1, -49, -22, 65, 65, 64, -34, 93, -82, 34, 35, -80, 3, 97, -93, -106, 23, 122, -100, -76,
      16, -1, 97, -14, 0, 21, -83,
    ];
    const emulator = emulatorWith(BUNDLE);
    expect(emulator.run('digest')).toEqual({ ok: true, value: java });
    // MD5('abc') = 900150983cd24fb0d6963f7d28e17f72
    expect(emulator.run('md5')).toEqual({
      ok: true,
      value: [-112, 1, 80, -104, 60, -46, 79, -80, -42, -106, 63, 125, 40, -31, 127, 114],
    });
    expect(emulator.run('hmac')).toEqual({ ok: true, value: 32 });
  });

  test('base64 (UTF-8) round trip and web-safe alphabet; blobs; CSV', () => {
    const emulator = emulatorWith(BUNDLE);
    expect(emulator.run('b64')).toEqual({ ok: true, value: ['emHFvMOzxYLEhw==', 'zażółć', '__79'] });
    expect(emulator.run('blob')).toEqual({ ok: true, value: ['x.csv', 'text/csv', 'a,b', [97, 44, 98]] });
    expect(emulator.run('csv')).toEqual({
      ok: true,
      value: [
        ['a', 'b,c'],
        ['d "e"', 'f'],
      ],
    });
    expect((emulator.run('uuid') as { value: string }).value).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('T-05: sleep moves the virtual clock; more than 300000 ms throws', () => {
    const emulator = emulatorWith(BUNDLE, { now: () => new Date(Date.UTC(2024, 0, 1)) });
    const before = emulator.clock.now().getTime();
    expect(emulator.run('nap')).toEqual({ ok: true, value: [1500, 1500] });
    expect(emulator.clock.now().getTime() - before).toBeGreaterThanOrEqual(1500);
    expect(emulator.run('tooLong')).toEqual({ ok: false, error: 'Argument too large: milliseconds' });
  });
});
