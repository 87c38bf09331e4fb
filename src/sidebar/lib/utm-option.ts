/** The form's "add tracking parameters" option: a checkbox under the link and a preview of the final link. */

import { applyUtm } from '../../domain/export/utm';
import type { Post } from '../../domain/post';
import { el, replaceChildren } from './dom';

/** The option: its element, whether it is ticked, and `update()` to refresh the preview. */
export interface UtmOption {
  element: HTMLElement;
  checked(): boolean;
  update(): void;
}

/**
 * Builds the option from the Settings sheet's UTM template (hidden when the team cleared it). The
 * server adds the parameters when saving, once the post's ID is known; the preview shows `{id}` until then.
 */
export function utmOption(source: {
  template: string;
  post: () => Post;
  tr: (key: string, params?: Record<string, string | number>) => string;
}): UtmOption {
  const box = el('input', { type: 'checkbox', id: 'f-utm' });
  const preview = el('p', { class: 'field-hint utm-preview', id: 'f-utm-preview' });
  const element = el(
    'div',
    { class: 'field utm-option', hidden: !source.template.trim() },
    el('label', { class: 'check-label', for: 'f-utm' }, box, ` ${source.tr('form.utm.label')}`),
    preview,
  );
  box.setAttribute('aria-describedby', 'f-utm-preview');

  function update(): void {
    const post = source.post();
    const final = box.checked && post.link.trim() ? applyUtm(post.link, source.template, { ...post, id: post.id || '{id}' }) : '';
    replaceChildren(preview, final ? source.tr('form.utm.preview', { link: final }) : '');
  }
  box.addEventListener('change', update);
  return { element, checked: () => box.checked && !element.hidden, update };
}
