/**
 * Conditional formats that make a row's checks visible at first sight, without scrolling to the Checks
 * column: the row's leftmost calendar cell (the ID in the default layout) turns red on an error and
 * amber on warnings, and the cell at fault is marked: Caption when the Checks summary is a length over
 * the limit, Hashtags when it is about hashtags. Formulas read the Checks cell only, so the marks
 * follow every check (onEdit, Check all posts, a save) with no extra Spreadsheet call.
 * whenFormulaSatisfied: https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#whenFormulaSatisfied(String)
 * REGEXMATCH: https://support.google.com/docs/answer/3098292
 */

import { ERROR_STYLE, WARNING_STYLE } from '../domain/status-palette';
import type { HeaderMap } from '../domain/header-map';
import { marked } from './rule-mark';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** A summary that is a count over its limit: `✖ X: 300/280 weighted characters`. */
const OVER_LIMIT = '^[✖⚠] [^:]*: [0-9]+/[0-9]+ ';

/** Column number → letters (1 → A, 27 → AA). */
function letter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A rule colouring `column` (rows 2..) with `style` where `formula` holds. */
function rule(sheet: Sheet, column: number, rows: number, formula: string, style: { background: string; fontColor: string }): Rule {
  return SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(formula)
    .setBackground(style.background)
    .setFontColor(style.fontColor)
    .setBold(true)
    .setRanges([sheet.getRange(2, column, rows, 1)])
    .build();
}

/**
 * The check marks for the calendar, to be placed before the status colours (so they win on their
 * cells). None without a Checks column.
 */
export function checkMarkRules(sheet: Sheet, map: HeaderMap): Rule[] {
  if (!map.Checks) return [];
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  const checks = `$${letter(map.Checks)}2`;
  const rules: Rule[] = [];
  const leftmost = Math.min(...Object.values(map).filter((position): position is number => position !== undefined));
  if (leftmost !== map.Checks) {
    rules.push(rule(sheet, leftmost, rows, marked(`LEFT(${checks},1)="✖"`), ERROR_STYLE));
    rules.push(rule(sheet, leftmost, rows, marked(`LEFT(${checks},1)="⚠"`), WARNING_STYLE));
  }
  const hashtags = map.Hashtags ? `$${letter(map.Hashtags)}2` : '""';
  const aboutHashtags = `REGEXMATCH(${checks},"^[✖⚠].*hashtag")`;
  if (map.Caption) {
    const length = `AND(REGEXMATCH(${checks},"${OVER_LIMIT}"),NOT(REGEXMATCH(${checks},"hashtag|mention|wzmian")))`;
    rules.push(rule(sheet, map.Caption, rows, marked(`REGEXMATCH(${checks},"^[✖⚠]"),OR(${length},AND(${aboutHashtags},${hashtags}=""))`), ERROR_STYLE));
  }
  if (map.Hashtags) {
    rules.push(rule(sheet, map.Hashtags, rows, marked(`REGEXMATCH(${checks},"^[✖⚠]"),${aboutHashtags},${hashtags}<>""`), ERROR_STYLE));
  }
  return rules;
}
