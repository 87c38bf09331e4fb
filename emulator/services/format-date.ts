/** Java SimpleDateFormat for Utilities.formatDate / parseDate (T-01..T-03), in any IANA or `GMT+hh:mm` zone, computed with Intl. */

import { ServiceException } from '../core/errors';

/** A resolved time zone: an IANA zone, or a fixed offset (Java custom IDs like `GMT+01:00`). */
export type Zone = { kind: 'iana'; id: string } | { kind: 'fixed'; id: string; offsetMinutes: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function isIana(id: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: id });
    return true;
  } catch {
    return false;
  }
}

function fixedId(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'GMT';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `GMT${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Resolves a Java TimeZone ID: `GMT`, `UTC`, `GMT+1`, `GMT+01:00`, `GMT-0530` or an IANA name. An
 * unknown ID falls back to GMT, as Java's TimeZone.getTimeZone does (T-02).
 */
export function resolveZone(id: string): Zone {
  const text = String(id ?? '').trim();
  if (text === 'GMT' || text === 'Etc/GMT' || text === 'Z') return { kind: 'fixed', id: 'GMT', offsetMinutes: 0 };
  if (text === 'UTC' || text === 'Etc/UTC') return { kind: 'fixed', id: 'UTC', offsetMinutes: 0 };
  const custom = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (custom) {
    const minutes =
      (parseInt(custom[2], 10) * 60 + (custom[3] ? parseInt(custom[3], 10) : 0)) * (custom[1] === '-' ? -1 : 1);
    return { kind: 'fixed', id: fixedId(minutes), offsetMinutes: minutes };
  }
  if (text && isIana(text)) return { kind: 'iana', id: text };
  return { kind: 'fixed', id: 'GMT', offsetMinutes: 0 };
}

/** The zone's offset from UTC in minutes at instant `time`. */
export function offsetMinutesAt(zone: Zone, time: number): number {
  if (zone.kind === 'fixed') return zone.offsetMinutes;
  let formatter = formatters.get(zone.id);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone.id,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone.id, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(time))) parts[part.type] = part.value;
  let year = parseInt(parts.year, 10);
  if (parts.era && /^B/.test(parts.era)) year = 1 - year;
  const wall = Date.UTC(
    year,
    parseInt(parts.month, 10) - 1,
    parseInt(parts.day, 10),
    parseInt(parts.hour, 10) % 24,
    parseInt(parts.minute, 10),
    parseInt(parts.second, 10),
  );
  const utcSeconds = Math.floor(time / 1000) * 1000;
  const wallFixed = new Date(wall);
  if (year >= 0 && year < 100) wallFixed.setUTCFullYear(year);
  return Math.round((wallFixed.getTime() - utcSeconds) / 60000);
}

/** The instant whose wall-clock time in `zone` is the given UTC-encoded wall time (earlier offset on overlaps). */
export function wallToInstant(zone: Zone, wallUtcMs: number): number {
  let guess = wallUtcMs - offsetMinutesAt(zone, wallUtcMs) * 60000;
  for (let i = 0; i < 3; i++) {
    const next = wallUtcMs - offsetMinutesAt(zone, guess) * 60000;
    if (next === guess) break;
    guess = next;
  }
  return guess;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Java's short zone names (standard, daylight) for common zones; others print as `GMT+hh:mm`. */
const SHORT_NAMES: Record<string, [string, string]> = {
  'America/New_York': ['EST', 'EDT'],
  'America/Detroit': ['EST', 'EDT'],
  'America/Toronto': ['EST', 'EDT'],
  'America/Chicago': ['CST', 'CDT'],
  'America/Mexico_City': ['CST', 'CDT'],
  'America/Winnipeg': ['CST', 'CDT'],
  'America/Denver': ['MST', 'MDT'],
  'America/Edmonton': ['MST', 'MDT'],
  'America/Phoenix': ['MST', 'MST'],
  'America/Los_Angeles': ['PST', 'PDT'],
  'America/Vancouver': ['PST', 'PDT'],
  'America/Anchorage': ['AKST', 'AKDT'],
  'Pacific/Honolulu': ['HST', 'HST'],
  'America/Halifax': ['AST', 'ADT'],
  'America/St_Johns': ['NST', 'NDT'],
  'America/Sao_Paulo': ['BRT', 'BRST'],
  'America/Argentina/Buenos_Aires': ['ART', 'ARST'],
  'Europe/London': ['GMT', 'BST'],
  'Europe/Dublin': ['GMT', 'IST'],
  'Europe/Lisbon': ['WET', 'WEST'],
  'Europe/Warsaw': ['CET', 'CEST'],
  'Europe/Berlin': ['CET', 'CEST'],
  'Europe/Paris': ['CET', 'CEST'],
  'Europe/Madrid': ['CET', 'CEST'],
  'Europe/Rome': ['CET', 'CEST'],
  'Europe/Amsterdam': ['CET', 'CEST'],
  'Europe/Brussels': ['CET', 'CEST'],
  'Europe/Vienna': ['CET', 'CEST'],
  'Europe/Prague': ['CET', 'CEST'],
  'Europe/Stockholm': ['CET', 'CEST'],
  'Europe/Oslo': ['CET', 'CEST'],
  'Europe/Copenhagen': ['CET', 'CEST'],
  'Europe/Zurich': ['CET', 'CEST'],
  'Europe/Budapest': ['CET', 'CEST'],
  'Europe/Belgrade': ['CET', 'CEST'],
  'Europe/Athens': ['EET', 'EEST'],
  'Europe/Helsinki': ['EET', 'EEST'],
  'Europe/Kiev': ['EET', 'EEST'],
  'Europe/Kyiv': ['EET', 'EEST'],
  'Europe/Bucharest': ['EET', 'EEST'],
  'Europe/Sofia': ['EET', 'EEST'],
  'Europe/Vilnius': ['EET', 'EEST'],
  'Europe/Riga': ['EET', 'EEST'],
  'Europe/Tallinn': ['EET', 'EEST'],
  'Africa/Cairo': ['EET', 'EEST'],
  'Europe/Moscow': ['MSK', 'MSK'],
  'Europe/Istanbul': ['TRT', 'TRT'],
  'Asia/Tokyo': ['JST', 'JST'],
  'Asia/Seoul': ['KST', 'KST'],
  'Asia/Shanghai': ['CST', 'CST'],
  'Asia/Hong_Kong': ['HKT', 'HKT'],
  'Asia/Taipei': ['CST', 'CST'],
  'Asia/Singapore': ['SGT', 'SGT'],
  'Asia/Kolkata': ['IST', 'IST'],
  'Asia/Calcutta': ['IST', 'IST'],
  'Asia/Dubai': ['GST', 'GST'],
  'Asia/Jakarta': ['WIB', 'WIB'],
  'Asia/Manila': ['PST', 'PST'],
  'Asia/Bangkok': ['ICT', 'ICT'],
  'Australia/Sydney': ['AEST', 'AEDT'],
  'Australia/Melbourne': ['AEST', 'AEDT'],
  'Australia/Brisbane': ['AEST', 'AEST'],
  'Australia/Adelaide': ['ACST', 'ACDT'],
  'Australia/Perth': ['AWST', 'AWST'],
  'Pacific/Auckland': ['NZST', 'NZDT'],
  'Africa/Johannesburg': ['SAST', 'SAST'],
  'Africa/Lagos': ['WAT', 'WAT'],
  'Africa/Nairobi': ['EAT', 'EAT'],
};

function standardOffset(zone: Zone, time: number): number {
  const year = new Date(time).getUTCFullYear();
  return Math.min(offsetMinutesAt(zone, Date.UTC(year, 0, 1)), offsetMinutesAt(zone, Date.UTC(year, 6, 1)));
}

function zoneName(zone: Zone, time: number, offset: number, long: boolean): string {
  if (zone.kind === 'fixed') {
    if (zone.id === 'UTC') return long ? 'Coordinated Universal Time' : 'UTC';
    if (zone.id === 'GMT') return long ? 'Greenwich Mean Time' : 'GMT';
    return zone.id;
  }
  const daylight = offset > standardOffset(zone, time);
  if (long) {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone.id, timeZoneName: 'long' })
      .formatToParts(new Date(time))
      .find((p) => p.type === 'timeZoneName')?.value;
    if (part && !/^GMT[+-]/.test(part))
      return part.replace(/^(Central|Eastern|Western) European Standard Time$/, '$1 European Time');
    return fixedId(offset);
  }
  if (zone.id === 'Etc/UTC' || zone.id === 'UTC') return 'UTC';
  const names = SHORT_NAMES[zone.id];
  if (names) return names[daylight ? 1 : 0];
  return fixedId(offset);
}

/** One piece of a parsed pattern: a literal, or a run of one pattern letter. */
type Token = { literal: string } | { letter: string; count: number };

const PATTERN_LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

/** Splits a SimpleDateFormat pattern into literals and letter runs; an unknown unquoted letter throws (Java). */
export function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const text = String(pattern);
  const pushLiteral = (s: string): void => {
    const last = tokens[tokens.length - 1];
    if (last && 'literal' in last) last.literal += s;
    else tokens.push({ literal: s });
  };
  while (i < text.length) {
    const c = text[i];
    if (c === "'") {
      if (text[i + 1] === "'") {
        pushLiteral("'");
        i += 2;
        continue;
      }
      let j = i + 1;
      let literal = '';
      while (j < text.length) {
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            literal += "'";
            j += 2;
            continue;
          }
          break;
        }
        literal += text[j++];
      }
      if (j >= text.length) throw new ServiceException('Unterminated quote');
      pushLiteral(literal);
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      if (!PATTERN_LETTERS.includes(c)) throw new ServiceException(`Illegal pattern character '${c}'`);
      let j = i;
      while (text[j] === c) j++;
      tokens.push({ letter: c, count: j - i });
      i = j;
      continue;
    }
    pushLiteral(c);
    i++;
  }
  return tokens;
}

interface Fields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
  dayOfYear: number;
  weekYear: number;
  weekOfYear: number;
  weekOfMonth: number;
  offset: number; // minutes
}

const DAY = 86400000;

function fieldsAt(zone: Zone, time: number): Fields {
  const offset = offsetMinutesAt(zone, time);
  const wall = new Date(time + offset * 60000);
  const year = wall.getUTCFullYear();
  const month = wall.getUTCMonth();
  const day = wall.getUTCDate();
  const weekday = wall.getUTCDay();
  const startOfDay = Date.UTC(year, month, day);
  const dayOfYear = Math.round((startOfDay - Date.UTC(year, 0, 1)) / DAY) + 1;
  // US week rules (Java's en_US default): weeks start on Sunday, week 1 contains January 1.
  const saturday = new Date(startOfDay + (6 - weekday) * DAY);
  const weekYear = saturday.getUTCFullYear();
  const jan1 = Date.UTC(weekYear, 0, 1);
  const firstSunday = jan1 - new Date(jan1).getUTCDay() * DAY;
  const weekOfYear = Math.floor((startOfDay - firstSunday) / (7 * DAY)) + 1;
  const firstOfMonthWeekday = new Date(Date.UTC(year, month, 1)).getUTCDay();
  const weekOfMonth = Math.floor((day - 1 + firstOfMonthWeekday) / 7) + 1;
  return {
    year,
    month: month + 1,
    day,
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    ms: wall.getUTCMilliseconds(),
    weekday,
    dayOfYear,
    weekYear,
    weekOfYear,
    weekOfMonth,
    offset,
  };
}

function pad(value: number, count: number): string {
  const text = String(Math.abs(value)).padStart(count, '0');
  return value < 0 ? `-${text}` : text;
}

function offsetText(offset: number, separator: boolean, withMinutes: boolean): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const minutes = String(abs % 60).padStart(2, '0');
  return withMinutes ? `${sign}${hours}${separator ? ':' : ''}${minutes}` : `${sign}${hours}`;
}

function yearText(year: number, count: number): string {
  if (count === 2) return pad(((year % 100) + 100) % 100, 2);
  return pad(year, count);
}

/**
 * Formats `time` in `zone` with a Java SimpleDateFormat pattern (English names, en_US week rules).
 */
export function formatDate(time: number, zoneId: string, pattern: string): string {
  const zone = resolveZone(zoneId);
  const f = fieldsAt(zone, time);
  let out = '';
  for (const token of tokenize(pattern)) {
    if ('literal' in token) {
      out += token.literal;
      continue;
    }
    const { letter, count } = token;
    switch (letter) {
      case 'G':
        out += f.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
        out += yearText(f.year, count);
        break;
      case 'Y':
        out += yearText(f.weekYear, count);
        break;
      case 'M':
      case 'L':
        out += count >= 4 ? MONTHS[f.month - 1] : count === 3 ? MONTHS[f.month - 1].slice(0, 3) : pad(f.month, count);
        break;
      case 'w':
        out += pad(f.weekOfYear, count);
        break;
      case 'W':
        out += pad(f.weekOfMonth, count);
        break;
      case 'D':
        out += pad(f.dayOfYear, count);
        break;
      case 'd':
        out += pad(f.day, count);
        break;
      case 'F':
        out += pad(Math.floor((f.day - 1) / 7) + 1, count);
        break;
      case 'E':
        out += count >= 4 ? DAYS[f.weekday] : DAYS[f.weekday].slice(0, 3);
        break;
      case 'u':
        out += pad(f.weekday === 0 ? 7 : f.weekday, count);
        break;
      case 'a':
        out += f.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(f.hour, count);
        break;
      case 'k':
        out += pad(f.hour === 0 ? 24 : f.hour, count);
        break;
      case 'K':
        out += pad(f.hour % 12, count);
        break;
      case 'h':
        out += pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
        break;
      case 'm':
        out += pad(f.minute, count);
        break;
      case 's':
        out += pad(f.second, count);
        break;
      case 'S':
        out += pad(f.ms, count);
        break;
      case 'z':
        out += zoneName(zone, time, f.offset, count >= 4);
        break;
      case 'Z':
        out += offsetText(f.offset, false, true);
        break;
      case 'X':
        if (count > 3) throw new ServiceException('invalid ISO 8601 format: length=' + count);
        out += f.offset === 0 ? 'Z' : offsetText(f.offset, count === 3, count >= 2);
        break;
    }
  }
  return out;
}

function unparseable(text: string): ServiceException {
  return new ServiceException(`Unparseable date: "${text}"`);
}

const ZONE_ABBREVIATIONS: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  CET: 60,
  CEST: 120,
  JST: 540,
};

/**
 * Parses `text` with a SimpleDateFormat pattern, the wall-clock fields read in `zoneId` unless the
 * text carries a zone (z/Z/X). Lenient like Java's default: out-of-range fields roll over; text after
 * the pattern is ignored. Unparseable input throws `Unparseable date: "<text>"`.
 */
export function parseDate(
  text: string,
  zoneId: string,
  pattern: string,
  nowYear = new Date().getUTCFullYear(),
): number {
  const tokens = tokenize(pattern);
  const source = String(text);
  let pos = 0;
  let year = 1970;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let pm: boolean | null = null;
  let hour12 = false;
  let offset: number | null = null;
  let twoDigitYear = false;
  const isNumeric = (token: Token | undefined): boolean =>
    !!token &&
    'letter' in token &&
    !'aEzZXG'.includes(token.letter) &&
    !('ML'.includes(token.letter) && token.count >= 3);
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if ('literal' in token) {
      for (const ch of token.literal) {
        if (ch === ' ' && /\s/.test(source[pos] ?? '')) {
          pos++;
          continue;
        }
        if (source[pos] !== ch) throw unparseable(source);
        pos++;
      }
      continue;
    }
    const { letter, count } = token;
    if (isNumeric(token)) {
      const abutting = isNumeric(tokens[t + 1]);
      const rest = source.slice(pos);
      const match = abutting ? new RegExp(`^[+-]?\\d{1,${count}}`).exec(rest) : /^[+-]?\d+/.exec(rest);
      if (!match) throw unparseable(source);
      pos += match[0].length;
      const value = parseInt(match[0], 10);
      switch (letter) {
        case 'y':
        case 'Y':
          year = value;
          twoDigitYear = count <= 2 && match[0].replace(/^[+-]/, '').length === 2;
          break;
        case 'M':
        case 'L':
          month = value;
          break;
        case 'd':
          day = value;
          break;
        case 'D':
          month = 1;
          day = value;
          break;
        case 'H':
          hour = value;
          break;
        case 'k':
          hour = value === 24 ? 0 : value;
          break;
        case 'K':
          hour = value;
          hour12 = true;
          break;
        case 'h':
          hour = value === 12 ? 0 : value;
          hour12 = true;
          break;
        case 'm':
          minute = value;
          break;
        case 's':
          second = value;
          break;
        case 'S':
          ms = value;
          break;
        default:
          break;
      }
      continue;
    }
    const rest = source.slice(pos);
    switch (letter) {
      case 'M':
      case 'L': {
        const index = MONTHS.findIndex((name) => rest.toLowerCase().startsWith(name.toLowerCase()));
        const shortIndex =
          index >= 0
            ? index
            : MONTHS.findIndex((name) => rest.toLowerCase().startsWith(name.slice(0, 3).toLowerCase()));
        if (shortIndex < 0) throw unparseable(source);
        month = shortIndex + 1;
        pos += index >= 0 ? MONTHS[index].length : 3;
        break;
      }
      case 'E': {
        const full = DAYS.find((name) => rest.toLowerCase().startsWith(name.toLowerCase()));
        const short = DAYS.find((name) => rest.toLowerCase().startsWith(name.slice(0, 3).toLowerCase()));
        if (!full && !short) throw unparseable(source);
        pos += full ? full.length : 3;
        break;
      }
      case 'a': {
        const marker = /^(AM|PM)/i.exec(rest);
        if (!marker) throw unparseable(source);
        pm = marker[1].toUpperCase() === 'PM';
        pos += 2;
        break;
      }
      case 'G': {
        const era = /^(AD|BC)/i.exec(rest);
        if (!era) throw unparseable(source);
        pos += 2;
        break;
      }
      default: {
        // z, Z, X: an offset or a zone abbreviation.
        const numeric = /^(?:GMT|UTC)?([+-])(\d{2}):?(\d{2})?/.exec(rest);
        if (numeric) {
          offset =
            (parseInt(numeric[2], 10) * 60 + (numeric[3] ? parseInt(numeric[3], 10) : 0)) *
            (numeric[1] === '-' ? -1 : 1);
          pos += numeric[0].length;
          break;
        }
        const abbreviation = /^[A-Z]{1,5}/.exec(rest);
        if (abbreviation && abbreviation[0] in ZONE_ABBREVIATIONS) {
          offset = ZONE_ABBREVIATIONS[abbreviation[0]];
          pos += abbreviation[0].length;
          break;
        }
        throw unparseable(source);
      }
    }
  }
  if (twoDigitYear) {
    // Java: the century that puts the year within 80 years before and 20 years after now.
    const base = nowYear - 80;
    year = base - (base % 100) + year;
    if (year < base) year += 100;
  }
  if (hour12 && pm) hour += 12;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const wallDate = new Date(wall);
  if (year >= 0 && year < 100) wallDate.setUTCFullYear(year);
  const wallMs = wallDate.getTime();
  if (offset !== null) return wallMs - offset * 60000;
  return wallToInstant(resolveZone(zoneId), wallMs);
}
