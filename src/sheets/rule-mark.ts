/** The mark that tells the add-on's conditional-format rules from a team's own (issue #15 item 3). */

/**
 * The mark in every conditional-format formula this add-on writes: `N("…")` is 0 for any text
 * (https://support.google.com/docs/answer/3093357), so `…,N("content-calendar:rule")=0` changes
 * nothing about when the rule applies, and the text is one a team would not write by accident. The
 * rule's formula comes back as written from BooleanCondition.getCriteriaValues()
 * (https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition#getCriteriaValues()),
 * so re-running setup replaces exactly the rules that carry it. (Conditional-format rules can hold no
 * developer metadata, which attaches only to spreadsheets, sheets, rows and columns.)
 */
export const RULE_MARK = 'N("content-calendar:rule")=0';

/** A formula with the add-on's mark: `=AND(<conditions>,N("content-calendar:rule")=0)`. */
export function marked(conditions: string): string {
  return `=AND(${conditions},${RULE_MARK})`;
}
