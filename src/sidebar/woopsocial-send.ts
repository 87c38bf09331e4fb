/** The Send to WoopSocial dialog: choose dates and platform inputs, see our checks and WoopSocial's validation per post, then send; refresh delivery status. */

import type { PublishResult, SendInputs, SendPreview } from '../sheets/publishing-rpc';
import { byId, el, replaceChildren } from './lib/dom';
import { pageMessages } from './lib/page-messages';
import { closeSidebar, serverCaller } from './lib/server';

/** The server functions this page calls. */
interface SendApi {
  previewWoopSocialSend(request: { from: string; to: string; inputs: SendInputs }): SendPreview;
  sendToWoopSocial(request: { from: string; to: string; inputs: SendInputs }): PublishResult;
  refreshDeliveryStatus(): PublishResult;
}

const call = serverCaller<SendApi>();
/** The page's messages, in the language the server marked the page with. */
const messages = pageMessages([]);
const from = byId<HTMLInputElement>('from');
const to = byId<HTMLInputElement>('to');
const board = byId<HTMLSelectElement>('board');
const privacy = byId<HTMLSelectElement>('privacy');
const youtube = byId<HTMLSelectElement>('youtube');
const send = byId<HTMLButtonElement>('send');
const status = byId<HTMLElement>('status');
const table = byId<HTMLTableElement>('posts');
const labels = byId<HTMLElement>('labels').dataset;

/** Today and four weeks on, as the default range. */
const today = new Date();
from.value = today.toISOString().slice(0, 10);
to.value = new Date(today.getTime() + 28 * 86_400_000).toISOString().slice(0, 10);

function say(message: string, isError = false): void {
  status.textContent = message;
  status.className = isError ? 'error' : '';
}

/** The request of the current choices. */
function request(): { from: string; to: string; inputs: SendInputs } {
  return {
    from: from.value,
    to: to.value,
    inputs: { pinterestBoardId: board.value || undefined, tiktokPrivacyLevel: privacy.value || undefined, youtubePrivacy: youtube.value || undefined },
  };
}

/** Fills a select with options, keeping the choice when it is still offered. */
function fill(select: HTMLSelectElement, options: Array<[string, string]>): void {
  const kept = select.value;
  replaceChildren(select, ...options.map(([value, label]) => el('option', { value }, label)));
  if (options.some(([value]) => value === kept)) select.value = kept;
}

/** Shows the preview: the inputs to choose and one table row per post. */
function render(preview: SendPreview): void {
  say(preview.message, !preview.ok);
  byId('board-field').hidden = preview.boards.length === 0;
  fill(board, preview.boards.map((b) => [b.id, b.name]));
  byId('privacy-field').hidden = preview.privacyLevels.length === 0;
  fill(privacy, [...new Set(preview.privacyLevels)].map((level) => [level, level]));
  byId('youtube-field').hidden = !preview.needsYouTube;
  const body = table.tBodies[0];
  replaceChildren(
    body,
    ...preview.rows.map((row) =>
      el(
        'tr',
        {},
        el('td', {}, String(row.row)),
        el('td', {}, `${row.date} ${row.time}`),
        el('td', {}, row.platform),
        el('td', { class: 'text' }, row.text),
        el('td', { class: `state-${row.state}` }, labels[row.state === 'notSendable' ? 'notSendable' : row.state] ?? row.state, ...[...row.problems, ...row.warnings].map((p) => el('div', {}, p))),
      ),
    ),
  );
  const count = (state: string) => String(preview.rows.filter((row) => row.state === state).length);
  byId('summary').textContent = (byId('summary').dataset.template ?? '')
    .replace('{ready}', count('ready'))
    .replace('{problem}', count('problem'))
    .replace('{notSendable}', count('notSendable'));
  table.hidden = preview.rows.length === 0;
  if (preview.ok && preview.rows.length === 0) say(labels.empty ?? '');
  send.disabled = !preview.rows.some((row) => row.state === 'ready');
}

/** Calls in flight: the buttons come back only when none is. */
let pending = 0;

/** Runs a call with the buttons disabled. */
function busy<T>(promise: Promise<T>, done: (value: T) => void): void {
  const buttons = [...document.querySelectorAll('button')];
  buttons.forEach((button) => (button.disabled = true));
  pending++;
  say(labels.working ?? '');
  promise
    .then(done)
    .catch((error: unknown) => say(messages.failure(error), true))
    .finally(() => {
      pending--;
      if (pending === 0) buttons.forEach((button) => (button.disabled = button === send && send.dataset.ready !== 'yes'));
    });
}

/** Checks the posts; when the answer offers platform inputs the request did not carry yet, checks once more with the first of each chosen. */
function check(again = true): void {
  const sent = request();
  busy(call('previewWoopSocialSend', sent), (preview) => {
    send.dataset.ready = preview.rows.some((row) => row.state === 'ready') ? 'yes' : 'no';
    render(preview);
    const now = request().inputs;
    const offered = (!sent.inputs.pinterestBoardId && now.pinterestBoardId) || (!sent.inputs.tiktokPrivacyLevel && now.tiktokPrivacyLevel);
    if (again && offered) check(false);
  });
}

byId('check').addEventListener('click', () => check());
send.addEventListener('click', () =>
  busy(call('sendToWoopSocial', request()), (result) => {
    send.dataset.ready = 'no';
    say(result.message, !result.ok);
  }),
);
byId('refresh').addEventListener('click', () => busy(call('refreshDeliveryStatus'), (result) => say(result.message, !result.ok)));
byId('close').addEventListener('click', () => closeSidebar());

check();
