/** The post form's snippet picker: inserts a named text from the Snippets sheet into the caption or the first comment. */

import type { Snippet } from '../../shared/rpc-types';
import { el, replaceChildren } from './dom';

/** The mounted picker. */
export interface SnippetPicker {
  element: HTMLElement;
}

/** Where a snippet can go, by form field. */
export interface SnippetTargets {
  caption: HTMLTextAreaElement;
  firstComment: HTMLTextAreaElement;
}

/**
 * Builds the picker: a list of snippets, a choice of target field and an Insert button. The snippet's text is
 * inserted at the caret (or appended on a new line), and an `input` event is sent so the live counters count
 * what will be published. Text goes in through `value` only: a snippet is data, never markup.
 */
export function snippetPicker(options: {
  snippets: readonly Snippet[];
  targets: SnippetTargets;
  tr: (key: string, params?: Record<string, string | number>) => string;
}): SnippetPicker {
  const { snippets, targets, tr } = options;
  const status = el('p', { class: 'hint', role: 'status', id: 'snippet-status' });
  if (snippets.length === 0) {
    const empty = el('p', { class: 'hint', id: 'snippets-empty' }, tr('form.snippets.none'));
    return {
      element: el('details', { class: 'snippets', id: 'snippets' }, el('summary', {}, tr('form.snippets')), empty),
    };
  }
  const list = el('select', { id: 'snippet-name', 'aria-label': tr('form.snippets') });
  list.append(el('option', { value: '' }, tr('form.snippets.choose')));
  snippets.forEach((snippet, index) => list.append(el('option', { value: String(index) }, snippet.name)));
  const target = el('select', { id: 'snippet-target', 'aria-label': tr('form.snippets') });
  target.append(el('option', { value: 'caption' }, tr('form.snippets.caption')));
  target.append(el('option', { value: 'firstComment' }, tr('form.snippets.firstComment')));
  const insert = el('button', { type: 'button', class: 'button', id: 'snippet-insert' }, tr('form.snippets.insert'));
  insert.addEventListener('click', () => {
    const snippet = snippets[Number(list.value)];
    if (!list.value || !snippet) return;
    const area = target.value === 'firstComment' ? targets.firstComment : targets.caption;
    insertText(area, snippet.text);
    replaceChildren(status, tr('form.snippets.inserted', { name: snippet.name }));
  });
  const element = el(
    'details',
    { class: 'snippets', id: 'snippets' },
    el('summary', {}, tr('form.snippets')),
    el('div', { class: 'row' }, list, target, insert),
    status,
  );
  return { element };
}

/** Inserts `text` at the caret of `area` (on its own line when the caret is mid-text), then fires `input`. */
function insertText(area: HTMLTextAreaElement, text: string): void {
  const value = area.value;
  const focused = document.activeElement === area;
  const start = focused ? area.selectionStart : value.length;
  const end = focused ? area.selectionEnd : value.length;
  const before = value.slice(0, start);
  const gap = before === '' || before.endsWith('\n') ? '' : before.endsWith('\n\n') ? '' : '\n\n';
  area.value = before + gap + text + value.slice(end);
  const caret = (before + gap + text).length;
  area.setSelectionRange(caret, caret);
  area.dispatchEvent(new Event('input', { bubbles: true }));
  area.focus();
}
