/** The WoopSocial Connect dialog's server side: the connection's state read from WoopSocial, the key and mapping stored, the hourly refresh turned on or off. */

import { t } from '../domain/i18n';
import { accountIds, accountOptions, checkedMapping, chosenProject, servedPlatforms, type WoopAccount } from '../domain/publishing/woop-accounts';
import { NOT_SENDABLE_PLATFORMS } from '../domain/publishing/woop-platforms';
import { missingAuthorization } from '../services/script-authorization';
import { woopFetch } from '../services/woopsocial-client';
import { forgetConnection, storeConnection, storedApiKey, storedSetup, type WoopSetup } from '../services/woopsocial-connection';
import { SCRIPT_APP_SCOPE, addHourlyTrigger, deleteHourlyTrigger, hourlyTrigger, removeHourlyTrigger } from '../services/woopsocial-hourly';
import type { Workbook } from './active-spreadsheet';
import type { ConnectState } from '../shared/publishing-contract';
import { failureMessage } from './woopsocial-plan';

/** How long the Connect dialog's WoopSocial calls may take in all. */
const DEADLINE_MS = 60_000;

/** The Connect dialog's state, reading projects and accounts with `apiKey`. */
function connectState(workbook: Workbook, apiKey: string, setup: WoopSetup | null, projectId: string): ConnectState {
  const deadline = Date.now() + DEADLINE_MS;
  const projects = woopFetch(apiKey, { method: 'get', path: '/projects' }, deadline) as Array<{ id: string; name: string }>;
  const chosen = chosenProject(projects, projectId, setup?.projectId);
  const accounts = chosen ? (woopFetch(apiKey, { method: 'get', path: '/social-accounts', query: { projectId: chosen } }, deadline) as WoopAccount[]) : [];
  return {
    ok: true,
    message: '',
    connected: Boolean(setup),
    projects: projects.map((project) => ({ id: project.id, name: project.name })),
    accounts: accountOptions(accounts),
    projectId: chosen,
    mapping: accountIds(setup?.accounts ?? {}),
    platforms: servedPlatforms(),
    notSendable: [...NOT_SENDABLE_PLATFORMS],
    hourly: Boolean(hourlyTrigger(workbook.spreadsheet.getId())),
  };
}

/**
 * A not-connected state with a message.
 * @param message What to tell the person.
 * @param ok Whether the step that led here succeeded (Disconnect).
 */
export function disconnectedState(message: string, ok = false): ConnectState {
  return { ok, message, connected: false, projects: [], accounts: [], projectId: '', mapping: {}, platforms: servedPlatforms(), notSendable: [...NOT_SENDABLE_PLATFORMS], hourly: false };
}

/**
 * The connection as stored: not connected, or the project, accounts and mapping (read from WoopSocial
 * with the stored key; two WoopSocial calls).
 * @param workbook The active spreadsheet.
 */
export function storedConnectionState(workbook: Workbook): ConnectState {
  const apiKey = storedApiKey();
  if (!apiKey) return disconnectedState(t(workbook.locale, 'publish.notConnected'));
  try {
    return connectState(workbook, apiKey, storedSetup(), '');
  } catch (error) {
    return disconnectedState(failureMessage(workbook.locale, error));
  }
}

/**
 * Checks an API key with GET /health and, when WoopSocial accepts it, stores it in the person's user
 * properties (never the document) and lists the projects and accounts (up to three WoopSocial calls).
 * @param workbook The active spreadsheet.
 * @param pasted The key the person pasted ('' to use the stored one).
 * @param projectId The project to show ('' for the stored or only one).
 */
export function connectWithKey(workbook: Workbook, pasted: string, projectId: string): ConnectState {
  const apiKey = pasted || storedApiKey() || '';
  if (!apiKey) return disconnectedState(t(workbook.locale, 'publish.keyMissing'));
  try {
    woopFetch(apiKey, { method: 'get', path: '/health' }, Date.now() + DEADLINE_MS);
    // A different key may belong to another organisation: its project and mapping start afresh.
    const changed = Boolean(pasted) && pasted !== storedApiKey();
    const setup = changed ? null : storedSetup();
    const state = connectState(workbook, apiKey, setup, projectId);
    if (changed) forgetConnection();
    storeConnection(apiKey, setup);
    return state;
  } catch (error) {
    return disconnectedState(failureMessage(workbook.locale, error));
  }
}

/**
 * Stores the project and the platform → account mapping (user properties), checking each account is a
 * connected account of the project (two WoopSocial calls).
 * @param workbook The active spreadsheet.
 * @param projectId The chosen project.
 * @param mapping Calendar platform → account ID, as the dialog sent it.
 */
export function saveConnectionSetup(workbook: Workbook, projectId: string, mapping: Readonly<Record<string, unknown>>): ConnectState {
  const { locale } = workbook;
  const apiKey = storedApiKey();
  if (!apiKey) return disconnectedState(t(locale, 'publish.notConnected'));
  if (!projectId) return disconnectedState(t(locale, 'publish.noProject'));
  try {
    const state = connectState(workbook, apiKey, null, projectId);
    const project = state.projects.find((p) => p.id === projectId);
    if (!project) return { ...state, ok: false, message: t(locale, 'publish.noProject') };
    const checked = checkedMapping(mapping, state.accounts);
    if (!checked.ok) return { ...state, ok: false, message: t(locale, 'publish.unknownAccount', { platform: checked.platform }) };
    const { accounts } = checked;
    storeConnection(apiKey, { projectId, projectName: project.name, accounts });
    return { ...state, connected: true, mapping: accountIds(accounts), message: t(locale, 'publish.connected', { project: project.name, mapped: Object.keys(accounts).length }) };
  } catch (error) {
    return disconnectedState(failureMessage(locale, error));
  }
}

/**
 * Removes the person's key and setup (and their hourly trigger for this spreadsheet).
 * @param workbook The active spreadsheet.
 */
export function disconnect(workbook: Workbook): ConnectState {
  const trigger = hourlyTrigger(workbook.spreadsheet.getId());
  if (trigger) deleteHourlyTrigger(trigger);
  forgetConnection();
  return disconnectedState(t(workbook.locale, 'publish.disconnected'), true);
}

/**
 * Turns the hourly refresh on or off for this spreadsheet. Needs `script.scriptapp`, asked for only
 * here: without it the answer carries Google's authorization link.
 * @param workbook The active spreadsheet.
 * @param on Whether the refresh should run hourly.
 */
export function setHourly(workbook: Workbook, on: boolean): ConnectState & { authorizationUrl?: string } {
  const missing = missingAuthorization([SCRIPT_APP_SCOPE]);
  const state = storedConnectionState(workbook);
  if (missing) return { ...state, ok: false, message: t(workbook.locale, 'sync.authorize'), authorizationUrl: missing.url || undefined };
  const id = workbook.spreadsheet.getId();
  const existing = hourlyTrigger(id);
  if (on && !existing) addHourlyTrigger(id);
  if (!on && existing) removeHourlyTrigger(existing);
  return { ...state, ok: true, hourly: on, message: t(workbook.locale, on ? 'publish.hourlyOn' : 'publish.hourlyOff') };
}
