/** The post composer: builds the form from the FormContext, runs live checks as the person types, and saves. */

import { emptyPost } from '../../domain/post';
import { postVersion } from '../../domain/post-version';
import type { FormContext } from '../../shared/rpc-types';
import { CounterBoard } from './counters';
import { replaceChildren } from './dom';
import type { ErrorTargets } from './form-errors';
import { setFieldError } from './form-field';
import type { Rules } from './live-checks';
import type { PageMessages } from './page-messages';
import { changed, refresh } from './post-form-checks';
import { formControls } from './post-form-controls';
import { formFields } from './post-form-fields';
import { buildPicker, setMode } from './post-form-mode';
import type { FormActions, FormState, PostFormParts } from './post-form-parts';
import { save } from './post-form-save';
import { defaultStatus, fill } from './post-form-values';
import { formElements, formLayout, formPanels } from './post-form-view';
import { closeSidebar } from './server';

/** The mounted form. */
export interface PostForm {
  /** The form's root element. */
  root: HTMLElement;
  /** Runs the live checks again (after values are set from outside). */
  refresh(): void;
}

/** The counters under the fields, announcing level changes in the quiet live region. */
function counterBoard(tr: PostFormParts['tr'], announcer: HTMLElement): CounterBoard {
  return new CounterBoard(
    {
      label: (c) => tr('form.counter.label', { platform: c.platform, used: c.used, limit: c.limit, unit: c.unit }),
      announce: (c, level) =>
        level === 'over'
          ? tr('form.counter.over', { platform: c.platform, over: c.used - c.limit, limit: c.limit, unit: c.unit })
          : level === 'near'
            ? tr('form.counter.near', { platform: c.platform, left: c.limit - c.used, limit: c.limit, unit: c.unit })
            : tr('form.counter.ok', { platform: c.platform }),
    },
    (message) => replaceChildren(announcer, message),
  );
}

/** Where save errors go: under their fields (opening a closed caption override), else in the alert. */
function errorTargets(parts: Pick<PostFormParts, 'fields' | 'overrides'>, alert: HTMLElement, saveAsNew: HTMLElement): ErrorTargets {
  return {
    fields: parts.fields,
    alert,
    saveAsNew,
    reveal: (field) => {
      const platform = field.name.startsWith('captions.') ? field.name.slice('captions.'.length) : '';
      const disclosure = platform ? parts.overrides.get(platform) : undefined;
      if (disclosure) disclosure.details.open = true;
    },
  };
}

/** The form's state for the post it opens with ("New post…" starts empty even with a post row selected). */
function initialState(context: FormContext): Omit<FormState, 'picker'> {
  const loaded = context.mode === 'new' ? null : context.post;
  return { editingId: loaded?.id ?? '', base: loaded ? postVersion(loaded) : null, savedPlatform: loaded?.platform ?? '', dirty: Boolean(loaded), saving: false };
}

/** The platforms offered: the settings' list, plus the selected post's own when the list lacks it. */
function platformNames(context: FormContext): string[] {
  const names = [...context.platforms];
  const selected = context.post;
  if (selected?.platform && !names.some((p) => p.toLowerCase() === selected.platform.toLowerCase())) names.push(selected.platform);
  return names;
}

/** Builds every part of the form (nothing mounted yet). */
function buildParts(context: FormContext, messages: PageMessages): PostFormParts {
  const tr = messages.t;
  const start = initialState(context);
  const names = platformNames(context);
  const actions = {} as FormActions;
  const controls = formControls(context, tr);
  const elements = formElements(tr);
  let picker: FormState['picker'] | undefined;
  const { fields, general } = formFields(controls, tr, (map) => {
    picker = buildPicker({ tr, platformNames: names, actions, fields: map, elements }, Boolean(start.editingId));
  });
  // The panels call back into the form only after it is put together (below).
  const panels = formPanels(() => parts, context, controls, tr);
  const { form, root } = formLayout(fields, panels, elements, context, tr);
  const overrides: PostFormParts['overrides'] = new Map();
  const parts: PostFormParts = {
    context, locale: messages.locale(), rules: (Array.isArray(context.rules) ? context.rules : undefined) as Rules,
    messages, tr, platformNames: names, state: { ...start, picker: picker! }, actions, controls, fields, general, overrides,
    board: counterBoard(tr, elements.announcer), panels, elements: { ...elements, form, root },
    errorTargets: errorTargets({ fields, overrides }, elements.alertBox, elements.saveAsNewButton),
  };
  Object.assign(actions, { changed: () => changed(parts), refresh: () => refresh(parts), save: (mode, answered) => save(parts, mode, answered) } satisfies FormActions);
  return parts;
}

/** Wires the controls (an edit clears the field's error and runs the checks), Save (also Ctrl/⌘+Enter) and the buttons. */
function wireEvents(parts: PostFormParts): void {
  const { form, saveNewButton, saveAsNewButton, closeButton } = parts.elements;
  for (const [name, control] of Object.entries(parts.controls)) {
    const field = parts.fields.get(name)!;
    control.addEventListener(control.tagName === 'SELECT' ? 'change' : 'input', () => {
      setFieldError(field, null);
      parts.actions.changed();
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void parts.actions.save('save');
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void parts.actions.save('save');
    }
  });
  saveNewButton.addEventListener('click', () => void parts.actions.save('new'));
  saveAsNewButton.addEventListener('click', () => void parts.actions.save('copy'));
  closeButton.addEventListener('click', () => closeSidebar());
}

/** Offers "Edit the selected post instead" when the form opened as a new post with a post row selected. */
function offerSelected(parts: PostFormParts): void {
  const selected = parts.context.post;
  const { editSelected } = parts.elements;
  if (parts.context.mode !== 'new' || !selected?.id) return;
  editSelected.textContent = parts.tr('form.editSelectedInstead', { id: selected.id });
  editSelected.hidden = false;
  editSelected.addEventListener('click', () => {
    editSelected.hidden = true;
    setMode(parts, selected.id);
    parts.state.base = postVersion(selected);
    fill(parts, selected);
    parts.state.savedPlatform = selected.platform;
    parts.state.dirty = false;
    refresh(parts);
  });
}

/**
 * Renders the post form into `mount` from the server's FormContext.
 * @param mount The element to render into (its children are replaced).
 * @param context getFormContext()'s result.
 * @param messages The page's messages (the form speaks the context's locale from now on).
 */
export function mountPostForm(mount: HTMLElement, context: FormContext, messages: PageMessages): PostForm {
  messages.use(context.locale || 'en');
  const parts = buildParts(context, messages);
  replaceChildren(mount, parts.elements.root);
  mount.removeAttribute('aria-busy');
  wireEvents(parts);
  setMode(parts, parts.state.editingId);
  const loaded = context.mode === 'new' ? null : context.post;
  fill(parts, loaded ?? { ...emptyPost(), timeZone: context.timeZone, owner: context.user, status: defaultStatus(context) });
  offerSelected(parts);
  refresh(parts);
  parts.panels.hints.update();
  return { root: parts.elements.root, refresh: () => refresh(parts) };
}
