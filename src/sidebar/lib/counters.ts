/** Per-platform length counters under a field: coloured by how close they are to the limit, announced only on crossings. */

import { el, replaceChildren, toggleDescribedBy } from './dom';
import type { Field } from './form-field';
import type { CountLevel, FieldCounter } from './live-checks';
import { countLevel } from './live-checks';

/** Formats the counter sentences in the form's language. */
export interface CounterText {
  label(counter: FieldCounter): string;
  announce(counter: FieldCounter, level: CountLevel): string;
}

/** Remembers each counter's last level so that screen readers hear only changes, not every keystroke. */
export class CounterBoard {
  private readonly levels = new Map<string, CountLevel>();

  /**
   * @param text The sentences to show and announce.
   * @param announce Called with a sentence to announce (a polite live region).
   */
  constructor(
    private readonly text: CounterText,
    private readonly announce: (message: string) => void,
  ) {}

  /**
   * Shows `counters` under `field` and announces each one whose level changed since the last call.
   * @param field The field.
   * @param counters Its counters, one per platform.
   */
  render(field: Pick<Field, 'counters' | 'control' | 'name'>, counters: readonly FieldCounter[]): void {
    const items = counters.map((counter) => {
      const level = countLevel(counter);
      const key = `${field.name}\u0000${counter.platform}`;
      const before = this.levels.get(key);
      this.levels.set(key, level);
      if (before !== undefined && before !== level) this.announce(this.text.announce(counter, level));
      return el(
        'li',
        { class: `counter is-${level}`, 'data-platform': counter.platform, title: counter.unit },
        el('span', { class: 'counter-platform', 'aria-hidden': 'true' }, counter.platform),
        el('span', { class: 'counter-value', 'aria-hidden': 'true' }, `${counter.used}/${counter.limit}`),
        el('span', { class: 'sr-only' }, this.text.label(counter)),
      );
    });
    replaceChildren(field.counters, ...items);
    field.counters.hidden = items.length === 0;
    toggleDescribedBy(field.control, field.counters.id, items.length > 0);
  }

  /** Forgets every level (after the form is reset). */
  reset(): void {
    this.levels.clear();
  }
}
