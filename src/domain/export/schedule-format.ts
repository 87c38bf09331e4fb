/** Formats a post's moment as a scheduler reads it: wall-clock time in the scheduler account's time zone. */

import { localParts } from '../schedule/post-instant';
import type { DateOrder } from './export-types';

/** `dd/mm/yyyy` or `mm/dd/yyyy` (per `order`) and `HH:mm` for an instant in `timeZone`. */
export function schedulerDateTime(instant: Date, timeZone: string, order: DateOrder): { date: string; time: string } {
  const { date, time } = localParts(instant, timeZone);
  const [y, m, d] = date.split('-');
  return { date: order === 'dmy' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`, time };
}

/** The date order most people in a spreadsheet locale (e.g. `en_US`, `pl_PL`) expect: month first in the US and a few others. */
export function dateOrderForLocale(locale: string): DateOrder {
  return /^(en[_-](US|PH|AS|GU|MP|PR|UM|VI)|en$|es[_-]US)/i.test(locale) ? 'mdy' : 'dmy';
}
