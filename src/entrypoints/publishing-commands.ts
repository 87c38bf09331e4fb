/** The WoopSocial hand-off's global functions: Connect and Send dialogs, their server calls, Refresh delivery status and the optional hourly refresh. */

import { t } from '../domain/i18n';
import { NOT_SENDABLE_PLATFORMS, WOOP_PLATFORMS, woopPlatformLabel, woopPlatformsFor, type WoopPlatform } from '../domain/publishing/woop-platforms';
import { PLATFORMS } from '../domain/post';
import { activeWorkbook, type Workbook } from '../sheets/active-spreadsheet';
import type { ConnectState, PublishResult, SendInputs, SendPreview, WoopAccountOption } from '../sheets/publishing-rpc';
import { failureMessage } from '../sheets/woopsocial-plan';
import { refreshDelivery } from '../sheets/woopsocial-refresh';
import { previewSend, sendPosts } from '../sheets/woopsocial-send';
import { showLocalisedDialog } from '../services/html-dialogs';
import { woopFetch } from '../services/woopsocial-client';
import { forgetConnection, storeConnection, storedApiKey, storedSetup, type WoopSetup } from '../services/woopsocial-connection';

/** ScriptApp trigger methods need `script.scriptapp` (https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String), "Authorization"). */
const SCRIPT_APP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';
const HOURLY_HANDLER = 'refreshDeliveryStatusHourly_';
/** User property: the spreadsheet the person's hourly trigger refreshes (time-driven triggers have no active spreadsheet). */
const HOURLY_PREFIX = 'woopsocial.hourly.';
const DIALOG_SIZE = { width: 560, height: 620 };
const LOCK_WAIT_MS = 10_000;
const DEADLINE_MS = 60_000;

/** Shows a built page with its `{{key}}` placeholders filled from the catalogue (HTML-escaped). */
function showDialog(file: string, titleKey: string): void {
  const { locale } = activeWorkbook();
  showLocalisedDialog(file, t(locale, titleKey), DIALOG_SIZE, locale);
}

/**
 * Opens the Connect dialog (API key, project, platform → account). Runs: menu "Connect WoopSocial…"
 * (AuthMode.FULL). Reads nothing; the dialog calls getWoopSocialConnection.
 */
export function showWoopSocialConnect(): void {
  showDialog('WoopsocialConnect', 'publish.connectTitle');
}

/** Opens the Send dialog. Runs: menu "Send to WoopSocial…" (AuthMode.FULL). Reads nothing; the dialog calls previewWoopSocialSend. */
export function showWoopSocialSend(): void {
  showDialog('WoopsocialSend', 'publish.sendTitle');
}

/** The calendar platforms WoopSocial serves. */
function servedPlatforms(): string[] {
  return PLATFORMS.filter((platform) => woopPlatformsFor(platform).length > 0);
}

/** The person's hourly trigger for this spreadsheet, if any. */
function hourlyTrigger(workbook: Workbook): GoogleAppsScript.Script.Trigger | null {
  const id = workbook.spreadsheet.getId();
  const properties = PropertiesService.getUserProperties();
  let triggers: GoogleAppsScript.Script.Trigger[];
  try {
    triggers = ScriptApp.getProjectTriggers();
  } catch {
    return null; // script.scriptapp not granted: there is no trigger.
  }
  return triggers.find((trigger) => trigger.getHandlerFunction() === HOURLY_HANDLER && properties.getProperty(HOURLY_PREFIX + trigger.getUniqueId()) === id) ?? null;
}

/** The Connect dialog's state, reading projects and accounts with `apiKey`. */
function connectState(workbook: Workbook, apiKey: string, setup: WoopSetup | null, projectId: string): ConnectState {
  const deadline = Date.now() + DEADLINE_MS;
  const projects = woopFetch(apiKey, { method: 'get', path: '/projects' }, deadline) as Array<{ id: string; name: string }>;
  const chosen = projectId || setup?.projectId || (projects.length === 1 ? projects[0].id : '');
  const accounts = chosen
    ? (woopFetch(apiKey, { method: 'get', path: '/social-accounts', query: { projectId: chosen } }, deadline) as Array<{ id: string; platform: string; username: string; status: string }>)
    : [];
  const options: WoopAccountOption[] = accounts
    .filter((account) => account.status === 'CONNECTED' && (WOOP_PLATFORMS as readonly string[]).includes(account.platform))
    .map((account) => ({ id: account.id, platform: account.platform, username: account.username, label: `${account.username} (${woopPlatformLabel(account.platform)})` }));
  const mapping: Record<string, string> = {};
  for (const [platform, account] of Object.entries(setup?.accounts ?? {})) mapping[platform] = account.socialAccountId;
  return {
    ok: true,
    message: '',
    connected: Boolean(setup),
    projects: projects.map((project) => ({ id: project.id, name: project.name })),
    accounts: options,
    projectId: chosen,
    mapping,
    platforms: servedPlatforms(),
    notSendable: [...NOT_SENDABLE_PLATFORMS],
    hourly: Boolean(hourlyTrigger(workbook)),
  };
}

/** A not-connected state with a message. */
function disconnectedState(message: string, ok = false): ConnectState {
  return { ok, message, connected: false, projects: [], accounts: [], projectId: '', mapping: {}, platforms: servedPlatforms(), notSendable: [...NOT_SENDABLE_PLATFORMS], hourly: false };
}

/**
 * The Connect dialog's start: not connected, or the project, accounts and mapping (read from WoopSocial
 * with the stored key). Runs: google.script.run (AuthMode.FULL); two WoopSocial calls.
 */
export function getWoopSocialConnection(): ConnectState {
  const workbook = activeWorkbook();
  const apiKey = storedApiKey();
  if (!apiKey) return disconnectedState(t(workbook.locale, 'publish.notConnected'));
  try {
    return connectState(workbook, apiKey, storedSetup(), '');
  } catch (error) {
    return disconnectedState(failureMessage(workbook.locale, error));
  }
}

/**
 * Checks a pasted API key with GET /health and, when WoopSocial accepts it, stores it in the person's
 * user properties (never the document) and lists the projects and accounts. `request` = { apiKey, projectId? }.
 * Runs: google.script.run (AuthMode.FULL); up to three WoopSocial calls.
 */
export function connectWoopSocial(request: unknown): ConnectState {
  const workbook = activeWorkbook();
  const input = (request && typeof request === 'object' ? request : {}) as { apiKey?: unknown; projectId?: unknown };
  const pasted = typeof input.apiKey === 'string' ? input.apiKey.trim() : '';
  const apiKey = pasted || storedApiKey() || '';
  if (!apiKey) return disconnectedState(t(workbook.locale, 'publish.keyMissing'));
  try {
    woopFetch(apiKey, { method: 'get', path: '/health' }, Date.now() + DEADLINE_MS);
    // A different key may belong to another organisation: its project and mapping start afresh.
    const changed = Boolean(pasted) && pasted !== storedApiKey();
    const setup = changed ? null : storedSetup();
    const state = connectState(workbook, apiKey, setup, typeof input.projectId === 'string' ? input.projectId : '');
    if (changed) forgetConnection();
    storeConnection(apiKey, setup);
    return state;
  } catch (error) {
    return disconnectedState(failureMessage(workbook.locale, error));
  }
}

/**
 * Stores the project and the platform → account mapping (user properties), checking each account is a
 * connected account of the project. `request` = { projectId, mapping: { [calendar platform]: accountId } }.
 * Runs: google.script.run (AuthMode.FULL); two WoopSocial calls.
 */
export function saveWoopSocialSetup(request: unknown): ConnectState {
  const workbook = activeWorkbook();
  const { locale } = workbook;
  const apiKey = storedApiKey();
  if (!apiKey) return disconnectedState(t(locale, 'publish.notConnected'));
  const input = (request && typeof request === 'object' ? request : {}) as { projectId?: unknown; mapping?: unknown };
  const projectId = typeof input.projectId === 'string' ? input.projectId : '';
  if (!projectId) return disconnectedState(t(locale, 'publish.noProject'));
  try {
    const state = connectState(workbook, apiKey, null, projectId);
    const project = state.projects.find((p) => p.id === projectId);
    if (!project) return { ...state, ok: false, message: t(locale, 'publish.noProject') };
    const accounts: WoopSetup['accounts'] = {};
    const mapping = (input.mapping && typeof input.mapping === 'object' ? input.mapping : {}) as Record<string, unknown>;
    for (const platform of servedPlatforms()) {
      const id = mapping[platform];
      if (typeof id !== 'string' || !id) continue;
      const account = state.accounts.find((a) => a.id === id);
      if (!account || !woopPlatformsFor(platform).includes(account.platform as WoopPlatform))
        return { ...state, ok: false, message: t(locale, 'publish.unknownAccount', { platform }) };
      accounts[platform.toLowerCase()] = { socialAccountId: id, platform: account.platform as WoopPlatform, username: account.username };
    }
    const setup: WoopSetup = { projectId, projectName: project.name, accounts };
    storeConnection(apiKey, setup);
    const mapped: Record<string, string> = {};
    for (const [platform, account] of Object.entries(accounts)) mapped[platform] = account.socialAccountId;
    return { ...state, connected: true, mapping: mapped, message: t(locale, 'publish.connected', { project: project.name, mapped: Object.keys(accounts).length }) };
  } catch (error) {
    return disconnectedState(failureMessage(locale, error));
  }
}

/** Removes the person's key and setup (and their hourly trigger for this spreadsheet). Runs: google.script.run (AuthMode.FULL). */
export function disconnectWoopSocial(): ConnectState {
  const workbook = activeWorkbook();
  const trigger = hourlyTrigger(workbook);
  if (trigger) ScriptApp.deleteTrigger(trigger);
  forgetConnection();
  return disconnectedState(t(workbook.locale, 'publish.disconnected'), true);
}

/** The date range and inputs of a Send request. */
function sendRequest(request: unknown): { range: { from: string; to: string }; inputs: SendInputs } {
  const input = (request && typeof request === 'object' ? request : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '');
  const raw = (input.inputs && typeof input.inputs === 'object' ? input.inputs : {}) as Record<string, unknown>;
  const word = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    range: { from: text(input.from), to: text(input.to) },
    inputs: { pinterestBoardId: word(raw.pinterestBoardId), tiktokPrivacyLevel: word(raw.tiktokPrivacyLevel), youtubePrivacy: word(raw.youtubePrivacy) },
  };
}

/**
 * The Send dialog's list: approved, unsent posts in { from, to } with our checks and WoopSocial's
 * POST /posts/validate, plus the boards and privacy levels to choose. Nothing is created (media is
 * uploaded to the project's media library so validation can see it). Runs: google.script.run (AuthMode.FULL).
 */
export function previewWoopSocialSend(request: unknown): SendPreview {
  const { range, inputs } = sendRequest(request);
  return previewSend(activeWorkbook(), range, inputs, new Date());
}

/** Runs `body` under the document lock, or says someone else is busy. */
function underLock(workbook: Workbook, body: () => PublishResult): PublishResult {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, message: t(workbook.locale, 'publish.busy') };
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Sends the approved, unsent posts in { from, to } to WoopSocial, one post each, under the document
 * lock (each row marked before its call, its ID written at once). Runs: google.script.run from the
 * Send dialog (AuthMode.FULL); stops starting calls at 4.5 minutes of the 6-minute limit.
 */
export function sendToWoopSocial(request: unknown): PublishResult {
  const workbook = activeWorkbook();
  const { range, inputs } = sendRequest(request);
  return underLock(workbook, () => sendPosts(workbook, range, inputs, new Date()));
}

/**
 * Reads delivery back, replaces edited posts not yet started, deletes cancelled ones, and writes the
 * results in one batch. Runs: menu "Refresh delivery status" (toast) and google.script.run (AuthMode.FULL).
 */
export function refreshDeliveryStatus(): PublishResult {
  const workbook = activeWorkbook();
  const result = underLock(workbook, () => refreshDelivery(workbook, new Date()));
  try {
    workbook.spreadsheet.toast(result.message, t(workbook.locale, 'publish.title'), 10);
  } catch {
    // No UI (a dialog call still returns the result).
  }
  return result;
}

/**
 * The hourly time-driven trigger's handler: refreshes the spreadsheet the trigger was made for.
 * Runs: installable time-driven trigger (AuthMode.FULL, no UI), as the person who turned it on.
 */
export function refreshDeliveryStatusHourly_(event?: { triggerUid?: string }): void {
  const id = event?.triggerUid ? PropertiesService.getUserProperties().getProperty(HOURLY_PREFIX + event.triggerUid) : null;
  if (!id) return;
  // A time-driven trigger of a container-bound script runs with its container as the active spreadsheet,
  // which `spreadsheets.currentonly` reaches (openById would need the whole `spreadsheets` scope, which the
  // manifest no longer asks for: issue #16). A trigger recorded for another spreadsheet does nothing.
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet || spreadsheet.getId() !== id) return;
  const workbook: Workbook = { spreadsheet, timeZone: spreadsheet.getSpreadsheetTimeZone(), locale: spreadsheet.getSpreadsheetLocale() || 'en_US' };
  underLock(workbook, () => refreshDelivery(workbook, new Date()));
}

/**
 * Turns the hourly refresh on or off for this spreadsheet (`request` = { on }). Needs `script.scriptapp`,
 * asked for only here: without it the answer carries Google's authorization link.
 * Runs: google.script.run from the Connect dialog (AuthMode.FULL).
 */
export function setHourlyRefresh(request: unknown): ConnectState & { authorizationUrl?: string } {
  const workbook = activeWorkbook();
  const on = Boolean(request && typeof request === 'object' && (request as { on?: unknown }).on === true);
  const getInfo = ScriptApp.getAuthorizationInfo as (mode: GoogleAppsScript.Script.AuthMode, scopes: string[]) => GoogleAppsScript.Script.AuthorizationInfo;
  const info = getInfo.call(ScriptApp, ScriptApp.AuthMode.FULL, [SCRIPT_APP_SCOPE]);
  const state = getWoopSocialConnection();
  if (info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED)
    return { ...state, ok: false, message: t(workbook.locale, 'sync.authorize'), authorizationUrl: info.getAuthorizationUrl() || undefined };
  const existing = hourlyTrigger(workbook);
  if (on && !existing) {
    const trigger = ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create();
    PropertiesService.getUserProperties().setProperty(HOURLY_PREFIX + trigger.getUniqueId(), workbook.spreadsheet.getId());
  }
  if (!on && existing) {
    PropertiesService.getUserProperties().deleteProperty(HOURLY_PREFIX + existing.getUniqueId());
    ScriptApp.deleteTrigger(existing);
  }
  return { ...state, ok: true, hourly: on, message: t(workbook.locale, on ? 'publish.hourlyOn' : 'publish.hourlyOff') };
}
