/** The Connect WoopSocial dialog: check a pasted API key, choose the project and an account per platform, turn the hourly refresh on or off, disconnect. */

import type { ConnectState } from '../sheets/publishing-rpc';
import { byId, el, replaceChildren } from './lib/dom';
import { pageMessages } from './lib/page-messages';
import { closeSidebar, serverCaller } from './lib/server';

/** The server functions this page calls. */
interface ConnectApi {
  getWoopSocialConnection(): ConnectState;
  connectWoopSocial(request: { apiKey: string; projectId?: string }): ConnectState;
  saveWoopSocialSetup(request: { projectId: string; mapping: Record<string, string> }): ConnectState;
  disconnectWoopSocial(): ConnectState;
  setHourlyRefresh(request: { on: boolean }): ConnectState & { authorizationUrl?: string };
}

const call = serverCaller<ConnectApi>();
/** The page's messages, in the language the server marked the page with. */
const messages = pageMessages([]);
const key = byId<HTMLInputElement>('key');
const setup = byId<HTMLElement>('setup');
const project = byId<HTMLSelectElement>('project');
const mapping = byId<HTMLElement>('mapping');
const status = byId<HTMLElement>('status');
const hourly = byId<HTMLInputElement>('hourly');
const authorize = byId<HTMLAnchorElement>('authorize');
const noneLabel = byId<HTMLElement>('none-label').textContent ?? '';

/** Shows a sentence in the status line. */
function say(message: string, isError = false): void {
  status.textContent = message;
  status.className = isError ? 'error' : '';
}

/** Fills the project list and one account select per platform from the server's state. */
function render(state: ConnectState & { authorizationUrl?: string }): void {
  say(state.message, !state.ok);
  authorize.hidden = !state.authorizationUrl;
  if (state.authorizationUrl) authorize.href = state.authorizationUrl;
  setup.hidden = state.projects.length === 0;
  replaceChildren(project, ...state.projects.map((p) => el('option', { value: p.id }, p.name)));
  project.value = state.projectId;
  const rows = state.platforms.map((platform) => {
    const id = `account-${platform.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    const box = el('select', { id, 'data-platform': platform }, el('option', { value: '' }, noneLabel));
    for (const account of state.accounts) {
      const fits = platform === 'LinkedIn' ? account.platform.startsWith('LINKEDIN') : account.platform === platform.toUpperCase();
      if (fits) box.append(el('option', { value: account.id }, account.label));
    }
    box.value = state.mapping[platform.toLowerCase()] ?? '';
    return el('div', { class: 'row' }, el('label', { for: id }, platform), box);
  });
  replaceChildren(mapping, ...rows);
  const note = byId<HTMLElement>('not-sendable');
  note.textContent = (note.dataset.template ?? '').replace('{platforms}', state.notSendable.join(', '));
  hourly.checked = state.hourly;
}

/** Runs a server call with the buttons disabled, then renders its state. */
function run(promise: Promise<ConnectState>): void {
  const buttons = [...document.querySelectorAll('button')];
  buttons.forEach((button) => (button.disabled = true));
  promise
    .then(render)
    .catch((error: unknown) => say(messages.failure(error), true))
    .finally(() => buttons.forEach((button) => (button.disabled = false)));
}

byId('check').addEventListener('click', () => {
  run(call('connectWoopSocial', { apiKey: key.value }));
  key.value = '';
});
project.addEventListener('change', () => run(call('connectWoopSocial', { apiKey: '', projectId: project.value })));
byId('save').addEventListener('click', () => {
  const chosen: Record<string, string> = {};
  for (const box of mapping.querySelectorAll('select')) if (box.value) chosen[box.dataset.platform ?? ''] = box.value;
  run(call('saveWoopSocialSetup', { projectId: project.value, mapping: chosen }));
});
byId('disconnect').addEventListener('click', () => run(call('disconnectWoopSocial')));
hourly.addEventListener('change', () => run(call('setHourlyRefresh', { on: hourly.checked })));
byId('close').addEventListener('click', () => closeSidebar());

run(call('getWoopSocialConnection'));
