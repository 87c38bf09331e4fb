/** Authorization as Apps Script enforces it: simple-trigger and AuthMode.NONE restrictions (E-06, E-08) and explicit manifest oauthScopes. */

import type { CallRecord } from '../core/context';
import { ServiceException } from '../core/errors';
import type { Runtime } from './runtime';

const auth = (scope: string): string => `https://www.googleapis.com/auth/${scope}`;

const CURRENT_SHEET = [auth('spreadsheets.currentonly'), auth('spreadsheets')];
const ALL_SHEETS = [auth('spreadsheets')];
const CONTAINER_UI = [auth('script.container.ui')];
const DRIVE_READ = [auth('drive.readonly'), auth('drive')];
const DRIVE_WRITE = [auth('drive')];
/** `drive.file`: only files this app created (or the user opened with it); see requirementOf's `createdFile`. */
const DRIVE_FILE = auth('drive.file');
const CALENDAR_READ = [auth('calendar.readonly'), auth('calendar'), 'https://www.google.com/calendar/feeds'];
const CALENDAR_WRITE = [auth('calendar'), 'https://www.google.com/calendar/feeds'];
const SCRIPT_APP = [auth('script.scriptapp')];
const USER_EMAIL = [auth('userinfo.email')];
const EXTERNAL_REQUEST = [auth('script.external_request')];
const SEND_MAIL = [auth('script.send_mail')];

/**
 * Scopes of the Calendar API methods the add-on calls, from each method's "Authorization" block:
 * https://developers.google.com/workspace/calendar/api/v3/reference/events/list (also events.get),
 * .../events/insert, .../events/patch, .../events/delete, .../calendars/insert, .../calendars/get.
 */
function advancedCalendarScopes(className: string, method: string): string[] {
  if (className === 'Calendar.Calendars')
    return method === 'insert'
      ? [auth('calendar'), auth('calendar.app.created'), auth('calendar.calendars')]
      : [auth('calendar'), auth('calendar.readonly'), auth('calendar.app.created'), auth('calendar.calendars'), auth('calendar.calendars.readonly')];
  const write = [auth('calendar'), auth('calendar.events'), auth('calendar.app.created'), auth('calendar.events.owned')];
  if (method === 'list' || method === 'get')
    return [...write, auth('calendar.readonly'), auth('calendar.events.readonly'), auth('calendar.events.owned.readonly'), auth('calendar.events.public.readonly')];
  return write;
}

/** What a method needs: scopes (any one of them), and whether simple triggers / AuthMode.NONE may call it. */
export interface Requirement {
  scopes: string[];
  /** Allowed in AuthMode.LIMITED (simple triggers)? */
  limited: boolean;
  /** Allowed in AuthMode.NONE? */
  none: boolean;
}

const OPEN: Requirement = { scopes: [], limited: true, none: true };

/**
 * The requirement of `Class.method`, by the scopes table of the engineering reference §3.
 * `createdFile`: the call is DriveApp.getFileById of a file the script created, which `drive.file` also
 * reaches. A File object exists only once getFileById let the script reach it, so File methods accept
 * `drive.file` too (a File got under `drive.readonly` with `drive.file` also granted is not told apart).
 */
export function requirementOf(className: string, method: string, createdFile = false): Requirement {
  switch (className) {
    case 'SpreadsheetApp':
      if (/^(openById|openByUrl|open|create)$/.test(method)) return { scopes: ALL_SHEETS, limited: false, none: false };
      if (/^(getActive|set|flush|getCurrentCell|getSelection)/.test(method))
        return { scopes: CURRENT_SHEET, limited: true, none: false };
      return OPEN;
    case 'Ui':
      if (/^show/.test(method)) return { scopes: CONTAINER_UI, limited: false, none: false };
      if (method === 'alert' || method === 'prompt') return { scopes: CONTAINER_UI, limited: true, none: false };
      return { scopes: CONTAINER_UI, limited: true, none: true };
    case 'DriveApp':
    case 'File':
    case 'Folder': {
      const scopes = /^(get|has|search|is|next)/.test(method) ? DRIVE_READ : DRIVE_WRITE;
      const fileScope = className === 'File' || (createdFile && method === 'getFileById');
      return { scopes: fileScope ? [...scopes, DRIVE_FILE] : scopes, limited: false, none: false };
    }
    case 'CalendarApp':
    case 'Calendar':
    case 'CalendarEvent':
      return { scopes: /^(get|is|next)/.test(method) ? CALENDAR_READ : CALENDAR_WRITE, limited: false, none: false };
    case 'Calendar.Events':
    case 'Calendar.Calendars':
      // Advanced Calendar service (Calendar API v3): any scope that reaches some calendar; the service
      // itself refuses a calendar the granted scopes do not reach (emulator/services/advanced-calendar.ts).
      return { scopes: advancedCalendarScopes(className, method), limited: false, none: false };
    case 'ScriptApp':
      if (/^(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)$/.test(method))
        return { scopes: SCRIPT_APP, limited: false, none: false };
      return OPEN;
    case 'Session':
      if (method === 'getActiveUser' || method === 'getEffectiveUser' || method === 'getUser')
        return { scopes: USER_EMAIL, limited: true, none: true };
      return OPEN;
    case 'PropertiesService':
      return { scopes: [], limited: true, none: false };
    case 'UrlFetchApp':
      return { scopes: EXTERNAL_REQUEST, limited: false, none: false };
    case 'MailApp':
      return { scopes: SEND_MAIL, limited: false, none: false };
    case 'GmailApp':
      return { scopes: ['https://mail.google.com/'], limited: false, none: false };
    default:
      return OPEN;
  }
}

/** Apps Script's permission error: `You do not have permission to call X.y. Required permissions: ...`. */
export function permissionError(className: string, method: string, scopes: string[]): ServiceException {
  const base = `You do not have permission to call ${className}.${method}`;
  if (scopes.length === 0) return new ServiceException(base);
  const required = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
  return new ServiceException(`${base}. Required permissions: ${required}`);
}

/**
 * A context.beforeCall hook that throws the permission error when the running execution's auth mode
 * forbids the call, or when appsscript.json lists `oauthScopes` and none of the method's scopes is among them.
 * `createdByScript(id)` says whether the script created a file (SpreadsheetApp.create), for `drive.file`.
 */
export function permissionHook(
  runtime: Runtime,
  createdByScript: (id: string) => boolean = () => false,
): (call: CallRecord, args: unknown[]) => void {
  return (call, args) => {
    const created = call.method === 'getFileById' && typeof args?.[0] === 'string' && createdByScript(args[0]);
    const requirement = requirementOf(call.className, call.method, created);
    const mode = runtime.context.authMode;
    if (mode === 'NONE' && !requirement.none) throw permissionError(call.className, call.method, requirement.scopes);
    if (mode === 'LIMITED' && !requirement.limited)
      throw permissionError(call.className, call.method, requirement.scopes);
    const listed = runtime.options.enforceManifestScopes ? runtime.manifest?.oauthScopes : undefined;
    const granted = listed?.filter((scope) => !runtime.declinedScopes.has(scope));
    if (granted && requirement.scopes.length > 0 && !requirement.scopes.some((scope) => granted.includes(scope))) {
      throw permissionError(call.className, call.method, requirement.scopes);
    }
  };
}
