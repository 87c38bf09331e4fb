/** Named ranges: the NamedRange facade over a book's named-range records. */

import { ServiceException, signatureError } from '../core/errors';
import type { Hub } from './hub';
import type { BookModel, NamedRangeData } from './model';
import { RangeImpl } from './range';

type GasNamedRange = GoogleAppsScript.Spreadsheet.NamedRange;

/** Named-range names: a letter or underscore, then letters, digits, underscores; not an A1 reference. */
export function checkRangeName(name: string): void {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^(true|false)$/i.test(name)) {
    throw new ServiceException(`Invalid argument: name`); // UNVERIFIED text
  }
}

/** The NamedRange facade. */
export class NamedRangeImpl implements Pick<GasNamedRange, 'getName' | 'getRange' | 'remove' | 'setName' | 'setRange'> {
  self!: GasNamedRange;
  constructor(
    private readonly hub: Hub,
    private readonly book: BookModel,
    readonly data: NamedRangeData,
  ) {}

  /** A wrapped named range. */
  static create(hub: Hub, book: BookModel, data: NamedRangeData): GasNamedRange {
    const impl = new NamedRangeImpl(hub, book, data);
    impl.self = hub.wrap(impl, 'NamedRange') as unknown as GasNamedRange;
    return impl.self;
  }

  getName(): string {
    return this.data.name;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const sheet = this.book.sheetById(this.data.sheetId);
    if (!sheet) throw new ServiceException('Range not found');
    return this.hub.range(sheet, this.data.rect);
  }
  remove(): void {
    this.book.namedRanges = this.book.namedRanges.filter((n) => n !== this.data);
    this.book.touch();
  }
  setName(...args: unknown[]): GasNamedRange {
    if (typeof args[0] !== 'string') throw signatureError('SpreadsheetApp', 'NamedRange', 'setName', args);
    checkRangeName(args[0]);
    this.data.name = args[0];
    this.book.touch();
    return this.self;
  }
  setRange(...args: unknown[]): GasNamedRange {
    const r = this.hub.unwrap(args[0], RangeImpl);
    if (!r) throw signatureError('SpreadsheetApp', 'NamedRange', 'setRange', args);
    this.data.sheetId = r.sheet.id;
    this.data.rect = { ...r.rect };
    this.book.touch();
    return this.self;
  }
  toString(): string {
    return 'NamedRange';
  }
}
