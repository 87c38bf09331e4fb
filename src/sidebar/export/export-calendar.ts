/** The Export dialog's Google Calendar section: load the plan's calendar, sync to it, or ask for access when the scope is missing. */

import type { CalendarAuthorization, CalendarChoices } from '../../sheets/export-rpc';
import { el, replaceChildren } from '../lib/dom';
import type { PageMessages } from '../lib/page-messages';
import type { ExportCall } from '../export-dialog';
import { field, select } from './export-inputs';

/** The section's controls. */
interface CalendarParts {
  status: HTMLElement;
  calendars: HTMLSelectElement;
  load: HTMLButtonElement;
  sync: HTMLButtonElement;
  grant: HTMLAnchorElement;
  picker: HTMLElement;
}

/** The section's controls, before anything is loaded. */
function calendarParts(t: PageMessages['t']): CalendarParts {
  const calendars = select('g-calendar', []);
  const grant = el('a', { class: 'button', id: 'g-grant', target: '_blank', rel: 'noopener noreferrer' }, t('export.gcal.grant'));
  grant.hidden = true;
  const picker = field('g-calendar', t('export.gcal.calendar'), calendars);
  picker.hidden = true;
  return {
    status: el('p', { class: 'message', role: 'status' }),
    calendars,
    load: el('button', { type: 'button', class: 'button', id: 'g-load' }, t('export.gcal.load')),
    sync: el('button', { type: 'button', class: 'button', id: 'g-sync', disabled: true }, t('export.gcal.sync')),
    grant,
    picker,
  };
}

/** Shows the missing scope's sentence and Google's authorization link, with "Try again" beside it. */
function askForAccess(parts: CalendarParts, t: PageMessages['t'], authorization: CalendarAuthorization): void {
  parts.status.className = 'message message-error';
  parts.status.textContent = authorization.message;
  parts.grant.hidden = !authorization.url;
  if (authorization.url && /^https:\/\//.test(authorization.url)) parts.grant.setAttribute('href', authorization.url);
  parts.picker.hidden = true;
  parts.sync.disabled = true;
  parts.load.hidden = false;
  parts.load.disabled = false;
  parts.load.textContent = t('export.gcal.retry');
}

/** Shows the plan's calendar (or the one to be made) to sync to. */
function showChoices(parts: CalendarParts, t: PageMessages['t'], choices: CalendarChoices): void {
  if (choices.authorization) return askForAccess(parts, t, choices.authorization);
  replaceChildren(parts.calendars);
  for (const calendar of choices.calendars) {
    const label = choices.isNew ? t('export.gcal.new', { name: calendar.name }) : calendar.name;
    parts.calendars.append(el('option', { value: calendar.id }, label));
  }
  parts.status.className = 'message';
  parts.status.textContent = '';
  parts.grant.hidden = true;
  parts.picker.hidden = false;
  parts.load.hidden = true;
  parts.sync.disabled = choices.calendars.length === 0;
  parts.calendars.focus();
}

/** Wires Load and Sync to the server. */
function wireCalendar(parts: CalendarParts, messages: PageMessages, call: ExportCall): void {
  const { t } = messages;
  const fail = (error: unknown) => {
    parts.status.className = 'message message-error';
    parts.status.textContent = messages.failure(error);
  };
  parts.load.addEventListener('click', () => {
    parts.load.disabled = true;
    call('getCalendarChoices')
      .then((choices) => showChoices(parts, t, choices))
      .catch((error) => {
        parts.load.disabled = false;
        fail(error);
      });
  });
  parts.sync.addEventListener('click', () => {
    parts.sync.disabled = true;
    parts.status.className = 'message';
    parts.status.textContent = t('export.gcal.syncing');
    call('syncToGoogleCalendar', { fromDialog: true })
      .then((result) => {
        if (!result.ok && result.authorization) return askForAccess(parts, t, result.authorization);
        parts.status.className = `message message-${result.ok && !('stopped' in result && result.stopped) ? 'ok' : 'error'}`;
        parts.status.textContent = result.message;
        parts.sync.disabled = false;
      })
      .catch((error) => {
        parts.sync.disabled = false;
        fail(error);
      });
  });
}

/**
 * The Google Calendar section: the plan's calendar is shown (and the scope checked) only when the person
 * opens it. A missing scope comes back as a sentence and Google's authorization link ("Grant access",
 * opened in a new tab, since a dialog cannot show Google's consent screen), with "Try again" beside it.
 * @param messages The dialog's messages.
 * @param call The dialog's server caller.
 */
export function calendarSection(messages: PageMessages, call: ExportCall): HTMLElement {
  const { t } = messages;
  const parts = calendarParts(t);
  wireCalendar(parts, messages, call);
  return el(
    'details',
    { class: 'gcal' },
    el('summary', {}, t('export.gcal')),
    el('p', { class: 'field-hint' }, t('export.gcal.hint')),
    el('div', { class: 'actions' }, parts.load, parts.picker, parts.sync, parts.grant),
    parts.status,
  );
}
