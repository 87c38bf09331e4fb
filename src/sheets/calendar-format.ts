/** The Calendar sheet's conditional formatting: row colours by status, overdue dates, Checks with errors. */

import { DONE_STATUSES } from '../domain/post';
import { ERROR_STYLE, OVERDUE_STYLE, statusStyle } from '../domain/status-palette';
import { CHECK_MARK_PATTERNS, checkMarkRules } from './check-marks';
import type { HeaderMap } from './header-map';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** Column number → letters (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The formula shapes this add-on writes, so re-running setup replaces its own rules and keeps the team's. */
const OWN_RULE_PATTERNS = [
  /^=\$[A-Z]{1,3}2="[^"]*"$/, // status colour
  /^=AND\(\$[A-Z]{1,3}2<>"",\$[A-Z]{1,3}2<TODAY\(\)/, // overdue
  /^=LEFT\(\$[A-Z]{1,3}2,1\)="✖"$/, // checks error
  ...CHECK_MARK_PATTERNS,
];

function formulaOf(rule: Rule): string {
  const condition = rule.getBooleanCondition();
  if (!condition) return '';
  const values = condition.getCriteriaValues();
  return typeof values[0] === 'string' ? values[0] : '';
}

/** True for a rule this add-on wrote. */
export function isOwnRule(rule: Rule): boolean {
  const formula = formulaOf(rule);
  return OWN_RULE_PATTERNS.some((pattern) => pattern.test(formula));
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
        .whenFormulaSatisfied(`=AND(${date}<>"",${date}<TODAY(),${notDone})`)
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
        .whenFormulaSatisfied(`=LEFT($${columnLetter(map.Checks)}2,1)="✖"`)
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
        .whenFormulaSatisfied(`=${status}="${name.replace(/"/g, '""')}"`)
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
