/** One labelled form field with its hint, error, live checks and counters, wired together with aria-describedby. */

import type { Child } from './dom';
import { el, replaceChildren, toggleDescribedBy } from './dom';
import type { FieldIssue } from './live-checks';

/** The parts of a rendered field. `control` is what gets focus and aria-invalid; for a group it is the fieldset. */
export interface Field {
  name: string;
  wrapper: HTMLElement;
  control: HTMLElement;
  /** The element to focus when the field has an error (the control, or a group's first input). */
  focusTarget: () => HTMLElement | null;
  error: HTMLElement;
  checks: HTMLElement;
  counters: HTMLElement;
}

/** Options for fieldBlock(). */
export interface FieldOptions {
  /** The form field name (`date`, `caption`, `captions.X`, ...). */
  name: string;
  /** A unique id prefix; the control gets this id. */
  id: string;
  label: string;
  control: HTMLElement;
  hint?: string;
  /** Extra classes for the wrapper. */
  className?: string;
}

/**
 * A labelled control with (initially empty) hint, error, checks and counter areas below it.
 * @param options The field's name, id, label, control and hint.
 */
export function fieldBlock(options: FieldOptions): Field {
  const { name, id, control } = options;
  control.id = id;
  const hintId = `${id}-hint`;
  const label = el('label', { for: id, class: 'field-label' }, options.label);
  const hint = options.hint ? el('p', { class: 'field-hint', id: hintId }, options.hint) : null;
  if (hint) toggleDescribedBy(control, hintId, true);
  const parts = feedbackParts(id);
  const wrapper = el(
    'div',
    { class: `field ${options.className ?? ''}`.trim(), 'data-field': name },
    label,
    control,
    parts.counters,
    hint,
    parts.error,
    parts.checks,
  );
  return { name, wrapper, control, focusTarget: () => control, ...parts };
}

/**
 * The error, checks and counters areas for a field whose id prefix is `id` (used by groups too).
 * @param id The field's id prefix.
 */
export function feedbackParts(id: string): Pick<Field, 'error' | 'checks' | 'counters'> {
  return {
    error: el('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
    checks: el('ul', { class: 'field-checks', id: `${id}-checks`, hidden: true }),
    counters: el('ul', { class: 'counters', id: `${id}-counters`, hidden: true }),
  };
}

/**
 * Shows (or, with `null`, clears) a validation error under a field, and marks its control invalid.
 * @param field The field.
 * @param message The complete sentence to show, or null to clear.
 */
export function setFieldError(field: Field, message: string | null): void {
  replaceChildren(field.error, message ?? '');
  field.error.hidden = !message;
  if (message) field.control.setAttribute('aria-invalid', 'true');
  else field.control.removeAttribute('aria-invalid');
  field.wrapper.classList.toggle('has-error', Boolean(message));
  toggleDescribedBy(field.control, field.error.id, Boolean(message));
}

/**
 * Whether a check's line should start with its platforms: only when several platforms are chosen, the issue
 * concerns some of them, and its sentence does not already name them.
 * @param issue The merged issue.
 * @param platformCount How many platforms are chosen.
 */
export function namesPlatforms(issue: FieldIssue, platformCount: number): boolean {
  if (platformCount < 2 || issue.platforms.length >= platformCount) return false;
  return !issue.platforms.every((platform) => issue.message.includes(platform));
}

/**
 * Shows the live checks for a field (errors first), naming platforms where that helps (see namesPlatforms).
 * @param field The field.
 * @param issues The merged issues.
 * @param severityLabel The screen-reader prefix per severity (`Problem:`, `Warning:`, ...).
 * @param platformCount How many platforms are chosen.
 */
export function setFieldIssues(
  field: Pick<Field, 'checks' | 'control'>,
  issues: readonly FieldIssue[],
  severityLabel: (severity: string) => string,
  platformCount: number,
): void {
  const items: Child[] = issues.map((issue) =>
    el(
      'li',
      { class: `check check-${issue.severity}`, 'data-code': issue.code },
      el('span', { class: 'sr-only' }, `${severityLabel(issue.severity)} `),
      namesPlatforms(issue, platformCount) ? el('strong', {}, `${issue.platforms.join(', ')}: `) : null,
      issue.message,
    ),
  );
  replaceChildren(field.checks, ...items);
  field.checks.hidden = items.length === 0;
  toggleDescribedBy(field.control, field.checks.id, items.length > 0);
}
