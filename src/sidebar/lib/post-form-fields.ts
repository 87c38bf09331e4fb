/** The post form's fields: a labelled block per control (with its hint), in form order, and the general checks list. */

import { el } from './dom';
import type { Field } from './form-field';
import { feedbackParts, fieldBlock } from './form-field';
import type { FormControls, TextFieldName } from './post-form-controls';
import type { PageTranslate } from './page-messages';

/** The fields in form order; `platforms` is the chooser, built by the caller at its place. */
const FIELD_ORDER = [
  'date', 'time', 'timeZone', 'platforms', 'format', 'title', 'caption', 'hashtags', 'link', 'media',
  'status', 'owner', 'campaign', 'notes', 'altText', 'firstComment', 'subreddit', 'pillar', 'repeat',
] as const;

/** Fields with a hint under them (`form.<name>.hint`). */
const HINTED = new Set<TextFieldName>(['hashtags', 'media', 'campaign', 'altText', 'firstComment', 'subreddit', 'pillar', 'repeat']);

/** Fields that take half a row (two side by side). */
const HALF = new Set<TextFieldName>(['date', 'time', 'status', 'owner']);

/** The list of checks about the whole post (or fields the form does not show). */
function generalField(): Field {
  const parts = feedbackParts('f-general');
  return {
    name: '',
    wrapper: el('div', { class: 'general-checks' }, parts.checks),
    control: parts.checks,
    focusTarget: () => null,
    ...parts,
  };
}

/**
 * Every field of the form by name, in form order, ending with the general list (name '').
 * @param controls The form's controls.
 * @param tr The form's translator.
 * @param addPlatforms Builds the platform chooser (and adds it to the map) at its place in the order.
 */
export function formFields(
  controls: FormControls,
  tr: PageTranslate,
  addPlatforms: (fields: Map<string, Field>) => void,
): { fields: Map<string, Field>; general: Field } {
  const fields = new Map<string, Field>();
  for (const name of FIELD_ORDER) {
    if (name === 'platforms') {
      addPlatforms(fields);
      continue;
    }
    const field = fieldBlock({
      name,
      id: `f-${name}`,
      label: tr(`form.${name}`),
      control: controls[name],
      hint: HINTED.has(name) ? tr(`form.${name}.hint`) : undefined,
      className: HALF.has(name) ? 'field-half' : undefined,
    });
    fields.set(name, field);
  }
  const general = generalField();
  fields.set('', general);
  return { fields, general };
}
