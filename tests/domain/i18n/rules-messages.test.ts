/** The Platforms sheet's problem messages: Polish for a pl_PL locale, English by default, and the catalogue's English/Polish parity. */

import { RULES_MESSAGES } from '../../../src/domain/i18n/rules-messages';
import { rowsToRules } from '../../../src/domain/rules';

/** The `{name}` placeholders of a message, sorted. */
const placeholders = (message: string): string[] => (message.match(/\{\w+\}/g) ?? []).sort();

describe('rules messages', () => {
  test('every English key has a Polish twin with the same placeholders, and no Polish key is extra', () => {
    for (const [key, en] of Object.entries(RULES_MESSAGES.en)) {
      const pl = RULES_MESSAGES.pl[key];
      expect([key, typeof pl]).toEqual([key, 'string']);
      expect([key, placeholders(pl)]).toEqual([key, placeholders(en)]);
    }
    for (const key of Object.keys(RULES_MESSAGES.pl))
      expect([key, RULES_MESSAGES.en[key]]).toEqual([key, expect.any(String)]);
  });

  test('a pl_PL locale gets the Platforms sheet problems in Polish; English is the default', () => {
    const header = ['Platform', 'Format', 'Field', 'Max'];
    const rows = [['Snapchat', 'Story', 'Caption length', 'lots']];
    expect(rowsToRules(header, rows, 2, 'pl_PL').problems).toEqual([
      { row: 2, column: 'Max', message: 'Wiersz 2, Max: „lots” nie jest liczbą; przyjęto brak limitu.' },
    ]);
    expect(rowsToRules(header, rows).problems[0].message).toBe("Row 2, Max: 'lots' is not a number; using no limit.");
    expect(rowsToRules(['Name'], [], 2, 'pl').problems[0].message).toBe(
      'Arkusz Platforms nie ma kolumny Platform; używane są wbudowane reguły. Przywróć wiersz nagłówka (Platform, Format, Field, …).',
    );
  });

  test('a problem’s message is plain data: it survives JSON', () => {
    const [problem] = rowsToRules(
      ['Platform', 'Format', 'Field', 'Max'],
      [['X', 'All', 'Caption length', 'abc']],
    ).problems;
    expect(JSON.parse(JSON.stringify(problem))).toEqual({
      row: 2,
      column: 'Max',
      message: "Row 2, Max: 'abc' is not a number; using the built-in 280.",
    });
  });
});
