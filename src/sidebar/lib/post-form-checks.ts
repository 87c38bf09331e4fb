/** The post form's live checks: caption overrides per platform, counters and issues under each field, as the person types. */

import { el, idPart, replaceChildren } from './dom';
import { fieldBlock, setFieldError, setFieldIssues } from './form-field';
import type { PlatformCheck } from './live-checks';
import { checkEachPlatform, countersByField, issuesByField, titleApplies } from './live-checks';
import { textarea } from './post-form-controls';
import type { CaptionOverride, PostFormParts } from './post-form-parts';
import { captionOverrides, formPost } from './post-form-values';

/** The caption override disclosure for `platform`, made on first use. */
function override(parts: PostFormParts, platform: string): CaptionOverride {
  const existing = parts.overrides.get(platform);
  if (existing) return existing;
  const { tr } = parts;
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
    parts.actions.changed();
  });
  const details = el(
    'details',
    { class: 'override', 'data-platform': platform },
    el('summary', {}, tr('form.captionOverride', { platform })),
    field.wrapper,
  );
  const created = { platform, details, field, textarea: area };
  parts.overrides.set(platform, created);
  parts.fields.set(field.name, field);
  return created;
}

/** The checks of the post as the form describes it, one per chosen platform. */
function runChecks(parts: PostFormParts): PlatformCheck[] {
  const platforms = parts.state.picker.chosen();
  return checkEachPlatform(formPost(parts), platforms, captionOverrides(parts, platforms), parts.rules, {
    now: new Date(),
    locale: parts.locale,
    timeZone: parts.context.timeZone,
  });
}

/** A counting unit (`weighted characters`, `bytes`, ...) in the form's language. */
function unitText(parts: PostFormParts, unit: string): string {
  const key = `form.unit.${unit}`;
  const text = parts.tr(key);
  return text === key ? unit : text;
}

/** Shows the title and subreddit fields only where they apply (or hold a value). */
function showOptionalFields(parts: PostFormParts, platforms: readonly string[], checks: PlatformCheck[]): void {
  const { controls, fields } = parts;
  const showTitle =
    titleApplies(parts.rules, platforms, controls.format.value, checks) || controls.title.value.trim() !== '';
  fields.get('title')!.wrapper.hidden = !showTitle;
  fields.get('subreddit')!.wrapper.hidden =
    !platforms.some((p) => p.toLowerCase() === 'reddit') && controls.subreddit.value.trim() === '';
}

/** Puts each field's counters and (once the form was changed) issues under it; the rest in the general list. */
function showFeedback(parts: PostFormParts, platforms: readonly string[], checks: PlatformCheck[]): void {
  const { fields, general } = parts;
  const counters = countersByField(checks);
  for (const list of counters.values()) for (const counter of list) counter.unit = unitText(parts, counter.unit);
  const issues = parts.state.dirty ? issuesByField(checks) : new Map();
  const severity = (s: string) => parts.tr(`form.severity.${s}`);
  for (const [name, field] of fields) {
    if (name === '') continue;
    parts.board.render(field, counters.get(name) ?? []);
    setFieldIssues(field, issues.get(name) ?? [], severity, platforms.length);
  }
  // Issues about fields the form does not show (or the whole post) go to the general list.
  const orphans = [...issues.entries()]
    .filter(([name]) => name !== '' && !fields.has(name))
    .flatMap(([, list]) => list);
  setFieldIssues(general, [...(issues.get('') ?? []), ...orphans], severity, platforms.length);
  general.checks.hidden = general.checks.childElementCount === 0;
}

/**
 * Runs the live checks again: one caption override per chosen platform when several are chosen, the
 * optional fields, and the counters and issues under each field.
 * @param parts The form.
 */
export function refresh(parts: PostFormParts): void {
  const platforms = parts.state.picker.chosen();
  // One disclosure per chosen platform when several are chosen, in settings order.
  const shown = platforms.length > 1 ? platforms.map((platform) => override(parts, platform)) : [];
  replaceChildren(parts.elements.overridesBox, ...shown.map((o) => o.details));
  for (const o of shown) if (o.textarea.value.trim() !== '') o.details.open = true;
  const checks = runChecks(parts);
  showOptionalFields(parts, platforms, checks);
  showFeedback(parts, platforms, checks);
}

/**
 * After an edit: the form is changed, the spread warning goes, the move note, checks, hints and UTM preview follow.
 * @param parts The form.
 */
export function changed(parts: PostFormParts): void {
  const { state, panels } = parts;
  state.dirty = true;
  panels.spread.hide();
  panels.moveNote.update(state.editingId, state.savedPlatform, state.picker.chosen()[0] ?? '');
  refresh(parts);
  panels.hints.update();
  panels.utm.update();
}
