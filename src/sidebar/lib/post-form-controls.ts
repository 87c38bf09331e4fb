/** The post form's controls: one input, select or text area per text field of a post. */

import type { Post } from '../../domain/post';
import type { FormContext } from '../../shared/rpc-types';
import { el } from './dom';
import type { PageTranslate } from './page-messages';
import { timeZoneChoices, timeZoneLabel } from './time-zones';

/** The text fields, in form order, with the control each uses. */
export type TextFieldName = Exclude<keyof Post, 'id' | 'platform'>;

/** An input of `type` with extra attributes. */
function input(type: string, extra: Record<string, string> = {}): HTMLInputElement {
  return el('input', { type, ...extra });
}

/** A select of `choices`, after an empty placeholder option when one is given. */
function select(choices: readonly string[], placeholder: string | null, label = (value: string) => value): HTMLSelectElement {
  const element = el('select');
  if (placeholder !== null) element.append(el('option', { value: '' }, placeholder));
  for (const choice of choices) element.append(el('option', { value: choice }, label(choice)));
  return element;
}

/**
 * A text area of `rows` rows.
 * @param rows Its height in lines.
 */
export function textarea(rows: number): HTMLTextAreaElement {
  return el('textarea', { rows });
}

/**
 * The controls for a FormContext: the lists (zones, formats, statuses, pillars) come from the settings.
 * @param context getFormContext()'s result.
 * @param tr The form's translator.
 */
export function formControls(context: FormContext, tr: PageTranslate) {
  const controls = {
    date: input('date'),
    time: input('time'),
    timeZone: select(timeZoneChoices(context.timeZone, context.post?.timeZone ?? ''), null, timeZoneLabel),
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
    // Planning fields (issue #22).
    firstComment: textarea(2),
    altText: textarea(2),
    subreddit: input('text', { autocomplete: 'off', spellcheck: 'false' }),
    pillar: select(context.pillars ?? [], tr('form.choose')),
    repeat: input('text', { autocomplete: 'off', spellcheck: 'false' }),
  } satisfies Record<TextFieldName, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>;
  controls.media.setAttribute('spellcheck', 'false');
  return controls;
}

/** The form's controls by field name. */
export type FormControls = ReturnType<typeof formControls>;
