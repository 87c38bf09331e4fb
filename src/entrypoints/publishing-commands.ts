/** The WoopSocial hand-off's global functions: Connect and Send dialogs, their server calls, Refresh delivery status and the optional hourly refresh. */

import { t } from '../domain/i18n';
import { showLocalisedDialog } from '../services/html-dialogs';
import { activeWorkbook } from '../sheets/active-spreadsheet';
import {
  connectRequestSchema,
  hourlyRequestSchema,
  sendRequestSchema,
  setupRequestSchema,
  type ConnectState,
  type HourlyRefreshState,
  type PublishResult,
  type SendInputs,
  type SendPreview,
} from '../shared/publishing-contract';
import { connectWithKey, disconnect, saveConnectionSetup, setHourly, storedConnectionState } from '../sheets/woopsocial-connect';
import { refreshForHourlyTrigger, refreshUnderLock, sendUnderLock } from '../sheets/woopsocial-runs';
import { previewSend } from '../sheets/woopsocial-send';

const DIALOG_SIZE = { width: 560, height: 620 };

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

/**
 * The Connect dialog's start: not connected, or the project, accounts and mapping (read from WoopSocial
 * with the stored key). Runs: google.script.run (AuthMode.FULL); two WoopSocial calls.
 */
export function getWoopSocialConnection(): ConnectState {
  return storedConnectionState(activeWorkbook());
}

/**
 * Checks a pasted API key with GET /health and, when WoopSocial accepts it, stores it in the person's
 * user properties (never the document) and lists the projects and accounts. `request` = { apiKey, projectId? }.
 * Runs: google.script.run (AuthMode.FULL); up to three WoopSocial calls.
 */
export function connectWoopSocial(request: unknown): ConnectState {
  const workbook = activeWorkbook();
  const input = connectRequestSchema.parse(request);
  return connectWithKey(workbook, input.apiKey?.trim() ?? '', input.projectId ?? '');
}

/**
 * Stores the project and the platform → account mapping (user properties), checking each account is a
 * connected account of the project. `request` = { projectId, mapping: { [calendar platform]: accountId } }.
 * Runs: google.script.run (AuthMode.FULL); two WoopSocial calls.
 */
export function saveWoopSocialSetup(request: unknown): ConnectState {
  const workbook = activeWorkbook();
  const { projectId, mapping } = setupRequestSchema.parse(request);
  return saveConnectionSetup(workbook, projectId, mapping);
}

/** Removes the person's key and setup (and their hourly trigger for this spreadsheet). Runs: google.script.run (AuthMode.FULL). */
export function disconnectWoopSocial(): ConnectState {
  return disconnect(activeWorkbook());
}

/** The date range and inputs of a Send request. */
function sendRequest(request: unknown): { range: { from: string; to: string }; inputs: SendInputs } {
  const { from, to, inputs } = sendRequestSchema.parse(request);
  return { range: { from, to }, inputs };
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

/**
 * Sends the approved, unsent posts in { from, to } to WoopSocial, one post each, under the document
 * lock (each row marked before its call, its ID written at once). Runs: google.script.run from the
 * Send dialog (AuthMode.FULL); stops starting calls at 4.5 minutes of the 6-minute limit.
 */
export function sendToWoopSocial(request: unknown): PublishResult {
  const workbook = activeWorkbook();
  const { range, inputs } = sendRequest(request);
  return sendUnderLock(workbook, range, inputs, new Date());
}

/**
 * Reads delivery back, replaces edited posts not yet started, deletes cancelled ones, and writes the
 * results in one batch. Runs: menu "Refresh delivery status" (toast) and google.script.run (AuthMode.FULL).
 */
export function refreshDeliveryStatus(): PublishResult {
  const workbook = activeWorkbook();
  const result = refreshUnderLock(workbook, new Date());
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
  refreshForHourlyTrigger(event?.triggerUid, new Date());
}

/**
 * Turns the hourly refresh on or off for this spreadsheet (`request` = { on }). Needs `script.scriptapp`,
 * asked for only here: without it the answer carries Google's authorization link.
 * Runs: google.script.run from the Connect dialog (AuthMode.FULL).
 */
export function setHourlyRefresh(request: unknown): HourlyRefreshState {
  const workbook = activeWorkbook();
  const { on } = hourlyRequestSchema.parse(request);
  return setHourly(workbook, on);
}
