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
 * The spreadsheet's URL and sheet ids by title, or null when it cannot be read (deleted, or out of this
 * user's and this app's reach). One call: spreadsheets.get with only the sheets' properties.
 */
export function readSpreadsheet(
  id: string,
): { id: string; url: string; sheetIds: Record<string, number>; protections: Record<string, number[]> } | null {
  try {
    const found = Sheets!.Spreadsheets!.get(id, {
      fields: 'spreadsheetId,spreadsheetUrl,sheets(properties(sheetId,title),protectedRanges(protectedRangeId))',
    } as never);
    const protections: Record<string, number[]> = {};
    for (const sheet of found.sheets ?? []) {
      const title = sheet.properties?.title;
      if (title !== undefined) protections[title] = (sheet.protectedRanges ?? []).map((p) => Number(p.protectedRangeId));
    }
    return { id: String(found.spreadsheetId ?? id), url: String(found.spreadsheetUrl), sheetIds: sheetIdsOf(found), protections };
  } catch {
    return null;
  }
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
