/**
 * Authorization as Apps Script enforces it: one table entry per Apps Script method the add-on calls,
 * with the scopes of the "Authorization" block of that method's page in Google's reference and the
 * page's URL, plus what simple triggers (AuthMode.LIMITED) and AuthMode.NONE may call (E-06, E-08).
 *
 * Key format:
 * - built-in services: `<Class>.<method>`, the class as Google's reference and error messages name it:
 *   `SpreadsheetApp.openById`, `Range.setValues`, `Ui.alert`, `CalendarEvent.setTime`;
 * - advanced services: `<Symbol>.<Collection>[.<Collection>].<method>`, the path a script writes with the
 *   service's default user symbol: `Sheets.Spreadsheets.Values.update`, `Drive.Permissions.create`,
 *   `Calendar.Events.list`. Their entries also name the REST method (`api`, e.g. `sheets.spreadsheets.create`)
 *   that Google's error message quotes. An emulated advanced service records its calls with the class
 *   `<Symbol>.<Collection>...` and the method, so the key is `${className}.${method}` for every call.
 *
 * `scopes` lists alternatives: any one granted is enough ("Requires one of the following OAuth scopes").
 * An empty list: the page has no Authorization block (no scope needed).
 *
 * Methods not in the table (the stricter reading): a method of a class listed in CLASS_FALLBACK needs
 * that class's broadest documented scope (e.g. any unlisted Spreadsheet-service method needs all of
 * `spreadsheets`, not `currentonly`), is refused in AuthMode.NONE, and in LIMITED unless the class's own
 * methods are allowed there; a method of any other class is refused outright, in every mode, with the
 * permission message naming no scope that could be granted. So a new call fails loudly here until its
 * row, taken from Google's page, is added.
 */

import type { CallRecord } from '../core/context';
import { ServiceException } from '../core/errors';
import { GoogleJsonResponseException } from '../services/advanced-api';
import type { Runtime } from './runtime';

const auth = (scope: string): string => `https://www.googleapis.com/auth/${scope}`;
const REF = 'https://developers.google.com/apps-script/reference/';
const API = 'https://developers.google.com/workspace/';

/** One row of the table. */
export interface Authorization {
  /** Any one of these is enough; empty: no scope needed. */
  scopes: string[];
  /** The reference page the scopes come from (class page and method anchor; Google's anchors add the parameter types). */
  url: string;
  /** Allowed in AuthMode.LIMITED (simple triggers)? */
  limited: boolean;
  /** Allowed in AuthMode.NONE? */
  none: boolean;
  /** Advanced services: the REST method Google's error message names (`sheets.spreadsheets.create`). */
  api?: string;
}

/** What a method needs: scopes (any one of them), and whether simple triggers / AuthMode.NONE may call it. */
export type Requirement = Pick<Authorization, 'scopes' | 'limited' | 'none'>;

const CURRENT_SHEET = [auth('spreadsheets.currentonly'), auth('spreadsheets')];
const ALL_SHEETS = [auth('spreadsheets')];
const CONTAINER_UI = [auth('script.container.ui')];
const DRIVE_READ = [auth('drive.readonly'), auth('drive')];
const DRIVE_WRITE = [auth('drive')];
const CALENDAR_FEEDS = 'https://www.google.com/calendar/feeds';
const CALENDAR_READ = [auth('calendar.readonly'), auth('calendar'), CALENDAR_FEEDS];
const CALENDAR_WRITE = [auth('calendar'), CALENDAR_FEEDS];
const SCRIPT_APP = [auth('script.scriptapp')];
const USER_EMAIL = [auth('userinfo.email')];

type Mode = { limited: boolean; none: boolean };
const ANY_MODE: Mode = { limited: true, none: true };
const NOT_NONE: Mode = { limited: true, none: false };
const FULL_ONLY: Mode = { limited: false, none: false };

/** Rows for `methods` of one class, all with the same Authorization block on their pages. */
function rows(className: string, page: string, methods: string[], scopes: string[], mode: Mode): Record<string, Authorization> {
  const out: Record<string, Authorization> = {};
  for (const method of methods) out[`${className}.${method}`] = { scopes, url: `${REF}${page}#${method}`, ...mode };
  return out;
}

/** Rows of an advanced service's REST methods (`path` → REST method and reference page). */
function apiRows(entries: Array<[key: string, api: string, url: string, scopes: string[]]>): Record<string, Authorization> {
  const out: Record<string, Authorization> = {};
  for (const [key, api, url, scopes] of entries) out[key] = { scopes: scopes.map(auth), url: `${API}${url}`, api, ...FULL_ONLY };
  return out;
}

/**
 * Every method of Spreadsheet, Sheet and Range in the reference (each page's Authorization block lists
 * `spreadsheets.currentonly` and `spreadsheets`), except Spreadsheet.copy, which makes another file.
 */
const SPREADSHEET_METHODS = [
  'addDeveloperMetadata', 'addEditor', 'addEditors', 'addMenu', 'addViewer', 'addViewers', 'appendRow',
  'autoResizeColumn', 'createDeveloperMetadataFinder', 'createTextFinder', 'deleteActiveSheet', 'deleteColumn',
  'deleteColumns', 'deleteRow', 'deleteRows', 'deleteSheet', 'duplicateActiveSheet', 'getActiveCell', 'getActiveRange',
  'getActiveRangeList', 'getActiveSheet', 'getAs', 'getBandings', 'getBlob', 'getColumnWidth', 'getCurrentCell',
  'getDataRange', 'getDataSourceTables', 'getDeveloperMetadata', 'getEditors', 'getFormUrl', 'getFrozenColumns',
  'getFrozenRows', 'getId', 'getImages', 'getIterativeCalculationConvergenceThreshold', 'getLastColumn', 'getLastRow',
  'getMaxIterativeCalculationCycles', 'getName', 'getNamedRanges', 'getNumSheets', 'getOwner',
  'getPredefinedSpreadsheetThemes', 'getProtections', 'getRange', 'getRangeByName', 'getRangeList',
  'getRecalculationInterval', 'getRowHeight', 'getSelection', 'getSheetById', 'getSheetByName', 'getSheetId',
  'getSheetName', 'getSheetValues', 'getSheets', 'getSpreadsheetLocale', 'getSpreadsheetTheme',
  'getSpreadsheetTimeZone', 'getUrl', 'getViewers', 'hideColumn', 'hideRow', 'insertColumnAfter', 'insertColumnBefore',
  'insertColumnsAfter', 'insertColumnsBefore', 'insertImage', 'insertRowAfter', 'insertRowBefore', 'insertRowsAfter',
  'insertRowsBefore', 'insertSheet', 'insertSheetWithDataSourceTable', 'isColumnHiddenByUser',
  'isIterativeCalculationEnabled', 'isRowHiddenByFilter', 'isRowHiddenByUser', 'moveActiveSheet',
  'moveChartToObjectSheet', 'removeEditor', 'removeMenu', 'removeNamedRange', 'removeViewer', 'rename',
  'renameActiveSheet', 'resetSpreadsheetTheme', 'setActiveRange', 'setActiveRangeList', 'setActiveSelection',
  'setActiveSheet', 'setColumnWidth', 'setCurrentCell', 'setFrozenColumns', 'setFrozenRows',
  'setIterativeCalculationConvergenceThreshold', 'setIterativeCalculationEnabled', 'setMaxIterativeCalculationCycles',
  'setNamedRange', 'setRecalculationInterval', 'setRowHeight', 'setSpreadsheetLocale', 'setSpreadsheetTheme',
  'setSpreadsheetTimeZone', 'show', 'sort', 'toast', 'unhideColumn', 'unhideRow', 'updateMenu',
];
const SHEET_METHODS = [
  'activate', 'addDeveloperMetadata', 'appendRow', 'asDataSourceSheet', 'autoResizeColumn', 'autoResizeColumns',
  'autoResizeRows', 'clear', 'clearConditionalFormatRules', 'clearContents', 'clearFormats', 'clearNotes',
  'collapseAllColumnGroups', 'collapseAllRowGroups', 'copyTo', 'createDeveloperMetadataFinder', 'createTextFinder',
  'deleteColumn', 'deleteColumns', 'deleteRow', 'deleteRows', 'expandAllColumnGroups', 'expandAllRowGroups',
  'expandColumnGroupsUpToDepth', 'expandRowGroupsUpToDepth', 'getActiveCell', 'getActiveRange', 'getActiveRangeList',
  'getBandings', 'getCharts', 'getColumnGroup', 'getColumnGroupControlPosition', 'getColumnGroupDepth',
  'getColumnWidth', 'getConditionalFormatRules', 'getCurrentCell', 'getDataRange', 'getDataSourceTables',
  'getDeveloperMetadata', 'getDrawings', 'getFilter', 'getFormUrl', 'getFrozenColumns', 'getFrozenRows', 'getImages',
  'getIndex', 'getLastColumn', 'getLastRow', 'getMaxColumns', 'getMaxRows', 'getName', 'getNamedRanges', 'getParent',
  'getPivotTables', 'getProtections', 'getRange', 'getRangeList', 'getRowGroup', 'getRowGroupControlPosition',
  'getRowGroupDepth', 'getRowHeight', 'getSelection', 'getSheetId', 'getSheetName', 'getSheetValues', 'getSlicers',
  'getTabColor', 'getType', 'hasHiddenGridlines', 'hideColumn', 'hideColumns', 'hideRow', 'hideRows', 'hideSheet',
  'insertChart', 'insertColumnAfter', 'insertColumnBefore', 'insertColumns', 'insertColumnsAfter',
  'insertColumnsBefore', 'insertImage', 'insertRowAfter', 'insertRowBefore', 'insertRows', 'insertRowsAfter',
  'insertRowsBefore', 'insertSlicer', 'isColumnHiddenByUser', 'isRightToLeft', 'isRowHiddenByFilter',
  'isRowHiddenByUser', 'isSheetHidden', 'moveColumns', 'moveRows', 'newChart', 'protect', 'removeChart',
  'setActiveRange', 'setActiveRangeList', 'setActiveSelection', 'setColumnGroupControlPosition', 'setColumnWidth',
  'setColumnWidths', 'setConditionalFormatRules', 'setCurrentCell', 'setFrozenColumns', 'setFrozenRows',
  'setHiddenGridlines', 'setName', 'setRightToLeft', 'setRowGroupControlPosition', 'setRowHeight', 'setRowHeights',
  'setRowHeightsForced', 'setTabColor', 'showColumns', 'showRows', 'showSheet', 'sort', 'unhideColumn', 'unhideRow',
  'updateChart',
];
const RANGE_METHODS = [
  'activate', 'activateAsCurrentCell', 'addDeveloperMetadata', 'applyColumnBanding', 'applyRowBanding', 'autoFill',
  'autoFillToNeighbor', 'breakApart', 'canEdit', 'check', 'clear', 'clearContent', 'clearDataValidations',
  'clearFormat', 'clearNote', 'collapseGroups', 'copyFormatToRange', 'copyTo', 'copyValuesToRange',
  'createDataSourcePivotTable', 'createDataSourceTable', 'createDeveloperMetadataFinder', 'createFilter',
  'createPivotTable', 'createTextFinder', 'deleteCells', 'expandGroups', 'getA1Notation', 'getBackground',
  'getBackgroundObject', 'getBackgroundObjects', 'getBackgrounds', 'getBandings', 'getCell', 'getColumn',
  'getDataRegion', 'getDataSourceFormula', 'getDataSourceFormulas', 'getDataSourcePivotTables', 'getDataSourceTables',
  'getDataSourceUrl', 'getDataTable', 'getDataValidation', 'getDataValidations', 'getDeveloperMetadata',
  'getDisplayValue', 'getDisplayValues', 'getFilter', 'getFontColor', 'getFontColorObject', 'getFontColorObjects',
  'getFontColors', 'getFontFamilies', 'getFontFamily', 'getFontLine', 'getFontLines', 'getFontSize', 'getFontSizes',
  'getFontStyle', 'getFontStyles', 'getFontWeight', 'getFontWeights', 'getFormula', 'getFormulaR1C1', 'getFormulas',
  'getFormulasR1C1', 'getGridId', 'getHeight', 'getHorizontalAlignment', 'getHorizontalAlignments', 'getLastColumn',
  'getLastRow', 'getMergedRanges', 'getNextDataCell', 'getNote', 'getNotes', 'getNumColumns', 'getNumRows',
  'getNumberFormat', 'getNumberFormats', 'getRichTextValue', 'getRichTextValues', 'getRow', 'getRowIndex', 'getSheet',
  'getTextDirection', 'getTextDirections', 'getTextRotation', 'getTextRotations', 'getTextStyle', 'getTextStyles',
  'getValue', 'getValues', 'getVerticalAlignment', 'getVerticalAlignments', 'getWidth', 'getWrap', 'getWrapStrategies',
  'getWrapStrategy', 'getWraps', 'insertCells', 'insertCheckboxes', 'isBlank', 'isChecked', 'isEndColumnBounded',
  'isEndRowBounded', 'isPartOfMerge', 'isStartColumnBounded', 'isStartRowBounded', 'merge', 'mergeAcross',
  'mergeVertically', 'moveTo', 'offset', 'protect', 'randomize', 'removeCheckboxes', 'removeDuplicates',
  'setBackground', 'setBackgroundObject', 'setBackgroundObjects', 'setBackgroundRGB', 'setBackgrounds', 'setBorder',
  'setDataValidation', 'setDataValidations', 'setFontColor', 'setFontColorObject', 'setFontColorObjects',
  'setFontColors', 'setFontFamilies', 'setFontFamily', 'setFontLine', 'setFontLines', 'setFontSize', 'setFontSizes',
  'setFontStyle', 'setFontStyles', 'setFontWeight', 'setFontWeights', 'setFormula', 'setFormulaR1C1', 'setFormulas',
  'setFormulasR1C1', 'setHorizontalAlignment', 'setHorizontalAlignments', 'setNote', 'setNotes', 'setNumberFormat',
  'setNumberFormats', 'setRichTextValue', 'setRichTextValues', 'setShowHyperlink', 'setTextDirection',
  'setTextDirections', 'setTextRotation', 'setTextRotations', 'setTextStyle', 'setTextStyles', 'setValue', 'setValues',
  'setVerticalAlignment', 'setVerticalAlignments', 'setVerticalText', 'setWrap', 'setWrapStrategies',
  'setWrapStrategy', 'setWraps', 'shiftColumnGroupDepth', 'shiftRowGroupDepth', 'sort', 'splitTextToColumns',
  'trimWhitespace', 'uncheck',
];

/** The authorization table: `key` → scopes, reference page and trigger modes. */
export const AUTHORIZATION: Readonly<Record<string, Authorization>> = {
  // SpreadsheetApp: the active spreadsheet needs `spreadsheets.currentonly`; other files need all of `spreadsheets`.
  ...rows('SpreadsheetApp', 'spreadsheet/spreadsheet-app', ['create', 'open', 'openById', 'openByUrl'], ALL_SHEETS, FULL_ONLY),
  ...rows(
    'SpreadsheetApp',
    'spreadsheet/spreadsheet-app',
    ['flush', 'getActive', 'getActiveRange', 'getActiveSheet', 'getActiveSpreadsheet', 'getCurrentCell', 'getSelection', 'setActiveSheet', 'setActiveRange'],
    CURRENT_SHEET,
    NOT_NONE,
  ),
  ...rows(
    'SpreadsheetApp',
    'spreadsheet/spreadsheet-app',
    ['getUi', 'newConditionalFormatRule', 'newDataValidation', 'newRichTextValue', 'newTextStyle'],
    [],
    ANY_MODE,
  ),
  ...rows('Spreadsheet', 'spreadsheet/spreadsheet', SPREADSHEET_METHODS, CURRENT_SHEET, NOT_NONE),
  ...rows('Sheet', 'spreadsheet/sheet', SHEET_METHODS, CURRENT_SHEET, NOT_NONE),
  ...rows('Range', 'spreadsheet/range', RANGE_METHODS, CURRENT_SHEET, NOT_NONE),
  ...rows(
    'RangeList',
    'spreadsheet/range-list',
    ['activate', 'breakApart', 'check', 'clear', 'clearNote', 'getRanges', 'setBackground', 'setFontColor', 'setFontWeight', 'setNumberFormat', 'setVerticalAlignment', 'setWrap'],
    CURRENT_SHEET,
    NOT_NONE,
  ),
  ...rows('Selection', 'spreadsheet/selection', ['getActiveRange', 'getActiveSheet', 'getCurrentCell'], CURRENT_SHEET, NOT_NONE),
  ...rows(
    'Protection',
    'spreadsheet/protection',
    ['addEditor', 'addEditors', 'canDomainEdit', 'canEdit', 'getDescription', 'getEditors', 'getProtectionType', 'getRange', 'getRangeName', 'getUnprotectedRanges', 'isWarningOnly', 'remove', 'removeEditor', 'removeEditors', 'setDescription', 'setDomainEdit', 'setNamedRange', 'setRange', 'setRangeName', 'setUnprotectedRanges', 'setWarningOnly'],
    CURRENT_SHEET,
    NOT_NONE,
  ),
  ...rows('NamedRange', 'spreadsheet/named-range', ['getName', 'getRange', 'remove', 'setName', 'setRange'], CURRENT_SHEET, NOT_NONE),
  ...rows('DeveloperMetadata', 'spreadsheet/developer-metadata', ['getId', 'getKey', 'getValue', 'getLocation', 'remove', 'setValue'], CURRENT_SHEET, NOT_NONE),
  ...rows('DeveloperMetadataFinder', 'spreadsheet/developer-metadata-finder', ['find', 'withKey', 'withValue', 'withVisibility'], CURRENT_SHEET, NOT_NONE),
  ...rows('EmbeddedChart', 'spreadsheet/embedded-chart', ['getOptions', 'getRanges', 'modify', 'getChartId', 'getContainerInfo'], CURRENT_SHEET, NOT_NONE),
  ...rows('ChartOptions', 'spreadsheet/chart-options', ['get', 'getOrDefault'], CURRENT_SHEET, NOT_NONE),
  ...rows(
    'EmbeddedChartBuilder',
    'spreadsheet/embedded-chart-builder',
    ['addRange', 'asColumnChart', 'asLineChart', 'asBarChart', 'build', 'setChartType', 'setNumHeaders', 'setOption', 'setPosition', 'clearRanges', 'setStacked', 'setTitle'],
    CURRENT_SHEET,
    NOT_NONE,
  ),
  ...rows(
    'ConditionalFormatRuleBuilder',
    'spreadsheet/conditional-format-rule-builder',
    [
      'build', 'getBooleanCondition', 'getGradientCondition', 'setBackground', 'setBold', 'setFontColor', 'setGradientMaxpoint',
      'setGradientMaxpointWithValue', 'setGradientMidpointWithValue', 'setGradientMinpoint', 'setGradientMinpointWithValue',
      'setRanges', 'setStrikethrough', 'setItalic', 'whenFormulaSatisfied', 'whenTextEqualTo',
    ],
    CURRENT_SHEET,
    NOT_NONE,
  ),
  ...rows('ConditionalFormatRule', 'spreadsheet/conditional-format-rule', ['copy', 'getBooleanCondition', 'getGradientCondition', 'getRanges'], CURRENT_SHEET, NOT_NONE),
  ...rows(
    'GradientCondition',
    'spreadsheet/gradient-condition',
    ['getMaxColor', 'getMaxColorObject', 'getMaxType', 'getMaxValue', 'getMidColor', 'getMidColorObject', 'getMidType', 'getMidValue', 'getMinColor', 'getMinColorObject', 'getMinType', 'getMinValue'],
    CURRENT_SHEET,
    NOT_NONE,
  ),
  ...rows(
    'ConditionalFormatBooleanCondition',
    'spreadsheet/boolean-condition',
    ['getCriteriaType', 'getCriteriaValues', 'getBackground', 'getFontColor', 'getBold', 'getStrikethrough'],
    CURRENT_SHEET,
    NOT_NONE,
  ),
  ...rows(
    'DataValidationBuilder',
    'spreadsheet/data-validation-builder',
    [
      'build', 'copy', 'getAllowInvalid', 'getCriteriaType', 'getCriteriaValues', 'getHelpText', 'requireCheckbox', 'requireDate',
      'requireDateAfter', 'requireDateBefore', 'requireDateBetween', 'requireDateEqualTo', 'requireDateNotBetween',
      'requireDateOnOrAfter', 'requireDateOnOrBefore', 'requireFormulaSatisfied', 'requireNumberBetween', 'requireNumberEqualTo',
      'requireNumberGreaterThan', 'requireNumberGreaterThanOrEqualTo', 'requireNumberLessThan', 'requireNumberLessThanOrEqualTo',
      'requireNumberNotBetween', 'requireNumberNotEqualTo', 'requireTextContains', 'requireTextDoesNotContain', 'requireTextEqualTo',
      'requireTextIsEmail', 'requireTextIsUrl', 'requireValueInList', 'requireValueInRange', 'setAllowInvalid', 'setHelpText', 'withCriteria',
    ],
    CURRENT_SHEET,
    NOT_NONE,
  ),
  ...rows('DataValidation', 'spreadsheet/data-validation', ['copy', 'getCriteriaType', 'getCriteriaValues', 'getAllowInvalid', 'getHelpText'], CURRENT_SHEET, NOT_NONE),
  ...rows('RichTextValueBuilder', 'spreadsheet/rich-text-value-builder', ['build', 'setLinkUrl', 'setText', 'setTextStyle'], CURRENT_SHEET, NOT_NONE),
  ...rows('RichTextValue', 'spreadsheet/rich-text-value', ['getLinkUrl', 'getRuns', 'getText', 'copy'], CURRENT_SHEET, NOT_NONE),

  // Ui: menus may be built in AuthMode.NONE; alert/prompt work in simple triggers; dialogs and sidebars need FULL.
  ...rows('Ui', 'base/ui', ['createAddonMenu', 'createMenu'], CONTAINER_UI, ANY_MODE),
  ...rows('Ui', 'base/ui', ['alert', 'prompt'], CONTAINER_UI, NOT_NONE),
  ...rows('Ui', 'base/ui', ['showModalDialog', 'showModelessDialog', 'showSidebar'], CONTAINER_UI, FULL_ONLY),
  ...rows('Menu', 'base/menu', ['addItem', 'addSeparator', 'addSubMenu', 'addToUi'], [], ANY_MODE),
  ...rows('PromptResponse', 'base/prompt-response', ['getResponseText', 'getSelectedButton'], [], ANY_MODE),
  ...rows('Session', 'base/session', ['getActiveUser', 'getEffectiveUser'], USER_EMAIL, ANY_MODE),
  ...rows('Session', 'base/session', ['getActiveUserLocale', 'getScriptTimeZone', 'getTemporaryActiveUserKey'], [], ANY_MODE),
  ...rows('User', 'base/user', ['getEmail', 'getName', 'getUsername'], [], ANY_MODE),
  ...rows('Logger', 'base/logger', ['log', 'clear', 'getLog'], [], ANY_MODE),
  ...rows('console', 'base/console', ['log', 'info', 'warn', 'error', 'time', 'timeEnd'], [], ANY_MODE),
  ...rows('Blob', 'base/blob', ['getDataAsString', 'getBytes', 'getContentType', 'getName', 'setName', 'setContentType'], [], ANY_MODE),

  // PropertiesService, LockService, CacheService, Utilities, HtmlService: no scope; Properties are refused in NONE.
  ...rows('PropertiesService', 'properties/properties-service', ['getDocumentProperties', 'getScriptProperties', 'getUserProperties'], [], NOT_NONE),
  ...rows(
    'Properties',
    'properties/properties',
    ['deleteAllProperties', 'deleteProperty', 'getKeys', 'getProperties', 'getProperty', 'setProperties', 'setProperty'],
    [],
    NOT_NONE,
  ),
  // MailApp: "Requires ... https://www.googleapis.com/auth/script.send_mail" on both methods' pages.
  ...rows('MailApp', 'mail/mail-app', ['getRemainingDailyQuota', 'sendEmail'], [auth('script.send_mail')], FULL_ONLY),
  ...rows('LockService', 'lock/lock-service', ['getDocumentLock', 'getScriptLock', 'getUserLock'], [], ANY_MODE),
  ...rows('Lock', 'lock/lock', ['hasLock', 'releaseLock', 'tryLock', 'waitLock'], [], ANY_MODE),
  ...rows('CacheService', 'cache/cache-service', ['getDocumentCache', 'getScriptCache', 'getUserCache'], [], ANY_MODE),
  ...rows('Cache', 'cache/cache', ['get', 'getAll', 'put', 'putAll', 'remove', 'removeAll'], [], ANY_MODE),
  ...rows(
    'Utilities',
    'utilities/utilities',
    ['base64Decode', 'base64DecodeWebSafe', 'base64Encode', 'base64EncodeWebSafe', 'computeDigest', 'computeHmacSha256Signature', 'formatDate', 'formatString', 'getUuid', 'newBlob', 'sleep'],
    [],
    ANY_MODE,
  ),
  ...rows('HtmlService', 'html/html-service', ['createHtmlOutput', 'createHtmlOutputFromFile', 'createTemplate', 'createTemplateFromFile'], [], ANY_MODE),
  ...rows(
    'HtmlOutput',
    'html/html-output',
    ['addMetaTag', 'append', 'clear', 'getContent', 'getTitle', 'setContent', 'setHeight', 'setSandboxMode', 'setTitle', 'setWidth', 'setXFrameOptionsMode'],
    [],
    ANY_MODE,
  ),
  ...rows('HtmlTemplate', 'html/html-template', ['evaluate', 'getCode'], [], ANY_MODE),

  // ScriptApp: triggers need script.scriptapp; authorization checks and scope requests need no scope.
  ...rows('ScriptApp', 'script/script-app', ['deleteTrigger', 'getProjectTriggers', 'getUserTriggers', 'newTrigger'], SCRIPT_APP, FULL_ONLY),
  ...rows('ScriptApp', 'script/script-app', ['getAuthorizationInfo', 'getScriptId', 'requireAllScopes', 'requireScopes', 'getOAuthToken'], [], ANY_MODE),
  ...rows('AuthorizationInfo', 'script/authorization-info', ['getAuthorizationStatus', 'getAuthorizationUrl', 'getAuthorizedScopes'], [], ANY_MODE),
  ...rows('TriggerBuilder', 'script/trigger-builder', ['forSpreadsheet', 'timeBased'], SCRIPT_APP, FULL_ONLY),
  ...rows('ClockTriggerBuilder', 'script/clock-trigger-builder', ['after', 'at', 'create', 'everyDays', 'everyHours', 'everyMinutes'], SCRIPT_APP, FULL_ONLY),
  ...rows('SpreadsheetTriggerBuilder', 'script/spreadsheet-trigger-builder', ['create', 'onChange', 'onEdit', 'onOpen'], SCRIPT_APP, FULL_ONLY),
  ...rows('Trigger', 'script/trigger', ['getHandlerFunction', 'getUniqueId', 'getEventType', 'getTriggerSource'], SCRIPT_APP, FULL_ONLY),

  // CalendarApp: reads accept calendar.readonly; writes need calendar (the legacy feeds scope also appears on the pages).
  ...rows(
    'CalendarApp',
    'calendar/calendar-app',
    ['getAllCalendars', 'getAllOwnedCalendars', 'getCalendarById', 'getCalendarsByName', 'getDefaultCalendar', 'getDescription', 'getEvents', 'getName', 'getId'],
    CALENDAR_READ,
    FULL_ONLY,
  ),
  ...rows(
    'CalendarApp',
    'calendar/calendar-app',
    ['createAllDayEvent', 'createCalendar', 'createEvent', 'setDescription', 'setName', 'subscribeToCalendar'],
    CALENDAR_WRITE,
    FULL_ONLY,
  ),
  ...rows('Calendar', 'calendar/calendar', ['getDescription', 'getEventById', 'getEvents', 'getId', 'getName', 'getTimeZone', 'isOwnedByMe'], CALENDAR_READ, FULL_ONLY),
  ...rows('Calendar', 'calendar/calendar', ['createAllDayEvent', 'createEvent', 'deleteCalendar', 'setDescription', 'setName', 'setTimeZone'], CALENDAR_WRITE, FULL_ONLY),
  ...rows(
    'CalendarEvent',
    'calendar/calendar-event',
    ['getAllDayEndDate', 'getAllDayStartDate', 'getDescription', 'getEndTime', 'getId', 'getStartTime', 'getTag', 'getTitle', 'isAllDayEvent'],
    CALENDAR_READ,
    FULL_ONLY,
  ),
  ...rows('CalendarEvent', 'calendar/calendar-event', ['deleteEvent', 'deleteTag', 'setAllDayDate', 'setDescription', 'setTag', 'setTime', 'setTitle'], CALENDAR_WRITE, FULL_ONLY),

  // DriveApp needs drive or drive.readonly for every file, even one the script created: the add-on does not use it.
  ...rows('DriveApp', 'drive/drive-app', ['getFileById', 'getFiles', 'getFolderById', 'getRootFolder', 'searchFiles'], DRIVE_READ, FULL_ONLY),
  ...rows('DriveApp', 'drive/drive-app', ['createFile', 'createFolder'], DRIVE_WRITE, FULL_ONLY),
  ...rows('File', 'drive/file', ['getEditors', 'getId', 'getName', 'getOwner', 'getSharingAccess', 'getSharingPermission', 'getUrl', 'getViewers', 'getMimeType'], DRIVE_READ, FULL_ONLY),
  ...rows(
    'File',
    'drive/file',
    ['addCommenter', 'addCommenters', 'addEditor', 'addEditors', 'addViewer', 'addViewers', 'removeCommenter', 'removeEditor', 'removeViewer', 'setName', 'setSharing'],
    DRIVE_WRITE,
    FULL_ONLY,
  ),

  ...rows('UrlFetchApp', 'url-fetch/url-fetch-app', ['fetch', 'fetchAll', 'getRequest'], [auth('script.external_request')], FULL_ONLY),
  // An HTTPResponse exists only once fetch was allowed; its own page lists no scope.
  ...rows(
    'HTTPResponse',
    'url-fetch/http-response',
    ['getAllHeaders', 'getAs', 'getBlob', 'getContent', 'getContentText', 'getHeaders', 'getResponseCode'],
    [],
    FULL_ONLY,
  ),
  ...rows('MailApp', 'mail/mail-app', ['sendEmail'], [auth('script.send_mail')], FULL_ONLY),
  ...rows('MailApp', 'mail/mail-app', ['getRemainingDailyQuota'], [auth('script.send_mail')], FULL_ONLY),
  ...rows('GmailApp', 'gmail/gmail-app', ['sendEmail'], ['https://mail.google.com/'], FULL_ONLY),

  // Advanced Sheets (Sheets API v4): drive.file covers the spreadsheets the app created.
  ...apiRows([
    ['Sheets.Spreadsheets.create', 'sheets.spreadsheets.create', 'sheets/api/reference/rest/v4/spreadsheets/create', ['drive', 'drive.file', 'spreadsheets']],
    ['Sheets.Spreadsheets.get', 'sheets.spreadsheets.get', 'sheets/api/reference/rest/v4/spreadsheets/get', ['drive', 'drive.file', 'drive.readonly', 'spreadsheets', 'spreadsheets.readonly']],
    ['Sheets.Spreadsheets.batchUpdate', 'sheets.spreadsheets.batchUpdate', 'sheets/api/reference/rest/v4/spreadsheets/batchUpdate', ['drive', 'drive.file', 'spreadsheets']],
    ['Sheets.Spreadsheets.Values.get', 'sheets.spreadsheets.values.get', 'sheets/api/reference/rest/v4/spreadsheets.values/get', ['drive', 'drive.file', 'drive.readonly', 'spreadsheets', 'spreadsheets.readonly']],
    ['Sheets.Spreadsheets.Values.update', 'sheets.spreadsheets.values.update', 'sheets/api/reference/rest/v4/spreadsheets.values/update', ['drive', 'drive.file', 'spreadsheets']],
    ['Sheets.Spreadsheets.Values.batchUpdate', 'sheets.spreadsheets.values.batchUpdate', 'sheets/api/reference/rest/v4/spreadsheets.values/batchUpdate', ['drive', 'drive.file', 'spreadsheets']],
    ['Sheets.Spreadsheets.Values.clear', 'sheets.spreadsheets.values.clear', 'sheets/api/reference/rest/v4/spreadsheets.values/clear', ['drive', 'drive.file', 'spreadsheets']],
    // Advanced Drive (Drive API v3).
    ['Drive.Permissions.create', 'drive.permissions.create', 'drive/api/reference/rest/v3/permissions/create', ['drive', 'drive.file']],
    ['Drive.Permissions.list', 'drive.permissions.list', 'drive/api/reference/rest/v3/permissions/list', ['drive', 'drive.file', 'drive.meet.readonly', 'drive.metadata', 'drive.metadata.readonly', 'drive.photos.readonly', 'drive.readonly']],
    ['Drive.Files.get', 'drive.files.get', 'drive/api/reference/rest/v3/files/get', ['drive', 'drive.appdata', 'drive.file', 'drive.meet.readonly', 'drive.metadata', 'drive.metadata.readonly', 'drive.photos.readonly', 'drive.readonly']],
    // Advanced Calendar (Calendar API v3); Apps Script names events.delete `remove`.
    ['Calendar.Events.list', 'calendar.events.list', 'calendar/api/v3/reference/events/list', ['calendar', 'calendar.app.created', 'calendar.events', 'calendar.events.freebusy', 'calendar.events.owned', 'calendar.events.owned.readonly', 'calendar.events.public.readonly', 'calendar.events.readonly', 'calendar.readonly']],
    ['Calendar.Events.insert', 'calendar.events.insert', 'calendar/api/v3/reference/events/insert', ['calendar', 'calendar.app.created', 'calendar.events', 'calendar.events.owned']],
    ['Calendar.Events.patch', 'calendar.events.patch', 'calendar/api/v3/reference/events/patch', ['calendar', 'calendar.app.created', 'calendar.events', 'calendar.events.owned']],
    ['Calendar.Events.remove', 'calendar.events.delete', 'calendar/api/v3/reference/events/delete', ['calendar', 'calendar.app.created', 'calendar.events', 'calendar.events.owned']],
    ['Calendar.Events.get', 'calendar.events.get', 'calendar/api/v3/reference/events/get', ['calendar', 'calendar.app.created', 'calendar.events', 'calendar.events.freebusy', 'calendar.events.owned', 'calendar.events.owned.readonly', 'calendar.events.public.readonly', 'calendar.events.readonly', 'calendar.readonly']],
    ['Calendar.Calendars.insert', 'calendar.calendars.insert', 'calendar/api/v3/reference/calendars/insert', ['calendar', 'calendar.app.created', 'calendar.calendars']],
    ['Calendar.Calendars.get', 'calendar.calendars.get', 'calendar/api/v3/reference/calendars/get', ['calendar', 'calendar.app.created', 'calendar.calendars', 'calendar.calendars.readonly', 'calendar.readonly']],
  ]),
};

/** Per class: the broadest scope its methods document, for methods not in the table (see the file comment). */
const CLASS_FALLBACK: Record<string, Requirement> = Object.fromEntries([
  ...['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'RangeList', 'Selection', 'Protection', 'NamedRange', 'DeveloperMetadata', 'DeveloperMetadataFinder', 'EmbeddedChart', 'EmbeddedChartBuilder', 'ChartOptions', 'ConditionalFormatRuleBuilder', 'ConditionalFormatRule', 'ConditionalFormatBooleanCondition', 'GradientCondition', 'DataValidationBuilder', 'DataValidation', 'RichTextValueBuilder', 'RichTextValue', 'Color'].map(
    (name) => [name, { scopes: ALL_SHEETS, limited: false, none: false }],
  ),
  ...['Ui'].map((name) => [name, { scopes: CONTAINER_UI, limited: false, none: false }]),
  ...['Menu', 'PromptResponse', 'User', 'Logger', 'console', 'Blob', 'Utilities', 'HtmlService', 'HtmlOutput', 'HtmlTemplate', 'HtmlOutputMetaTag', 'LockService', 'Lock', 'CacheService', 'Cache'].map(
    (name) => [name, { scopes: [], limited: true, none: false }],
  ),
  ...['Session'].map((name) => [name, { scopes: USER_EMAIL, limited: true, none: false }]),
  ...['PropertiesService', 'Properties'].map((name) => [name, { scopes: [], limited: true, none: false }]),
  ...['ScriptApp', 'AuthorizationInfo', 'TriggerBuilder', 'ClockTriggerBuilder', 'SpreadsheetTriggerBuilder', 'Trigger', 'ContainerInfo'].map(
    (name) => [name, { scopes: SCRIPT_APP, limited: false, none: false }],
  ),
  ...['CalendarApp', 'Calendar', 'CalendarEvent'].map((name) => [name, { scopes: CALENDAR_WRITE, limited: false, none: false }]),
  ...['DriveApp', 'File', 'Folder'].map((name) => [name, { scopes: DRIVE_WRITE, limited: false, none: false }]),
]);

/** The requirement of a class not in the table at all: nothing grants it. */
const UNKNOWN: Requirement = { scopes: ['(no scope: this method is not in the emulator authorization table)'], limited: false, none: false };

/** The table row of `Class.method`, or undefined when the method is not in the table. */
export function authorizationOf(className: string, method: string): Authorization | undefined {
  return Object.prototype.hasOwnProperty.call(AUTHORIZATION, `${className}.${method}`)
    ? AUTHORIZATION[`${className}.${method}`]
    : undefined;
}

/** What `Class.method` needs: its table row, else the stricter reading (the class fallback, or nothing grants it). */
export function requirementOf(className: string, method: string): Requirement {
  return authorizationOf(className, method) ?? CLASS_FALLBACK[className] ?? UNKNOWN;
}

/**
 * Apps Script's permission error: `You do not have permission to call X.y. Required permissions: ...`, as
 * reported from real executions ("Exception: You do not have permission to call Session.getActiveUser.
 * Required permissions: https://www.googleapis.com/auth/userinfo.email",
 * https://github.com/hijonathan/google-scripts/issues/14; the same for ScriptApp.getProjectTriggers,
 * https://github.com/diegomanuel/binance-to-google-sheets/issues/106). Several alternatives are listed as
 * `(a || b)`.
 */
export function permissionError(className: string, method: string, scopes: string[]): ServiceException {
  const base = `You do not have permission to call ${className}.${method}`;
  if (scopes.length === 0) return new ServiceException(base);
  const required = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
  return new ServiceException(`${base}. Required permissions: ${required}`);
}

/**
 * The error of an advanced-service call whose scopes were not granted (the API's 403): "GoogleJsonResponseException:
 * API call to gmail.users.labels.list failed with error: Request had insufficient authentication scopes."
 * (https://github.com/googleworkspace/apps-script-samples/issues/159).
 */
export function insufficientScopes(api: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(api, 403, 'Request had insufficient authentication scopes.');
}

/**
 * A context.beforeCall hook that throws the permission error when the running execution's auth mode
 * forbids the call, or when appsscript.json lists `oauthScopes` and none of the method's scopes is among
 * them (advanced services: the API's "insufficient authentication scopes" error).
 */
export function permissionHook(runtime: Runtime): (call: CallRecord, args: unknown[]) => void {
  return (call) => {
    const row = authorizationOf(call.className, call.method);
    const requirement = row ?? requirementOf(call.className, call.method);
    const mode = runtime.context.authMode;
    if (mode === 'NONE' && !requirement.none) throw permissionError(call.className, call.method, requirement.scopes);
    if (mode === 'LIMITED' && !requirement.limited)
      throw permissionError(call.className, call.method, requirement.scopes);
    // Granted = the manifest's scopes less those the user left unticked on the granular consent screen.
    const listed = runtime.options.enforceManifestScopes ? runtime.manifest?.oauthScopes : undefined;
    const granted = listed?.filter((scope) => !runtime.declinedScopes.has(scope));
    const refused =
      requirement === UNKNOWN ||
      (granted && requirement.scopes.length > 0 && !requirement.scopes.some((scope) => granted.includes(scope)));
    if (!refused) return;
    if (row?.api) throw insufficientScopes(row.api);
    throw permissionError(call.className, call.method, requirement.scopes);
  };
}
