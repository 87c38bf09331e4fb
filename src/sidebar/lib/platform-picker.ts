/** The platform chooser: toggle chips (checkboxes) in a fieldset, or radio chips when editing one row. */

import { el } from './dom';
import type { Field } from './form-field';
import { feedbackParts } from './form-field';

/** A rendered platform chooser. */
export interface PlatformPicker {
  field: Field;
  /** The chosen platforms, in the order the settings list them. */
  chosen(): string[];
  /** Chooses exactly these platforms. */
  choose(platforms: readonly string[]): void;
}

/**
 * Builds the chooser. `single` renders radios (editing a post: one row is one platform).
 * @param options Its id, legend, hint, the platforms, whether one only, and a change callback.
 */
export function platformPicker(options: {
  id: string;
  legend: string;
  hint?: string;
  platforms: readonly string[];
  single: boolean;
  onChange: () => void;
}): PlatformPicker {
  const { id, platforms, single } = options;
  const inputs: HTMLInputElement[] = [];
  const chips = platforms.map((platform, index) => {
    const input = el('input', {
      type: single ? 'radio' : 'checkbox',
      name: single ? `${id}-platform` : `${id}-platforms`,
      value: platform,
      id: `${id}-${index}`,
      class: 'chip-input',
    });
    input.addEventListener('change', options.onChange);
    inputs.push(input);
    return el('label', { class: 'chip', for: input.id }, input, el('span', { class: 'chip-text' }, platform));
  });
  const hintId = `${id}-hint`;
  const parts = feedbackParts(id);
  const fieldset = el(
    'fieldset',
    {
      class: 'field field-group',
      id,
      'data-field': 'platforms',
      'aria-describedby': options.hint ? hintId : undefined,
    },
    el('legend', { class: 'field-label' }, options.legend),
    el('div', { class: 'chips' }, ...chips),
    options.hint ? el('p', { class: 'field-hint', id: hintId }, options.hint) : null,
    parts.error,
    parts.checks,
  );
  const field: Field = {
    name: 'platforms',
    wrapper: fieldset,
    control: fieldset,
    focusTarget: () => inputs.find((input) => input.checked) ?? inputs[0] ?? null,
    ...parts,
  };
  return {
    field,
    chosen: () => inputs.filter((input) => input.checked).map((input) => input.value),
    choose(wanted) {
      const set = new Set(wanted.map((name) => name.toLowerCase()));
      let any = false;
      for (const input of inputs) {
        input.checked = set.has(input.value.toLowerCase()) && !(single && any);
        any = any || input.checked;
      }
    },
  };
}
