/** The Export dialog's form: its layout, the options that follow the format, Check and Download. */

import type { ExportContext } from '../../sheets/export-rpc';
import { el, replaceChildren } from '../lib/dom';
import type { PageMessages, PageTranslate } from '../lib/page-messages';
import type { ExportCall } from '../export-dialog';
import type { Controls } from './export-controls';
import { DATE_ORDER_TARGETS, requestOf } from './export-controls';
import { field } from './export-inputs';
import { showMessage, showResults } from './export-results';

/**
 * The form: format, the posts (dates, platform, status), options, the answers, and the footer buttons.
 * @param calendar The Google Calendar section.
 */
export function exportForm(controls: Controls, context: ExportContext, t: PageTranslate, calendar: HTMLElement): HTMLFormElement {
  return el(
    'form',
    { class: 'export-form', novalidate: true },
    field('x-target', t('export.target'), controls.target),
    el(
      'fieldset',
      { class: 'group' },
      el('legend', { class: 'group-legend' }, t('export.posts')),
      el('div', { class: 'row' }, field('x-from', t('export.from'), controls.from), field('x-to', t('export.to'), controls.to)),
      el('div', { class: 'row' }, field('x-platform', t('export.platform'), controls.platform), field('x-status', t('export.status'), controls.status)),
    ),
    el(
      'fieldset',
      { class: 'group' },
      el('legend', { class: 'group-legend' }, t('export.options')),
      controls.onlyRow,
      controls.schedulerOptions,
      context.utmTemplate ? el('p', { class: 'field-hint' }, t('export.utm')) : null,
    ),
    controls.message,
    controls.results,
    calendar,
    el('div', { class: 'footer actions' }, controls.close, controls.check, controls.download),
  );
}

/**
 * Shows the scheduler options only for scheduler formats (the date order only where asked); any change
 * clears the answers, which no longer hold.
 */
export function followFormat(form: HTMLFormElement, controls: Controls, context: ExportContext): void {
  const sync = () => {
    const target = context.targets.find((choice) => choice.id === controls.target.value);
    controls.schedulerOptions.hidden = !target?.scheduler;
    controls.dateOrderField.hidden = !DATE_ORDER_TARGETS.includes(controls.target.value);
    controls.staggerMinutes.disabled = !controls.stagger.checked;
  };
  form.addEventListener('change', () => {
    sync();
    showMessage(controls.message, '');
    replaceChildren(controls.results);
  });
  sync();
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

/** Runs `work` with the buttons disabled and the page marked busy; a failure is said in the status line. */
async function busy(controls: Controls, messages: PageMessages, text: string, work: () => Promise<void>): Promise<void> {
  controls.check.disabled = true;
  controls.download.disabled = true;
  document.getElementById('app')?.setAttribute('aria-busy', 'true');
  showMessage(controls.message, text);
  try {
    await work();
  } catch (error) {
    showMessage(controls.message, messages.failure(error), 'error');
  } finally {
    controls.check.disabled = false;
    controls.download.disabled = false;
    document.getElementById('app')?.removeAttribute('aria-busy');
  }
}

/** Check: the format's verdict on the chosen posts, with the problems and the posts Stagger moves. */
async function check(controls: Controls, context: ExportContext, t: PageTranslate, call: ExportCall): Promise<void> {
  const preview = await call('previewExport', requestOf(controls, context));
  if (preview.postCount === 0 && preview.problems.length === 0) showMessage(controls.message, t('export.noPostsSelected'), 'error');
  else {
    const summary = t('export.summary', { posts: preview.postCount, passing: preview.passingCount });
    const verdict = preview.ok ? t('export.ready', { count: preview.exportCount }) : t('export.refused');
    showMessage(controls.message, `${summary} ${verdict}`, preview.ok ? 'ok' : 'error');
  }
  showResults(controls.results, t, preview.problems, preview.moved);
}

/** Download: the file through the browser, or the problems that refused it. */
async function download(controls: Controls, context: ExportContext, t: PageTranslate, call: ExportCall): Promise<void> {
  const file = await call('exportPosts', requestOf(controls, context));
  if (!file.ok) {
    showMessage(controls.message, t('export.refused'), 'error');
    showResults(controls.results, t, file.problems, []);
    return;
  }
  saveFile(file.fileName, file.mimeType, file.content);
  const key = file.skippedCount > 0 ? 'export.downloadedSkipped' : 'export.downloaded';
  showMessage(controls.message, t(key, { file: file.fileName, count: file.exportCount, skipped: file.skippedCount }), 'ok');
  showResults(controls.results, t, file.problems, file.moved);
}

/**
 * Wires Check and Download (the form's submit) to the server.
 * @param form The form.
 * @param controls The dialog's controls.
 * @param context getExportContext()'s result.
 * @param messages The dialog's messages.
 * @param call The dialog's server caller.
 */
export function wireExport(form: HTMLFormElement, controls: Controls, context: ExportContext, messages: PageMessages, call: ExportCall): void {
  const { t } = messages;
  controls.check.addEventListener('click', () => {
    void busy(controls, messages, t('export.checking'), () => check(controls, context, t, call));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void busy(controls, messages, t('export.preparing'), () => download(controls, context, t, call));
  });
}
