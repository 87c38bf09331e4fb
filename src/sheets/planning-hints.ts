/** The sidebar's planning hints for a chosen date and platform: events on or near it (with "plan a post before" days) and the next best free slots from the Audience sheet. */

import { addDays } from '../domain/planning/civil-date';
import { localTimeOf } from '../domain/planning/zone-clock';
import { eventsByDate, placePost, suggestPostDates, suggestSlots } from '../domain/planning';
import type { Workbook } from './active-spreadsheet';
import { readAudience } from './audience-sheet';
import { readEvents } from './events-sheet';
import { readAllPosts, todayIn } from './planning-posts';
import type { EventHint, PlanningHints, PlanningHintsRequest, SlotHint } from '../shared/planning-contract';

/** Days after the chosen date whose events are shown (an event a week away still wants a post now). */
const LOOKAHEAD_DAYS = 7;

/**
 * The hints for the sidebar. Reads the Calendar (2 calls), the Events sheet (1) and the Audience sheet
 * (1), whatever the number of posts. Slots avoid two hours either side of the platform's planned posts.
 * @param workbook The spreadsheet, its zone and locale.
 * @param request The form's date, platform and zone.
 * @param now The current instant (past slots and past lead days are left out).
 */
export function buildPlanningHints(workbook: Workbook, request: PlanningHintsRequest, now: Date): PlanningHints {
  const formZone = request.timeZone && localTimeOf(0, request.timeZone) ? request.timeZone : workbook.timeZone;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(request.date ?? '') ? request.date : todayIn(now, workbook.timeZone);
  const { locale } = workbook;
  const today = todayIn(now, workbook.timeZone);
  const seen = new Set<string>();
  const events: EventHint[] = [];
  for (const list of eventsByDate(readEvents(workbook), date, addDays(date, LOOKAHEAD_DAYS)).values()) {
    for (const event of list) {
      const key = `${event.date}|${event.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const suggestion = suggestPostDates(event, [3, 1], { locale, today });
      events.push({ ...pick(event), suggestion: suggestion.text, suggestedDates: suggestion.dates });
    }
  }
  events.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
  const platform = String(request.platform ?? '').trim();
  let slots: SlotHint[] = [];
  if (platform) {
    const key = platform.toLowerCase();
    const taken = readAllPosts(workbook)
      .filter((post) => post.platform.trim().toLowerCase() === key && post.status.trim().toLowerCase() !== 'cancelled')
      .map((post) => placePost(post, workbook.timeZone)?.instantMs ?? null)
      .filter((ms): ms is number => ms !== null);
    slots = suggestSlots(readAudience(workbook), platform, date, taken, { timeZone: workbook.timeZone, now, locale }).map((slot) => {
      const local = localTimeOf(Date.parse(slot.instant), formZone);
      return { ...slot, date: local?.date ?? slot.date, time: local?.time ?? slot.time };
    });
  }
  return { ok: true, events, slots, timeZone: formZone };
}

function pick(event: { date: string; endDate: string; name: string; type: string; notes: string }) {
  return { date: event.date, endDate: event.endDate, name: event.name, type: event.type, notes: event.notes };
}
