/** Whether the person has granted scopes asked for only when needed, read from ScriptApp without showing a consent screen. */

/** A scope not granted yet: Google's page to grant it ('' when Apps Script gives none). */
export interface MissingAuthorization {
  url: string;
}

/**
 * Null when every scope in `scopes` is granted; otherwise Google's authorization URL. A page's
 * google.script.run call cannot show a consent screen (ScriptApp.requireScopes cannot), so a dialog
 * hands this URL to the person instead.
 * @param scopes The OAuth scopes the command needs.
 */
export function missingAuthorization(scopes: string[]): MissingAuthorization | null {
  // getAuthorizationInfo(authMode, oAuthScopes) (https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String));
  // @types/google-apps-script lists only the one-argument form.
  const getInfo = ScriptApp.getAuthorizationInfo as (mode: GoogleAppsScript.Script.AuthMode, scopes: string[]) => GoogleAppsScript.Script.AuthorizationInfo;
  const info = getInfo.call(ScriptApp, ScriptApp.AuthMode.FULL, scopes);
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return null;
  return { url: info.getAuthorizationUrl() };
}
