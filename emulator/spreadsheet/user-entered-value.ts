/** Parsing a string the way Sheets parses typed input ("USER_ENTERED", W-05..W-08): numbers, booleans, dates, formulas. */

import { CellValue } from './cell-model';
import { localeInfo, LocaleInfo } from './locale-info';
import { fieldsToSerial } from './time-zone';

/** What a typed string becomes: a literal value (with a number format Sheets picks) or a formula. */
export interface ParsedInput {
  value: CellValue;
  formula?: string;
  format?: string;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthFromName(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return 0;
  const idx = MONTH_NAMES.indexOf(lower.slice(0, 3));
  if (idx < 0) return 0;
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][idx];
  return full.startsWith(lower) || lower === 'sept' ? idx + 1 : 0;
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 0 || y > 9999) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCDate() === d && dt.getUTCMonth() === m - 1;
}

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

const TIME_RE = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?\s*([ap]\.?m\.?)?$/i;

function parseTime(text: string): { fraction: number; hours: number; ampm: boolean } | null {
  const m = TIME_RE.exec(text.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const s = m[3] ? Number(m[3]) : 0;
  const ms = m[4] ? Number(m[4].padEnd(3, '0')) : 0;
  if (min > 59 || s > 59) return null;
  const ampm = m[5]?.toLowerCase().replace(/\./g, '');
  if (ampm) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm === 'pm' ? 12 : 0);
  }
  return { fraction: (h * 3600000 + min * 60000 + s * 1000 + ms) / 86400000, hours: h, ampm: !!ampm };
}

function numberPattern(info: LocaleInfo): RegExp {
  const g = info.group === '.' ? '\\.' : info.group === ' ' ? '[ \\u00a0\\u202f]' : info.group === "'" ? "'" : ',';
  const d = info.decimal === '.' ? '\\.' : ',';
  return new RegExp(`^([+-])?((?:\\d{1,3}(?:${g}\\d{3})+)|\\d+)?(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?$`);
}

const numberPatterns = new Map<LocaleInfo, RegExp>();

function parsePlainNumber(text: string, info: LocaleInfo): { value: number; grouped: boolean; decimals: number; exp: boolean } | null {
  let re = numberPatterns.get(info);
  if (!re) {
    re = numberPattern(info);
    numberPatterns.set(info, re);
  }
  const m = re.exec(text);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const intPart = (m[2] ?? '0').replace(/[^0-9]/g, '');
  const grouped = m[2] !== undefined && /[^0-9]/.test(m[2]);
  const source = `${m[1] ?? ''}${intPart}${m[3] !== undefined ? '.' + m[3] : ''}${m[4] !== undefined ? 'e' + m[4] : ''}`;
  const value = Number(source);
  if (!Number.isFinite(value)) return null;
  return { value, grouped, decimals: m[3]?.length ?? 0, exp: m[4] !== undefined };
}

const currencyPatterns = new Map<LocaleInfo, Array<{ sym: string; pre: RegExp; post: RegExp }>>();

function currencyPatternsFor(info: LocaleInfo): Array<{ sym: string; pre: RegExp; post: RegExp }> {
  let list = currencyPatterns.get(info);
  if (!list) {
    list = Array.from(new Set(['$', '€', '£', '¥', '₹', info.currency])).map((sym) => {
      const esc = sym.replace(/[$]/g, '\\$');
      return { sym, pre: new RegExp(`^([+-])?\\s*${esc}\\s*(.+)$`), post: new RegExp(`^(.+?)\\s*${esc}$`) };
    });
    currencyPatterns.set(info, list);
  }
  return list;
}

function parseNumberish(text: string, info: LocaleInfo): ParsedInput | null {
  const plain = parsePlainNumber(text, info);
  if (plain) {
    let format: string | undefined;
    if (plain.exp) format = '0.00E+00';
    else if (plain.grouped) format = plain.decimals > 0 ? '#,##0.00' : '#,##0';
    return { value: plain.value, format };
  }
  // Percent: 50% → 0.5 (V-02).
  if (text.endsWith('%')) {
    const n = parsePlainNumber(text.slice(0, -1).trimEnd(), info);
    if (n) return { value: n.value / 100, format: n.decimals > 0 ? '0.00%' : '0%' };
  }
  // Currency: $2.99, -$5, $-5, 5 € (W-06).
  for (const { sym, pre, post } of currencyPatternsFor(info)) {
    if (!text.includes(sym)) continue;
    const p = pre.exec(text);
    const q = p ? null : post.exec(text);
    const body = p ? (p[1] ?? '') + p[2] : q ? q[1] : null;
    if (body === null) continue;
    const n = parsePlainNumber(body.trim(), info);
    if (n && !n.exp) return { value: n.value, format: p ? `"${sym}"#,##0.00` : `#,##0.00 "${sym}"` };
  }
  return null;
}

function parseDateish(text: string, info: LocaleInfo, currentYear: () => number): ParsedInput | null {
  // Split off a trailing time: "2024-01-15 09:30", "2024-01-15T09:30:00".
  let datePart = text;
  let time: ReturnType<typeof parseTime> = null;
  const split = /^(\S+?)(?:[ T]+)(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?)$/i.exec(text);
  if (split) {
    time = parseTime(split[2]);
    if (!time) return null;
    datePart = split[1];
  }
  let y: number;
  let mo: number;
  let d: number;
  let format: string;
  let m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(datePart);
  if (m) {
    y = Number(m[1]);
    mo = Number(m[3]);
    d = Number(m[4]);
    format = `yyyy${m[2]}mm${m[2]}dd`;
  } else if ((m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/.exec(datePart))) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    y = fullYear(m[4]);
    if (info.dateOrder === 'MDY') [mo, d] = [a, b];
    else [d, mo] = [a, b];
    format = info.dateFormat;
  } else if ((m = /^(\d{1,2})\/(\d{1,2})$/.exec(datePart))) {
    // "1/15" is a date in the current year (Sheets behaviour).
    const a = Number(m[1]);
    const b = Number(m[2]);
    y = currentYear();
    if (info.dateOrder === 'MDY') [mo, d] = [a, b];
    else [d, mo] = [a, b];
    format = info.dateFormat;
  } else if ((m = /^(\d{1,2})[ -]([A-Za-z]+)\.?,?[ -](\d{2}|\d{4})$/.exec(datePart))) {
    d = Number(m[1]);
    mo = monthFromName(m[2]);
    y = fullYear(m[3]);
    format = 'd mmm yyyy';
  } else if ((m = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(datePart))) {
    mo = monthFromName(m[1]);
    d = Number(m[2]);
    y = Number(m[3]);
    format = 'mmm d, yyyy';
  } else {
    return null;
  }
  if (!validDate(y, mo, d)) return null;
  let serial = fieldsToSerial(y, mo, d);
  if (time) {
    serial += time.fraction;
    format = format === info.dateFormat ? info.dateTimeFormat : `${format} H:mm:ss`;
  }
  return { value: serial, format };
}

/**
 * Parse one typed string. `plainText` is true when the cell's number format is `@`: then the string is
 * kept as text, even one starting with `=` (Sheets' plain-text format). `currentYear()` fills `1/15`.
 */
export function parseUserEntered(
  input: string,
  locale: string,
  plainText = false,
  currentYear: () => number = () => new Date().getFullYear(),
): ParsedInput {
  if (input === '') return { value: null };
  if (plainText) return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) }; // W-07 (UNVERIFIED): apostrophe forces text.
  if (input.startsWith('=') && input.length > 1) return { value: null, formula: input }; // W-05
  const info = localeInfo(locale);
  const text = input.trim();
  if (text === '') return { value: input };
  const upper = text.toUpperCase();
  if (upper === 'TRUE') return { value: true };
  if (upper === 'FALSE') return { value: false };
  // Everything below (numbers, dates, times) needs a digit, and text starting with a letter can only be a
  // date with a month name ("Jan 15, 2024").
  if (!/[0-9]/.test(text) || (/^[A-Za-z]/.test(text) && !monthFromName(/^[A-Za-z]+/.exec(text)![0]))) {
    return input.startsWith('+') && input.length > 1 ? { value: null, formula: `=${input}` } : { value: input };
  }
  const num = parseNumberish(text, info);
  if (num) return num;
  // W-08 (UNVERIFIED details): a leading '+' that is not a number starts a formula, like typed input.
  if (input.startsWith('+') && input.length > 1) return { value: null, formula: `=${input}` };
  const date = parseDateish(text, info, currentYear);
  if (date) return date;
  const time = parseTime(text);
  if (time) {
    return { value: time.fraction, format: time.hours >= 24 ? '[h]:mm:ss' : info.timeFormat };
  }
  const duration = /^(\d{2,}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (duration && Number(duration[2]) < 60) {
    const secs = Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3] ?? 0);
    return { value: secs / 86400, format: '[h]:mm:ss' };
  }
  return { value: input };
}
