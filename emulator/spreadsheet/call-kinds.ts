/**
 * Which service calls count as round trips (`context.stats.roundTrips`): calls that read or write cells,
 * formats, validation, notes, rules, protections or sheet extent. Everything unlisted is navigation ('other').
 */

import type { CallKind } from '../core/context';

function kinds(reads: string[], writes: string[]): Record<string, CallKind> {
  const out: Record<string, CallKind> = {};
  for (const m of reads) out[m] = 'read';
  for (const m of writes) out[m] = 'write';
  return out;
}

/** Range methods. */
export const RANGE_KINDS = kinds(
  [
    'getValue', 'getValues', 'getDisplayValue', 'getDisplayValues', 'getFormula', 'getFormulas', 'getFormulaR1C1',
    'getFormulasR1C1', 'getNote', 'getNotes', 'getBackground', 'getBackgrounds', 'getFontColor', 'getFontColors',
    'getFontWeight', 'getFontWeights', 'getFontStyle', 'getFontStyles', 'getFontLine', 'getFontLines', 'getFontFamily',
    'getFontFamilies', 'getFontSize', 'getFontSizes', 'getHorizontalAlignment', 'getHorizontalAlignments',
    'getVerticalAlignment', 'getVerticalAlignments', 'getWrap', 'getWraps', 'getWrapStrategy', 'getWrapStrategies',
    'getNumberFormat', 'getNumberFormats', 'getDataValidation', 'getDataValidations', 'isBlank', 'isChecked',
    'getMergedRanges', 'isPartOfMerge', 'getRichTextValue', 'getRichTextValues',
  ],
  [
    'setValue', 'setValues', 'setFormula', 'setFormulas', 'setNote', 'setNotes', 'setBackground', 'setBackgrounds',
    'setBackgroundRGB', 'setFontColor', 'setFontColors', 'setFontWeight', 'setFontWeights', 'setFontStyle',
    'setFontStyles', 'setFontLine', 'setFontLines', 'setFontFamily', 'setFontFamilies', 'setFontSize', 'setFontSizes',
    'setHorizontalAlignment', 'setHorizontalAlignments', 'setVerticalAlignment', 'setVerticalAlignments', 'setWrap',
    'setWraps', 'setWrapStrategy', 'setWrapStrategies', 'setNumberFormat', 'setNumberFormats', 'setDataValidation',
    'setDataValidations', 'clearDataValidations', 'clear', 'clearContent', 'clearFormat', 'clearNote',
    'insertCheckboxes', 'removeCheckboxes', 'check', 'uncheck', 'merge', 'mergeAcross', 'mergeVertically',
    'breakApart', 'protect', 'sort', 'setBorder', 'copyTo', 'moveTo', 'trimWhitespace', 'setRichTextValue',
    'setRichTextValues', 'setTextStyle',
  ],
);

/** Sheet methods. */
export const SHEET_KINDS = kinds(
  [
    'getLastRow', 'getLastColumn', 'getMaxRows', 'getMaxColumns', 'getDataRange', 'getSheetValues', 'getFrozenRows',
    'getFrozenColumns', 'getColumnWidth', 'getRowHeight', 'isColumnHiddenByUser', 'isRowHiddenByUser',
    'getConditionalFormatRules', 'getProtections',
  ],
  [
    'appendRow', 'insertRowAfter', 'insertRowBefore', 'insertRowsAfter', 'insertRowsBefore', 'insertRows',
    'insertColumnAfter', 'insertColumnBefore', 'insertColumnsAfter', 'insertColumnsBefore', 'insertColumns',
    'deleteRow', 'deleteRows', 'deleteColumn', 'deleteColumns', 'setFrozenRows', 'setFrozenColumns', 'setColumnWidth',
    'setColumnWidths', 'setRowHeight', 'setRowHeights', 'hideColumns', 'hideColumn', 'showColumns', 'unhideColumn',
    'hideRows', 'hideRow', 'showRows', 'unhideRow', 'autoResizeColumns', 'autoResizeColumn', 'clear',
    'clearContents', 'clearFormats', 'clearNotes', 'clearConditionalFormatRules', 'setConditionalFormatRules',
    'protect', 'sort',
  ],
);

/** Spreadsheet methods. */
export const SPREADSHEET_KINDS = kinds(['getProtections', 'getLastRow', 'getLastColumn', 'getDataRange'], ['appendRow']);

/** Protection methods: reading or changing a protection is a round trip. */
export const PROTECTION_KINDS = kinds(
  ['getEditors', 'canEdit', 'getUnprotectedRanges', 'canDomainEdit'],
  [
    'addEditor', 'addEditors', 'removeEditor', 'removeEditors', 'setDescription', 'setWarningOnly',
    'setUnprotectedRanges', 'setRange', 'setRangeName', 'setNamedRange', 'setDomainEdit', 'remove',
  ],
);

/** Objects with no round trips (builders, rules, charts, metadata, named ranges). */
export const NO_KINDS: Record<string, CallKind> = {};
