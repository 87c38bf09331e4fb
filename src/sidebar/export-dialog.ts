/** The Export dialog's page: choose posts and a format, check them against the format's rules, download the file, sync to Google Calendar. */

import { EXPORT_DIALOG_MESSAGES, EXPORT_MESSAGES } from '../domain/i18n/export-messages';
import { createTranslator } from '../domain/i18n/translator';
import type {
  CalendarAuthorization,
  ExportContext,
  ExportProblem,
  ExportRequest,
  MovedPost,
} from '../shared/export-contract';
import { READY_STATUS_FILTER } from '../domain/export/ready-statuses';
import { el, replaceChildren } from './lib/dom';
import { timeZoneChoices } from './lib/time-zones';
import { NoServerError, closeSidebar, errorText, callServer } from './lib/server';

/** The dialog's strings: its own labels and the export messages (not the whole catalogue, to keep the page small). */
const { t } = createTranslator([EXPORT_MESSAGES, EXPORT_DIALOG_MESSAGES]);

/** Calls the server's functions (typed by the server's own signatures; each call has a failure handler). */
const call = callServer;

/** Scheduler formats read the file's times in the account's zone; these two also ask for a date order. */
const DATE_ORDER_TARGETS = ['hootsuite', 'sprout'];

/** The dialog's controls. */
interface Controls {
  target: HTMLSelectElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  platform: HTMLSelectElement;
  status: HTMLSelectElement;
  onlyPassing: HTMLInputElement;
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
}

/** A labelled field: label above the control. */
function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  return el(
    'div',
    { class: 'field' },
    el('label', { for: id, class: 'field-label' }, label),
    control,
    hint ? el('p', { id: `${id}-hint`, class: 'field-hint' }, hint) : null,
  );
}

/** A select with `[value, label]` options. */
function select(id: string, options: Array<[string, string]>, value = ''): HTMLSelectElement {
  const box = el('select', { id, name: id });
  for (const [optionValue, label] of options) box.append(el('option', { value: optionValue }, label));
  box.value = value;
  return box;
}

/** A checkbox with its label beside it. */
function checkbox(id: string, label: string): [HTMLElement, HTMLInputElement] {
  const input = el('input', { type: 'checkbox', id, name: id });
  return [el('div', { class: 'check-row' }, input, el('label', { for: id }, label)), input];
}

/** The "All (n)" option followed by each value with its count. */
function listOptions(
  locale: string,
  values: string[],
  counts: Record<string, number>,
  total: number,
): Array<[string, string]> {
  const known = new Set(values.map((value) => value.toLowerCase()));
  const extra = Object.keys(counts).filter((value) => !known.has(value.toLowerCase()));
  return [
    ['', t(locale, 'export.all', { count: total })],
    ...[...values, ...extra].map((value): [string, string] => [
      value,
      counts[value] ? `${value} (${counts[value]})` : value,
    ]),
  ];
}

/** Counts of the posts dated within `from`..`to` (either may be empty), per platform and status, and of the ready ones. */
function facetCounts(
  context: ExportContext,
  from: string,
  to: string,
): { posts: number; byPlatform: Record<string, number>; byStatus: Record<string, number>; ready: number } {
  const out = { posts: 0, byPlatform: {} as Record<string, number>, byStatus: {} as Record<string, number>, ready: 0 };
  const ready = new Set(context.readyStatuses.map((status) => status.toLowerCase()));
  for (const [date, platform, status] of context.postFacets) {
    if ((from || to) && (!date || (from && date < from) || (to && date > to))) continue;
    out.posts++;
    if (platform) out.byPlatform[platform] = (out.byPlatform[platform] ?? 0) + 1;
    if (status) out.byStatus[status] = (out.byStatus[status] ?? 0) + 1;
    if (ready.has(status.toLowerCase())) out.ready++;
  }
  return out;
}

/** Replaces a select's options, keeping its value when it is still offered. */
function setOptions(box: HTMLSelectElement, options: Array<[string, string]>): void {
  const value = box.value;
  replaceChildren(box, ...options.map(([optionValue, label]) => el('option', { value: optionValue }, label)));
  box.value = options.some(([optionValue]) => optionValue === value) ? value : '';
}

/** The request the form describes (empty fields left out). */
function requestOf(controls: Controls, context: ExportContext): ExportRequest {
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

/** Problems with the same severity and sentence, and the sheet rows they concern. */
interface ProblemGroup {
  problem: ExportProblem;
  rows: number[];
}

/** Identical problems (same severity and sentence) merged into one group, in first-seen order. */
function groupProblems(problems: readonly ExportProblem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    const key = `${problem.severity}\u0000${problem.message}`;
    const group = groups.get(key) ?? { problem, rows: [] };
    if (problem.sheetRow) group.rows.push(problem.sheetRow);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** "Row 3", or "19 rows (3, 4, 5, 6, 7 and 14 more)" for a merged group. */
function rowsText(locale: string, rows: readonly number[]): string {
  if (rows.length === 1) return t(locale, 'export.row', { row: rows[0] });
  const shown = rows.slice(0, 5).join(', ');
  const more = rows.length - 5;
  return t(locale, more > 0 ? 'export.rowsMore' : 'export.rows', { count: rows.length, rows: shown, more });
}

/** One problem (or a merged group of identical ones) as a list item: rows, severity and the server's sentence, all as text. */
function problemItem(locale: string, group: ProblemGroup): HTMLElement {
  const { problem } = group;
  const where = group.rows.length > 0 ? `${rowsText(locale, group.rows)} · ` : '';
  const severity = t(locale, problem.severity === 'error' ? 'export.error' : 'export.warning');
  return el(
    'li',
    { class: `problem problem-${problem.severity}` },
    el('strong', {}, `${where}${severity}: `),
    problem.message,
  );
}

/** Shows a status sentence (`kind`: info, ok, error). */
function showMessage(controls: Controls, text: string, kind: 'info' | 'ok' | 'error' = 'info'): void {
  controls.message.className = `message message-${kind}`;
  controls.message.textContent = text;
}

/** Shows the problems (errors first) and the posts Stagger moves. */
function showResults(
  controls: Controls,
  locale: string,
  problems: readonly ExportProblem[],
  moved: readonly MovedPost[],
): void {
  const sorted = [...problems].sort((a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error'));
  replaceChildren(
    controls.results,
    sorted.length > 0 && el('h2', { class: 'results-heading' }, t(locale, 'export.problems')),
    sorted.length > 0 && el('ul', { class: 'problems' }, ...groupProblems(sorted).map((group) => problemItem(locale, group))),
    moved.length > 0 && el('h2', { class: 'results-heading' }, t(locale, 'export.moved')),
    moved.length > 0 &&
      el(
        'ul',
        { class: 'moved' },
        ...moved.map((post) =>
          el(
            'li',
            {},
            t(locale, 'export.movedItem', { row: post.sheetRow, id: post.postId || '–', from: post.from, to: post.to }),
          ),
        ),
      ),
  );
}

/** Saves text as a UTF-8 file through the browser (Blob + a[download]); no Drive access needed. */
function saveFile(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = el('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Runs `work` with the buttons disabled and the page marked busy. */
async function busy(controls: Controls, text: string, work: () => Promise<void>): Promise<void> {
  controls.check.disabled = true;
  controls.download.disabled = true;
  document.getElementById('app')?.setAttribute('aria-busy', 'true');
  showMessage(controls, text);
  try {
    await work();
  } finally {
    controls.check.disabled = false;
    controls.download.disabled = false;
    document.getElementById('app')?.removeAttribute('aria-busy');
  }
}

/**
 * The Google Calendar section: the plan's calendar is shown (and the scope checked) only when the person
 * opens it. A missing scope comes back as a sentence and Google's authorization link ("Grant access",
 * opened in a new tab, since a dialog cannot show Google's consent screen), with "Try again" beside it.
 */
function calendarSection(locale: string): HTMLElement {
  const status = el('p', { class: 'message', role: 'status' });
  const calendars = select('g-calendar', []);
  const load = el('button', { type: 'button', class: 'button', id: 'g-load' }, t(locale, 'export.gcal.load'));
  const sync = el(
    'button',
    { type: 'button', class: 'button', id: 'g-sync', disabled: true },
    t(locale, 'export.gcal.sync'),
  );
  const grant = el('a', { class: 'button', id: 'g-grant', target: '_blank', rel: 'noopener noreferrer' }, t(locale, 'export.gcal.grant'));
  grant.hidden = true;
  const picker = field('g-calendar', t(locale, 'export.gcal.calendar'), calendars);
  picker.hidden = true;
  const fail = (error: unknown) => {
    status.className = 'message message-error';
    status.textContent = t(locale, error instanceof NoServerError ? 'export.noServer' : 'export.failed', {
      message: errorText(error),
    });
  };
  const askForAccess = (authorization: CalendarAuthorization) => {
    status.className = 'message message-error';
    status.textContent = authorization.message;
    grant.hidden = !authorization.url;
    if (authorization.url && /^https:\/\//.test(authorization.url)) grant.setAttribute('href', authorization.url);
    picker.hidden = true;
    sync.disabled = true;
    load.hidden = false;
    load.disabled = false;
    load.textContent = t(locale, 'export.gcal.retry');
  };
  load.addEventListener('click', () => {
    load.disabled = true;
    call('getCalendarChoices')
      .then((choices) => {
        if (choices.authorization) return askForAccess(choices.authorization);
        replaceChildren(calendars);
        for (const calendar of choices.calendars) {
          const label = choices.isNew ? t(locale, 'export.gcal.new', { name: calendar.name }) : calendar.name;
          calendars.append(el('option', { value: calendar.id }, label));
        }
        status.className = 'message';
        status.textContent = '';
        grant.hidden = true;
        picker.hidden = false;
        load.hidden = true;
        sync.disabled = choices.calendars.length === 0;
        calendars.focus();
      })
      .catch((error) => {
        load.disabled = false;
        fail(error);
      });
  });
  sync.addEventListener('click', () => {
    sync.disabled = true;
    status.className = 'message';
    status.textContent = t(locale, 'export.gcal.syncing');
    call('syncToGoogleCalendar', { fromDialog: true })
      .then((result) => {
        if (!result.ok && result.authorization) return askForAccess(result.authorization);
        status.className = `message message-${result.ok && !('stopped' in result && result.stopped) ? 'ok' : 'error'}`;
        status.textContent = result.message;
        sync.disabled = false;
      })
      .catch((error) => {
        sync.disabled = false;
        fail(error);
      });
  });
  return el(
    'details',
    { class: 'gcal' },
    el('summary', {}, t(locale, 'export.gcal')),
    el('p', { class: 'field-hint' }, t(locale, 'export.gcal.hint')),
    el('div', { class: 'actions' }, load, picker, sync, grant),
    status,
  );
}

/** Builds the form for a loaded context and wires its buttons. */
function mountDialog(mount: HTMLElement, context: ExportContext): void {
  const locale = context.locale;
  document.documentElement.lang = locale.slice(0, 2);
  document.title = t(locale, 'export.title');
  const [onlyRow, onlyPassing] = checkbox('x-only', t(locale, 'export.onlyPassing'));
  const [staggerRow, stagger] = checkbox('x-stagger', t(locale, 'export.stagger'));
  const staggerMinutes = el('input', {
    type: 'number',
    id: 'x-stagger-min',
    min: 1,
    max: 1440,
    step: 1,
    value: context.staggerMinutes,
  });
  const dateOrder = select(
    'x-date-order',
    [
      ['mdy', t(locale, 'export.dateOrder.mdy')],
      ['dmy', t(locale, 'export.dateOrder.dmy')],
    ],
    context.dateOrder,
  );
  const dateOrderField = field('x-date-order', t(locale, 'export.dateOrder'), dateOrder);
  const zone = el('input', {
    type: 'text',
    id: 'x-zone',
    value: context.timeZone,
    autocomplete: 'off',
    spellcheck: 'false',
    list: 'x-zones',
  });
  // Suggestions as the person types, under today's names (Europe/Kyiv, Asia/Kolkata), the sheet's zone first.
  const zones = el('datalist', { id: 'x-zones' }, ...[context.timeZone, ...timeZoneChoices().filter((z) => z !== context.timeZone)].map((z) => el('option', { value: z })));
  const schedulerOptions = el(
    'div',
    { class: 'scheduler-options' },
    el('div', { class: 'row' }, staggerRow, field('x-stagger-min', t(locale, 'export.staggerMinutes'), staggerMinutes)),
    el(
      'div',
      { class: 'row' },
      dateOrderField,
      field('x-zone', t(locale, 'export.zone'), zone, t(locale, 'export.zone.hint')),
      zones,
    ),
  );
  const controls: Controls = {
    target: select(
      'x-target',
      context.targets.map((target) => [target.id, target.label]),
      context.targets[0]?.id ?? '',
    ),
    from: el('input', { type: 'date', id: 'x-from', value: context.today }),
    to: el('input', { type: 'date', id: 'x-to' }),
    platform: select(
      'x-platform',
      listOptions(locale, context.platforms, context.counts.byPlatform, context.counts.posts),
    ),
    status: select('x-status', listOptions(locale, context.statuses, context.counts.byStatus, context.counts.posts)),
    onlyPassing,
    stagger,
    staggerMinutes,
    dateOrder,
    zone,
    schedulerOptions,
    dateOrderField,
    message: el('p', { id: 'x-message', class: 'message', role: 'status' }),
    results: el('div', { id: 'x-results', class: 'results' }),
    check: el('button', { type: 'button', id: 'x-check', class: 'button' }, t(locale, 'export.check')),
    download: el('button', { type: 'submit', id: 'x-download', class: 'button primary' }, t(locale, 'export.download')),
  };
  const close = el('button', { type: 'button', id: 'x-close', class: 'button' }, t(locale, 'export.close'));
  const form = el(
    'form',
    { class: 'export-form', novalidate: true },
    field('x-target', t(locale, 'export.target'), controls.target),
    el(
      'fieldset',
      { class: 'group' },
      el('legend', { class: 'group-legend' }, t(locale, 'export.posts')),
      el(
        'div',
        { class: 'row' },
        field('x-from', t(locale, 'export.from'), controls.from),
        field('x-to', t(locale, 'export.to'), controls.to),
      ),
      el(
        'div',
        { class: 'row' },
        field('x-platform', t(locale, 'export.platform'), controls.platform),
        field('x-status', t(locale, 'export.status'), controls.status),
      ),
    ),
    el(
      'fieldset',
      { class: 'group' },
      el('legend', { class: 'group-legend' }, t(locale, 'export.options')),
      onlyRow,
      schedulerOptions,
      context.utmTemplate ? el('p', { class: 'field-hint' }, t(locale, 'export.utm')) : null,
    ),
    controls.message,
    controls.results,
    calendarSection(locale),
    el('div', { class: 'footer actions' }, close, controls.check, controls.download),
  );

  // The platform and status counts follow the date range; scheduler files default to the posts ready to go out.
  let statusChosen = false;
  controls.status.addEventListener('change', () => (statusChosen = true));
  const recount = () => {
    const counts = facetCounts(context, controls.from.value, controls.to.value);
    setOptions(controls.platform, listOptions(locale, context.platforms, counts.byPlatform, counts.posts));
    const statuses = listOptions(locale, context.statuses, counts.byStatus, counts.posts);
    statuses.splice(1, 0, [READY_STATUS_FILTER, t(locale, 'export.readyStatuses', { count: counts.ready })]);
    setOptions(controls.status, statuses);
  };
  const defaultStatus = () => {
    if (statusChosen) return;
    const target = context.targets.find((choice) => choice.id === controls.target.value);
    controls.status.value = target?.scheduler ? READY_STATUS_FILTER : '';
  };
  controls.from.addEventListener('change', recount);
  controls.to.addEventListener('change', recount);
  controls.target.addEventListener('change', defaultStatus);
  recount();
  defaultStatus();

  const sync = () => {
    const target = context.targets.find((choice) => choice.id === controls.target.value);
    controls.schedulerOptions.hidden = !target?.scheduler;
    controls.dateOrderField.hidden = !DATE_ORDER_TARGETS.includes(controls.target.value);
    staggerMinutes.disabled = !stagger.checked;
  };
  const stale = () => {
    sync();
    showMessage(controls, '');
    replaceChildren(controls.results);
  };
  form.addEventListener('change', stale);
  sync();
  if (!context.hasCalendar) showMessage(controls, t(locale, 'export.noCalendarSheet'), 'error');

  const report = (error: unknown) =>
    showMessage(
      controls,
      t(locale, error instanceof NoServerError ? 'export.noServer' : 'export.failed', { message: errorText(error) }),
      'error',
    );

  controls.check.addEventListener('click', () => {
    void busy(controls, t(locale, 'export.checking'), async () => {
      try {
        const preview = await call('previewExport', requestOf(controls, context));
        if (preview.postCount === 0 && preview.problems.length === 0)
          showMessage(controls, t(locale, 'export.noPostsSelected'), 'error');
        else {
          const summary = t(locale, 'export.summary', { posts: preview.postCount, passing: preview.passingCount });
          const verdict = preview.ok
            ? t(locale, 'export.ready', { count: preview.exportCount })
            : t(locale, 'export.refused');
          showMessage(controls, `${summary} ${verdict}`, preview.ok ? 'ok' : 'error');
        }
        showResults(controls, locale, preview.problems, preview.moved);
      } catch (error) {
        report(error);
      }
    });
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void busy(controls, t(locale, 'export.preparing'), async () => {
      try {
        const file = await call('exportPosts', requestOf(controls, context));
        if (!file.ok) {
          showMessage(controls, t(locale, 'export.refused'), 'error');
          showResults(controls, locale, file.problems, []);
          return;
        }
        saveFile(file.fileName, file.mimeType, file.content);
        const key = file.skippedCount > 0 ? 'export.downloadedSkipped' : 'export.downloaded';
        showMessage(
          controls,
          t(locale, key, { file: file.fileName, count: file.exportCount, skipped: file.skippedCount }),
          'ok',
        );
        showResults(controls, locale, file.problems, file.moved);
      } catch (error) {
        report(error);
      }
    });
  });
  close.addEventListener('click', () => closeSidebar());

  mount.removeAttribute('aria-busy');
  replaceChildren(mount, el('h1', { class: 'visually-hidden' }, t(locale, 'export.title')), form);
  controls.target.focus();
}

/** Loads the context and shows the form, or a readable error. */
async function start(): Promise<void> {
  const mount = document.getElementById('app');
  if (!mount) return;
  const browserLocale = navigator.language || 'en';
  try {
    mountDialog(mount, await call('getExportContext'));
  } catch (error) {
    mount.removeAttribute('aria-busy');
    const message = t(browserLocale, error instanceof NoServerError ? 'export.noServer' : 'export.failed', {
      message: errorText(error),
    });
    replaceChildren(mount, el('p', { class: 'message message-error', role: 'alert' }, message));
  }
}

void start();
