/** The pure parts of the Calendar sheet's data safety (issue #15): the text guard, out-of-range date cells, copied IDs. */
import { cellToText, INVALID_DATE_TEXT, needsTextGuard, textForCell } from '../../src/domain/cell-text';
import { copiedIdRows } from '../../src/domain/post-id';

describe('needsTextGuard: anything Sheets might parse is guarded', () => {
  test.each(['1e5', '2E3', '9:30 AM', '10:00 pm', '2026-12-01T10:00', '$100', '€5', '50%', '(12)', '.5', '0012', ' 42', 'TRUE', 'false', '12 Dec', 'Dec 12', 'Jan-2026', 'USD 100', '=1+1', '+1', '-1', '@x', "'quoted", '🎉 launch'])('%j is guarded', (text) => {
    expect(needsTextGuard(text)).toBe(true);
    expect(textForCell(text)).toBe(`'${text}`);
  });

  test.each(['Hello world', 'Launch day is here: 9:30', 'Winter plans for 2026', 'truest friends', 'December newsletter'])('%j is written as it is', (text) => {
    expect(needsTextGuard(text)).toBe(false);
    expect(textForCell(text)).toBe(text);
  });
});

describe('cellToText: a Date cell holding no date', () => {
  test('a serial beyond 9999-12-31 (a Unix time) keeps its number text; an invalid Date reads as "Invalid Date"', () => {
    expect(cellToText(1764547200, 'date', 'Europe/Warsaw')).toBe('1764547200');
    expect(cellToText(new Date(NaN), 'date', 'Europe/Warsaw')).toBe(INVALID_DATE_TEXT);
    expect(cellToText(46357, 'date', 'Europe/Warsaw')).toBe('2026-12-01');
  });
});

describe('copiedIdRows: which row keeps a duplicated ID', () => {
  test('the row not just edited keeps it; then the oldest Updated stamp; then the upper row', () => {
    expect(copiedIdRows([{ row: 9, id: 'P-A', updated: '2026-11-01 10:00' }, { row: 3, id: 'P-A', updated: '2026-11-02 10:00', edited: true }])).toEqual(new Map([[3, 9]]));
    expect(copiedIdRows([{ row: 2, id: 'P-A', updated: '2026-11-27 09:00 bob' }, { row: 5, id: 'P-A', updated: '2026-11-26 11:00 ana' }])).toEqual(new Map([[2, 5]]));
    expect(copiedIdRows([{ row: 4, id: 'P-A', updated: '' }, { row: 2, id: 'P-A', updated: '' }, { row: 7, id: 'P-B', updated: '' }])).toEqual(new Map([[4, 2]]));
  });
});
