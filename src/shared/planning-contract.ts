/** The JSON contract between the post form's planning panel and the server: the hints request (zod/mini) and answer, and the Month view refresh. */

import * as z from 'zod/mini';
import { lenientObject, textOr } from './lenient-schema';

/**
 * What the form sends to getPlanningHints(): its date (`yyyy-MM-dd`), platform and time zone ('' = the
 * spreadsheet's). A field of the wrong type reads as '' (today, no platform, the spreadsheet's zone).
 */
export const planningHintsRequestSchema = lenientObject({ date: textOr(), platform: textOr(), timeZone: z.optional(textOr()) });

/** The request as the form builds it. */
export type PlanningHintsRequest = z.input<typeof planningHintsRequestSchema>;

/** An event on or shortly after the chosen date, with the suggested days to post before it. JSON-safe. */
export interface EventHint {
  date: string;
  endDate: string;
  name: string;
  type: string;
  notes: string;
  /** A sentence, e.g. "Spring launch is on Friday 14 March. Consider planning a post on …". */
  suggestion: string;
  /** The suggested days (`yyyy-MM-dd`), not in the past. */
  suggestedDates: string[];
}

/** A free high-activity slot. `date`/`time` are in the form's zone (to fill the form); `label` is in the audience's zone. */
export interface SlotHint {
  date: string;
  time: string;
  instant: string;
  weight: number;
  label: string;
}

/** getPlanningHints' answer. */
export interface PlanningHints {
  ok: boolean;
  /** Set when the request was unusable. */
  message?: string;
  events: EventHint[];
  slots: SlotHint[];
  /** The zone of `slots[].date/time`. */
  timeZone: string;
}

/** What refreshMonthViewIfPresent() returns: whether there was a Month view to redraw. */
export interface MonthViewRefresh {
  refreshed: boolean;
}
