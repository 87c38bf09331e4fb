/** An RFC 4180 CSV writer with optional spreadsheet-formula neutralisation (OWASP "CSV injection"). */

/*
 * Why by hand: the CSV libraries on npm (csv-stringify, papaparse) are built around Node streams or
 * browser workers and would add tens of KB to a server bundle with a 200 KB budget, while a correct
 * RFC 4180 writer is a few lines: quote a field when it holds a quote, comma, CR or LF, double the
 * quotes inside, end every record with CRLF. The tests read every file back with csv-parse.
 */

/** A cell a spreadsheet program would run as a formula: it starts with = + - @, a tab or a CR (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet program (Excel, Sheets, LibreOffice) opening the file would read `cell` as a formula. */
export function looksLikeFormula(cell: string): boolean {
  return FORMULA_START.test(cell);
}

/**
 * Makes a cell safe to open in a spreadsheet program: a cell that starts with = + - @, tab or CR gets
 * a leading apostrophe, which Excel, Sheets and LibreOffice treat as "show as text". This changes the
 * value (`=1+1` becomes `'=1+1`); use it only for files meant for spreadsheets, never for files a
 * scheduler publishes from (the apostrophe would be published).
 */
export function neutraliseCell(cell: string): string {
  // A cell that already starts with apostrophes before a trigger gets one more, so the step is reversible.
  return looksLikeFormula(cell.replace(/^'+/, '')) ? `'${cell}` : cell;
}

/** Undoes neutraliseCell() exactly: drops one apostrophe in front of a formula trigger, for re-importing our own files. */
export function unneutraliseCell(cell: string): string {
  return cell.startsWith("'") && looksLikeFormula(cell.replace(/^'+/, '')) ? cell.slice(1) : cell;
}

/** One field, quoted when RFC 4180 needs it (quote, comma, CR, LF) or when it has leading/trailing spaces. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Options for writeCsv(). */
export interface CsvOptions {
  /** Prefix formula-like cells with `'` (see neutraliseCell). Default false. */
  neutralise?: boolean;
  /** Start with a UTF-8 byte order mark so Excel reads emoji correctly. Default false. */
  bom?: boolean;
}

/**
 * Writes rows as RFC 4180 CSV: CRLF after every record, fields quoted when needed. The result is a
 * JavaScript string; save it as UTF-8 (Apps Script's Utilities.newBlob does).
 */
export function writeCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const body = rows
    .map((row) => row.map((cell) => csvField(options.neutralise ? neutraliseCell(cell) : cell)).join(',') + '\r\n')
    .join('');
  return (options.bom ? '\uFEFF' : '') + body;
}
