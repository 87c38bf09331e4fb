/** Display text of cell values under Sheets number formats (V-10): automatic, numeric (via SSF), date/time, plain text. */

import SSF from 'fast-formula-parser/ssf/ssf';
import { ComputedValue, ErrorValue } from './cell-model';
import { localeInfo, LocaleInfo } from './locale-info';
import { DAY_MS, serialToFields } from './time-zone';

/** What `getNumberFormat()` reports for a cell whose format was never set (COM: widely reported). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

/** The kind of a number format pattern. */
export type FormatKind = 'auto' | 'text' | 'date' | 'number';

const kindCache = new Map<string, FormatKind>();

/** Strip quoted literals, escapes and bracketed colours/conditions (keeping [h] [m] [s]). */
function stripLiterals(pattern: string): string {
  return pattern
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
}

/** Classify a number format pattern. */
export function formatKind(pattern: string | undefined): FormatKind {
  if (pattern === undefined || pattern === '' || pattern === DEFAULT_NUMBER_FORMAT) return 'auto';
  let kind = kindCache.get(pattern);
  if (kind) return kind;
  const first = stripLiterals(pattern.split(';')[0]);
  if (/^general$/i.test(first.trim())) kind = 'auto';
  else if (first.trim() === '@') kind = 'text';
  else if (/[dyhs]|m/i.test(first.replace(/e[+-]/gi, ''))) kind = 'date';
  else kind = 'number';
  kindCache.set(pattern, kind);
  return kind;
}

/** True when cells with this format read back as Dates (V-06, V-07). */
export function isDateFormat(pattern: string | undefined): boolean {
  return formatKind(pattern) === 'date';
}

/** Sheets' automatic rendering of a number: up to 15 significant digits and 10 decimals (UNVERIFIED details). */
export function formatAutomaticNumber(n: number, info: LocaleInfo): string {
  if (!Number.isFinite(n)) return n > 0 ? '#NUM!' : '-#NUM!';
  let text: string;
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-10)) {
    text = n.toExponential(5).replace(/\.?0+e/, 'e').replace('e', 'E').replace(/E\+?(-?)(\d)$/, 'E+$1$2');
    text = text.replace('E+-', 'E-');
  } else {
    const rounded = Number(n.toPrecision(15));
    text = Number.isInteger(rounded) ? String(rounded) : String(Number(rounded.toFixed(10)));
  }
  return info.decimal === ',' ? text.replace('.', ',') : text;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type DateToken =
  | { t: 'lit'; s: string }
  | { t: 'y' | 'm' | 'd' | 'h' | 's' | 'min'; n: number }
  | { t: 'ampm'; short: boolean }
  | { t: 'frac'; n: number }
  | { t: 'elapsed'; unit: 'h' | 'm' | 's'; n: number };

const tokenCache = new Map<string, DateToken[]>();

function tokenizeDate(pattern: string): DateToken[] {
  const cached = tokenCache.get(pattern);
  if (cached) return cached;
  const p = pattern.split(';')[0];
  const out: DateToken[] = [];
  let i = 0;
  while (i < p.length) {
    const ch = p[i];
    const lower = ch.toLowerCase();
    if (ch === '"') {
      const end = p.indexOf('"', i + 1);
      out.push({ t: 'lit', s: p.slice(i + 1, end < 0 ? p.length : end) });
      i = end < 0 ? p.length : end + 1;
    } else if (ch === '\\') {
      out.push({ t: 'lit', s: p[i + 1] ?? '' });
      i += 2;
    } else if (ch === '[') {
      const end = p.indexOf(']', i);
      const inner = p.slice(i + 1, end < 0 ? p.length : end).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inner)) out.push({ t: 'elapsed', unit: inner[0] as 'h' | 'm' | 's', n: inner.length });
      i = end < 0 ? p.length : end + 1;
    } else if (p.slice(i, i + 5).toLowerCase() === 'am/pm') {
      out.push({ t: 'ampm', short: false });
      i += 5;
    } else if (p.slice(i, i + 3).toLowerCase() === 'a/p') {
      out.push({ t: 'ampm', short: true });
      i += 3;
    } else if ('ymdhs'.includes(lower)) {
      let j = i;
      while (j < p.length && p[j].toLowerCase() === lower) j++;
      out.push({ t: lower as 'y' | 'm' | 'd' | 'h' | 's', n: j - i });
      i = j;
    } else if (ch === '.' && p[i + 1] === '0') {
      let j = i + 1;
      while (p[j] === '0') j++;
      out.push({ t: 'frac', n: j - i - 1 });
      i = j;
    } else {
      out.push({ t: 'lit', s: ch });
      i++;
    }
  }
  // m/mm after an hour or before a second means minutes.
  for (let k = 0; k < out.length; k++) {
    const tok = out[k];
    if (tok.t !== 'm' || tok.n > 2) continue;
    const prev = out.slice(0, k).reverse().find((x) => x.t !== 'lit');
    const next = out.slice(k + 1).find((x) => x.t !== 'lit');
    if ((prev && (prev.t === 'h' || prev.t === 'elapsed')) || (next && next.t === 's')) out[k] = { t: 'min', n: tok.n };
  }
  tokenCache.set(pattern, out);
  return out;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Render a serial number with a Sheets date/time pattern (English names). */
export function formatDateSerial(serial: number, pattern: string): string {
  // UNVERIFIED: Sheets shows a date beyond its range as the number itself.
  if (!Number.isFinite(serial) || Math.abs(serial) > 2958465) return String(serial);
  const tokens = tokenizeDate(pattern);
  const fracDigits = tokens.reduce((acc, t) => (t.t === 'frac' ? Math.max(acc, t.n) : acc), 0);
  let ms = Math.round(serial * DAY_MS);
  if (fracDigits === 0) ms = Math.round(ms / 1000) * 1000;
  const f = serialToFields(ms / DAY_MS);
  const hasAmPm = tokens.some((t) => t.t === 'ampm');
  let out = '';
  for (const tok of tokens) {
    switch (tok.t) {
      case 'lit':
        out += tok.s;
        break;
      case 'y':
        out += tok.n <= 2 ? pad(f.year % 100, 2) : pad(f.year, 4);
        break;
      case 'm':
        out += tok.n === 1 ? String(f.month) : tok.n === 2 ? pad(f.month, 2) : tok.n === 3 ? MONTHS[f.month - 1].slice(0, 3) : tok.n === 4 ? MONTHS[f.month - 1] : MONTHS[f.month - 1][0];
        break;
      case 'd':
        out += tok.n === 1 ? String(f.day) : tok.n === 2 ? pad(f.day, 2) : tok.n === 3 ? DAYS[f.weekday].slice(0, 3) : DAYS[f.weekday];
        break;
      case 'h': {
        const h = hasAmPm ? ((f.hours + 11) % 12) + 1 : f.hours;
        out += tok.n >= 2 ? pad(h, 2) : String(h);
        break;
      }
      case 'min':
        out += tok.n >= 2 ? pad(f.minutes, 2) : String(f.minutes);
        break;
      case 's':
        out += tok.n >= 2 ? pad(f.seconds, 2) : String(f.seconds);
        break;
      case 'frac':
        out += '.' + pad(f.millis, 3).slice(0, tok.n).padEnd(tok.n, '0');
        break;
      case 'ampm':
        out += tok.short ? (f.hours < 12 ? 'A' : 'P') : f.hours < 12 ? 'AM' : 'PM';
        break;
      case 'elapsed': {
        const totalSeconds = Math.floor(ms / 1000);
        const value = tok.unit === 'h' ? Math.floor(totalSeconds / 3600) : tok.unit === 'm' ? Math.floor(totalSeconds / 60) : totalSeconds;
        out += pad(value, tok.n);
        break;
      }
    }
  }
  return out;
}

function swapSeparators(text: string, info: LocaleInfo): string {
  if (info.decimal === '.' && info.group === ',') return text;
  return text.replace(/[.,]/g, (c) => (c === '.' ? info.decimal : info.group));
}

/** The display string of a value under a number format and locale (V-10). */
export function formatValue(value: ComputedValue, pattern: string | undefined, locale: string): string {
  if (value === null || value === '') return '';
  if (value instanceof ErrorValue) return value.code;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const info = localeInfo(locale);
  const kind = formatKind(pattern);
  if (kind === 'auto' || kind === 'text') return formatAutomaticNumber(value, info);
  if (kind === 'date') return formatDateSerial(value, pattern as string);
  try {
    return swapSeparators(SSF.format(pattern as string, value), info);
  } catch {
    return formatAutomaticNumber(value, info);
  }
}
