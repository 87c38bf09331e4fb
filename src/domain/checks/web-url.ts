/** Checks that a link or media address is a usable http(s) URL, by hand (Apps Script's server has no URL class). */

/** What isWebUrl() thinks of an address. */
export type WebUrlVerdict = 'ok' | 'no-scheme' | 'invalid';

const SCHEME = /^https?:\/\//i;
// host[:port] then an optional path, query and fragment without spaces, quotes, angle brackets or control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what a URL must not hold
const AUTHORITY_AND_REST = /^([^/?#\s@:]+)(?::(\d{1,5}))?([/?#][^\s<>"`{}|\\^\u0000-\u001f\u007f]*)?$/;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TLD = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function validHost(host: string): boolean {
  if (IPV4.test(host)) return true;
  if (host.length > 253) return false;
  const labels = host.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) if (!LABEL.test(label)) return false;
  return TLD.test(labels[labels.length - 1]);
}

/**
 * Whether `text` is a full web address a platform can fetch or link to: `http(s)://`, a host with a real-looking
 * top-level domain (or an IPv4 address), an optional port, and a path without spaces or characters that must be
 * escaped. `no-scheme` for an otherwise good address typed without `https://` (`example.com/page`).
 * Hand-written because the WHATWG URL class is missing from Apps Script's server runtime; it checks shape only.
 */
export function isWebUrl(text: string): WebUrlVerdict {
  const value = text.trim();
  if (!value) return 'invalid';
  const hasScheme = SCHEME.test(value);
  const rest = hasScheme ? value.replace(SCHEME, '') : value;
  const match = AUTHORITY_AND_REST.exec(rest);
  if (!match || !validHost(match[1]) || (match[2] !== undefined && Number(match[2]) > 65535)) return 'invalid';
  if (!hasScheme) return /^[a-z][a-z0-9+.-]*:/i.test(value) ? 'invalid' : 'no-scheme';
  return 'ok';
}
