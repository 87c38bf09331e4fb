/** Notification emails (pure): every text escaped, only https links, one-line subjects, mentions found once. */
import { escapeHtml, mentionedEmails, renderEmail } from '../../../src/domain/notifications/email-message';

test('post text with HTML stays text in the HTML part and the text part keeps it as typed', () => {
  const email = renderEmail({
    to: 'a@b.example',
    subject: 'Hi\r\nBcc: evil@x.example',
    heading: '<script>alert(1)</script>',
    paragraphs: ['"quoted" & <b>bold</b>'],
    items: ["<img src=x onerror='y'>"],
    link: { url: 'https://docs.google.com/spreadsheets/d/abc/edit', text: 'Open' },
    footer: 'f',
  });
  expect(email.htmlBody).not.toMatch(/<script|<img|<b>/);
  expect(email.htmlBody).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(email.htmlBody).toContain('&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;');
  expect(email.body).toContain("- <img src=x onerror='y'>");
  expect(email.subject).toBe('Hi Bcc: evil@x.example');
  expect(email.htmlBody).toContain('<a href="https://docs.google.com/spreadsheets/d/abc/edit">Open</a>');
});

test('a link that is not https is left out of both parts', () => {
  const email = renderEmail({ to: 'a@b.example', subject: 's', heading: 'h', paragraphs: [], link: { url: 'javascript:alert(1)', text: 'Open' }, footer: 'f' });
  expect(email.htmlBody).not.toContain('<a');
  expect(email.body).not.toContain('javascript:');
});

test('mentions: @name@example.com anywhere in a comment, each once, not bare emails', () => {
  expect(mentionedEmails('Ask @Mia@Agency.example and (@ben@agency.example), cc @mia@agency.example; not joe@agency.example')).toEqual([
    'mia@agency.example',
    'ben@agency.example',
  ]);
  expect(escapeHtml(`'`)).toBe('&#39;');
});
