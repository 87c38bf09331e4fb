/** The daily digest's time-driven trigger: removed and added through ScriptApp (needs script.scriptapp). */

/**
 * Deletes every trigger of this add-on that runs `handler`.
 * @param handler The global function the trigger runs.
 */
export function removeTriggersOf(handler: string): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === handler) ScriptApp.deleteTrigger(trigger);
  }
}

/**
 * Adds a trigger that runs `handler` daily at about 8:00 (in the script's zone).
 * @param handler The global function the trigger runs.
 */
export function addDailyTrigger(handler: string): void {
  ScriptApp.newTrigger(handler).timeBased().everyDays(1).atHour(8).create();
}
