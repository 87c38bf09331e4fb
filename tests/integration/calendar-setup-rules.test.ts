/** Set up calendar run again keeps the team's own conditional-format rules, even ones shaped like the add-on's (issue #15, item 3). */
import type { Emulator } from '../../emulator';
import { STATUSES } from '../../src/domain/post';
import { addon, calendar, setUp } from '../reliability/support';

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

function app(emulator: Emulator): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

function formula(rule: Rule): string {
  return String(rule.getBooleanCondition()?.getCriteriaValues()[0] ?? '');
}

/** The team's rules of the issue: formulas that look like the add-on's, with the team's colours and ranges. */
const TEAMS = [
  { formula: '=$E2="Instagram"', range: 'A2:U200', background: '#f4cccc' },
  { formula: '=$M2="ana"', range: 'M2:M200', background: '#d9d2e9' },
  { formula: '=AND($B2<>"",$B2<TODAY()+7)', range: 'B2:B200', background: '#fff2cc' },
];


/** The add-on's rules: overdue date, Checks error, 4 check marks (row marker ✖ and ⚠, caption, hashtags), one per status. */
const OWN_RULES = 2 + 4 + STATUSES.length;

/** A check-mark rule (issue #19): a warning marker, a REGEXMATCH on the Checks cell, or the row marker in column A. */
function isCheckMark(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const text = formula(rule);
  return text.includes('⚠') || text.includes('REGEXMATCH') || (text.includes('LEFT(') && rule.getRanges()[0].getColumn() === 1);
}

test('3 team rules shaped like the add-on’s survive Set up calendar run twice, and the add-on’s rules are not duplicated', () => {
  const emulator = addon();
  setUp(emulator);
  const ownCount = calendar(emulator, (sheet) => sheet.getConditionalFormatRules().length);
  expect(ownCount).toBe(OWN_RULES);
  calendar(emulator, (sheet) => {
    const theirs = TEAMS.map((team) => app(emulator).newConditionalFormatRule().whenFormulaSatisfied(team.formula).setBackground(team.background).setRanges([sheet.getRange(team.range)]).build());
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ...theirs]);
  });
  setUp(emulator);
  setUp(emulator);
  const rules = calendar(emulator, (sheet) => sheet.getConditionalFormatRules().map((rule) => ({ formula: formula(rule), background: rule.getBooleanCondition()?.getBackground() })));
  expect(rules).toHaveLength(ownCount + TEAMS.length);
  expect(rules.slice(0, TEAMS.length)).toEqual(TEAMS.map((team) => ({ formula: team.formula, background: team.background })));
  expect(rules.slice(TEAMS.length).every((rule) => rule.formula.includes('N("content-calendar:rule")=0'))).toBe(true);
});

test('a calendar set up before the mark: the old unmarked add-on rules are replaced, not duplicated, and a team rule beside them is kept', () => {
  const emulator = addon();
  setUp(emulator);
  calendar(emulator, (sheet) => {
    // The rules as versions before the mark wrote them: the same colours and ranges, no mark.
    // (The check marks of issue #19 came with the mark, so no calendar has them unmarked.)
    const legacy = sheet.getConditionalFormatRules().filter((rule) => !isCheckMark(rule)).map((rule) => {
      const conditions = formula(rule).replace(/^=AND\(/, '').replace(/,N\("content-calendar:rule"\)=0\)$/, '');
      const old = /^(LEFT\(|\$[A-Z]+2=")/.test(conditions) ? `=${conditions}` : `=AND(${conditions})`;
      return rule.copy().whenFormulaSatisfied(old).build();
    });
    const team = app(emulator).newConditionalFormatRule().whenFormulaSatisfied(TEAMS[0].formula).setBackground(TEAMS[0].background).setRanges([sheet.getRange(TEAMS[0].range)]).build();
    sheet.setConditionalFormatRules([team, ...legacy]);
  });
  expect(calendar(emulator, (sheet) => sheet.getConditionalFormatRules().filter((rule) => formula(rule).includes('content-calendar')).length)).toBe(0);
  setUp(emulator);
  const formulas = calendar(emulator, (sheet) => sheet.getConditionalFormatRules().map(formula));
  expect(formulas).toHaveLength(1 + OWN_RULES);
  expect(formulas[0]).toBe(TEAMS[0].formula);
  expect(formulas.slice(1).every((text) => text.includes('N("content-calendar:rule")=0'))).toBe(true);
});
