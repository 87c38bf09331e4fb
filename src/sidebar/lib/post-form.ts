/** The post composer: builds the form from the FormContext, runs live checks as the person types, and saves. */

import { languageOf, t } from '../../domain/i18n';
import type { Post } from '../../domain/post';
import { emptyPost } from '../../domain/post';
import { parsePostInput } from '../../domain/post-input';
import { postVersion, type PostVersion } from '../../domain/post-version';
import type { FieldError, FormContext, PostInput, SaveResult, SavedPost } from '../../shared/rpc-types';
import { CounterBoard } from './counters';
import { el, idPart, replaceChildren } from './dom';
import type { Field } from './form-field';
import type { ErrorTargets } from './form-errors';
import { clearErrors, showAlert, showErrors } from './form-errors';
import { feedbackParts, fieldBlock, setFieldError, setFieldIssues } from './form-field';
import type { PlatformCheck, Rules } from './live-checks';
import { checkEachPlatform, countersByField, issuesByField, titleApplies } from './live-checks';
import type { PlatformPicker } from './platform-picker';
import { platformPicker } from './platform-picker';
import { planningHintsPanel } from './planning-hints';
import { conflictPanel } from './save-conflict';
import { spreadWarning } from './spread-warning';
import { platformMoveNote, type PlatformMove } from './platform-move';
import { utmOption } from './utm-option';
import { callServer, closeSidebar, errorText } from './server';
import { enhanceZonePicker, timeZoneChoices, timeZoneLabel } from './time-zones';

/** The text fields, in form order, with the control each uses. */
type TextFieldName = Exclude<keyof Post, 'id' | 'platform'>;

/** A caption override disclosure for one platform. */
interface CaptionOverride {
  platform: string;
  details: HTMLDetailsElement;
  field: Field;
  textarea: HTMLTextAreaElement;
}

/** The mounted form. */
export interface PostForm {
  /** The form's root element. */
  root: HTMLElement;
  /** Runs the live checks again (after values are set from outside). */
  refresh(): void;
}

/**
 * Renders the post form into `mount` from the server's FormContext.
 * @param mount The element to render into (its children are replaced).
 * @param context getFormContext()'s result.
 */
export function mountPostForm(mount: HTMLElement, context: FormContext): PostForm {
  const locale = context.locale || 'en';
  const tr = (key: string, params?: Record<string, string | number>) => t(locale, key, params);
  document.documentElement.lang = languageOf(locale);

  const rules = (Array.isArray(context.rules) ? context.rules : undefined) as Rules;
  // "New post…" starts empty even with a post row selected; that post is only offered (see below).
  const selected = context.post;
  const loaded = context.mode === 'new' ? null : selected;
  let editingId = loaded?.id ?? '';
  // The version of the post being edited (what the form loaded, or its last save wrote): every edit
  // carries it, so a colleague's change made in the sheet meanwhile is shown, never overwritten.
  let base: PostVersion | null = loaded ? postVersion(loaded) : null;
  // The platform the edited post is saved on, so that changing it can say that Save moves the post.
  let savedPlatform = loaded?.platform ?? '';
  let dirty = Boolean(loaded);
  let saving = false;
  const platformNames = [...context.platforms];
  if (selected?.platform && !platformNames.some((p) => p.toLowerCase() === selected.platform.toLowerCase())) {
    platformNames.push(selected.platform);
  }

  // Live regions: visible status (role=status), visible alert (role=alert), and a quiet announcer for counters.
  const status = el('div', { class: 'status', role: 'status', id: 'form-status' });
  const alertBox = el('div', { class: 'alert', role: 'alert', id: 'form-alert' });
  const announcer = el('div', { class: 'sr-only', role: 'status', 'aria-live': 'polite', id: 'form-announcer' });
  const board = new CounterBoard(
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

  /** A counting unit (`weighted characters`, `bytes`, ...) in the form's language. */
  const unitText = (unit: string) => {
    const key = `form.unit.${unit}`;
    const text = tr(key);
    return text === key ? unit : text;
  };

  const heading = el('h1', { class: 'heading', id: 'form-heading' });
  const subheading = el('p', { class: 'subheading', id: 'form-subheading' });

  // Controls.
  const input = (type: string, extra: Record<string, string> = {}) => el('input', { type, ...extra });
  const select = (choices: readonly string[], placeholder: string | null, label = (v: string) => v) => {
    const element = el('select');
    if (placeholder !== null) element.append(el('option', { value: '' }, placeholder));
    for (const choice of choices) element.append(el('option', { value: choice }, label(choice)));
    return element;
  };
  const textarea = (rows: number) => el('textarea', { rows });

  const controls = {
    date: input('date'),
    time: input('time'),
    timeZone: select(timeZoneChoices(context.timeZone, selected?.timeZone ?? ''), null, timeZoneLabel),
    format: select(context.formats, tr('form.choose')),
    title: input('text', { autocomplete: 'off' }),
    caption: textarea(5),
    hashtags: input('text', { autocomplete: 'off', spellcheck: 'false' }),
    link: input('url', { inputmode: 'url', autocomplete: 'url', spellcheck: 'false' }),
    media: textarea(2),
    status: select(context.statuses, null),
    owner: input('text', { autocomplete: 'email' }),
    campaign: input('text', { autocomplete: 'off' }),
    notes: textarea(2),
  } satisfies Record<TextFieldName, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>;
  controls.media.setAttribute('spellcheck', 'false');

  const fields = new Map<string, Field>();
  const block = (name: TextFieldName, label: string, hint?: string, className?: string) => {
    const field = fieldBlock({
      name,
      id: `f-${name}`,
      label: tr(label),
      control: controls[name],
      hint: hint && tr(hint),
      className,
    });
    fields.set(name, field);
    return field;
  };

  const dateField = block('date', 'form.date', undefined, 'field-half');
  const timeField = block('time', 'form.time', undefined, 'field-half');
  const zoneField = block('timeZone', 'form.timeZone');
  enhanceZonePicker(controls.timeZone, zoneField.wrapper, context.timeZone, {
    search: tr('form.timeZone.search'),
    suggested: tr('form.timeZone.suggested'),
    all: tr('form.timeZone.all'),
    noMatch: tr('form.timeZone.noMatch'),
  });
  const platformSlot = el('div', { class: 'platform-slot' });
  let picker: PlatformPicker = buildPicker(Boolean(editingId));

  const utm = utmOption({
    template: context.utmTemplate ?? '',
    post: () => ({ ...formPost(), platform: picker.chosen()[0] ?? '', id: editingId }),
    tr,
  });
  const hints = planningHintsPanel({
    date: () => controls.date.value,
    platform: () => picker.chosen()[0] ?? '',
    timeZone: () => controls.timeZone.value || context.timeZone,
    useSlot: (date, time) => {
      controls.date.value = date;
      controls.time.value = time;
      changed();
      controls.time.focus();
    },
    tr,
  });
  const when = el(
    'fieldset',
    { class: 'group' },
    el('legend', { class: 'group-legend' }, tr('form.when')),
    el('div', { class: 'row' }, dateField.wrapper, timeField.wrapper),
    zoneField.wrapper,
    hints.element,
  );

  const formatField = block('format', 'form.format');
  const titleField = block('title', 'form.title');
  const captionField = block('caption', 'form.caption');
  const overridesBox = el('div', { class: 'overrides' });
  const overrides = new Map<string, CaptionOverride>();
  const hashtagsField = block('hashtags', 'form.hashtags', 'form.hashtags.hint');
  const linkField = block('link', 'form.link');
  const mediaField = block('media', 'form.media', 'form.media.hint');
  const statusField = block('status', 'form.status', undefined, 'field-half');
  const ownerField = block('owner', 'form.owner', undefined, 'field-half');
  const campaignField = block('campaign', 'form.campaign', 'form.campaign.hint');
  const notesField = block('notes', 'form.notes');

  const conflicts = conflictPanel({
    tr,
    label: (field) => tr(`form.${field}`),
    resolve: (choices, conflict) => {
      for (const [field, choice] of choices) {
        if (choice !== 'sheet') continue;
        const value = conflict.sheet[field];
        if (field === 'platform') picker.choose(value ? [value] : []);
        else {
          const control = controls[field];
          if (control instanceof HTMLSelectElement && ![...control.options].some((o) => o.value === value)) {
            control.append(el('option', { value }, field === 'timeZone' ? timeZoneLabel(value) : value));
          }
          control.value = value;
        }
      }
      base = conflict.sheet;
      changed();
      void save('save');
    },
  });

  const generalParts = feedbackParts('f-general');
  const general: Field = {
    name: '',
    wrapper: el('div', { class: 'general-checks' }, generalParts.checks),
    control: generalParts.checks,
    focusTarget: () => null,
    ...generalParts,
  };
  fields.set('', general);

  const saveButton = el('button', { type: 'submit', class: 'button primary', id: 'save' }, tr('form.save'));
  const saveNewButton = el('button', { type: 'button', class: 'button', id: 'save-new' }, tr('form.saveNew'));
  const closeButton = el('button', { type: 'button', class: 'button', id: 'close' }, tr('form.close'));
  const saveAsNewButton = el(
    'button',
    { type: 'button', class: 'button', id: 'save-as-new', hidden: true },
    tr('form.saveAsNew'),
  );

  const spread = spreadWarning(tr);
  const moveNote = platformMoveNote(tr, () => void save('copy'));
  const form = el(
    'form',
    { class: 'post-form', novalidate: true, 'aria-labelledby': 'form-heading' },
    when,
    platformSlot,
    moveNote.element,
    formatField.wrapper,
    titleField.wrapper,
    captionField.wrapper,
    overridesBox,
    hashtagsField.wrapper,
    linkField.wrapper,
    utm.element,
    mediaField.wrapper,
    el('div', { class: 'row' }, statusField.wrapper, ownerField.wrapper),
    campaignField.wrapper,
    notesField.wrapper,
    general.wrapper,
    conflicts.element,
    el(
      'div',
      { class: 'footer', id: 'form-footer' },
      spread.element,
      alertBox,
      saveAsNewButton,
      status,
      el('div', { class: 'actions' }, saveButton, saveNewButton, closeButton),
    ),
  );
  const editSelected = el('button', { type: 'button', class: 'link-button', id: 'edit-selected' });
  editSelected.hidden = true;
  const root = el('div', { class: 'app' }, heading, subheading, editSelected, form, announcer);
  replaceChildren(mount, root);
  mount.removeAttribute('aria-busy');

  // ----- state in and out of the controls -----

  function buildPicker(single: boolean): PlatformPicker {
    const built = platformPicker({
      id: 'f-platforms',
      legend: tr(single ? 'form.platform' : 'form.platforms'),
      hint: single ? undefined : tr('form.platforms.hint'),
      platforms: platformNames,
      single,
      onChange: () => {
        setFieldError(built.field, null);
        changed();
      },
    });
    replaceChildren(platformSlot, built.field.wrapper);
    fields.set('platforms', built.field);
    return built;
  }

  function fill(post: Post): void {
    // A value the lists no longer hold (a renamed status, say) is kept and shown, never silently replaced.
    for (const name of ['timeZone', 'format', 'status'] as const) {
      const value = post[name] ?? '';
      if (value && ![...controls[name].options].some((option) => option.value === value)) {
        controls[name].append(el('option', { value }, name === 'timeZone' ? timeZoneLabel(value) : value));
      }
    }
    for (const name of Object.keys(controls) as TextFieldName[]) controls[name].value = post[name] ?? '';
    if (!post.timeZone) controls.timeZone.value = context.timeZone;
    if (!controls.timeZone.value) controls.timeZone.value = 'UTC';
    if (!controls.status.value) controls.status.value = defaultStatus();
    picker.choose(post.platform ? [post.platform] : []);
    for (const override of overrides.values()) override.textarea.value = '';
  }

  function defaultStatus(): string {
    return context.statuses.find((s) => s.toLowerCase() === 'draft') ?? context.statuses[0] ?? '';
  }

  function formPost(): Post {
    const post = emptyPost();
    for (const name of Object.keys(controls) as TextFieldName[]) post[name] = controls[name].value;
    post.id = editingId;
    post.platform = picker.chosen()[0] ?? '';
    if (titleField.wrapper.hidden) post.title = '';
    return post;
  }

  function captionOverrides(platforms: readonly string[]): Record<string, string> {
    const captions: Record<string, string> = {};
    if (platforms.length < 2) return captions;
    for (const platform of platforms) {
      const value = overrides.get(platform)?.textarea.value ?? '';
      if (value.trim() !== '') captions[platform] = value;
    }
    return captions;
  }

  function readInput(): PostInput {
    const post = formPost();
    const platforms = picker.chosen();
    const input: PostInput = { ...post, platforms };
    const captions = captionOverrides(platforms);
    if (Object.keys(captions).length > 0) input.captions = captions;
    if (!input.id) delete input.id;
    else if (base) input.loaded = base;
    if (utm.checked()) input.utm = true;
    return input;
  }

  // ----- live checks -----

  function override(platform: string): CaptionOverride {
    const existing = overrides.get(platform);
    if (existing) return existing;
    const area = textarea(4);
    const field = fieldBlock({
      name: `captions.${platform}`,
      id: `f-caption-${idPart(platform)}`,
      label: tr('form.captionFor', { platform }),
      control: area,
      hint: tr('form.captionOverride.hint'),
    });
    area.addEventListener('input', () => {
      setFieldError(field, null);
      changed();
    });
    const details = el(
      'details',
      { class: 'override', 'data-platform': platform },
      el('summary', {}, tr('form.captionOverride', { platform })),
      field.wrapper,
    );
    const created = { platform, details, field, textarea: area };
    overrides.set(platform, created);
    fields.set(field.name, field);
    return created;
  }

  function runChecks(): PlatformCheck[] {
    const platforms = picker.chosen();
    return checkEachPlatform(formPost(), platforms, captionOverrides(platforms), rules, {
      now: new Date(),
      locale,
      timeZone: context.timeZone,
    });
  }

  function refresh(): void {
    const platforms = picker.chosen();
    // One disclosure per chosen platform when several are chosen, in settings order.
    const shown = platforms.length > 1 ? platforms.map(override) : [];
    replaceChildren(overridesBox, ...shown.map((o) => o.details));
    for (const o of shown) if (o.textarea.value.trim() !== '') o.details.open = true;

    const checks = runChecks();
    const showTitle =
      titleApplies(rules, platforms, controls.format.value, checks) || controls.title.value.trim() !== '';
    titleField.wrapper.hidden = !showTitle;

    const counters = countersByField(checks);
    for (const list of counters.values()) for (const counter of list) counter.unit = unitText(counter.unit);
    const issues = dirty ? issuesByField(checks) : new Map();
    const severity = (s: string) => tr(`form.severity.${s}`);
    for (const [name, field] of fields) {
      if (name === '') continue;
      board.render(field, counters.get(name) ?? []);
      setFieldIssues(field, issues.get(name) ?? [], severity, platforms.length);
    }
    // Issues about fields the form does not show (or the whole post) go to the general list.
    const orphans = [...issues.entries()]
      .filter(([name]) => name !== '' && !fields.has(name))
      .flatMap(([, list]) => list);
    setFieldIssues(general, [...(issues.get('') ?? []), ...orphans], severity, platforms.length);
    general.checks.hidden = general.checks.childElementCount === 0;
  }

  function changed(): void {
    dirty = true;
    spread.hide();
    moveNote.update(editingId, savedPlatform, picker.chosen()[0] ?? '');
    refresh();
    hints.update();
    utm.update();
  }

  // ----- errors -----

  const errorTargets: ErrorTargets = {
    fields,
    alert: alertBox,
    saveAsNew: saveAsNewButton,
    reveal: (field) => {
      const platform = field.name.startsWith('captions.') ? field.name.slice('captions.'.length) : '';
      const disclosure = platform ? overrides.get(platform) : undefined;
      if (disclosure) disclosure.details.open = true;
    },
  };

  /** What the browser already knows is wrong (half-typed dates), then the shared schema's findings. */
  function localErrors(input: PostInput): FieldError[] {
    const errors: FieldError[] = [];
    if (controls.date.validity.badInput) errors.push({ field: 'date', message: tr('form.error.dateIncomplete') });
    if (controls.time.validity.badInput) errors.push({ field: 'time', message: tr('form.error.timeIncomplete') });
    if (picker.chosen().length === 0) errors.push({ field: 'platforms', message: tr('form.error.platformRequired') });
    const parsed = parsePostInput(
      input,
      { platforms: platformNames, formats: context.formats, statuses: context.statuses },
      { timeZone: context.timeZone, locale },
    );
    if (!parsed.ok) errors.push(...parsed.errors.filter((e) => !errors.some((known) => known.field === e.field)));
    return errors;
  }

  // ----- saving -----

  function setBusy(busy: boolean): void {
    saving = busy;
    form.setAttribute('aria-busy', String(busy));
    for (const button of [saveButton, saveNewButton, saveAsNewButton])
      button.setAttribute('aria-disabled', String(busy));
  }

  function setMode(id: string): void {
    const wasSingle = Boolean(editingId);
    editingId = id;
    replaceChildren(heading, tr(id ? 'form.heading.edit' : 'form.heading.new'));
    replaceChildren(subheading, id ? tr('form.heading.editId', { id }) : '');
    subheading.hidden = !id;
    document.title = heading.textContent ?? '';
    if (wasSingle !== Boolean(id)) {
      const chosen = picker.chosen();
      picker = buildPicker(Boolean(id));
      picker.choose(id ? chosen.slice(0, 1) : chosen);
    }
  }

  function startNew(keep: Post, platforms: readonly string[]): void {
    setMode('');
    base = null;
    const next = emptyPost();
    for (const name of ['date', 'timeZone', 'status', 'owner', 'campaign'] as const) next[name] = keep[name];
    fill(next);
    picker.choose(platforms);
    dirty = false;
    board.reset();
  }

  /**
   * Before a new post is saved for several platforms, asks about clashes in scheduler files (same
   * minute, same text) and saves again with the answer; true when it asked.
   */
  function askAboutSpread(request: PostInput, mode: 'save' | 'new' | 'copy', answered: { stagger: number } | undefined): boolean {
    if (answered) {
      if (answered.stagger) request.stagger = answered.stagger;
      return false;
    }
    if (request.id || (request.platforms?.length ?? 0) < 2) return false;
    const post = { time: request.time ?? '', caption: request.caption ?? '', hashtags: request.hashtags ?? '' };
    return spread.ask(post, request.platforms ?? [], request.captions ?? {}, (choice) => void save(mode, choice));
  }

  async function save(mode: 'save' | 'new' | 'copy', answered?: { stagger: number }): Promise<void> {
    if (saving) return;
    clearErrors(errorTargets);
    replaceChildren(status);
    if (mode === 'copy') setMode('');
    const request = readInput();
    const errors = localErrors(request);
    if (errors.length > 0) {
      showErrors(errorTargets, errors, tr('form.errors.summary'));
      return;
    }
    if (askAboutSpread(request, mode, answered)) return;
    const chosen = picker.chosen();
    const moved = mode === 'save' ? moveNote.move() : null;
    setBusy(true);
    replaceChildren(status, tr('form.saving'));
    let result: SaveResult;
    try {
      result = await callServer('savePost', request);
    } catch (error) {
      replaceChildren(status);
      showAlert(errorTargets, tr('form.error.server', { message: errorText(error) || tr('form.error.unknown') }));
      return;
    } finally {
      setBusy(false);
    }
    if (!result || typeof result !== 'object') {
      replaceChildren(status);
      showAlert(errorTargets, tr('form.error.server', { message: tr('form.error.unknown') }));
      return;
    }
    if (!result.ok) {
      replaceChildren(status);
      if (result.conflict) {
        conflicts.show(result.conflict);
        return;
      }
      showErrors(errorTargets, result.errors ?? [], tr('form.errors.summary'));
      return;
    }
    conflicts.hide();
    const posts =
      result.posts && result.posts.length > 0
        ? result.posts
        : [{ id: result.id, row: result.row, platform: chosen[0] ?? '', checks: result.checks }];
    const message = savedMessage(posts, moved, mode === 'new');
    if (mode === 'new') {
      startNew(formPost(), chosen);
      refresh();
      controls.date.focus();
    } else {
      showSaved(request, posts[0]);
      base = result.version ?? null;
    }
    replaceChildren(status, message);
    // The month view is redrawn in the background so it shows the new post; the save does not wait for it.
    callServer('refreshMonthViewIfPresent').catch(() => undefined);
  }

  /** The sentence after a save: what was saved, moved or, for several platforms, which one the form now edits. */
  function savedMessage(posts: readonly SavedPost[], moved: PlatformMove | null, startsNew: boolean): string {
    const list = posts.map((p) => `${p.platform} ${p.id}`).join(', ');
    if (moved && posts.length === 1) return tr('form.moved', { ...moved, row: posts[0].row });
    if (posts.length === 1) return tr('form.saved', { id: posts[0].id, row: posts[0].row });
    return startsNew ? tr('form.savedMany', { count: posts.length, list }) : tr('form.savedManyEditing', { count: posts.length, list, id: posts[0].id });
  }

  /**
   * After Save the form shows what was saved, whatever the number of platforms: it edits the saved post
   * (for several platforms the first, with its own caption and time).
   */
  function showSaved(request: PostInput, first: { id: string; platform: string }): void {
    setMode(first.id);
    picker.choose([first.platform]);
    const own = request.captions?.[first.platform];
    if (own && own.trim()) controls.caption.value = own;
    savedPlatform = first.platform;
    moveNote.update(editingId, savedPlatform, first.platform);
    refresh();
  }

  // ----- events -----

  for (const [name, control] of Object.entries(controls)) {
    const field = fields.get(name)!;
    control.addEventListener(control.tagName === 'SELECT' ? 'change' : 'input', () => {
      setFieldError(field, null);
      changed();
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save('save');
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save('save');
    }
  });
  saveNewButton.addEventListener('click', () => void save('new'));
  saveAsNewButton.addEventListener('click', () => void save('copy'));
  closeButton.addEventListener('click', () => closeSidebar());

  setMode(editingId);
  fill(loaded ?? { ...emptyPost(), timeZone: context.timeZone, owner: context.user, status: defaultStatus() });
  if (!loaded && selected?.id) {
    editSelected.textContent = tr('form.editSelectedInstead', { id: selected.id });
    editSelected.hidden = false;
    editSelected.addEventListener('click', () => {
      editSelected.hidden = true;
      setMode(selected.id);
      base = postVersion(selected);
      fill(selected);
      savedPlatform = selected.platform;
      dirty = false;
      refresh();
    });
  }
  refresh();
  hints.update();
  return { root, refresh };
}
