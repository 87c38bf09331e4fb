/**
 * The pages' side of the hostile-text attack (issue #15, tests/reliability/attack-hostile-text.test.ts):
 * posts whose caption and title hold each markup string are opened in the post form ("Edit selected
 * post") and listed in the review queue, in Chromium on the built bundle. Every string is shown as
 * text: 0 scripts executed, 0 elements injected, 0 dialogs, 0 page errors, 0 outside requests.
 */
import { createCalendar, openSidebar, useBrowserSuite } from './harness';

const NOW = () => new Date('2026-11-26T10:00:00Z');

/** The markup and scriptlet strings of the attack (the rest cannot execute in a page). */
const MARKUP = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '<svg onload="window.__pwned=3"></svg>',
  '"><iframe src="javascript:window.parent.__pwned=4"></iframe>',
  '<a href="javascript:window.__pwned=5">link</a>',
  '<?= 1+1 ?> <?!= "scriptlet" ?>',
  '{{constructor.constructor("window.__pwned=6")()}}',
  '\u202Eevil\u202C <b>bold</b> zero\u200Bwidth',
];

const suite = useBrowserSuite({
  check: async (session) => {
    expect(await session.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  },
});
const { sessions } = suite;

const posts = MARKUP.map((text, i) => ({ date: '2026-12-01', time: `${String(8 + i).padStart(2, '0')}:00`, platform: 'LinkedIn', format: 'Text', title: `T${i} ${text}`, caption: text, status: 'In review' }));

test(`the post form opened on each of ${MARKUP.length} posts with markup shows it as text: 0 scripts run, 0 elements injected`, async () => {
  const emulator = createCalendar({ now: NOW, posts });
  for (const [i, text] of MARKUP.entries()) {
    emulator.spreadsheet.setActive('Calendar', `A${i + 2}`);
    const session = await openSidebar(suite.browser, emulator, { menu: 'Edit selected post' });
    sessions.push(session);
    await session.page.waitForSelector('form.post-form');
    await session.page.waitForFunction(() => (document.querySelector('#f-caption') as HTMLTextAreaElement | null)?.value !== '');
    expect(await session.page.inputValue('#f-caption')).toBe(text);
    expect(await session.page.locator('form img, form svg:not([aria-hidden]), form iframe, form script, form b').count()).toBe(0);
  }
});

test(`the review queue lists ${MARKUP.length} posts with markup in title and caption as text: 0 scripts run, 0 elements injected`, async () => {
  const emulator = createCalendar({ now: NOW, posts });
  const session = await openSidebar(suite.browser, emulator, { menu: 'Review queue' });
  sessions.push(session);
  await session.page.waitForSelector('article.card');
  const captions = await session.page.locator('article.card .caption').allTextContents();
  expect([...captions].sort()).toEqual([...MARKUP].sort());
  expect(await session.page.locator('article.card img, article.card iframe, article.card script, article.card b, article.card a[href^="javascript"]').count()).toBe(0);
});
