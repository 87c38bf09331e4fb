/** Developer metadata on the spreadsheet, sheets and whole rows/columns, with a simple finder. */

import { ServiceException, signatureError } from '../core/errors';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, isEnumOf } from './enums';
import type { Hub } from './hub';
import type { BookModel, MetadataData } from './model';

type GasMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GasFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;

/** The DeveloperMetadata facade. */
export class MetadataImpl implements Pick<GasMetadata, 'getId' | 'getKey' | 'getValue' | 'getVisibility' | 'setKey' | 'setValue' | 'setVisibility' | 'remove' | 'getLocation'> {
  self!: GasMetadata;
  constructor(
    private readonly hub: Hub,
    private readonly book: BookModel,
    readonly data: MetadataData,
  ) {}

  /** A wrapped metadata object. */
  static create(hub: Hub, book: BookModel, data: MetadataData): GasMetadata {
    const impl = new MetadataImpl(hub, book, data);
    impl.self = hub.wrap(impl, 'DeveloperMetadata') as unknown as GasMetadata;
    return impl.self;
  }

  getId(): number {
    return this.data.id;
  }
  getKey(): string {
    return this.data.key;
  }
  getValue(): string {
    return this.data.value as string;
  }
  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return DeveloperMetadataVisibility[this.data.visibility] as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  }
  setKey(...args: unknown[]): GasMetadata {
    if (typeof args[0] !== 'string') throw signatureError('SpreadsheetApp', 'DeveloperMetadata', 'setKey', args);
    this.data.key = args[0];
    return this.self;
  }
  setValue(...args: unknown[]): GasMetadata {
    if (typeof args[0] !== 'string') throw signatureError('SpreadsheetApp', 'DeveloperMetadata', 'setValue', args);
    this.data.value = args[0];
    return this.self;
  }
  setVisibility(...args: unknown[]): GasMetadata {
    if (!isEnumOf(args[0], 'DeveloperMetadataVisibility')) throw signatureError('SpreadsheetApp', 'DeveloperMetadata', 'setVisibility', args);
    this.data.visibility = String(args[0]) as 'DOCUMENT' | 'PROJECT';
    return this.self;
  }
  remove(): void {
    this.book.metadata = this.book.metadata.filter((m) => m !== this.data);
  }
  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    const loc = this.data.location;
    const hub = this.hub;
    const book = this.book;
    return hub.wrap(
      {
        getLocationType: () => DeveloperMetadataLocationType[loc.type],
        getSpreadsheet: () => (loc.type === 'SPREADSHEET' ? hub.spreadsheet(book) : null),
        getSheet: () => (loc.type === 'SHEET' ? hub.sheet(book.sheetById(loc.sheetId)!) : null),
        getRow: () => {
          if (loc.type !== 'ROW') return null;
          const s = book.sheetById(loc.sheetId)!;
          return hub.range(s, { row: loc.start, col: 1, numRows: loc.span, numCols: s.maxCols }, 'rows');
        },
        getColumn: () => {
          if (loc.type !== 'COLUMN') return null;
          const s = book.sheetById(loc.sheetId)!;
          return hub.range(s, { row: 1, col: loc.start, numRows: s.maxRows, numCols: loc.span }, 'columns');
        },
      },
      'DeveloperMetadataLocation',
    ) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
  }
  toString(): string {
    return 'DeveloperMetadata';
  }
}

/** Add metadata at a location: `(key)`, `(key, value)`, `(key, visibility)`, `(key, value, visibility)`. */
export function addMetadata(book: BookModel, location: MetadataData['location'], args: unknown[], className: string): void {
  const [key, second, third] = args;
  if (typeof key !== 'string' || args.length > 3) throw signatureError('SpreadsheetApp', className, 'addDeveloperMetadata', args);
  let value: string | null = null;
  let visibility: 'DOCUMENT' | 'PROJECT' = 'DOCUMENT';
  if (typeof second === 'string') value = second;
  else if (isEnumOf(second, 'DeveloperMetadataVisibility')) visibility = String(second) as 'DOCUMENT';
  else if (second !== undefined) throw signatureError('SpreadsheetApp', className, 'addDeveloperMetadata', args);
  if (isEnumOf(third, 'DeveloperMetadataVisibility')) visibility = String(third) as 'DOCUMENT';
  if (key.length === 0) throw new ServiceException('Invalid argument: key'); // UNVERIFIED text
  book.metadata.push({ id: book.nextObjectId++, key, value, visibility, location });
}

/** A finder over a fixed scope of metadata. */
export function createFinder(hub: Hub, book: BookModel, scope: (m: MetadataData) => boolean): GasFinder {
  const filters: Array<(m: MetadataData) => boolean> = [];
  // eslint-disable-next-line prefer-const -- assigned once, after the object that refers to it
  let self: GasFinder;
  const impl = {
    withKey: (k: string) => (filters.push((m) => m.key === k), self),
    withValue: (v: string) => (filters.push((m) => m.value === v), self),
    withId: (id: number) => (filters.push((m) => m.id === id), self),
    withVisibility: (v: unknown) => (filters.push((m) => m.visibility === String(v)), self),
    withLocationType: (t: unknown) => (filters.push((m) => m.location.type === String(t)), self),
    onIntersectingLocations: () => self,
    find: () => book.metadata.filter((m) => scope(m) && filters.every((f) => f(m))).map((m) => MetadataImpl.create(hub, book, m)),
    toString: () => 'DeveloperMetadataFinder',
  };
  self = hub.wrap(impl, 'DeveloperMetadataFinder') as unknown as GasFinder;
  return self;
}
