/**
 * The door to the Advanced Sheets service (Sheets API v4) for spreadsheets other than the one the add-on
 * runs in: create one, read its sheets, apply a batch of requests. Under `drive.file` these reach only the
 * spreadsheets the add-on created, which is all the add-on needs (SpreadsheetApp.create/openById would
 * need the whole `spreadsheets` scope).
 * Scopes: https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/create ,
 * .../spreadsheets/get , .../spreadsheets/batchUpdate ("Requires one of ... drive.file ...").
 */

type Schema = GoogleAppsScript.Sheets.Schema.Spreadsheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

/** True when the Advanced Sheets service is enabled (appsscript.json dependencies.enabledAdvancedServices): the `Sheets` global exists. */
export function hasSheetsApi(): boolean {
  return typeof Sheets !== 'undefined' && !!Sheets;
}

/**
 * Creates a spreadsheet with the given properties and sheets; returns its id, URL and sheet ids by title.
 * One call: spreadsheets.create.
 */
export function createSpreadsheet(spreadsheet: Schema): { id: string; url: string; sheetIds: Record<string, number> } {
  const created = Sheets!.Spreadsheets!.create(spreadsheet);
  return { id: String(created.spreadsheetId), url: String(created.spreadsheetUrl), sheetIds: sheetIdsOf(created) };
}

/**
 * The spreadsheet's URL, sheet ids and protected-range ids by title, or null when it is gone for this user
 * (deleted, or out of this user's and this app's reach); other errors are thrown. One call:
 * spreadsheets.get with only the sheets' properties and protected-range ids.
 */
export function readSpreadsheet(
  id: string,
): { id: string; url: string; sheetIds: Record<string, number>; protections: Record<string, number[]> } | null {
  try {
    const found = Sheets!.Spreadsheets!.get(id, {
      fields: 'spreadsheetId,spreadsheetUrl,sheets(properties(sheetId,title),protectedRanges(protectedRangeId))',
    });
    const protections: Record<string, number[]> = {};
    for (const sheet of found.sheets ?? []) {
      const title = sheet.properties?.title;
      if (title !== undefined) protections[title] = (sheet.protectedRanges ?? []).map((p) => Number(p.protectedRangeId));
    }
    return { id: String(found.spreadsheetId ?? id), url: String(found.spreadsheetUrl), sheetIds: sheetIdsOf(found), protections };
  } catch (error) {
    if (isGone(error)) return null;
    throw error;
  }
}

/**
 * Whether an API error says the file is not there for this user: 404 "Requested entity was not found."
 * or 403 "The caller does not have permission" (GoogleJsonResponseException's `details.code`, or its
 * message). Anything else (a time-out, a quota) is not a reason to make a new copy.
 */
function isGone(error: unknown): boolean {
  const details = (error as { details?: { code?: number } } | null)?.details;
  if (details && (details.code === 404 || details.code === 403)) return true;
  const message = error instanceof Error ? error.message : String(error);
  return /Requested entity was not found|The caller does not have permission/.test(message);
}

/** Applies the requests in one spreadsheets.batchUpdate (Google applies all of them or none). */
export function applyRequests(id: string, requests: Request[]): void {
  if (requests.length > 0) Sheets!.Spreadsheets!.batchUpdate({ requests }, id);
}

function sheetIdsOf(spreadsheet: Schema): Record<string, number> {
  const ids: Record<string, number> = {};
  for (const sheet of spreadsheet.sheets ?? []) {
    const properties = sheet.properties ?? {};
    if (properties.title !== undefined) ids[properties.title] = Number(properties.sheetId ?? 0);
  }
  return ids;
}

/**
 * The values of one A1 range of a spreadsheet the add-on created, as text rows (trailing blanks cut, as
 * the API returns them). One call: spreadsheets.values.get (drive.file reaches the app's own files):
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/get
 */
export function readValues(id: string, range: string): string[][] {
  const found = Sheets!.Spreadsheets!.Values!.get(id, range, { valueRenderOption: 'FORMATTED_VALUE' });
  return (found.values ?? []).map((row) => row.map((cell) => String(cell ?? '')));
}
