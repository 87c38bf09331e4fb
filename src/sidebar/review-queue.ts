/** The review queue page: posts awaiting review as cards (all text through textContent), each with a comment, Approve and Request changes. */

import { REVIEW_PAGE_MESSAGES } from '../domain/i18n/review-messages';
import type { ReviewItem, ReviewQueue, ReviewRequest, ReviewResult } from '../sheets/review-rpc';
import { el, idPart, replaceChildren } from './lib/dom';
import { browserLocale, pageMessages } from './lib/page-messages';
import { serverCaller } from './lib/server';

/** The page's labels, in the browser's language until the queue says the spreadsheet's. */
const messages = pageMessages([REVIEW_PAGE_MESSAGES], { locale: browserLocale(), failures: { noServer: 'noServer', failed: 'failed' } });
const { t } = messages;

/** The server functions this page calls. */
interface ReviewApi {
  getReviewQueue(): ReviewQueue;
  reviewPost(request: ReviewRequest): ReviewResult;
}


/** Calls this page's server functions (each call has a failure handler). */
const call = serverCaller<ReviewApi>();

const app = document.getElementById('app') as HTMLElement;

/** A link the reviewer can open, only for http(s) addresses; anything else stays plain text. */
function linkOrText(text: string): Node {
  return /^https?:\/\/\S+$/i.test(text.trim())
    ? el('a', { href: text.trim(), target: '_blank', rel: 'noopener noreferrer' }, text.trim())
    : document.createTextNode(text);
}

/** One labelled detail line (hashtags, link, media), or nothing when empty. */
function detail(label: string, value: Node | string, show: boolean): HTMLElement | null {
  return show ? el('p', { class: 'detail' }, el('span', { class: 'label' }, `${label}: `), value) : null;
}

/** Posts still waiting in the queue, for the count above the cards. */
let remaining = 0;

/** Shows how many posts wait (after loading, and after each decision). */
function showCount(): void {
  const status = document.getElementById('queue-status');
  if (status) status.textContent = remaining > 0 ? t('count', { count: remaining }) : t('allDone');
}

/** The post's errors and warnings as a list, or a line saying it passes. */
function checksList(item: ReviewItem): HTMLElement {
  if (item.checks.length === 0) return el('p', { class: 'checks checks-ok' }, t('checksOk'));
  return el(
    'ul',
    { class: 'checks', 'aria-label': t('checks') },
    ...item.checks.map((check) =>
      el('li', { class: `check check-${check.severity}` }, el('span', { class: 'label' }, `${t(check.severity === 'error' ? 'error' : 'warning')}: `), check.message),
    ),
  );
}

/** The parts of a card its decisions change. */
interface CardParts {
  item: ReviewItem;
  article: HTMLElement;
  actions: HTMLElement;
  textarea: HTMLTextAreaElement;
  approve: HTMLButtonElement;
  changes: HTMLButtonElement;
  status: HTMLElement;
  earlier: HTMLDetailsElement;
  comments: HTMLElement;
}

/** When the post goes out: date, time (or all day) and its zone. */
function whenText(item: ReviewItem): string {
  return [item.date, item.time || t('allDay'), item.time && item.timeZone ? `(${item.timeZone})` : ''].filter(Boolean).join(' ');
}

/** What changed since an approval, and who approved it, or nothing. */
function changedNote(item: ReviewItem): HTMLElement | false {
  return (
    item.changed.length > 0 &&
    el(
      'div',
      { class: 'changed' },
      el('p', {}, t('changed', { fields: item.changed.join(', ') })),
      item.approvedBy || item.approvedAt ? el('p', {}, t('approvedBy', { who: item.approvedBy || '—', when: item.approvedAt })) : null,
    )
  );
}

/** The comment box with its hint and the two decisions. */
function decisionBox(key: string) {
  const commentId = `comment-${key}`;
  const hintId = `hint-${key}`;
  const textarea = el('textarea', { id: commentId, rows: 2, 'aria-describedby': hintId, maxlength: 2000 });
  const approve = el('button', { type: 'button', class: 'button primary' }, t('approve'));
  const changes = el('button', { type: 'button', class: 'button' }, t('requestChanges'));
  const actions = el(
    'div',
    { class: 'actions' },
    el('label', { for: commentId }, t('comment')),
    textarea,
    el('p', { class: 'hint', id: hintId }, t('commentHint')),
    el('div', { class: 'buttons' }, approve, changes),
  );
  return { textarea, approve, changes, actions };
}

/** A card's elements: what will be published, what changed, earlier comments, the comment box. */
function cardParts(item: ReviewItem): CardParts {
  const key = idPart(item.id);
  const headingId = `post-${key}`;
  // The caption is shown once, below: the heading is the title, or names the post.
  const heading = item.title.trim() || t('untitled', { platform: item.platform || '—', id: item.id });
  const status = el('p', { class: 'result', role: 'status', tabindex: '-1' });
  const comments = el('p', { class: 'comments-text' }, item.comments);
  const earlier = el('details', { class: 'comments', hidden: !item.comments }, el('summary', {}, t('comments')), comments);
  const box = decisionBox(key);
  const article = el(
    'article',
    { class: 'card', 'aria-labelledby': headingId, 'data-id': item.id },
    el('h2', { id: headingId }, heading),
    el('p', { class: 'meta' }, [whenText(item), item.platform, item.format, item.status].filter(Boolean).join(' · ')),
    changedNote(item),
    checksList(item),
    el('p', { class: item.caption ? 'caption' : 'caption empty' }, item.caption || t('noCaption')),
    detail(t('hashtags'), item.hashtags, !!item.hashtags),
    detail(t('link'), linkOrText(item.link), !!item.link),
    detail(t('media'), item.media, !!item.media),
    earlier,
    box.actions,
    status,
  );
  return { item, article, ...box, status, earlier, comments };
}

/** After a recorded decision the card keeps its heading and the result; its body goes, and the count drops. */
function showDecided(parts: CardParts, result: Extract<ReviewResult, { ok: true }>): void {
  parts.article.classList.add('done');
  parts.actions.remove();
  for (const part of parts.article.querySelectorAll('.checks, .caption, .detail, .changed')) part.remove();
  remaining = Math.max(0, remaining - 1);
  showCount();
  parts.comments.textContent = result.comments;
  parts.earlier.hidden = !result.comments;
  if (result.comments) parts.earlier.open = true;
  parts.status.focus();
}

/** Sends the decision and shows what the server said (the buttons come back unless it was recorded). */
function decide(parts: CardParts, decision: ReviewRequest['decision']): void {
  const { item, article, approve, changes, status } = parts;
  if (approve.disabled) return;
  approve.disabled = changes.disabled = true;
  article.setAttribute('aria-busy', 'true');
  status.className = 'result';
  status.textContent = t('working');
  const failed = (message: string) => {
    status.className = 'result error';
    if (message) status.textContent = message;
    approve.disabled = changes.disabled = false;
  };
  call('reviewPost', { id: item.id, decision, comment: parts.textarea.value, seen: item.seen })
    .then((result) => {
      status.textContent = result.message;
      if (result.ok) showDecided(parts, result);
      else failed('');
    })
    .catch((error: unknown) => failed(messages.failure(error)))
    .finally(() => article.removeAttribute('aria-busy'));
}

/** Approving a post with errors asks first, in the card (a browser confirm() is not allowed in Sheets dialogs); true when it asked. */
function askFirst(parts: CardParts, confirmBox: HTMLElement, errors: number): boolean {
  if (errors === 0 || !confirmBox.hidden) return false;
  const yes = el('button', { type: 'button', class: 'button primary confirm-yes' }, t('approveAnyway'));
  const no = el('button', { type: 'button', class: 'button confirm-no' }, t('cancel'));
  yes.addEventListener('click', () => {
    confirmBox.hidden = true;
    decide(parts, 'approve');
  });
  no.addEventListener('click', () => {
    confirmBox.hidden = true;
    replaceChildren(confirmBox);
    parts.approve.focus();
  });
  replaceChildren(confirmBox, el('p', {}, t('confirmErrors', { count: errors })), el('div', { class: 'buttons' }, yes, no));
  confirmBox.hidden = false;
  no.focus();
  return true;
}

/** A post's card: what will be published, what changed, earlier comments, the comment box and the two decisions. */
function card(item: ReviewItem): HTMLElement {
  const parts = cardParts(item);
  const errors = item.checks.filter((check) => check.severity === 'error').length;
  const confirmBox = el('div', { class: 'confirm', role: 'alertdialog', hidden: true, 'aria-label': t('approve') });
  parts.actions.append(confirmBox);
  parts.approve.addEventListener('click', () => {
    if (!askFirst(parts, confirmBox, errors)) decide(parts, 'approve');
  });
  parts.changes.addEventListener('click', () => decide(parts, 'changes'));
  return parts.article;
}

/** Loads the queue and shows it (the Refresh button runs this again). */
function load(): void {
  app.setAttribute('aria-busy', 'true');
  call('getReviewQueue')
    .then((queue) => {
      messages.use(queue.locale);
      render(queue.items);
    })
    .catch((error: unknown) => {
      render([]);
      const message = document.getElementById('queue-status');
      if (message) {
        message.className = 'error';
        message.textContent = messages.failure(error);
      }
    })
    .finally(() => app.removeAttribute('aria-busy'));
}

/** Draws the page: heading, Refresh, the count, and a card per post. */
function render(items: ReviewItem[]): void {
  const refresh = el('button', { type: 'button', class: 'button' }, t('refresh'));
  refresh.addEventListener('click', load);
  replaceChildren(
    app,
    el('header', { class: 'top' }, el('h1', { class: 'heading' }, t('heading')), refresh),
    el('p', { class: 'intro' }, t('intro')),
    el(
      'p',
      { id: 'queue-status', role: 'status' },
      items.length > 0 ? t('count', { count: items.length }) : t('empty'),
    ),
    ...items.map(card),
  );
  remaining = items.length;
  showCount();
}

load();
