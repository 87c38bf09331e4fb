// Alerts and prompts a person answers in the preview page: an execution that reaches an unanswered dialog is suspended, its effects rolled back from a snapshot, and replayed with the answer once the person gives it.

/** Thrown into the bundle to stop a suspended execution; every later service call throws it again, so a catch in the script cannot carry on. */
export class Suspended extends Error {
  constructor() {
    super('The script is waiting for an answer in the preview.');
    this.name = 'Suspended';
  }
}

/** Whether this dialog needs the person's answer (a prompt, or an alert with a choice; an OK-only alert is shown and the script goes on). */
function needsAnswer(kind, dialog) {
  return kind === 'prompt' || dialog.buttons !== 'OK';
}

/**
 * Runs `execute` with the answers given so far queued (`snapshot`: the emulator's saved state now, if the caller keeps it). If the script reaches a dialog with no answer
 * yet, it is stopped there, the emulator's state and UI records are rolled back to before the run,
 * and `{ suspended: { kind, title, prompt, buttons } }` says what to ask; else `{ outcome }`.
 * The design (replay, not a paused thread): the emulator runs synchronously in this process, and an
 * Apps Script execution has no state outside the services, so running it again from the same state
 * with the same answers reaches the same dialog and goes on from there.
 */
export function runInteractively(emulator, execute, answers = { alerts: [], prompts: [] }, snapshot = null) {
  const ui = emulator.ui;
  // The state before the run: the caller's copy when it has one (saving 450 KB costs more than most calls).
  const before = snapshot ?? emulator.save();
  const lengths = {
    sidebars: ui.sidebars.length,
    dialogs: ui.dialogs.length,
    alerts: ui.alerts.length,
    prompts: ui.prompts.length,
    toasts: ui.toasts.length,
  };
  ui.alertResponses.splice(0, ui.alertResponses.length, ...answers.alerts);
  ui.promptResponses.splice(0, ui.promptResponses.length, ...answers.prompts);
  let suspended = null;
  ui.beforeDialog = (kind, dialog, queued) => {
    if (suspended) throw new Suspended();
    if (!needsAnswer(kind, dialog)) {
      // An OK-only alert is answered OK; it must not take an answer queued for a later choice.
      if (kind === 'alert' && ui.alertResponses.length > 0) ui.alertResponses.unshift('OK');
      return;
    }
    if (queued) return;
    suspended = { kind, title: dialog.title, prompt: dialog.prompt, buttons: dialog.buttons };
    throw new Suspended();
  };
  const poisoned = () => {
    if (suspended) throw new Suspended();
  };
  emulator.context.beforeCall.push(poisoned);
  let outcome;
  try {
    outcome = execute();
  } finally {
    const index = emulator.context.beforeCall.indexOf(poisoned);
    if (index >= 0) emulator.context.beforeCall.splice(index, 1);
    ui.beforeDialog = undefined;
    ui.alertResponses.length = 0;
    ui.promptResponses.length = 0;
  }
  if (!suspended) return { outcome };
  emulator.load(before);
  for (const [name, length] of Object.entries(lengths)) ui[name].length = length;
  return { suspended };
}

/** Adds the person's answer to a suspended dialog to the answers the replay queues. */
export function withAnswer(answers, kind, button, text) {
  return kind === 'prompt'
    ? { alerts: answers.alerts, prompts: [...answers.prompts, { button, text: text ?? '' }] }
    : { alerts: [...answers.alerts, button], prompts: answers.prompts };
}
