/** The sidebar page's entry: loads the FormContext through google.script.run and mounts the post form. */

import { loadCatalogues } from '../domain/i18n/catalogue-source-core';
import { replaceChildren } from './lib/dom';
import { browserLocale, pageMessages } from './lib/page-messages';
import { mountPostForm } from './lib/post-form';
import { callServer } from './lib/server';

/** The form's messages: the form, server and check catalogues; the browser's language until the context says. */
const messages = pageMessages(loadCatalogues(), {
  locale: browserLocale(),
  failures: { noServer: 'form.error.noServer', failed: 'form.error.loadFailed', unknown: 'form.error.unknown' },
});

/** Shows a load failure where the form would be, as an alert. */
function showLoadError(mount: HTMLElement, message: string): void {
  mount.removeAttribute('aria-busy');
  const box = document.createElement('p');
  box.className = 'alert is-shown';
  box.setAttribute('role', 'alert');
  box.textContent = message;
  replaceChildren(mount, box);
}

/** Loads the context and renders the form (or a readable error). */
async function start(): Promise<void> {
  const mount = document.getElementById('app');
  if (!mount) return;
  const loading = mount.querySelector('.loading');
  if (loading) loading.textContent = messages.t('form.loading');
  try {
    const context = await callServer('getFormContext');
    mountPostForm(mount, context, messages);
  } catch (error) {
    showLoadError(mount, messages.failure(error));
  }
}

void start();
