/** Utilities.formatString: a subset of Java's String.format (T-04): %s %S %d %f %e %x %o %c %b %n %% with flags, width and precision. */

import { ServiceException } from '../core/errors';

const SPEC = /%(\d+\$)?([-#+ 0,(]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g;

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Formats like Java's `String.format` (what Utilities.formatString uses). `%j` and other unknown
 * conversions throw, as does a missing argument.
 */
export function formatString(template: string, ...args: unknown[]): string {
  let next = 0;
  return String(template).replace(
    SPEC,
    (
      whole,
      position: string | undefined,
      flags: string,
      width: string | undefined,
      precision: string | undefined,
      conversion: string,
    ) => {
      if (conversion === '%') return '%';
      if (conversion === 'n') return '\n';
      const index = position ? parseInt(position, 10) - 1 : next++;
      if (index >= args.length) throw new ServiceException(`Format specifier '${whole}'`);
      const arg = args[index];
      let body: string;
      let numeric = false;
      let negative = false;
      switch (conversion) {
        case 's':
        case 'S':
          body = arg === null || arg === undefined ? 'null' : String(arg);
          if (precision !== undefined) body = body.slice(0, parseInt(precision, 10));
          if (conversion === 'S') body = body.toUpperCase();
          break;
        case 'b':
        case 'B':
          body = String(arg !== null && arg !== undefined && arg !== false);
          if (conversion === 'B') body = body.toUpperCase();
          break;
        case 'c':
          body = typeof arg === 'number' ? String.fromCodePoint(arg) : String(arg).charAt(0);
          break;
        case 'd': {
          const n = Math.trunc(Number(arg));
          if (!Number.isFinite(n)) throw new ServiceException(`Illegal format conversion: d != ${typeof arg}`);
          numeric = true;
          negative = n < 0;
          body = String(Math.abs(n));
          if (flags.includes(',')) body = group(body);
          break;
        }
        case 'f':
        case 'e':
        case 'E': {
          const n = Number(arg);
          numeric = true;
          negative = n < 0 || Object.is(n, -0);
          const digits = precision !== undefined ? parseInt(precision, 10) : 6;
          if (conversion === 'f') {
            body = Math.abs(n).toFixed(digits);
            if (flags.includes(',')) {
              const [int, frac] = body.split('.');
              body = frac !== undefined ? `${group(int)}.${frac}` : group(int);
            }
          } else {
            body = Math.abs(n)
              .toExponential(digits)
              .replace(/e([+-])(\d)$/, 'e$10$2');
            if (conversion === 'E') body = body.toUpperCase();
          }
          break;
        }
        case 'x':
        case 'X':
        case 'o': {
          const n = Math.trunc(Number(arg));
          body = (n < 0 ? n >>> 0 : n).toString(conversion === 'o' ? 8 : 16);
          if (conversion === 'X') body = body.toUpperCase();
          break;
        }
        default:
          throw new ServiceException(`Unknown format conversion: '${conversion}'`);
      }
      if (numeric) {
        const sign = negative ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
        const size = width ? parseInt(width, 10) : 0;
        if (flags.includes('0') && !flags.includes('-')) body = body.padStart(size - sign.length, '0');
        body = sign + body;
      }
      if (width) {
        const size = parseInt(width, 10);
        body = flags.includes('-') ? body.padEnd(size, ' ') : body.padStart(size, ' ');
      }
      return body;
    },
  );
}
