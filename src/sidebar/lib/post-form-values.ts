/** The post form's values in and out: a post into the controls, the controls into a post and a save request. */

import type { Post } from '../../domain/post';
import { emptyPost } from '../../domain/post';
import type { FormContext, PostInput } from '../../shared/rpc-types';
import { el } from './dom';
import type { TextFieldName } from './post-form-controls';
import type { PostFormParts } from './post-form-parts';
import { timeZoneLabel } from './time-zones';

/**
 * The status a new post starts with: Draft when the settings have it, else the first status.
 * @param context getFormContext()'s result.
 */
export function defaultStatus(context: FormContext): string {
  return context.statuses.find((s) => s.toLowerCase() === 'draft') ?? context.statuses[0] ?? '';
}

/**
 * Shows `post` in the controls (time zone and status defaulted when empty) and chooses its platform.
 * @param parts The form.
 * @param post The post to show.
 */
export function fill(parts: PostFormParts, post: Post): void {
  const { controls, context } = parts;
  // A value the lists no longer hold (a renamed status, say) is kept and shown, never silently replaced.
  for (const name of ['timeZone', 'format', 'status', 'pillar'] as const) {
    const value = post[name] ?? '';
    if (value && ![...controls[name].options].some((option) => option.value === value)) {
      controls[name].append(el('option', { value }, name === 'timeZone' ? timeZoneLabel(value) : value));
    }
  }
  for (const name of Object.keys(controls) as TextFieldName[]) controls[name].value = post[name] ?? '';
  if (!post.timeZone) controls.timeZone.value = context.timeZone;
  if (!controls.timeZone.value) controls.timeZone.value = 'UTC';
  if (!controls.status.value) controls.status.value = defaultStatus(context);
  parts.state.picker.choose(post.platform ? [post.platform] : []);
  for (const override of parts.overrides.values()) override.textarea.value = '';
}

/**
 * The post the controls describe (the first chosen platform; no title when the title field is hidden).
 * @param parts The form.
 */
export function formPost(parts: PostFormParts): Post {
  const { controls, state } = parts;
  const post = emptyPost();
  for (const name of Object.keys(controls) as TextFieldName[]) post[name] = controls[name].value;
  post.id = state.editingId;
  post.platform = state.picker.chosen()[0] ?? '';
  if (parts.fields.get('title')?.wrapper.hidden) post.title = '';
  return post;
}

/**
 * The non-empty caption overrides, by platform, when several platforms are chosen.
 * @param parts The form.
 * @param platforms The chosen platforms.
 */
export function captionOverrides(parts: PostFormParts, platforms: readonly string[]): Record<string, string> {
  const captions: Record<string, string> = {};
  if (platforms.length < 2) return captions;
  for (const platform of platforms) {
    const value = parts.overrides.get(platform)?.textarea.value ?? '';
    if (value.trim() !== '') captions[platform] = value;
  }
  return captions;
}

/**
 * The save request: the post, its platforms, overrides, the loaded version when editing, and UTM.
 * @param parts The form.
 */
export function readInput(parts: PostFormParts): PostInput {
  const post = formPost(parts);
  const platforms = parts.state.picker.chosen();
  const input: PostInput = { ...post, platforms };
  const captions = captionOverrides(parts, platforms);
  if (Object.keys(captions).length > 0) input.captions = captions;
  if (!input.id) delete input.id;
  else if (parts.state.base) input.loaded = parts.state.base;
  if (parts.panels.utm.checked()) input.utm = true;
  return input;
}
