/** Tests for the RFC 4180 writer: every value survives csv-parse exactly; neutralisation is explicit and reversible. */

import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import {
  csvField,
  looksLikeFormula,
  neutraliseCell,
  unneutraliseCell,
  writeCsv,
} from '../../../src/domain/export/csv-writer';
import { TRICKY_CAPTIONS } from './fixtures';

const read = (text: string): string[][] => parse(text, { bom: true, relax_column_count: false });

describe('writeCsv', () => {
  it('round-trips quotes, commas, line breaks, emoji and formula triggers exactly without neutralisation', () => {
    const rows = TRICKY_CAPTIONS.map((caption, i) => [String(i), caption, '']);
    expect(read(writeCsv(rows))).toEqual(rows);
  });

  it('ends every record with CRLF and quotes only when needed', () => {
    expect(
      writeCsv([
        ['a', 'b c'],
        ['x,y', 'say "hi"'],
      ]),
    ).toBe('a,b c\r\n"x,y","say ""hi"""\r\n');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(' padded')).toBe('" padded"');
  });

  it('neutralises = + - @ tab and CR when asked, and the reader gets the apostrophe-prefixed text', () => {
    const rows = [['=SUM(A1:A2)', '+1', '-5', '@brand', '\tx', '\rx', 'plain', "'quoted"]];
    const [parsed] = read(writeCsv(rows, { neutralise: true }));
    expect(parsed).toEqual(["'=SUM(A1:A2)", "'+1", "'-5", "'@brand", "'\tx", "'\rx", 'plain', "'quoted"]);
    expect(parsed.map(unneutraliseCell)).toEqual(rows[0]);
  });

  it('adds a UTF-8 byte order mark only when asked', () => {
    expect(writeCsv([['a']], { bom: true }).charCodeAt(0)).toBe(0xfeff);
    expect(writeCsv([['a']]).charCodeAt(0)).toBe(0x61);
  });

  it('round-trips any strings (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 5 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (table) => {
          const width = table[0].length;
          const rows = table.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
          expect(read(writeCsv(rows))).toEqual(rows);
          expect(read(writeCsv(rows, { neutralise: true })).map((r) => r.map(unneutraliseCell))).toEqual(rows);
        },
      ),
    );
  });

  it('knows which cells look like formulas', () => {
    expect(['=1', '+1', '-1', '@a', '\t', '\r'].every(looksLikeFormula)).toBe(true);
    expect(['1', 'a=1', ' =1', ''].some(looksLikeFormula)).toBe(false);
    expect(neutraliseCell('hello')).toBe('hello');
    expect(neutraliseCell("'=x")).toBe("''=x");
    expect(unneutraliseCell(neutraliseCell("'=x"))).toBe("'=x");
  });
});
