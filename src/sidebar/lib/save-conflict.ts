/** The post form's conflict panel: what a colleague changed in the sheet since the form loaded the post, and a choice per field. */

import type { FieldConflict, SaveConflict } from '../../domain/post-version';
import { el, replaceChildren } from './dom';

/** Which value a field keeps: the person's own, or the sheet's. */
export type ConflictChoice = 'mine' | 'sheet';

/** The mounted panel. */
export interface ConflictPanel {
  element: HTMLElement;
  /** Shows the conflict (replacing any earlier one) and moves focus to the panel. */
  show(conflict: SaveConflict): void;
  hide(): void;
}

/**
 * The conflict panel. Each changed field offers "Keep mine" and "Take the sheet's" with both values
 * shown as text; a field the person did not change starts on the sheet's value, one they changed on
 * their own. "Save with these choices" hands the choices back; Cancel closes the panel, nothing saved.
 * @param options `tr` translates, `label` names a field, `resolve` receives the choices and the conflict.
 */
export function conflictPanel(options: {
  tr: (key: string, params?: Record<string, string | number>) => string;
  label: (field: FieldConflict['field']) => string;
  resolve: (choices: Map<FieldConflict['field'], ConflictChoice>, conflict: SaveConflict) => void;
}): ConflictPanel {
  const { tr } = options;
  const heading = el('h2', { class: 'conflict-heading', id: 'conflict-heading', tabindex: -1 }, tr('form.conflict.heading'));
  const intro = el('p', { class: 'conflict-intro', id: 'conflict-intro' });
  const list = el('div', { class: 'conflict-fields' });
  const saveButton = el('button', { type: 'button', class: 'button primary', id: 'conflict-save' }, tr('form.conflict.save'));
  const allMine = el('button', { type: 'button', class: 'button', id: 'conflict-all-mine' }, tr('form.conflict.allMine'));
  const allSheet = el('button', { type: 'button', class: 'button', id: 'conflict-all-sheet' }, tr('form.conflict.allSheet'));
  const cancel = el('button', { type: 'button', class: 'button', id: 'conflict-cancel' }, tr('form.conflict.cancel'));
  const element = el(
    'section',
    { class: 'conflict', id: 'conflict', role: 'region', 'aria-labelledby': 'conflict-heading', 'aria-describedby': 'conflict-intro', hidden: true },
    heading,
    intro,
    list,
    el('div', { class: 'conflict-actions' }, saveButton, allMine, allSheet, cancel),
  );
  let current: SaveConflict | null = null;

  const shown = (text: string) => (text === '' ? tr('form.conflict.empty') : text);
  const radios = () => [...list.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const setAll = (choice: ConflictChoice) => {
    for (const radio of radios()) radio.checked = radio.value === choice;
  };

  function option(field: FieldConflict['field'], choice: ConflictChoice, text: string, checked: boolean): HTMLElement {
    const id = `conflict-${field}-${choice}`;
    return el(
      'div',
      { class: 'conflict-option' },
      el('input', { type: 'radio', name: `conflict-${field}`, id, value: choice, checked }),
      el(
        'label',
        { for: id },
        el('span', { class: 'conflict-choice' }, tr(choice === 'mine' ? 'form.conflict.mine' : 'form.conflict.sheet')),
        el('span', { class: 'conflict-value' }, shown(text)),
      ),
    );
  }

  function show(conflict: SaveConflict): void {
    current = conflict;
    replaceChildren(intro, tr('form.conflict.intro', { fields: conflict.fields.map((f) => options.label(f.field)).join(', ') }));
    replaceChildren(
      list,
      ...conflict.fields.map((field) => {
        const untouched = field.mine.trim() === field.loaded.trim();
        return el(
          'fieldset',
          { class: 'conflict-field', 'data-field': field.field },
          el('legend', {}, options.label(field.field)),
          option(field.field, 'sheet', field.sheet, untouched),
          option(field.field, 'mine', field.mine, !untouched),
        );
      }),
    );
    element.hidden = false;
    heading.focus();
  }

  function hide(): void {
    current = null;
    element.hidden = true;
    replaceChildren(list);
  }

  saveButton.addEventListener('click', () => {
    if (!current) return;
    const choices = new Map<FieldConflict['field'], ConflictChoice>();
    for (const field of current.fields) {
      const picked = list.querySelector<HTMLInputElement>(`input[name="conflict-${field.field}"]:checked`);
      choices.set(field.field, picked?.value === 'mine' ? 'mine' : 'sheet');
    }
    const conflict = current;
    hide();
    options.resolve(choices, conflict);
  });
  allMine.addEventListener('click', () => setAll('mine'));
  allSheet.addEventListener('click', () => setAll('sheet'));
  cancel.addEventListener('click', hide);
  return { element, show, hide };
}
