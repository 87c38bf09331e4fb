/** The post form's mode: a new post (platform chips, several allowed) or an existing post (one platform, its ID in the heading). */

import { replaceChildren } from './dom';
import { setFieldError } from './form-field';
import type { PlatformPicker } from './platform-picker';
import { platformPicker } from './platform-picker';
import type { FormElements, PostFormParts } from './post-form-parts';

/** What the chooser is built from: the form's translator, platforms, fields and slot. */
export type PickerHost = Pick<PostFormParts, 'tr' | 'platformNames' | 'actions' | 'fields'> & {
  elements: Pick<FormElements, 'platformSlot'>;
};

/**
 * Builds the platform chooser into its slot: radios for one post (`single`), checkboxes for several.
 * @param parts The form's parts the chooser needs (the caller keeps the returned chooser).
 * @param single Whether one platform only may be chosen.
 */
export function buildPicker(parts: PickerHost, single: boolean): PlatformPicker {
  const { tr } = parts;
  const built = platformPicker({
    id: 'f-platforms',
    legend: tr(single ? 'form.platform' : 'form.platforms'),
    hint: single ? undefined : tr('form.platforms.hint'),
    platforms: parts.platformNames,
    single,
    onChange: () => {
      setFieldError(built.field, null);
      parts.actions.changed();
    },
  });
  replaceChildren(parts.elements.platformSlot, built.field.wrapper);
  parts.fields.set('platforms', built.field);
  return built;
}

/**
 * Edits the post `id` ('' for a new post): the heading, the page title and, when the mode changes, the chooser.
 * @param parts The form.
 * @param id The post's ID, or ''.
 */
export function setMode(parts: PostFormParts, id: string): void {
  const { state, tr } = parts;
  const { heading, subheading } = parts.elements;
  const wasSingle = Boolean(state.editingId);
  state.editingId = id;
  replaceChildren(heading, tr(id ? 'form.heading.edit' : 'form.heading.new'));
  replaceChildren(subheading, id ? tr('form.heading.editId', { id }) : '');
  subheading.hidden = !id;
  document.title = heading.textContent ?? '';
  if (wasSingle !== Boolean(id)) {
    const chosen = state.picker.chosen();
    state.picker = buildPicker(parts, Boolean(id));
    state.picker.choose(id ? chosen.slice(0, 1) : chosen);
  }
}
