/** The form's planning hints: events near the chosen date (with when to post before them) and the best free slots. */

import type { PlanningHints } from '../../shared/planning-contract';
import { el, replaceChildren } from './dom';
import { callServer } from './server';

/** What the hints panel reads from, and writes to, the form. */
export interface HintSource {
  date(): string;
  platform(): string;
  timeZone(): string;
  /** Fills the form's date and time with a suggested slot. */
  useSlot(date: string, time: string): void;
  tr(key: string, params?: Record<string, string | number>): string;
}

/** The hints panel: an element to place under the date fields, and `update()` to call when date or platform change. */
export interface HintsPanel {
  element: HTMLElement;
  update(): void;
}

/**
 * Builds the hints panel. Each update asks getPlanningHints (debounced, latest answer wins); a failure
 * is shown as a quiet sentence, never only in the console. Everything is set with textContent.
 */
export function planningHintsPanel(source: HintSource): HintsPanel {
  const list = el('div', { class: 'hints-body' });
  const element = el(
    'section',
    { class: 'hints', 'aria-live': 'polite', 'aria-labelledby': 'hints-title', hidden: true },
    el('h2', { class: 'hints-title', id: 'hints-title' }, source.tr('form.hints.title')),
    list,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  function render(hints: PlanningHints, platform: string): void {
    const parts: HTMLElement[] = [];
    for (const event of hints.events) parts.push(el('p', { class: 'hint-event' }, event.suggestion));
    if (hints.slots.length > 0) {
      const buttons = hints.slots.map((slot) => {
        const button = el('button', { type: 'button', class: 'chip hint-slot' }, slot.label);
        button.setAttribute('aria-label', source.tr('form.hints.use', { slot: slot.label }));
        button.addEventListener('click', () => source.useSlot(slot.date, slot.time));
        return button;
      });
      parts.push(el('p', { class: 'hint-slots-label' }, source.tr('form.hints.slots', { platform })), el('div', { class: 'hint-slots' }, ...buttons));
    }
    replaceChildren(list, ...parts);
    element.hidden = parts.length === 0;
  }

  async function ask(): Promise<void> {
    const date = source.date();
    const platform = source.platform();
    if (!date || !platform) {
      element.hidden = true;
      return;
    }
    const mine = ++asked;
    try {
      const hints = await callServer('getPlanningHints', { date, platform, timeZone: source.timeZone() });
      if (mine === asked && hints && hints.ok) render(hints, platform);
    } catch {
      if (mine !== asked) return;
      replaceChildren(list, el('p', { class: 'hint-event' }, source.tr('form.hints.failed')));
      element.hidden = false;
    }
  }

  return {
    element,
    update() {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void ask(), 400);
    },
  };
}
