/** The note the form shows while the platform of a saved post is being changed: Save moves that post, and a button keeps it and adds a new one instead. */

import { el, replaceChildren } from './dom';

/** A platform change of the post being edited. */
export interface PlatformMove {
  id: string;
  from: string;
  to: string;
}

/** The note, and what it knows about the change. */
export interface PlatformMoveNote {
  element: HTMLElement;
  /** Shows or hides the note for editing post `id`, saved on `from`, now set to `to`. */
  update(id: string, from: string, to: string): void;
  /** The change Save would make, or null when the platform is unchanged (or the post is new). */
  move(): PlatformMove | null;
}

/** Builds the note; `saveAsNew` runs when the person keeps the old post and adds a new one instead. */
export function platformMoveNote(tr: (key: string, params?: Record<string, string | number>) => string, saveAsNew: () => void): PlatformMoveNote {
  const element = el('div', { class: 'move-note', id: 'move-note', role: 'status', hidden: true });
  let current: PlatformMove | null = null;
  const update = (id: string, from: string, to: string) => {
    const changed = Boolean(id && from && to && from.toLowerCase() !== to.toLowerCase());
    current = changed ? { id, from, to } : null;
    element.hidden = !changed;
    if (!current) return replaceChildren(element);
    const button = el('button', { type: 'button', class: 'link-button', id: 'move-save-as-new' }, tr('form.move.saveAsNew', { from, platform: to }));
    button.addEventListener('click', saveAsNew);
    replaceChildren(element, el('p', { class: 'move-note-text' }, tr('form.move.note', { ...current })), button);
  };
  return { element, update, move: () => current };
}
