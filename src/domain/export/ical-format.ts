/** RFC 5545 text helpers: TEXT escaping, 75-octet line folding (UTF-8 aware) and date-time values. */

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, every line
 * break becomes `\n`, and control characters TEXT may not hold (all but tab) are dropped.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- dropping control characters is the point here
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
  );
}

/** Control characters no content line may carry (RFC 5545 §3.1: CTL except HTAB), CR and LF included. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point here
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/;

/** True when a value holds a line break or another control character, so it cannot stand in a content line as it is. */
export function hasControlCharacter(value: string): boolean {
  return CONTROL.test(value);
}

/**
 * A content line with every control character but tab removed: the last guard before folding, so no
 * value, whatever its property, can end a line early and start a property or component of its own.
 */
export function contentLine(line: string): string {
  return line.replace(new RegExp(CONTROL.source, 'g'), '');
}

/** The number of UTF-8 bytes a code point takes. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8 (RFC 5545 §3.1): CRLF plus a
 * space before each continuation. It breaks only between code points, so neither a surrogate pair
 * nor a UTF-8 sequence is ever split. Returns the line with its final CRLF.
 */
export function foldLine(line: string): string {
  let out = '';
  let used = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    if (used + size > 75) {
      out += '\r\n ';
      used = 1;
    }
    out += ch;
    used += size;
  }
  return out + '\r\n';
}

/** Two digits. */
function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** An instant as a UTC DATE-TIME value, e.g. `20260115T080000Z`. */
export function utcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** `yyyy-MM-dd` + `HH:mm` as a local DATE-TIME value, e.g. `20260115T090000`. */
export function localDateTime(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

/** A UTC offset in minutes as an iCalendar UTC-OFFSET, e.g. `+0100`, `-0330`. */
export function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(Math.round(minutes));
  return `${sign}${pad2(Math.floor(abs / 60))}${pad2(abs % 60)}`;
}

/** The `yyyy-MM-dd` date after the given one (for all-day DTEND). */
export function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
