/** The Calendar sheet's conditional formatting: row colours by status, overdue dates, Checks with errors. */

import { DONE_STATUSES } from '../domain/post';
import { ERROR_STYLE, OVERDUE_STYLE, statusStyle, type CellStyle } from '../domain/status-palette';
import { checkMarkRules } from './check-marks';
import { RULE_MARK, marked } from './rule-mark';
import type { HeaderMap } from '../domain/header-map';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** Column number → letters (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Unmarked formula shapes of versions before the mark, each with the style it was written with. */
const LEGACY_RULES: Array<{ pattern: RegExp; style: (match: RegExpExecArray) => CellStyle; wholeRow: boolean }> = [
  { pattern: /^=\$[A-Z]{1,3}2="((?:[^"]|"")*)"$/, style: (match) => statusStyle(match[1].replace(/""/g, '"')), wholeRow: true },
  { pattern: /^=AND\(\$[A-Z]{1,3}2<>"",\$[A-Z]{1,3}2<TODAY\(\)/, style: () => OVERDUE_STYLE, wholeRow: false },
  { pattern: /^=LEFT\(\$[A-Z]{1,3}2,1\)="✖"$/, style: () => ERROR_STYLE, wholeRow: false },
];

function formulaOf(rule: Rule): string {
  const condition = rule.getBooleanCondition();
  if (!condition) return '';
  const values = condition.getCriteriaValues();
  return typeof values[0] === 'string' ? values[0] : '';
}

/**
 * True for a rule this add-on wrote: its formula carries RULE_MARK, or (a calendar set up before the
 * mark) it has one of the old formula shapes together with exactly the add-on's colours for it and a
 * range from row 2 of the add-on's shape (the whole row for a status, one column otherwise). A team's
 * own rule such as `=$E2="Instagram"` with its own colours is kept.
 */
export function isOwnRule(rule: Rule): boolean {
  const formula = formulaOf(rule);
  if (formula.replace(/\s+/g, '').toUpperCase().includes(RULE_MARK.toUpperCase())) return true;
  for (const legacy of LEGACY_RULES) {
    const match = legacy.pattern.exec(formula);
    if (!match) continue;
    const style = legacy.style(match);
    const condition = rule.getBooleanCondition()!;
    const sameColours =
      (condition.getBackground() ?? '').toUpperCase() === style.background.toUpperCase() &&
      (condition.getFontColor() ?? '').toUpperCase() === style.fontColor.toUpperCase();
    const ranges = rule.getRanges();
    const shaped = ranges.length === 1 && ranges[0].getRow() === 2 && (legacy.wholeRow ? ranges[0].getColumn() === 1 : ranges[0].getNumColumns() === 1);
    return sameColours && shaped;
  }
  return false;
}

/**
 * The add-on's rules for the calendar: first the overdue Date cell and the error Checks cell (so
 * they win there), then one whole-row colour per status. The status text stays in its cell, so the
 * meaning never rests on colour alone.
 */
export function calendarRules(sheet: Sheet, map: HeaderMap, width: number, statuses: readonly string[]): Rule[] {
  const rules: Rule[] = [];
  const maxRows = Math.max(sheet.getMaxRows() - 1, 1);
  const status = map.Status ? `$${columnLetter(map.Status)}2` : null;
  if (map.Date && status) {
    const date = `$${columnLetter(map.Date)}2`;
    const notDone = DONE_STATUSES.map((done) => `${status}<>"${done}"`).join(',');
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(marked(`${date}<>"",${date}<TODAY(),${notDone}`))
        .setBackground(OVERDUE_STYLE.background)
        .setFontColor(OVERDUE_STYLE.fontColor)
        .setBold(true)
        .setRanges([sheet.getRange(2, map.Date, maxRows, 1)])
        .build(),
    );
  }
  if (map.Checks) {
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(marked(`LEFT($${columnLetter(map.Checks)}2,1)="✖"`))
        .setBackground(ERROR_STYLE.background)
        .setFontColor(ERROR_STYLE.fontColor)
        .setBold(true)
        .setRanges([sheet.getRange(2, map.Checks, maxRows, 1)])
        .build(),
    );
  }
  rules.push(...checkMarkRules(sheet, map));
  if (status) {
    for (const name of statuses) {
      const style = statusStyle(name);
      let builder = SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(marked(`${status}="${name.replace(/"/g, '""')}"`))
        .setBackground(style.background)
        .setFontColor(style.fontColor)
        .setRanges([sheet.getRange(2, 1, maxRows, width)]);
      if (style.bold) builder = builder.setBold(true);
      if (style.strikethrough) builder = builder.setStrikethrough(true);
      rules.push(builder.build());
    }
  }
  return rules;
}

/**
 * Replaces the add-on's conditional format rules in one write, keeping every rule of the team's own
 * (before ours, so theirs keep precedence). One read, one write.
 */
export function applyCalendarFormatting(sheet: Sheet, map: HeaderMap, width: number, statuses: readonly string[]): void {
  const theirs = sheet.getConditionalFormatRules().filter((rule) => !isOwnRule(rule));
  sheet.setConditionalFormatRules([...theirs, ...calendarRules(sheet, map, width, statuses)]);
}
