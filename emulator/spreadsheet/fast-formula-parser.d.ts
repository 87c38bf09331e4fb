/** Minimal type declarations for the parts of fast-formula-parser (MIT) the formula engine uses. */

declare module 'fast-formula-parser' {
  export interface CellRef {
    sheet?: string;
    row: number;
    col: number;
  }
  export interface RangeRef {
    sheet?: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  export interface FormulaParserConfig {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- functions take the parser's argument objects
    functions?: Record<string, (...args: any[]) => unknown>;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
    functionsNeedContext?: Record<string, (context: unknown, ...args: any[]) => unknown>;
    onVariable?: (name: string, sheetName: string, position: unknown) => CellRef | RangeRef | null;
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][];
  }
  export class FormulaError extends Error {
    constructor(error: string, msg?: string, details?: unknown);
    readonly error: string;
    static DIV0: FormulaError;
    static NA: FormulaError;
    static NAME: FormulaError;
    static NULL: FormulaError;
    static NUM: FormulaError;
    static REF: FormulaError;
    static VALUE: FormulaError;
  }
  class FormulaParser {
    constructor(config?: FormulaParserConfig, isTest?: boolean);
    parse(text: string, position: { sheet: string; row: number; col: number }, allowReturnArray?: boolean): unknown;
    static FormulaError: typeof FormulaError;
    static FormulaHelpers: {
      accept(param: unknown, type?: number, defValue?: unknown, flat?: boolean, allowSingleValue?: boolean): unknown;
    };
    static Types: Record<string, number>;
    static MAX_ROW: number;
    static MAX_COLUMN: number;
  }
  export default FormulaParser;
}

declare module 'fast-formula-parser/ssf/ssf' {
  const SSF: { format(fmt: string, value: unknown, options?: unknown): string };
  export default SSF;
}

declare module 'fast-formula-parser/formulas/operators' {
  export const Infix: {
    compareOp(v1: unknown, infix: string, v2: unknown, isArray1: boolean, isArray2: boolean): boolean;
  };
}
