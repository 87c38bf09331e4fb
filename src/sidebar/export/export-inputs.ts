/** The Export dialog's form bits: a labelled field, a select of options, a checkbox row. */

import { el, replaceChildren } from '../lib/dom';

/**
 * A labelled field: label above the control, an optional hint below it.
 * @param id The control's id.
 * @param label The label.
 * @param control The control.
 * @param hint A hint (the control is described by it).
 */
export function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  return el(
    'div',
    { class: 'field' },
    el('label', { for: id, class: 'field-label' }, label),
    control,
    hint ? el('p', { id: `${id}-hint`, class: 'field-hint' }, hint) : null,
  );
}

/**
 * A select with `[value, label]` options.
 * @param id Its id and name.
 * @param options The options.
 * @param value The chosen value.
 */
export function select(id: string, options: Array<[string, string]>, value = ''): HTMLSelectElement {
  const box = el('select', { id, name: id });
  for (const [optionValue, label] of options) box.append(el('option', { value: optionValue }, label));
  box.value = value;
  return box;
}

/**
 * A checkbox with its label beside it.
 * @param id Its id and name.
 * @param label The label.
 * @returns The row and the checkbox.
 */
export function checkbox(id: string, label: string): [HTMLElement, HTMLInputElement] {
  const input = el('input', { type: 'checkbox', id, name: id });
  return [el('div', { class: 'check-row' }, input, el('label', { for: id }, label)), input];
}

/**
 * Replaces a select's options, keeping its value when it is still offered.
 * @param box The select.
 * @param options The new options.
 */
export function setOptions(box: HTMLSelectElement, options: Array<[string, string]>): void {
  const value = box.value;
  replaceChildren(box, ...options.map(([optionValue, label]) => el('option', { value: optionValue }, label)));
  box.value = options.some(([optionValue]) => optionValue === value) ? value : '';
}
