/** The post form's layout: headings, live regions, buttons, the panels beside the fields, and the form put together. */

import type { FieldConflict, SaveConflict } from '../../domain/post-version';
import type { FormContext } from '../../shared/rpc-types';
import { el } from './dom';
import type { Field } from './form-field';
import type { PageTranslate } from './page-messages';
import { planningHintsPanel } from './planning-hints';
import { platformMoveNote } from './platform-move';
import type { FormControls } from './post-form-controls';
import type { FormElements, FormPanels, PostFormParts } from './post-form-parts';
import { formPost } from './post-form-values';
import type { ConflictChoice } from './save-conflict';
import { conflictPanel } from './save-conflict';
import { snippetPicker } from './snippet-picker';
import { spreadWarning } from './spread-warning';
import { enhanceZonePicker, timeZoneLabel } from './time-zones';
import { utmOption } from './utm-option';

/**
 * The live regions (visible status, visible alert, a quiet announcer for counters), headings and buttons.
 * @param tr The form's translator.
 */
export function formElements(tr: PageTranslate): Omit<FormElements, 'form' | 'root'> {
  const editSelected = el('button', { type: 'button', class: 'link-button', id: 'edit-selected' });
  editSelected.hidden = true;
  return {
    heading: el('h1', { class: 'heading', id: 'form-heading' }),
    subheading: el('p', { class: 'subheading', id: 'form-subheading' }),
    status: el('div', { class: 'status', role: 'status', id: 'form-status' }),
    alertBox: el('div', { class: 'alert', role: 'alert', id: 'form-alert' }),
    announcer: el('div', { class: 'sr-only', role: 'status', 'aria-live': 'polite', id: 'form-announcer' }),
    platformSlot: el('div', { class: 'platform-slot' }),
    overridesBox: el('div', { class: 'overrides' }),
    saveButton: el('button', { type: 'submit', class: 'button primary', id: 'save' }, tr('form.save')),
    saveNewButton: el('button', { type: 'button', class: 'button', id: 'save-new' }, tr('form.saveNew')),
    closeButton: el('button', { type: 'button', class: 'button', id: 'close' }, tr('form.close')),
    saveAsNewButton: el('button', { type: 'button', class: 'button', id: 'save-as-new', hidden: true }, tr('form.saveAsNew')),
    editSelected,
  };
}

/** Takes the sheet's value for each field the person chose so in the conflict panel, then saves again. */
function resolveConflict(parts: PostFormParts, choices: Map<FieldConflict['field'], ConflictChoice>, conflict: SaveConflict): void {
  for (const [field, choice] of choices) {
    if (choice !== 'sheet') continue;
    const value = conflict.sheet[field];
    if (field === 'platform') parts.state.picker.choose(value ? [value] : []);
    else {
      const control = parts.controls[field];
      if (control instanceof HTMLSelectElement && ![...control.options].some((o) => o.value === value)) {
        control.append(el('option', { value }, field === 'timeZone' ? timeZoneLabel(value) : value));
      }
      control.value = value;
    }
  }
  parts.state.base = conflict.sheet;
  parts.actions.changed();
  void parts.actions.save('save');
}

/**
 * The panels: UTM option, planning hints, snippets, the conflict panel, the spread warning, the move note.
 * @param form The form, once put together (the panels call it only after it is).
 * @param context getFormContext()'s result.
 * @param controls The form's controls.
 * @param tr The form's translator.
 */
export function formPanels(form: () => PostFormParts, context: FormContext, controls: FormControls, tr: PageTranslate): FormPanels {
  const chosenPlatform = () => form().state.picker.chosen()[0] ?? '';
  return {
    utm: utmOption({ template: context.utmTemplate ?? '', post: () => formPost(form()), tr }),
    hints: planningHintsPanel({
      date: () => controls.date.value,
      platform: chosenPlatform,
      timeZone: () => controls.timeZone.value || context.timeZone,
      useSlot: (date, time) => {
        controls.date.value = date;
        controls.time.value = time;
        form().actions.changed();
        controls.time.focus();
      },
      tr,
    }),
    snippets: snippetPicker({ snippets: context.snippets ?? [], targets: { caption: controls.caption, firstComment: controls.firstComment }, tr }),
    conflicts: conflictPanel({ tr, label: (field) => tr(`form.${field}`), resolve: (choices, conflict) => resolveConflict(form(), choices, conflict) }),
    spread: spreadWarning(tr),
    moveNote: platformMoveNote(tr, () => void form().actions.save('copy')),
  };
}

/** The When group: date and time side by side, the time zone (with its search), the planning hints. */
function whenGroup(fields: Map<string, Field>, panels: FormPanels, context: FormContext, tr: PageTranslate): HTMLElement {
  const zone = fields.get('timeZone')!;
  enhanceZonePicker(zone.control as HTMLSelectElement, zone.wrapper, context.timeZone, {
    search: tr('form.timeZone.search'),
    suggested: tr('form.timeZone.suggested'),
    all: tr('form.timeZone.all'),
    noMatch: tr('form.timeZone.noMatch'),
  });
  return el(
    'fieldset',
    { class: 'group' },
    el('legend', { class: 'group-legend' }, tr('form.when')),
    el('div', { class: 'row' }, fields.get('date')!.wrapper, fields.get('time')!.wrapper),
    zone.wrapper,
    panels.hints.element,
  );
}

/**
 * The form: the fields scroll above the Save bar, which never covers them (WCAG 2.4.11, 2.5.8).
 * @returns The form and the page's root element (headings, form, announcer).
 */
export function formLayout(
  fields: Map<string, Field>,
  panels: FormPanels,
  elements: Omit<FormElements, 'form' | 'root'>,
  context: FormContext,
  tr: PageTranslate,
): { form: HTMLFormElement; root: HTMLElement } {
  const wrapper = (name: string) => fields.get(name)!.wrapper;
  const when = whenGroup(fields, panels, context, tr);
  const form = el(
    'form',
    { class: 'post-form', novalidate: true, 'aria-labelledby': 'form-heading' },
    el(
      'div',
      { class: 'form-fields' },
      when, elements.platformSlot, panels.moveNote.element, wrapper('format'), wrapper('title'), wrapper('caption'),
      elements.overridesBox, wrapper('hashtags'), wrapper('link'), panels.utm.element, wrapper('media'),
      wrapper('altText'), wrapper('firstComment'), panels.snippets.element, wrapper('subreddit'),
      el('div', { class: 'row' }, wrapper('status'), wrapper('owner')),
      wrapper('campaign'), wrapper('pillar'), wrapper('repeat'), wrapper('notes'), wrapper(''), panels.conflicts.element,
    ),
    el(
      'div',
      { class: 'footer', id: 'form-footer' },
      panels.spread.element, elements.alertBox, elements.saveAsNewButton, elements.status,
      el('div', { class: 'actions' }, elements.saveButton, elements.saveNewButton, elements.closeButton),
    ),
  );
  const root = el('div', { class: 'app' }, elements.heading, elements.subheading, elements.editSelected, form, elements.announcer);
  return { form, root };
}
