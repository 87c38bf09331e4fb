/** The review queue page: posts awaiting review as cards (all text through textContent), each with a comment, Approve and Request changes. */

import { REVIEW_PAGE_MESSAGES } from '../domain/i18n/review-messages';
import { fillTemplate } from '../domain/i18n/translator';
import type { ReviewItem, ReviewRequest } from '../shared/review-contract';
import { el, idPart, replaceChildren } from './lib/dom';
import { NoServerError, errorText, callServer } from './lib/server';

/** The page's language, set from the spreadsheet's locale once the queue arrives. */
let language: 'en' | 'pl' = 'en';

/** A page label with `{name}` placeholders filled. */
function t(key: string, params: Record<string, string | number> = {}): string {
  return fillTemplate(REVIEW_PAGE_MESSAGES[language][key] ?? REVIEW_PAGE_MESSAGES.en[key] ?? key, params);
}

/** Calls the server's functions (typed by the server's own signatures; each call has a failure handler). */
const call = callServer;

const app = document.getElementById('app') as HTMLElement;

/** A sentence for a failed call: the server's message, or how to open the page properly. */
function failure(error: unknown): string {
  return error instanceof NoServerError ? t('noServer') : t('failed', { message: errorText(error) });
}

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

/** A post's card: what will be published, what changed, earlier comments, the comment box and the two decisions. */
function card(item: ReviewItem): HTMLElement {
  const key = idPart(item.id);
  const headingId = `post-${key}`;
  const commentId = `comment-${key}`;
  const hintId = `hint-${key}`;
  // The caption is shown once, below: the heading is the title, or names the post.
  const heading = item.title.trim() || t('untitled', { platform: item.platform || '—', id: item.id });
  const errors = item.checks.filter((check) => check.severity === 'error').length;
  const when = [item.date, item.time || t('allDay'), item.time && item.timeZone ? `(${item.timeZone})` : '']
    .filter(Boolean)
    .join(' ');
  const status = el('p', { class: 'result', role: 'status', tabindex: '-1' });
  const comments = el('p', { class: 'comments-text' }, item.comments);
  const earlier = el(
    'details',
    { class: 'comments', hidden: !item.comments },
    el('summary', {}, t('comments')),
    comments,
  );
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
  const article = el(
    'article',
    { class: 'card', 'aria-labelledby': headingId, 'data-id': item.id },
    el('h2', { id: headingId }, heading),
    el('p', { class: 'meta' }, [when, item.platform, item.format, item.status].filter(Boolean).join(' · ')),
    item.changed.length > 0 &&
      el(
        'div',
        { class: 'changed' },
        el('p', {}, t('changed', { fields: item.changed.join(', ') })),
        item.approvedBy || item.approvedAt
          ? el('p', {}, t('approvedBy', { who: item.approvedBy || '—', when: item.approvedAt }))
          : null,
      ),
    checksList(item),
    el('p', { class: item.caption ? 'caption' : 'caption empty' }, item.caption || t('noCaption')),
    detail(t('hashtags'), item.hashtags, !!item.hashtags),
    detail(t('link'), linkOrText(item.link), !!item.link),
    detail(t('media'), item.media, !!item.media),
    earlier,
    actions,
    status,
  );

  // Approving a post with errors asks first, in the card (a browser confirm() is not allowed in Sheets dialogs).
  const confirmBox = el('div', { class: 'confirm', role: 'alertdialog', hidden: true, 'aria-label': t('approve') });
  actions.append(confirmBox);
  const askFirst = (): boolean => {
    if (errors === 0 || !confirmBox.hidden) return false;
    const yes = el('button', { type: 'button', class: 'button primary confirm-yes' }, t('approveAnyway'));
    const no = el('button', { type: 'button', class: 'button confirm-no' }, t('cancel'));
    yes.addEventListener('click', () => {
      confirmBox.hidden = true;
      decide('approve');
    });
    no.addEventListener('click', () => {
      confirmBox.hidden = true;
      replaceChildren(confirmBox);
      approve.focus();
    });
    replaceChildren(confirmBox, el('p', {}, t('confirmErrors', { count: errors })), el('div', { class: 'buttons' }, yes, no));
    confirmBox.hidden = false;
    no.focus();
    return true;
  };

  const decide = (decision: ReviewRequest['decision']): void => {
    if (approve.disabled) return;
    approve.disabled = changes.disabled = true;
    article.setAttribute('aria-busy', 'true');
    status.className = 'result';
    status.textContent = t('working');
    call('reviewPost', { id: item.id, decision, comment: textarea.value, seen: item.seen })
      .then((result) => {
        status.textContent = result.message;
        if (result.ok) {
          article.classList.add('done');
          actions.remove();
          // The card keeps its heading and the result; its body goes, and the count drops.
          for (const part of article.querySelectorAll('.checks, .caption, .detail, .changed')) part.remove();
          remaining = Math.max(0, remaining - 1);
          showCount();
          comments.textContent = result.comments;
          earlier.hidden = !result.comments;
          if (result.comments) earlier.open = true;
          status.focus();
        } else {
          status.className = 'result error';
          approve.disabled = changes.disabled = false;
        }
      })
      .catch((error: unknown) => {
        status.className = 'result error';
        status.textContent = failure(error);
        approve.disabled = changes.disabled = false;
      })
      .finally(() => article.removeAttribute('aria-busy'));
  };
  approve.addEventListener('click', () => {
    if (!askFirst()) decide('approve');
  });
  changes.addEventListener('click', () => decide('changes'));
  return article;
}

/** Loads the queue and shows it (the Refresh button runs this again). */
function load(): void {
  app.setAttribute('aria-busy', 'true');
  call('getReviewQueue')
    .then((queue) => {
      language = /^pl(?:[_-]|$)/i.test(queue.locale) ? 'pl' : 'en';
      document.documentElement.lang = language;
      render(queue.items);
    })
    .catch((error: unknown) => {
      render([]);
      const message = document.getElementById('queue-status');
      if (message) {
        message.className = 'error';
        message.textContent = failure(error);
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
