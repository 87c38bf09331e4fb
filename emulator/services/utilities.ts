/** Utilities: formatDate/parseDate (Java SimpleDateFormat), digests and HMACs as signed bytes, base64, blobs, CSV, UUIDs, sleep, formatString. */

import { createHash, createHmac, randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { isDate, wrapService } from '../core/context';
import { ServiceException, typeToken } from '../core/errors';
import { enumName, makeEnum } from '../runtime/enums';
import type { Runtime } from '../runtime/runtime';
import { bytesOf, newBlob, toSignedBytes } from './blob';
import { formatDate, parseDate } from './format-date';
import { formatString } from './format-string';

const DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
  MD2: 'md2',
};
const MACS: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

function signature(method: string, args: unknown[]): ServiceException {
  return new ServiceException(
    `The parameters (${args.map(typeToken).join(',')}) don't match the method signature for Utilities.${method}.`,
  );
}

/** Parses CSV (RFC 4180 quoting) into rows of strings. */
export function parseCsv(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const text = String(csv);
  if (text === '') return [];
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
      continue;
    }
    if (c === delimiter) {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += c;
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The Utilities service. */
export class UtilitiesImpl implements Pick<
  GoogleAppsScript.Utilities.Utilities,
  | 'formatDate'
  | 'parseDate'
  | 'formatString'
  | 'computeDigest'
  | 'computeHmacSha256Signature'
  | 'computeHmacSignature'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'base64Decode'
  | 'base64DecodeWebSafe'
  | 'newBlob'
  | 'getUuid'
  | 'sleep'
  | 'parseCsv'
  | 'gzip'
  | 'ungzip'
  | 'jsonParse'
  | 'jsonStringify'
> {
  readonly Charset = makeEnum(['US_ASCII', 'UTF_8']) as unknown as typeof GoogleAppsScript.Utilities.Charset;
  readonly DigestAlgorithm = makeEnum([
    'MD2',
    'MD5',
    'SHA_1',
    'SHA_256',
    'SHA_384',
    'SHA_512',
  ]) as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  readonly MacAlgorithm = makeEnum([
    'HMAC_MD5',
    'HMAC_SHA_1',
    'HMAC_SHA_256',
    'HMAC_SHA_384',
    'HMAC_SHA_512',
  ]) as unknown as typeof GoogleAppsScript.Utilities.MacAlgorithm;
  readonly RsaAlgorithm = makeEnum([
    'RSA_SHA_1',
    'RSA_SHA_256',
  ]) as unknown as typeof GoogleAppsScript.Utilities.RsaAlgorithm;

  constructor(private readonly runtime: Runtime) {}

  /** T-01: Java SimpleDateFormat in the given zone (an unknown zone falls back to GMT, T-02). */
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string')
      throw signature('formatDate', [date, timeZone, format]);
    const time = date.getTime();
    if (Number.isNaN(time)) throw new ServiceException('Invalid argument: date');
    return formatDate(time, timeZone, format);
  }

  /** T-03: parses with a SimpleDateFormat pattern; the Date is made in the script's realm. */
  parseDate(date: string, timeZone: string, format: string): Date {
    if (typeof date !== 'string' || typeof timeZone !== 'string' || typeof format !== 'string')
      throw signature('parseDate', [date, timeZone, format]);
    return new this.runtime.context.realm.Date(
      parseDate(date, timeZone, format, this.runtime.context.now().getUTCFullYear()),
    );
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, ...args);
  }

  /** Digest as Java signed bytes (-128..127). */
  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    const name = DIGESTS[enumName(algorithm) ?? ''];
    if (!name) throw signature('computeDigest', [algorithm, value]);
    try {
      return toSignedBytes(createHash(name).update(bytesOf(value, charset)).digest());
    } catch (error) {
      if (error instanceof ServiceException) throw error;
      throw new ServiceException(`Emulator: digest ${String(enumName(algorithm))} is not available`);
    }
  }

  computeHmacSha256Signature(
    value: string | number[],
    key: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    return toSignedBytes(createHmac('sha256', bytesOf(key, charset)).update(bytesOf(value, charset)).digest());
  }

  computeHmacSignature(
    algorithm: GoogleAppsScript.Utilities.MacAlgorithm,
    value: string | number[],
    key: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    const name = MACS[enumName(algorithm) ?? ''];
    if (!name) throw signature('computeHmacSignature', [algorithm, value, key]);
    return toSignedBytes(createHmac(name, bytesOf(key, charset)).update(bytesOf(value, charset)).digest());
  }

  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return bytesOf(data, charset).toString('base64');
  }

  base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return bytesOf(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    if (typeof encoded !== 'string') throw signature('base64Decode', [encoded]);
    if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(encoded)) throw new ServiceException('Could not decode string.');
    return toSignedBytes(Buffer.from(encoded, 'base64'));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    if (typeof encoded !== 'string') throw signature('base64DecodeWebSafe', [encoded]);
    if (!/^[A-Za-z0-9\-_\s]*={0,2}\s*$/.test(encoded)) throw new ServiceException('Could not decode string.');
    return toSignedBytes(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }

  newBlob(data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    return newBlob(this.runtime.context, bytesOf(data), contentType ?? null, name ?? null);
  }

  getUuid(): string {
    return randomUUID();
  }

  /** T-05: at most 300000 ms; no real wait, the virtual clock moves forward. */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number') throw signature('sleep', [milliseconds]);
    if (milliseconds > 300000) throw new ServiceException('Argument too large: milliseconds');
    this.runtime.advance(Math.max(0, milliseconds));
  }

  parseCsv(csv: string, delimiter?: string): string[][] {
    return parseCsv(csv, delimiter ?? ',');
  }

  gzip(blob: GoogleAppsScript.Base.BlobSource, name?: string): GoogleAppsScript.Base.Blob {
    const source = blob.getBlob();
    return newBlob(
      this.runtime.context,
      gzipSync(bytesOf(source)),
      'application/x-gzip',
      name ?? `${source.getName() ?? 'archive'}.gz`,
    );
  }

  ungzip(blob: GoogleAppsScript.Base.BlobSource): GoogleAppsScript.Base.Blob {
    const source = blob.getBlob();
    try {
      return newBlob(
        this.runtime.context,
        gunzipSync(bytesOf(source)),
        null,
        (source.getName() ?? '').replace(/\.gz$/, '') || null,
      );
    } catch {
      throw new ServiceException('Could not decompress gzip.');
    }
  }

  jsonParse(json: string): unknown {
    return JSON.parse(json);
  }

  jsonStringify(value: unknown): string {
    return JSON.stringify(value);
  }

  toString(): string {
    return 'Utilities';
  }
}

/** Creates the wrapped Utilities global. */
export function createUtilities(runtime: Runtime): GoogleAppsScript.Utilities.Utilities {
  return wrapService(
    new UtilitiesImpl(runtime),
    'Utilities',
    runtime.context,
  ) as unknown as GoogleAppsScript.Utilities.Utilities;
}
