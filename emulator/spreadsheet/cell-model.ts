/** The stored shape of one cell and the value types cells hold. */

import type { DataValidationData } from './data-validation';

/** A literal value as a cell stores it (dates are serial numbers with a date number format). */
export type CellValue = number | string | boolean | null;

/** A formula error result such as `#DIV/0!` (V-09: read back as that string). */
export class ErrorValue {
  constructor(readonly code: string) {}
  toString(): string {
    return this.code;
  }
}

/** A value after formula evaluation. */
export type ComputedValue = CellValue | ErrorValue;

/** The data validation attached to one cell, with the cell's offset from the rule's top-left (for custom formulas). */
export interface CellValidation {
  rule: DataValidationData;
  offRow: number;
  offCol: number;
}

/** Everything a cell holds. Fields are optional so empty cells stay small. */
export interface Cell {
  /** The literal value; null when empty or when the cell holds a formula. */
  v: CellValue;
  /** The formula text, starting with `=`. */
  f?: string;
  /** Number format pattern. */
  nf?: string;
  note?: string;
  bg?: string;
  fc?: string;
  fw?: 'bold' | 'normal';
  fs?: 'italic' | 'normal';
  fl?: string;
  ff?: string;
  fz?: number;
  ha?: string;
  va?: string;
  wrap?: string;
  dv?: CellValidation;
  /** The link of a rich-text value (setRichTextValue). */
  link?: string;
  /** Set by a person's accepted-but-invalid edit (allowInvalid true). */
  invalid?: boolean;
  /** Cached formula result and the generation it belongs to. */
  cv?: ComputedValue;
  cgen?: number;
}

/** Format fields copied when rows/columns inherit formatting. */
export const FORMAT_KEYS = ['nf', 'bg', 'fc', 'fw', 'fs', 'fl', 'ff', 'fz', 'ha', 'va', 'wrap'] as const;

/** True if the cell holds content (a value or a formula): what getLastRow counts. */
export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.f !== undefined || (cell.v !== null && cell.v !== ''));
}

/** True if the cell holds nothing at all worth keeping. */
export function isBare(cell: Cell): boolean {
  return (
    cell.v === null &&
    cell.f === undefined &&
    cell.nf === undefined &&
    cell.note === undefined &&
    cell.bg === undefined &&
    cell.fc === undefined &&
    cell.fw === undefined &&
    cell.fs === undefined &&
    cell.fl === undefined &&
    cell.ff === undefined &&
    cell.fz === undefined &&
    cell.ha === undefined &&
    cell.va === undefined &&
    cell.wrap === undefined &&
    cell.dv === undefined &&
    cell.invalid === undefined &&
    cell.link === undefined
  );
}

/** A shallow copy of a cell without its formula cache. */
export function cloneCell(cell: Cell): Cell {
  const copy: Cell = { ...cell };
  delete copy.cv;
  delete copy.cgen;
  return copy;
}
