/**
 * Plain, readable notification emails (pure): a heading, short paragraphs, a list and an optional link,
 * as an HTML part and a text part. Every piece of text is escaped, so a post's words stay words: no tag,
 * attribute or script from a caption or comment reaches the HTML. No styles beyond a few inline ones,
 * no images, no tracking.
 */

import { escapeHtml } from '../html-text';

/** What an email says, before rendering. */
export interface EmailContent {
  to: string;
  subject: string;
  heading: string;
  paragraphs: string[];
  items?: string[];
  link?: { url: string; text: string };
  footer: string;
}

/** A rendered email, in MailApp.sendEmail(message)'s field names. */
export interface EmailMessage {
  to: string;
  subject: string;
  body: string;
  htmlBody: string;
}

export { escapeHtml };

/** Only https links are written into an email (a `javascript:` or `data:` URL never is). */
function safeUrl(url: string): string | null {
  return /^https:\/\/[^\s"'<>]+$/.test(url) ? url : null;
}

/** One line of text: line breaks and control characters become spaces, so a subject cannot carry headers. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** The HTML and text parts of `content`. */
export function renderEmail(content: EmailContent): EmailMessage {
  const url = content.link ? safeUrl(content.link.url) : null;
  const html = [
    '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#202124;max-width:600px">',
    `<h2 style="font-size:18px;font-weight:normal">${escapeHtml(content.heading)}</h2>`,
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    content.items?.length ? `<ul>${content.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>` : '',
    url && content.link ? `<p><a href="${escapeHtml(url)}">${escapeHtml(content.link.text)}</a></p>` : '',
    `<p style="color:#5f6368;font-size:12px">${escapeHtml(content.footer)}</p>`,
    '</div>',
  ].join('');
  const text = [
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.items?.length ? [...content.items.map((item) => `- ${item}`), ''] : []),
    ...(url && content.link ? [`${content.link.text}: ${url}`, ''] : []),
    content.footer,
  ].join('\n');
  return { to: content.to, subject: oneLine(content.subject).slice(0, 250), body: text, htmlBody: html };
}

/** The addresses mentioned in a comment as `@name@example.com`, each once, lower-cased. */
export function mentionedEmails(comment: string): string[] {
  const found = comment.match(/(?:^|[\s(,;])@([^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[A-Za-z]{2,})/g) ?? [];
  return [...new Set(found.map((m) => m.replace(/^[\s(,;]?@/, '').toLowerCase()))];
}
