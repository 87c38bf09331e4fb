/**
 * The notification emails (issue #21) rendered in Chromium, from the built bundle on the emulator: post
 * text with HTML in it stays text (no element, no script runs), internal columns (Notes, Owner, Checks
 * details) never appear, the stakeholder's link is their copy, never the team's calendar. Under
 * UPDATE_SCREENSHOTS=1 it also writes the README's images of the copy and of an email.
 */

import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { Emulator } from '../../emulator';
import type { StakeholderResult } from '../../src/sheets/stakeholder-view';
import type { SaveResult } from '../../src/shared/rpc-types';
import { launchBrowser } from './harness';
import { call, inspect, loadAddon, setUpCalendar } from '../support/calendar-harness';

const LEAD = 'lead@agency.example';
const ANNA = 'anna@brand.example';
const OWNER = 'olga@agency.example';
const MIA = 'mia@agency.example';
const SECRET = 'SECRET-NOTE-4412';
const INJECTION = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const IMAGES = path.join(__dirname, '..', '..', 'docs', 'images');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function setSetting(emulator: Emulator, key: string, value: string): void {
  inspect(emulator, (ss) => {
    const sheet = ss.getSheetByName('Settings')!;
    const row = sheet.getDataRange().getValues().findIndex((r) => r[4] === key);
    if (row < 0) throw new Error(`no setting ${key}`);
    sheet.getRange(row + 1, 6).setValue(value);
  });
}

function scenario(text = { title: `Launch ${INJECTION}`, caption: `Big day ${INJECTION}` }): { emulator: Emulator; id: string; copy: StakeholderResult; teamUrl: string } {
  const emulator = loadAddon({ now: () => new Date('2026-11-26T10:00:00Z'), userEmail: LEAD, developerEmail: 'dev@agency.example' });
  setUpCalendar(emulator);
  for (const [key, value] of [
    ['Stakeholder role', 'decide'],
    ['Stakeholder emails', ANNA],
    ['Email stakeholders on publish', 'yes'],
    ['Email post owners about decisions', 'yes'],
    ['Email mentioned people', 'yes'],
  ])
    setSetting(emulator, key, value);
  const saved = call<SaveResult>(emulator, 'savePost', {
    date: '2026-12-03',
    time: '09:00',
    platform: 'LinkedIn',
    format: 'Text',
    ...text,
    notes: SECRET,
    owner: OWNER,
    status: 'In review',
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  const published = emulator.runAsUser(LEAD, 'publishStakeholderView');
  if (!published.ok) throw new Error(published.error);
  const teamUrl = inspect(emulator, (ss) => ss.getUrl());
  return { emulator, id: saved.id, copy: published.value as StakeholderResult, teamUrl };
}

async function rendered(html: string): Promise<{ text: string; elements: string[]; pwned: unknown; links: string[]; png: Buffer }> {
  const page = await browser.newPage({ viewport: { width: 680, height: 520 } });
  await page.route('**/*', (route) => route.abort());
  await page.setContent(`<!doctype html><html><body style="margin:16px">${html}</body></html>`);
  await page.waitForTimeout(50);
  const result = await page.evaluate(() => ({
    text: document.body.innerText,
    elements: [...new Set([...document.body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()))],
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    links: [...document.querySelectorAll('a')].map((a) => a.href),
  }));
  const png = await page.screenshot({ fullPage: true });
  await page.close();
  return { ...result, png };
}

test('the stakeholder email: count, date and a link to their copy only; post HTML is text; nothing internal', async () => {
  const { emulator, copy, teamUrl } = scenario();
  const mails = emulator.sentMail.filter((m) => m.to.includes(ANNA));
  expect(mails).toHaveLength(1);
  const [mail] = mails;
  expect(mail.subject).toMatch(/^1 post\(s\) await your decision/);
  expect(mail.body).toContain(copy.url!);
  expect(mail.body).not.toContain(teamUrl);
  const page = await rendered(mail.htmlBody!);
  expect(page.pwned).toBeUndefined();
  expect(page.elements.filter((tag) => ['img', 'script', 'iframe', 'style'].includes(tag))).toEqual([]);
  expect(page.text).toContain('2026-12-03');
  expect(page.text).toContain('<script>');
  expect(page.links).toEqual([copy.url]);
  for (const internal of [SECRET, OWNER, 'Checks', 'Review comments']) {
    expect(page.text).not.toContain(internal);
    expect(mail.body).not.toContain(internal);
  }
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(IMAGES, 'stakeholder-email.png'), page.png);
  }
});

test('a stakeholder asks for changes mentioning a colleague: the owner and the colleague are emailed, the comment stays text', async () => {
  const { emulator, id, copy } = scenario();
  const values = emulator.context.quietly(() =>
    (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(copy.id!).getSheetByName('Posts')!.getDataRange().getDisplayValues(),
  );
  const row = values.findIndex((r) => r[values[0].indexOf('ID')] === id) + 1;
  const at = (header: string) => `${String.fromCharCode(65 + values[0].indexOf(header))}${row}`;
  expect(emulator.editFileAsUser(copy.id!, 'Posts', at(`Decision — ${ANNA}`), [['Request changes']], { user: ANNA }).rejected).toBeUndefined();
  const comment = `Please fix the logo @${MIA} <b onmouseover="x()">now</b>`;
  expect(emulator.editFileAsUser(copy.id!, 'Posts', at(`Comment — ${ANNA}`), [[comment]], { user: ANNA }).rejected).toBeUndefined();
  const before = emulator.sentMail.length;
  const collected = emulator.runAsUser(LEAD, 'collectStakeholderDecisions');
  expect(collected.ok).toBe(true);
  const mails = emulator.sentMail.slice(before);
  expect(mails.map((m) => m.to[0]).sort()).toEqual([MIA, OWNER]);
  for (const mail of mails) {
    const page = await rendered(mail.htmlBody!);
    expect(page.pwned).toBeUndefined();
    expect(page.elements).not.toContain('b');
    expect(page.elements).not.toContain('img');
    expect(page.text).toContain('<b onmouseover="x()">now</b>');
    expect(page.text).not.toContain(SECRET);
    expect(page.text).toContain(ANNA);
  }
});

test('the README image of the copy (only under UPDATE_SCREENSHOTS=1)', async () => {
  const { emulator, copy, id } = scenario({ title: 'Winter launch', caption: 'Our new collection is here. Warm, light, made to last.' });
  const header = emulator.context.quietly(() =>
    (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(copy.id!).getSheetByName('Posts')!.getDataRange().getDisplayValues(),
  )[0];
  const column = (name: string) => String.fromCharCode(65 + header.indexOf(name));
  emulator.editFileAsUser(copy.id!, 'Posts', `${column(`Decision — ${ANNA}`)}2`, [['Approve']], { user: ANNA });
  emulator.editFileAsUser(copy.id!, 'Posts', `${column(`Comment — ${ANNA}`)}2`, [['Lovely, go ahead']], { user: ANNA });
  expect(id).toBeTruthy();
  const sheet = emulator.context.quietly(() =>
    (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(copy.id!).getSheetByName('Posts')!,
  );
  const { values, backgrounds } = emulator.context.quietly(() => ({
    values: sheet.getDataRange().getDisplayValues(),
    backgrounds: sheet.getDataRange().getBackgrounds(),
  }));
  expect(values[0]).toContain(`Decision — ${ANNA}`);
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const table = values
    .map((row, r) => `<tr>${row.map((cell, c) => `<td style="background:${backgrounds[r][c]};${r === 0 ? 'font-weight:bold' : ''}">${escape(cell)}${r > 0 && values[0][c].startsWith('Decision') ? ' ▾' : ''}</td>`).join('')}</tr>`)
    .join('');
  const page = await browser.newPage({ viewport: { width: 1500, height: 200 } });
  await page.setContent(
    `<style>body{font:13px Arial;margin:8px}td{border:1px solid #dadce0;padding:4px 6px;max-width:220px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}table{border-collapse:collapse}</style><table>${table}</table>`,
  );
  await page.screenshot({ path: path.join(IMAGES, 'stakeholder-copy.png'), fullPage: true });
  await page.close();
});
