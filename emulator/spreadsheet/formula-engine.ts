/** Formula evaluation on fast-formula-parser (MIT): lazy, cached per book generation, with Sheets-only functions added. */

import FormulaParser, { CellRef, FormulaError, RangeRef } from 'fast-formula-parser';
import { Infix } from 'fast-formula-parser/formulas/operators';
import { columnToLetters, parseA1 } from './a1-notation';
import { Cell, CellValue, ComputedValue, ErrorValue } from './cell-model';
import { mapFormulaRefs, shiftable, ShiftableFormula } from './formula-refs';
import type { BookModel, SheetModel } from './model';
import { dateToSerial } from './time-zone';
import { parseUserEntered } from './user-entered-value';

const H = FormulaParser.FormulaHelpers;
const T = FormulaParser.Types;

// Sheets compares text case-insensitively and treats a blank as "" / 0 / FALSE next to the other operand.
// fast-formula-parser compares case-sensitively and blanks as 0, so its comparison is patched once.
const originalCompare = Infix.compareOp as typeof Infix.compareOp & { patched?: boolean };
if (!originalCompare.patched) {
  const patched = ((v1: unknown, op: string, v2: unknown, isArray1: boolean, isArray2: boolean): boolean => {
    let a = isArray1 ? (v1 as unknown[][])[0][0] : v1;
    let b = isArray2 ? (v2 as unknown[][])[0][0] : v2;
    if (a == null && b == null) {
      a = 0;
      b = 0;
    } else if (a == null) a = typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0;
    else if (b == null) b = typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0;
    if (typeof a === 'string' && typeof b === 'string') {
      a = a.toLowerCase();
      b = b.toLowerCase();
    }
    return originalCompare(a, op, b, false, false);
  }) as typeof Infix.compareOp & { patched?: boolean };
  patched.patched = true;
  Infix.compareOp = patched;
}

type Arg = { value: unknown; isArray?: boolean; isRangeRef?: boolean; isCellRef?: boolean; omitted?: boolean };

function flat(arg: Arg): unknown[] {
  const v = arg.value;
  if (Array.isArray(v)) return (v as unknown[][]).flat();
  return [v];
}

function text(arg: Arg | undefined, def = ''): string {
  if (!arg || arg.omitted) return def;
  const v = H.accept(arg, T.STRING) as unknown;
  return typeof v === 'string' ? v : String(v);
}

function toRegExp(pattern: string, flags = ''): RegExp {
  try {
    // RE2 and JS agree on the common syntax; (?i) prefixes are mapped to the i flag.
    if (pattern.startsWith('(?i)')) return new RegExp(pattern.slice(4), flags + 'i');
    return new RegExp(pattern, flags);
  } catch {
    throw FormulaError.REF;
  }
}

/** A Sheets/Excel criterion (`">5"`, `"Draft"`, `"<>"`, wildcards) as a predicate. */
function criterion(crit: unknown): (v: unknown) => boolean {
  if (typeof crit === 'number' || typeof crit === 'boolean') return (v) => v === crit;
  const s = String(crit ?? '');
  const m = /^(<=|>=|<>|=|<|>)?(.*)$/s.exec(s) as RegExpExecArray;
  const op = m[1] ?? '=';
  const rhsText = m[2];
  const rhsNum = rhsText.trim() !== '' && !Number.isNaN(Number(rhsText)) ? Number(rhsText) : null;
  const lowerRhs = rhsText.toLowerCase();
  if (rhsNum === null && (op === '=' || op === '<>')) {
    const wild = /[*?]/.test(rhsText);
    const re = wild
      ? new RegExp('^' + rhsText.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 'is')
      : null;
    const eq = (v: unknown): boolean => {
      const sv = v == null ? '' : typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
      if (rhsText === '') return sv === '';
      return re ? re.test(sv) : sv.toLowerCase() === lowerRhs;
    };
    return op === '=' ? eq : (v) => !eq(v);
  }
  return (v) => {
    if (rhsNum !== null) {
      if (typeof v !== 'number') return op === '<>';
      switch (op) {
        case '=': return v === rhsNum;
        case '<>': return v !== rhsNum;
        case '<': return v < rhsNum;
        case '>': return v > rhsNum;
        case '<=': return v <= rhsNum;
        default: return v >= rhsNum;
      }
    }
    if (typeof v !== 'string') return false;
    const a = v.toLowerCase();
    switch (op) {
      case '<': return a < lowerRhs;
      case '>': return a > lowerRhs;
      case '<=': return a <= lowerRhs;
      default: return a >= lowerRhs;
    }
  };
}

/** The evaluation engine of one book. */
export class FormulaEngine {
  private parsers: FormulaParser[] = [];
  private depth = 0;
  private evaluating = new Set<Cell>();
  private prepared = new Map<string, string>();
  private currentSheet: SheetModel[] = [];
  private satisfied = new Map<ShiftableFormula, Map<SheetModel, Map<number, boolean>>>();
  private satisfiedGen = -1;

  constructor(
    private readonly book: BookModel,
    private readonly now: () => Date,
  ) {}

  private makeParser(): FormulaParser {
    const functions: Record<string, (...args: Arg[]) => unknown> = {
      TODAY: () => Math.floor(dateToSerial(this.now(), this.book.timeZone)),
      NOW: () => dateToSerial(this.now(), this.book.timeZone),
      REGEXMATCH: (t: Arg, re: Arg) => toRegExp(text(re)).test(text(t)),
      REGEXEXTRACT: (t: Arg, re: Arg) => {
        const m = toRegExp(text(re)).exec(text(t));
        if (!m) throw FormulaError.NA;
        return m.length > 1 ? m[1] : m[0];
      },
      REGEXREPLACE: (t: Arg, re: Arg, rep: Arg) => text(t).replace(toRegExp(text(re), 'g'), text(rep).replace(/\\(\d)/g, '$$$1')),
      SEARCH: (find: Arg, within: Arg, start?: Arg) => {
        const f = text(find).toLowerCase();
        const w = text(within).toLowerCase();
        const s = start && !start.omitted ? Number(H.accept(start, T.NUMBER)) : 1;
        if (s < 1 || s > w.length + 1) throw FormulaError.VALUE;
        let idx: number;
        if (/[*?]/.test(f)) {
          const re = new RegExp(f.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.'), 's');
          const m = re.exec(w.slice(s - 1));
          idx = m ? m.index + s - 1 : -1;
        } else idx = w.indexOf(f, s - 1);
        if (idx < 0) throw FormulaError.VALUE;
        return idx + 1;
      },
      FIND: (find: Arg, within: Arg, start?: Arg) => {
        const f = text(find);
        const w = text(within);
        const s = start && !start.omitted ? Number(H.accept(start, T.NUMBER)) : 1;
        if (s < 1 || s > w.length + 1) throw FormulaError.VALUE;
        const idx = w.indexOf(f, s - 1);
        if (idx < 0) throw FormulaError.VALUE;
        return idx + 1;
      },
      SUBSTITUTE: (t: Arg, oldText: Arg, newText: Arg, occurrence?: Arg) => {
        const s = text(t);
        const o = text(oldText);
        const n = text(newText);
        if (o === '') return s;
        if (!occurrence || occurrence.omitted) return s.split(o).join(n);
        const k = Number(H.accept(occurrence, T.NUMBER));
        let idx = -1;
        for (let i = 0; i < k; i++) {
          idx = s.indexOf(o, idx + 1);
          if (idx < 0) return s;
        }
        return s.slice(0, idx) + n + s.slice(idx + o.length);
      },
      LEN: (t: Arg) => text(t).length,
      ISBLANK: (v: Arg) => v.value == null,
      COUNTA: (...args: Arg[]) => args.reduce((n, a) => n + flat(a).filter((v) => v != null && v !== '').length, 0),
      COUNTBLANK: (a: Arg) => flat(a).filter((v) => v == null || v === '').length,
      COUNTIF: (range: Arg, crit: Arg) => {
        const pred = criterion(crit.value);
        return flat(range).filter(pred).length;
      },
      COUNTIFS: (...args: Arg[]) => {
        if (args.length % 2 !== 0) throw FormulaError.VALUE;
        const cols = [];
        for (let i = 0; i < args.length; i += 2) cols.push({ values: flat(args[i]), pred: criterion(args[i + 1].value) });
        const n = cols[0].values.length;
        if (cols.some((c) => c.values.length !== n)) throw FormulaError.VALUE;
        let count = 0;
        for (let i = 0; i < n; i++) if (cols.every((c) => c.pred(c.values[i]))) count++;
        return count;
      },
      SUMIFS: (sumRange: Arg, ...args: Arg[]) => {
        const sums = flat(sumRange);
        const cols = [];
        for (let i = 0; i < args.length; i += 2) cols.push({ values: flat(args[i]), pred: criterion(args[i + 1].value) });
        let total = 0;
        for (let i = 0; i < sums.length; i++) {
          if (cols.every((c) => c.pred(c.values[i])) && typeof sums[i] === 'number') total += sums[i] as number;
        }
        return total;
      },
      VALUE: (v: Arg) => {
        const raw = v.value;
        if (typeof raw === 'number') return raw;
        if (typeof raw === 'boolean') throw FormulaError.VALUE;
        const parsed = parseUserEntered(String(raw ?? ''), this.book.locale);
        if (typeof parsed.value === 'number' && parsed.formula === undefined) return parsed.value;
        if (raw == null || raw === '') return 0;
        throw FormulaError.VALUE;
      },
      UPPER: (t: Arg) => text(t).toUpperCase(),
      MAX: (...args: Arg[]) => {
        const nums = args.flatMap(flat).filter((v): v is number => typeof v === 'number');
        return nums.length ? Math.max(...nums) : 0;
      },
      MIN: (...args: Arg[]) => {
        const nums = args.flatMap(flat).filter((v): v is number => typeof v === 'number');
        return nums.length ? Math.min(...nums) : 0;
      },
      MATCH: (needle: Arg, range: Arg, type?: Arg) => {
        const values = flat(range);
        const mode = type && !type.omitted ? Number(type.value) : 1;
        const want = needle.value;
        if (mode === 0) {
          const pred = criterion(typeof want === 'string' ? want : (want as number));
          const idx = values.findIndex((v) => (typeof want === 'string' ? pred(v) : v === want));
          if (idx < 0) throw FormulaError.NA;
          return idx + 1;
        }
        let best = -1;
        values.forEach((v, i) => {
          if (typeof v === typeof want && (mode > 0 ? (v as number) <= (want as number) : (v as number) >= (want as number))) best = i;
        });
        if (best < 0) throw FormulaError.NA;
        return best + 1;
      },
      SWITCH: (expr: Arg, ...cases: Arg[]) => {
        for (let i = 0; i + 1 < cases.length; i += 2) if (cases[i].value === expr.value) return cases[i + 1].value;
        if (cases.length % 2 === 1) return cases[cases.length - 1].value;
        throw FormulaError.NA;
      },
      JOIN: (delim: Arg, ...args: Arg[]) => args.flatMap(flat).filter((v) => v != null).map(String).join(text(delim)),
      TEXTJOIN: (delim: Arg, ignoreEmpty: Arg, ...args: Arg[]) =>
        args
          .flatMap(flat)
          .filter((v) => !(ignoreEmpty.value && (v == null || v === '')))
          .map((v) => (v == null ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v)))
          .join(text(delim)),
    };
    const functionsNeedContext: Record<string, (context: unknown, ...args: Arg[]) => unknown> = {
      // The parser passes its context first to CHOOSE (it is on its context list).
      CHOOSE: (_ctx: unknown, index: Arg, ...options: Arg[]) => {
        const i = Number(index.value);
        if (!(i >= 1 && i <= options.length)) throw FormulaError.VALUE;
        return options[i - 1].value;
      },
      INDIRECT: (_ctx: unknown, ref: Arg) => {
        const a1 = text(ref);
        try {
          const parsed = parseA1(a1);
          const sheetName = parsed.sheetName ?? this.currentSheet[this.currentSheet.length - 1]?.name;
          const sheet = sheetName !== undefined ? this.book.sheetForFormula(sheetName) : undefined;
          if (!sheet) throw FormulaError.REF;
          const r1 = parsed.startRow ?? 1;
          const c1 = parsed.startCol ?? 1;
          const r2 = parsed.endRow ?? sheet.maxRows;
          const c2 = parsed.endCol ?? sheet.maxCols;
          if (r1 === r2 && c1 === c2) return { ref: { sheet: sheet.name, row: r1, col: c1 } };
          return { ref: { sheet: sheet.name, from: { row: r1, col: c1 }, to: { row: r2, col: c2 } } };
        } catch {
          throw FormulaError.REF;
        }
      },
    };
    return new FormulaParser({
      functions,
      functionsNeedContext,
      onCell: (ref: CellRef) => this.valueForParser(ref),
      onRange: (ref: RangeRef) => this.rangeForParser(ref),
      onVariable: (name: string) => {
        const named = this.book.namedRanges.find((n) => n.name.toLowerCase() === name.toLowerCase());
        if (!named) return null;
        const sheet = this.book.sheetById(named.sheetId);
        if (!sheet) return null;
        const { row, col, numRows, numCols } = named.rect;
        if (numRows === 1 && numCols === 1) return { sheet: sheet.name, row, col };
        return { sheet: sheet.name, from: { row, col }, to: { row: row + numRows - 1, col: col + numCols - 1 } };
      },
    });
  }

  private toParserValue(v: ComputedValue): unknown {
    if (v instanceof ErrorValue) return new FormulaError(v.code);
    return v;
  }

  private valueForParser(ref: CellRef): unknown {
    const sheet = this.book.sheetForFormula(ref.sheet ?? '');
    if (!sheet) throw FormulaError.REF;
    return this.toParserValue(this.cellValue(sheet, ref.row, ref.col));
  }

  private rangeForParser(ref: RangeRef): unknown[][] {
    const sheet = this.book.sheetForFormula(ref.sheet ?? '');
    if (!sheet) throw FormulaError.REF;
    const r1 = ref.from.row;
    const c1 = ref.from.col;
    // Whole-column references stop at the sheet's content (cells beyond are blank).
    const r2 = Math.min(ref.to.row, Math.max(sheet.lastRow(), r1), sheet.maxRows);
    const c2 = Math.min(ref.to.col, Math.max(sheet.lastCol(), c1), sheet.maxCols);
    const out: unknown[][] = [];
    for (let r = r1; r <= r2; r++) {
      const row: unknown[] = [];
      for (let c = c1; c <= c2; c++) row.push(this.toParserValue(this.cellValue(sheet, r, c)));
      out.push(row);
    }
    return out.length ? out : [[null]];
  }

  /** The value of a cell: its literal, or its formula's (cached) result. */
  cellValue(sheet: SheetModel, row: number, col: number): ComputedValue {
    const cell = sheet.getCell(row, col);
    if (!cell) return null;
    if (cell.f === undefined) return cell.v;
    if (cell.cgen === this.book.gen) return cell.cv as ComputedValue;
    if (this.evaluating.has(cell)) return new ErrorValue('#REF!'); // circular dependency
    this.evaluating.add(cell);
    try {
      const result = this.evaluate(cell.f, sheet, row, col);
      cell.cv = result;
      cell.cgen = this.book.gen;
      return result;
    } finally {
      this.evaluating.delete(cell);
    }
  }

  /** Rewrite open-ended `A2:A` references to explicit ones the parser understands. */
  private prepare(formula: string, sheet: SheetModel): string {
    const key = `${sheet.id}\u0000${formula}`;
    let out = this.prepared.get(key);
    if (out !== undefined) return out;
    out = mapFormulaRefs(formula.slice(1), (ref) => {
      if (ref.b && ref.a.row !== undefined && ref.b.row === undefined && ref.a.col !== undefined && ref.b.col !== undefined) {
        const target = ref.sheet !== null ? this.book.sheetForFormula(ref.sheet) : sheet;
        ref.b.row = target ? target.maxRows : 1048576;
      }
      return ref;
    });
    if (this.prepared.size > 100000) this.prepared.clear();
    this.prepared.set(key, out);
    return out;
  }

  /** Evaluate formula text (starting with `=`) as if it sat at (row, col) of `sheet`. */
  evaluate(formula: string, sheet: SheetModel, row: number, col: number): ComputedValue {
    if (this.depth >= 200) return new ErrorValue('#REF!');
    const parser = this.parsers[this.depth] ?? (this.parsers[this.depth] = this.makeParser());
    this.depth++;
    this.currentSheet.push(sheet);
    try {
      const result = parser.parse(this.prepare(formula, sheet), { sheet: sheet.name, row, col });
      return this.fromParser(result);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/is not implemented/.test(message)) return new ErrorValue('#NAME?');
      const inner = (error as { details?: unknown }).details;
      if (inner instanceof FormulaError && inner.error !== '#ERROR!') return new ErrorValue(inner.error);
      if (error instanceof FormulaError && error.error !== '#ERROR!') return new ErrorValue(error.error);
      return new ErrorValue('#ERROR!');
    } finally {
      this.depth--;
      this.currentSheet.pop();
    }
  }

  private fromParser(result: unknown): ComputedValue {
    if (result instanceof FormulaError) return new ErrorValue(result.error);
    if (result === null || result === undefined) return null;
    if (Array.isArray(result)) return this.fromParser(result[0]?.[0]);
    if (typeof result === 'number') return Number.isFinite(result) ? result + 0 : new ErrorValue('#NUM!');
    if (typeof result === 'string' || typeof result === 'boolean') return result;
    return new ErrorValue('#VALUE!');
  }

  /** Whether a (custom) formula is satisfied at a cell: TRUE or a non-zero number (CF/DV custom formulas). */
  isSatisfied(formula: string, sheet: SheetModel, row: number, col: number): boolean {
    const v = this.evaluate(formula, sheet, row, col);
    return v === true || (typeof v === 'number' && v !== 0);
  }

  /**
   * Whether a custom formula anchored at (anchorRow, anchorCol) is satisfied at (row, col), its relative
   * references shifted by the offset. Results are cached per book generation: a rule whose columns are
   * `$`-anchored gives the same answer across a row, so it is evaluated once per row.
   */
  isSatisfiedAt(formula: string, sheet: SheetModel, anchorRow: number, anchorCol: number, row: number, col: number): boolean {
    const f = shiftable(formula);
    const dr = f.hasRelativeRow || f.positional ? row - anchorRow : 0;
    const dc = f.hasRelativeCol || f.positional ? col - anchorCol : 0;
    if (this.satisfiedGen !== this.book.gen) {
      this.satisfied = new Map();
      this.satisfiedGen = this.book.gen;
    }
    let bySheet = this.satisfied.get(f);
    if (!bySheet) {
      bySheet = new Map();
      this.satisfied.set(f, bySheet);
    }
    let byOffset = bySheet.get(sheet);
    if (!byOffset) {
      byOffset = new Map();
      bySheet.set(sheet, byOffset);
    }
    const key = dr * 100000 + dc;
    const cached = byOffset.get(key);
    if (cached !== undefined) return cached;
    const ok = this.isSatisfied(f.render(dr, dc), sheet, row, col);
    byOffset.set(key, ok);
    return ok;
  }

  /** Column letters helper re-exported for callers building formulas. */
  static column(col: number): string {
    return columnToLetters(col);
  }
}

/** A literal value for JS callers: Infinity never appears, -0 becomes 0. */
export function normalizeNumber(v: CellValue): CellValue {
  return typeof v === 'number' ? v + 0 : v;
}
