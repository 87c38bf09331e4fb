/** The warning the form shows before saving one post for several platforms at the same time or with the same text, offering to stagger the times. */

import { PLATFORM_STAGGER_MINUTES, spreadClashes, staggeredTime } from '../../domain/schedule/platform-spread';
import { el, replaceChildren } from './dom';

/** What the person chose: stagger the copies this many minutes apart, or save them as they are. */
export type SpreadChoice = { stagger: number } | { stagger: 0 };

/** The warning panel and the question it asks. */
export interface SpreadWarning {
  element: HTMLElement;
  /**
   * Asks before a save of `platforms` when the copies would clash in scheduler files; calls `proceed`
   * with the person's choice (or at once, with no stagger, when nothing clashes). Returns whether it asked.
   */
  ask(post: { time: string; caption: string; hashtags: string }, platforms: readonly string[], captions: Record<string, string>, proceed: (choice: SpreadChoice) => void): boolean;
  /** Hides the panel (the form changed, or it was answered). */
  hide(): void;
}

/** Builds the panel; `tr` is the form's translator. */
export function spreadWarning(tr: (key: string, params?: Record<string, string | number>) => string): SpreadWarning {
  const element = el('div', { class: 'spread-warning', id: 'spread-warning', role: 'alertdialog', 'aria-labelledby': 'spread-warning-text', hidden: true });
  const hide = () => {
    element.hidden = true;
    replaceChildren(element);
  };
  const ask: SpreadWarning['ask'] = (post, platforms, captions, proceed) => {
    const clashes = spreadClashes(post, platforms, captions);
    if (!clashes.sameTime && clashes.sameText.length === 0) return false;
    const minutes = PLATFORM_STAGGER_MINUTES;
    const lines: string[] = [];
    if (clashes.sameTime) lines.push(tr('form.spread.sameTime', { count: platforms.length, time: post.time }));
    if (clashes.sameText.length > 0) lines.push(tr('form.spread.sameText', { platforms: clashes.sameText.join(', ') }));
    const fits = clashes.sameTime && staggeredTime(post.time, platforms.length - 1, minutes) !== null;
    const stagger = el('button', { type: 'button', class: 'button primary', id: 'spread-stagger' }, tr('form.spread.stagger', { minutes }));
    const asIs = el('button', { type: 'button', class: 'button', id: 'spread-as-is' }, tr('form.spread.asIs'));
    const choose = (choice: SpreadChoice) => {
      hide();
      proceed(choice);
    };
    stagger.addEventListener('click', () => choose({ stagger: minutes }));
    asIs.addEventListener('click', () => choose({ stagger: 0 }));
    replaceChildren(
      element,
      el('p', { id: 'spread-warning-text', class: 'spread-warning-text' }, lines.join(' ')),
      fits ? el('p', { class: 'field-hint' }, tr('form.spread.times', { times: platforms.map((p, i) => `${p} ${staggeredTime(post.time, i, minutes)}`).join(', ') })) : null,
      el('div', { class: 'actions' }, fits ? stagger : null, asIs),
    );
    element.hidden = false;
    (fits ? stagger : asIs).focus();
    return true;
  };
  return { element, ask, hide };
}
