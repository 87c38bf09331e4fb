/** The person's hourly delivery-status refresh: a time-driven trigger per spreadsheet, recorded in their user properties. */

/** ScriptApp trigger methods need `script.scriptapp` (https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String), "Authorization"). */
export const SCRIPT_APP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';
/** The global function the trigger runs. */
export const HOURLY_HANDLER = 'refreshDeliveryStatusHourly_';
/** User property: the spreadsheet the person's hourly trigger refreshes (time-driven triggers have no active spreadsheet). */
const HOURLY_PREFIX = 'woopsocial.hourly.';

type Trigger = GoogleAppsScript.Script.Trigger;

/**
 * The person's hourly trigger for spreadsheet `spreadsheetId`, or null (also when script.scriptapp is
 * not granted: then there is no trigger).
 * @param spreadsheetId The spreadsheet's id.
 */
export function hourlyTrigger(spreadsheetId: string): Trigger | null {
  const properties = PropertiesService.getUserProperties();
  let triggers: Trigger[];
  try {
    triggers = ScriptApp.getProjectTriggers();
  } catch {
    return null; // script.scriptapp not granted: there is no trigger.
  }
  return triggers.find((trigger) => trigger.getHandlerFunction() === HOURLY_HANDLER && properties.getProperty(HOURLY_PREFIX + trigger.getUniqueId()) === spreadsheetId) ?? null;
}

/**
 * Adds an hourly trigger and records the spreadsheet it refreshes.
 * @param spreadsheetId The spreadsheet's id.
 */
export function addHourlyTrigger(spreadsheetId: string): void {
  const trigger = ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create();
  PropertiesService.getUserProperties().setProperty(HOURLY_PREFIX + trigger.getUniqueId(), spreadsheetId);
}

/**
 * Removes an hourly trigger and its record.
 * @param trigger The trigger (from hourlyTrigger).
 */
export function removeHourlyTrigger(trigger: Trigger): void {
  PropertiesService.getUserProperties().deleteProperty(HOURLY_PREFIX + trigger.getUniqueId());
  ScriptApp.deleteTrigger(trigger);
}

/**
 * Deletes an hourly trigger, leaving its record (Disconnect; a record without its trigger is never read).
 * @param trigger The trigger (from hourlyTrigger).
 */
export function deleteHourlyTrigger(trigger: Trigger): void {
  ScriptApp.deleteTrigger(trigger);
}

/**
 * The spreadsheet an hourly trigger was made for, or null when the event names no recorded trigger.
 * @param triggerUid The trigger's unique id, from the time-driven event.
 */
export function hourlyTriggerSpreadsheetId(triggerUid: string | undefined): string | null {
  return triggerUid ? PropertiesService.getUserProperties().getProperty(HOURLY_PREFIX + triggerUid) : null;
}
