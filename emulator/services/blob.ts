/** Base.Blob: bytes with a content type and a name, plus the signed-byte conversions Apps Script uses (Java bytes are -128..127). */

import { wrapService, type EmulatorContext } from '../core/context';
import { ServiceException } from '../core/errors';
import { enumName } from '../runtime/enums';

/** Java-style signed bytes (-128..127) of a buffer, as a plain array. */
export function toSignedBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, (byte) => (byte > 127 ? byte - 256 : byte));
}

/** A buffer from Java-style signed (or unsigned) bytes. */
export function fromBytes(bytes: ArrayLike<number>): Buffer {
  return Buffer.from(Array.from(bytes, (byte) => byte & 0xff));
}

/** Node's encoding for a Utilities.Charset (UTF_8 default, US_ASCII). */
export function encodingOf(charset: unknown): BufferEncoding {
  const name = enumName(charset) ?? 'UTF_8';
  const normalized = name.toUpperCase().replace(/-/g, '_');
  if (normalized === 'US_ASCII' || normalized === 'ASCII') return 'ascii';
  if (normalized === 'ISO_8859_1' || normalized === 'LATIN1') return 'latin1';
  return 'utf8';
}

/** A string or a byte array as bytes. */
export function bytesOf(data: unknown, charset?: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, encodingOf(charset));
  if (Array.isArray(data)) return fromBytes(data as number[]);
  if (data instanceof Uint8Array) return Buffer.from(data);
  if (data && typeof data === 'object' && typeof (data as { getBytes?: unknown }).getBytes === 'function') {
    return fromBytes((data as { getBytes(): number[] }).getBytes());
  }
  throw new ServiceException('Invalid argument: data');
}

const EXTENSION_TYPES: Record<string, string> = {
  csv: 'text/csv',
  txt: 'text/plain',
  html: 'text/html',
  json: 'application/json',
  ics: 'text/calendar',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gz: 'application/x-gzip',
  zip: 'application/zip',
};

/** Base.Blob over a Buffer. */
export class BlobImpl implements Pick<
  GoogleAppsScript.Base.Blob,
  | 'copyBlob'
  | 'getBytes'
  | 'getContentType'
  | 'getDataAsString'
  | 'getName'
  | 'isGoogleType'
  | 'setBytes'
  | 'setContentType'
  | 'setContentTypeFromExtension'
  | 'setDataFromString'
  | 'setName'
> {
  constructor(
    private readonly context: EmulatorContext,
    public data: Buffer,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {}

  /** Raw bytes for other emulator code. */
  get __buffer(): Buffer {
    return this.data;
  }

  copyBlob(): GoogleAppsScript.Base.Blob {
    return newBlob(this.context, Buffer.from(this.data), this.contentType, this.name);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return this as unknown as GoogleAppsScript.Base.Blob;
  }
  getBytes(): number[] {
    return toSignedBytes(this.data);
  }
  getContentType(): string | null {
    return this.contentType;
  }
  getDataAsString(charset?: string): string {
    return this.data.toString(encodingOf(charset));
  }
  getName(): string | null {
    return this.name;
  }
  isGoogleType(): boolean {
    return false;
  }
  setBytes(data: number[]): GoogleAppsScript.Base.Blob {
    this.data = fromBytes(data);
    return this as unknown as GoogleAppsScript.Base.Blob;
  }
  setContentType(contentType: string | null): GoogleAppsScript.Base.Blob {
    this.contentType = contentType;
    return this as unknown as GoogleAppsScript.Base.Blob;
  }
  setContentTypeFromExtension(): GoogleAppsScript.Base.Blob {
    const extension = (this.name ?? '').split('.').pop()?.toLowerCase() ?? '';
    const type = EXTENSION_TYPES[extension];
    if (!type) throw new ServiceException(`Could not determine the content type from the extension of ${this.name}`);
    this.contentType = type;
    return this as unknown as GoogleAppsScript.Base.Blob;
  }
  setDataFromString(text: string, charset?: string): GoogleAppsScript.Base.Blob {
    this.data = Buffer.from(String(text), encodingOf(charset));
    return this as unknown as GoogleAppsScript.Base.Blob;
  }
  setName(name: string): GoogleAppsScript.Base.Blob {
    this.name = name;
    return this as unknown as GoogleAppsScript.Base.Blob;
  }
  toString(): string {
    return 'Blob';
  }
}

/** A wrapped Blob. */
export function newBlob(
  context: EmulatorContext,
  data: Buffer,
  contentType: string | null = null,
  name: string | null = null,
): GoogleAppsScript.Base.Blob {
  return wrapService(
    new BlobImpl(context, data, contentType, name),
    'Blob',
    context,
  ) as unknown as GoogleAppsScript.Base.Blob;
}
