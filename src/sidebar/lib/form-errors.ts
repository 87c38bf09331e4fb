/** Shows save problems: each under its field (aria-invalid, described by the error), the rest in the alert, focus on the first. */

import type { FieldError } from '../../shared/rpc-types';
import { replaceChildren } from './dom';
import type { Field } from './form-field';
import { setFieldError } from './form-field';

/** Where errors go. */
export interface ErrorTargets {
  /** The form's fields by name (`date`, `platforms`, `captions.X`, ...); `''` is the general checks list. */
  fields: ReadonlyMap<string, Field>;
  /** The role=alert region. */
  alert: HTMLElement;
  /** The "Save as a new post" button, offered when the post being edited is gone. */
  saveAsNew: HTMLElement;
  /** Opens a closed caption-override disclosure so that its error can be seen. */
  reveal(field: Field): void;
}

/** The field a server error names: `platform` is the platforms chooser, `captions` the main caption. */
function fieldFor(fields: ReadonlyMap<string, Field>, name: string): Field | undefined {
  if (!name) return undefined;
  const field = fields.get(name === 'platform' ? 'platforms' : name === 'captions' ? 'caption' : name);
  return field && field.name !== '' && !field.wrapper.hidden ? field : undefined;
}

/**
 * Clears every field error and the alert.
 * @param targets Where errors go.
 */
export function clearErrors(targets: ErrorTargets): void {
  for (const field of targets.fields.values()) setFieldError(field, null);
  showAlert(targets, '');
  targets.saveAsNew.hidden = true;
}

/**
 * Shows a message in the alert region (screen readers announce it); `''` hides the region.
 * @param targets Where errors go.
 * @param message A complete sentence, or `''`.
 */
export function showAlert(targets: Pick<ErrorTargets, 'alert'>, message: string): void {
  replaceChildren(targets.alert, message);
  targets.alert.classList.toggle('is-shown', message !== '');
}

/**
 * Shows each error under its field (the first one per field), the others and a summary in the alert, and
 * moves focus to the first field in error (or to "Save as a new post" when the edited post is gone).
 * @param targets Where errors go.
 * @param errors The errors, from the shared schema in the browser or from savePost().
 * @param summary The sentence that opens the alert.
 */
export function showErrors(targets: ErrorTargets, errors: readonly FieldError[], summary: string): void {
  const unplaced: string[] = [];
  let first: Field | undefined;
  for (const error of errors) {
    const field = fieldFor(targets.fields, error.field);
    if (field) {
      if (field.error.hidden) setFieldError(field, error.message);
      first = first ?? field;
    } else {
      unplaced.push(error.message);
    }
    if (error.field === 'id') targets.saveAsNew.hidden = false;
  }
  showAlert(targets, [summary, ...unplaced].join(' '));
  if (first) {
    targets.reveal(first);
    first.focusTarget()?.focus();
  } else if (!targets.saveAsNew.hidden) {
    targets.saveAsNew.focus();
  }
}
