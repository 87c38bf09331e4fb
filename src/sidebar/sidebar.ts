/** The sidebar page's entry: loads the FormContext through google.script.run and mounts the post form. */

import { t } from '../domain/i18n';
import { replaceChildren } from './lib/dom';
import { mountPostForm } from './lib/post-form';
import { NoServerError, callServer, errorText } from './lib/server';

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
  const browserLocale = navigator.language || 'en';
  const loading = mount.querySelector('.loading');
  if (loading) loading.textContent = t(browserLocale, 'form.loading');
  try {
    const context = await callServer('getFormContext');
    mountPostForm(mount, context);
  } catch (error) {
    const message =
      error instanceof NoServerError
        ? t(browserLocale, 'form.error.noServer')
        : t(browserLocale, 'form.error.loadFailed', {
            message: errorText(error) || t(browserLocale, 'form.error.unknown'),
          });
    showLoadError(mount, message);
  }
}

void start();
