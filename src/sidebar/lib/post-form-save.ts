/** The post form's save flow: local checks, the spread question, the server call, and what the form shows after it. */

import { emptyPost, type Post } from '../../domain/post';
import { parsePostInput } from '../../domain/post-input';
import type { FieldError, PostInput, SaveResult, SavedPost } from '../../shared/rpc-types';
import { replaceChildren } from './dom';
import { clearErrors, showAlert, showErrors } from './form-errors';
import type { PlatformMove } from './platform-move';
import { refresh } from './post-form-checks';
import { setMode } from './post-form-mode';
import type { PostFormParts, SaveMode } from './post-form-parts';
import { fill, formPost, readInput } from './post-form-values';
import { callServer } from './server';

/** What the browser already knows is wrong (half-typed dates), then the shared schema's findings. */
function localErrors(parts: PostFormParts, input: PostInput): FieldError[] {
  const { controls, context, tr } = parts;
  const errors: FieldError[] = [];
  if (controls.date.validity.badInput) errors.push({ field: 'date', message: tr('form.error.dateIncomplete') });
  if (controls.time.validity.badInput) errors.push({ field: 'time', message: tr('form.error.timeIncomplete') });
  if (parts.state.picker.chosen().length === 0) errors.push({ field: 'platforms', message: tr('form.error.platformRequired') });
  const parsed = parsePostInput(
    input,
    { platforms: parts.platformNames, formats: context.formats, statuses: context.statuses },
    { timeZone: context.timeZone, locale: parts.locale },
  );
  if (!parsed.ok) errors.push(...parsed.errors.filter((e) => !errors.some((known) => known.field === e.field)));
  return errors;
}

/** Marks the form busy while a save runs (the save buttons say so). */
function setBusy(parts: PostFormParts, busy: boolean): void {
  const { saveButton, saveNewButton, saveAsNewButton } = parts.elements;
  parts.state.saving = busy;
  parts.elements.form.setAttribute('aria-busy', String(busy));
  for (const button of [saveButton, saveNewButton, saveAsNewButton]) button.setAttribute('aria-disabled', String(busy));
}

/** Starts a new post after "Save and add new", keeping the date, zone, status, owner, campaign and platforms. */
function startNew(parts: PostFormParts, keep: Post, platforms: readonly string[]): void {
  setMode(parts, '');
  parts.state.base = null;
  const next = emptyPost();
  for (const name of ['date', 'timeZone', 'status', 'owner', 'campaign'] as const) next[name] = keep[name];
  fill(parts, next);
  parts.state.picker.choose(platforms);
  parts.state.dirty = false;
  parts.board.reset();
}

/**
 * Before a new post is saved for several platforms, asks about clashes in scheduler files (same
 * minute, same text) and saves again with the answer; true when it asked.
 */
function askAboutSpread(parts: PostFormParts, request: PostInput, mode: SaveMode, answered: { stagger: number } | undefined): boolean {
  if (answered) {
    if (answered.stagger) request.stagger = answered.stagger;
    return false;
  }
  if (request.id || (request.platforms?.length ?? 0) < 2) return false;
  const post = { time: request.time ?? '', caption: request.caption ?? '', hashtags: request.hashtags ?? '' };
  return parts.panels.spread.ask(post, request.platforms ?? [], request.captions ?? {}, (choice) => void parts.actions.save(mode, choice));
}

/** The sentence after a save: what was saved, moved or, for several platforms, which one the form now edits. */
function savedMessage(parts: PostFormParts, posts: readonly SavedPost[], moved: PlatformMove | null, startsNew: boolean): string {
  const { tr } = parts;
  const list = posts.map((p) => `${p.platform} ${p.id}`).join(', ');
  if (moved && posts.length === 1) return tr('form.moved', { ...moved, row: posts[0].row });
  if (posts.length === 1) return tr('form.saved', { id: posts[0].id, row: posts[0].row });
  return startsNew
    ? tr('form.savedMany', { count: posts.length, list })
    : tr('form.savedManyEditing', { count: posts.length, list, id: posts[0].id });
}

/**
 * After Save the form shows what was saved, whatever the number of platforms: it edits the saved post
 * (for several platforms the first, with its own caption and time).
 */
function showSaved(parts: PostFormParts, request: PostInput, first: { id: string; platform: string }): void {
  const { state } = parts;
  setMode(parts, first.id);
  state.picker.choose([first.platform]);
  const own = request.captions?.[first.platform];
  if (own && own.trim()) parts.controls.caption.value = own;
  state.savedPlatform = first.platform;
  parts.panels.moveNote.update(state.editingId, state.savedPlatform, first.platform);
  refresh(parts);
}

/** Calls savePost; undefined (the alert shown) when the call failed or answered nothing readable. */
async function send(parts: PostFormParts, request: PostInput): Promise<SaveResult | undefined> {
  const { tr, errorTargets } = parts;
  const { status } = parts.elements;
  setBusy(parts, true);
  replaceChildren(status, tr('form.saving'));
  let result: SaveResult;
  try {
    result = await callServer('savePost', request);
  } catch (error) {
    replaceChildren(status);
    showAlert(errorTargets, parts.messages.failure(error, { failed: 'form.error.server' }));
    return undefined;
  } finally {
    setBusy(parts, false);
  }
  if (!result || typeof result !== 'object') {
    replaceChildren(status);
    showAlert(errorTargets, tr('form.error.server', { message: tr('form.error.unknown') }));
    return undefined;
  }
  return result;
}

/** Shows a refused save: the conflict panel, or each error under its field. */
function showRefusal(parts: PostFormParts, result: Extract<SaveResult, { ok: false }>): void {
  replaceChildren(parts.elements.status);
  if (result.conflict) parts.panels.conflicts.show(result.conflict);
  else showErrors(parts.errorTargets, result.errors ?? [], parts.tr('form.errors.summary'));
}

/** After a save: a new post (Save and add new) or the saved post shown for editing, and the sentence saying so. */
function showSuccess(parts: PostFormParts, request: PostInput, result: Extract<SaveResult, { ok: true }>, mode: SaveMode, moved: PlatformMove | null, chosen: string[]): void {
  parts.panels.conflicts.hide();
  const posts =
    result.posts && result.posts.length > 0
      ? result.posts
      : [{ id: result.id, row: result.row, platform: chosen[0] ?? '', checks: result.checks }];
  const message = savedMessage(parts, posts, moved, mode === 'new');
  if (mode === 'new') {
    startNew(parts, formPost(parts), chosen);
    refresh(parts);
    parts.controls.date.focus();
  } else {
    showSaved(parts, request, posts[0]);
    parts.state.base = result.version ?? null;
  }
  replaceChildren(parts.elements.status, message);
}

/**
 * Saves the form (`save`: Save; `new`: Save and add new; `copy`: Save as a new post): errors the page
 * can find are shown without a server call; the month view is redrawn in the background afterwards.
 * @param parts The form.
 * @param mode How the save goes on.
 * @param answered The answer to the spread question, when it was asked.
 */
export async function save(parts: PostFormParts, mode: SaveMode, answered?: { stagger: number }): Promise<void> {
  if (parts.state.saving) return;
  clearErrors(parts.errorTargets);
  replaceChildren(parts.elements.status);
  if (mode === 'copy') setMode(parts, '');
  const request = readInput(parts);
  const errors = localErrors(parts, request);
  if (errors.length > 0) {
    showErrors(parts.errorTargets, errors, parts.tr('form.errors.summary'));
    return;
  }
  if (askAboutSpread(parts, request, mode, answered)) return;
  const chosen = parts.state.picker.chosen();
  const moved = mode === 'save' ? parts.panels.moveNote.move() : null;
  const result = await send(parts, request);
  if (!result) return;
  if (!result.ok) return showRefusal(parts, result);
  showSuccess(parts, request, result, mode, moved, chosen);
  // The month view is redrawn in the background so it shows the new post; the save does not wait for it.
  callServer('refreshMonthViewIfPresent').catch(() => undefined);
}
