/** The Export dialog's controls: which posts, which format and its scheduler options, and the request they describe. */

import type { ExportContext, ExportRequest } from '../../sheets/export-rpc';
import { el } from '../lib/dom';
import type { PageTranslate } from '../lib/page-messages';
import { timeZoneChoices } from '../lib/time-zones';
import { checkbox, field, select } from './export-inputs';

/** Scheduler formats read the file's times in the account's zone; these two also ask for a date order. */
export const DATE_ORDER_TARGETS = ['hootsuite', 'sprout'];

/** The dialog's controls. */
export interface Controls {
  target: HTMLSelectElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  platform: HTMLSelectElement;
  status: HTMLSelectElement;
  onlyPassing: HTMLInputElement;
  onlyRow: HTMLElement;
  stagger: HTMLInputElement;
  staggerMinutes: HTMLInputElement;
  dateOrder: HTMLSelectElement;
  zone: HTMLInputElement;
  schedulerOptions: HTMLElement;
  dateOrderField: HTMLElement;
  message: HTMLElement;
  results: HTMLElement;
  check: HTMLButtonElement;
  download: HTMLButtonElement;
  close: HTMLButtonElement;
}

/**
 * The "All (n)" option followed by each value with its count.
 * @param t The dialog's translator.
 * @param values The values the settings list.
 * @param counts Posts per value (values only the posts hold are added).
 * @param total All the posts.
 */
export function listOptions(t: PageTranslate, values: string[], counts: Record<string, number>, total: number): Array<[string, string]> {
  const known = new Set(values.map((value) => value.toLowerCase()));
  const extra = Object.keys(counts).filter((value) => !known.has(value.toLowerCase()));
  return [
    ['', t('export.all', { count: total })],
    ...[...values, ...extra].map((value): [string, string] => [value, counts[value] ? `${value} (${counts[value]})` : value]),
  ];
}

/** The scheduler options: Stagger and its minutes, the date order, the account's time zone (with suggestions). */
function schedulerControls(t: PageTranslate, context: ExportContext) {
  const [staggerRow, stagger] = checkbox('x-stagger', t('export.stagger'));
  const staggerMinutes = el('input', { type: 'number', id: 'x-stagger-min', min: 1, max: 1440, step: 1, value: context.staggerMinutes });
  const orders: Array<[string, string]> = [['mdy', t('export.dateOrder.mdy')], ['dmy', t('export.dateOrder.dmy')]];
  const dateOrder = select('x-date-order', orders, context.dateOrder);
  const dateOrderField = field('x-date-order', t('export.dateOrder'), dateOrder);
  const zone = el('input', { type: 'text', id: 'x-zone', value: context.timeZone, autocomplete: 'off', spellcheck: 'false', list: 'x-zones' });
  // Suggestions as the person types, under today's names (Europe/Kyiv, Asia/Kolkata), the sheet's zone first.
  const zoneNames = [context.timeZone, ...timeZoneChoices().filter((z) => z !== context.timeZone)];
  const zones = el('datalist', { id: 'x-zones' }, ...zoneNames.map((z) => el('option', { value: z })));
  const schedulerOptions = el(
    'div',
    { class: 'scheduler-options' },
    el('div', { class: 'row' }, staggerRow, field('x-stagger-min', t('export.staggerMinutes'), staggerMinutes)),
    el('div', { class: 'row' }, dateOrderField, field('x-zone', t('export.zone'), zone, t('export.zone.hint')), zones),
  );
  return { stagger, staggerMinutes, dateOrder, zone, schedulerOptions, dateOrderField };
}

/**
 * The dialog's controls for a loaded context.
 * @param t The dialog's translator.
 * @param context getExportContext()'s result.
 */
export function exportControls(t: PageTranslate, context: ExportContext): Controls {
  const [onlyRow, onlyPassing] = checkbox('x-only', t('export.onlyPassing'));
  const scheduler = schedulerControls(t, context);
  return {
    target: select('x-target', context.targets.map((target) => [target.id, target.label]), context.targets[0]?.id ?? ''),
    from: el('input', { type: 'date', id: 'x-from', value: context.today }),
    to: el('input', { type: 'date', id: 'x-to' }),
    platform: select('x-platform', listOptions(t, context.platforms, context.counts.byPlatform, context.counts.posts)),
    status: select('x-status', listOptions(t, context.statuses, context.counts.byStatus, context.counts.posts)),
    onlyPassing,
    onlyRow,
    ...scheduler,
    message: el('p', { id: 'x-message', class: 'message', role: 'status' }),
    results: el('div', { id: 'x-results', class: 'results' }),
    check: el('button', { type: 'button', id: 'x-check', class: 'button' }, t('export.check')),
    download: el('button', { type: 'submit', id: 'x-download', class: 'button primary' }, t('export.download')),
    close: el('button', { type: 'button', id: 'x-close', class: 'button' }, t('export.close')),
  };
}

/**
 * The request the form describes (empty fields left out).
 * @param controls The dialog's controls.
 * @param context getExportContext()'s result.
 */
export function requestOf(controls: Controls, context: ExportContext): ExportRequest {
  const target = controls.target.value;
  const scheduler = context.targets.find((choice) => choice.id === target)?.scheduler ?? false;
  const request: ExportRequest = { target, onlyPassing: controls.onlyPassing.checked };
  if (controls.from.value) request.from = controls.from.value;
  if (controls.to.value) request.to = controls.to.value;
  if (controls.platform.value) request.platform = controls.platform.value;
  if (controls.status.value) request.status = controls.status.value;
  if (scheduler) {
    if (controls.stagger.checked)
      request.stagger = Math.max(1, Math.round(Number(controls.staggerMinutes.value) || context.staggerMinutes));
    if (DATE_ORDER_TARGETS.includes(target)) request.dateOrder = controls.dateOrder.value === 'dmy' ? 'dmy' : 'mdy';
    if (controls.zone.value.trim()) request.targetTimeZone = controls.zone.value.trim();
  }
  return request;
}
