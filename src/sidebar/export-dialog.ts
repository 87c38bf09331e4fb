/** The Export dialog's page: choose posts and a format, check them against the format's rules, download the file, sync to Google Calendar. */

import { EXPORT_DIALOG_MESSAGES, EXPORT_MESSAGES } from '../domain/i18n/export-messages';
import type {
  CalendarChoices,
  CalendarSyncResult,
  ExportContext,
  ExportFile,
  ExportPreview,
  ExportRequest,
} from '../sheets/export-rpc';
import { el, replaceChildren } from './lib/dom';
import { browserLocale, pageMessages } from './lib/page-messages';
import { closeSidebar, serverCaller } from './lib/server';
import { calendarSection } from './export/export-calendar';
import { exportControls } from './export/export-controls';
import { followDateRange } from './export/export-facets';
import { exportForm, followFormat, wireExport } from './export/export-form';
import { showMessage } from './export/export-results';

/** The dialog's strings: its own labels and the export messages (not the whole catalogue, to keep the page small). */
const messages = pageMessages([EXPORT_MESSAGES, EXPORT_DIALOG_MESSAGES], {
  locale: browserLocale(),
  failures: { noServer: 'export.noServer', failed: 'export.failed' },
});

/** The server functions this page calls, with their argument and result types. */
interface ExportApi {
  getExportContext(): ExportContext;
  previewExport(request: ExportRequest): ExportPreview;
  exportPosts(request: ExportRequest): ExportFile;
  getCalendarChoices(): CalendarChoices;
  syncToGoogleCalendar(request: { fromDialog: true }): CalendarSyncResult;
}


/** Calls this page's server functions (each call has a failure handler). */
const call = serverCaller<ExportApi>();

/** This page's server caller, as the dialog's parts receive it. */
export type ExportCall = typeof call;

/** Builds the form for a loaded context and wires its buttons. */
function mountDialog(mount: HTMLElement, context: ExportContext): void {
  messages.use(context.locale);
  const { t } = messages;
  document.title = t('export.title');
  const controls = exportControls(t, context);
  const form = exportForm(controls, context, t, calendarSection(messages, call));
  followDateRange(controls, context, t);
  followFormat(form, controls, context);
  if (!context.hasCalendar) showMessage(controls.message, t('export.noCalendarSheet'), 'error');
  wireExport(form, controls, context, messages, call);
  controls.close.addEventListener('click', () => closeSidebar());
  mount.removeAttribute('aria-busy');
  replaceChildren(mount, el('h1', { class: 'visually-hidden' }, t('export.title')), form);
  controls.target.focus();
}

/** Loads the context and shows the form, or a readable error. */
async function start(): Promise<void> {
  const mount = document.getElementById('app');
  if (!mount) return;
  try {
    mountDialog(mount, await call('getExportContext'));
  } catch (error) {
    mount.removeAttribute('aria-busy');
    replaceChildren(mount, el('p', { class: 'message message-error', role: 'alert' }, messages.failure(error)));
  }
}

void start();
