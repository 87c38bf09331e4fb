/** Finding and rewriting cell references inside formula text: relative shifts, row/column insertion and deletion, sheet renames. */

import { columnToLetters, lettersToColumn, shiftSpanForDelete } from './a1-notation';

/** One end of a reference; `row`/`col` undefined for whole-column/whole-row references. */
export interface RefPart {
  row?: number;
  col?: number;
  absRow: boolean;
  absCol: boolean;
}

/** A reference found in formula text. `sheet` is the unquoted sheet name, or null when unqualified. */
export interface RefToken {
  sheet: string | null;
  a: RefPart;
  b?: RefPart;
}

type Segment = string | RefToken;

const REF_RE =
  /(?:('(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}(?:\$?\d+)?)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\w(.!$])/y;
const PART_RE = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/;

function parsePart(text: string): RefPart {
  const m = PART_RE.exec(text);
  if (!m) return { absRow: false, absCol: false };
  if (m[2] === undefined) {
    // a bare row like $5 (in 2:5): the first `$` belongs to the row.
    return { row: Number(m[4]), absRow: m[1] === '$' || m[3] === '$', absCol: false };
  }
  return {
    col: lettersToColumn(m[2]),
    row: m[4] !== undefined ? Number(m[4]) : undefined,
    absCol: m[1] === '$',
    absRow: m[3] === '$',
  };
}

const tokenCache = new Map<string, Segment[]>();

/** Split formula text into literal text and references (strings in double quotes are skipped). */
export function tokenizeFormula(formula: string): Segment[] {
  const cached = tokenCache.get(formula);
  if (cached) return cached;
  const out: Segment[] = [];
  let lit = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      lit += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    if (!/[\w.$'\u00C0-\uFFFF]/.test(prev)) {
      REF_RE.lastIndex = i;
      const m = REF_RE.exec(formula);
      if (m) {
        let sheet: string | null = null;
        if (m[1] !== undefined) sheet = m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
        const [pa, pb] = m[2].split(':');
        if (lit) out.push(lit);
        lit = '';
        out.push({ sheet, a: parsePart(pa), b: pb !== undefined ? parsePart(pb) : undefined });
        i += m[0].length;
        continue;
      }
    }
    lit += ch;
    i++;
  }
  if (lit) out.push(lit);
  if (tokenCache.size > 50000) tokenCache.clear();
  tokenCache.set(formula, out);
  return out;
}

function renderPart(p: RefPart): string {
  let s = '';
  if (p.col !== undefined) s += (p.absCol ? '$' : '') + columnToLetters(p.col);
  if (p.row !== undefined) s += (p.absRow ? '$' : '') + p.row;
  return s;
}

function quoteName(name: string): string {
  return /^[A-Za-z_][\w.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The text of one reference. */
export function renderRef(ref: RefToken): string {
  const prefix = ref.sheet !== null ? `${quoteName(ref.sheet)}!` : '';
  return prefix + renderPart(ref.a) + (ref.b ? ':' + renderPart(ref.b) : '');
}

/** Rewrite every reference with `fn`; returning null turns the reference into `#REF!`. */
export function mapFormulaRefs(formula: string, fn: (ref: RefToken) => RefToken | null): string {
  const segments = tokenizeFormula(formula);
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'string') out += seg;
    else {
      const mapped = fn({ sheet: seg.sheet, a: { ...seg.a }, b: seg.b ? { ...seg.b } : undefined });
      out += mapped ? renderRef(mapped) : '#REF!';
    }
  }
  return out;
}

/** Every reference in the formula. */
export function formulaRefs(formula: string): RefToken[] {
  return tokenizeFormula(formula).filter((s): s is RefToken => typeof s !== 'string');
}

function shiftPart(p: RefPart, dr: number, dc: number): boolean {
  if (p.row !== undefined && !p.absRow) p.row += dr;
  if (p.col !== undefined && !p.absCol) p.col += dc;
  return (p.row === undefined || p.row >= 1) && (p.col === undefined || p.col >= 1);
}

const shiftCache = new Map<string, string>();

/** Move the relative parts of every reference by (dr, dc), as copying a formula does (CF/DV per-cell evaluation). */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  const key = `${dr},${dc},${formula}`;
  const cached = shiftCache.get(key);
  if (cached !== undefined) return cached;
  const out = mapFormulaRefs(formula, (ref) => {
    const okA = shiftPart(ref.a, dr, dc);
    const okB = ref.b ? shiftPart(ref.b, dr, dc) : true;
    return okA && okB ? ref : null;
  });
  if (shiftCache.size > 200000) shiftCache.clear();
  shiftCache.set(key, out);
  return out;
}

function targets(ref: RefToken, hostSheet: string, targetSheet: string): boolean {
  const name = ref.sheet ?? hostSheet;
  return name === targetSheet;
}

/** Which dimension a structural change touches. */
export type Dimension = 'row' | 'col';

/**
 * Adjust references to `targetSheet` in a formula living on `hostSheet` after `count` rows/columns
 * were inserted before line `at` (lines >= at move by count). `absoluteOnly` leaves relative parts alone
 * (conditional-format formulas whose anchor moved with the range).
 */
export function adjustFormulaForInsert(
  formula: string,
  hostSheet: string,
  targetSheet: string,
  dim: Dimension,
  at: number,
  count: number,
  absoluteOnly = false,
): string {
  return mapFormulaRefs(formula, (ref) => {
    if (!targets(ref, hostSheet, targetSheet)) return ref;
    for (const p of [ref.a, ref.b]) {
      if (!p) continue;
      if (dim === 'row' && p.row !== undefined && p.row >= at && (!absoluteOnly || p.absRow)) p.row += count;
      if (dim === 'col' && p.col !== undefined && p.col >= at && (!absoluteOnly || p.absCol)) p.col += count;
    }
    return ref;
  });
}

/** Adjust references after lines [at, at+count) were deleted; references wholly inside become `#REF!`. */
export function adjustFormulaForDelete(
  formula: string,
  hostSheet: string,
  targetSheet: string,
  dim: Dimension,
  at: number,
  count: number,
  absoluteOnly = false,
): string {
  const key = dim === 'row' ? 'row' : 'col';
  const absKey = dim === 'row' ? 'absRow' : 'absCol';
  return mapFormulaRefs(formula, (ref) => {
    if (!targets(ref, hostSheet, targetSheet)) return ref;
    const a = ref.a[key];
    const b = ref.b ? ref.b[key] : undefined;
    if (absoluteOnly && !ref.a[absKey] && !(ref.b && ref.b[absKey])) return ref;
    if (a !== undefined && b !== undefined) {
      const lo = Math.min(a, b);
      const span = shiftSpanForDelete(lo, Math.max(a, b) - lo + 1, at, count);
      if (!span) return null;
      ref.a[key] = span[0];
      (ref.b as RefPart)[key] = span[0] + span[1] - 1;
      return ref;
    }
    for (const p of [ref.a, ref.b]) {
      if (!p || p[key] === undefined) continue;
      const v = p[key] as number;
      if (v >= at && v < at + count) {
        if (!ref.b) return null;
        p[key] = at;
      } else if (v >= at + count) p[key] = v - count;
    }
    return ref;
  });
}

/** Rename a sheet inside qualified references. */
export function renameSheetInFormula(formula: string, oldName: string, newName: string): string {
  return mapFormulaRefs(formula, (ref) => {
    if (ref.sheet === oldName) ref.sheet = newName;
    return ref;
  });
}

/** A formula prepared for repeated relative shifting (conditional-format and validation custom formulas). */
export interface ShiftableFormula {
  readonly text: string;
  /** Whether any reference has a relative row / column part (if not, shifting that way changes nothing). */
  readonly hasRelativeRow: boolean;
  readonly hasRelativeCol: boolean;
  /** Whether the result depends on where it is evaluated (ROW()/COLUMN() without arguments). */
  readonly positional: boolean;
  render(dr: number, dc: number): string;
}

const shiftables = new Map<string, ShiftableFormula>();

/** Prepare (and cache) a formula for shifting. */
export function shiftable(formula: string): ShiftableFormula {
  let s = shiftables.get(formula);
  if (s) return s;
  const refs = formulaRefs(formula);
  const parts = [...refs.map((r) => r.a), ...refs.flatMap((r) => (r.b ? [r.b] : []))];
  s = {
    text: formula,
    hasRelativeRow: parts.some((p) => p.row !== undefined && !p.absRow),
    hasRelativeCol: parts.some((p) => p.col !== undefined && !p.absCol),
    positional: /\b(ROW|COLUMN)\s*\(\s*\)/i.test(formula),
    render: (dr: number, dc: number) => shiftFormula(formula, dr, dc),
  };
  if (shiftables.size > 10000) shiftables.clear();
  shiftables.set(formula, s);
  return s;
}
