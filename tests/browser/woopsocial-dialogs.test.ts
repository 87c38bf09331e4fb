/** The Connect and Send WoopSocial dialogs in Chromium, wired to the built bundle on the emulator and the local WoopSocial: connect, map, check, send, text as text, accessibility, the README screenshot. */

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Emulator } from '../../emulator';
import { API_KEY, MEDIA_ORIGIN, approved, connect, rowsById, seed, woopReady } from '../support/woopsocial-harness';
import { axeViolations, openDialog, useBrowserSuite } from './harness';

const SCREENSHOT = path.join(__dirname, '..', '..', 'docs', 'images', 'woopsocial-send.png');

const suite = useBrowserSuite();

/** Runs a menu command and shows the dialog it served, at its size, with google.script.run wired to the emulator. */
async function openWoopDialog(emulator: Emulator, menu: string): Promise<Page> {
  const session = await openDialog(suite.browser, emulator, menu);
  suite.sessions.push(session);
  return session.page;
}

test('Connect: paste the key, choose the project and an account per platform, save; the key field is emptied', async () => {
  const { emulator } = woopReady();
  const page = await openWoopDialog(emulator, 'Connect WoopSocial…');
  await page.waitForFunction(() => /not connected/.test(document.getElementById('status')?.textContent ?? ''));
  await page.fill('#key', API_KEY);
  await page.click('#check');
  await page.waitForSelector('#setup:not([hidden])');
  expect(await page.inputValue('#key')).toBe('');
  expect(await page.inputValue('#project')).toBe('proj_main');
  expect(await page.locator('#account-linkedin option').allTextContents()).toEqual(['(not sent)', 'Acme Inc. (LinkedIn Page)']);
  expect(await page.textContent('#not-sendable')).toBe('WoopSocial does not publish to: Bluesky, Mastodon, Google Business Profile.');
  await page.selectOption('#account-x', 'acc_x');
  await page.selectOption('#account-linkedin', 'acc_li');
  await page.click('#save');
  await page.waitForFunction(() => /Connected to WoopSocial project/.test(document.getElementById('status')?.textContent ?? ''));
  expect(await page.textContent('#status')).toBe('Connected to WoopSocial project “Main brand”. 2 platform(s) mapped to accounts.');
  expect(await axeViolations(page)).toEqual([]);
});

test('Send: our checks and WoopSocial’s validation per post, the board to choose, Send writes back; text stays text', async () => {
  const { emulator, fake } = woopReady();
  seed(emulator, [
    approved('p-x', 'X', { Caption: 'Spring collection is live! <img src=x onerror=alert(1)>', Hashtags: '#spring', Link: 'https://acme.example/spring' }),
    approved('p-ig', 'Instagram', { Format: 'Reel', Media: `${MEDIA_ORIGIN}/reel.mp4`, Caption: 'Behind the scenes of the shoot' }),
    approved('p-pin', 'Pinterest', { Title: 'Spring looks', Media: `${MEDIA_ORIGIN}/pin.png`, Caption: 'Ten spring looks' }),
    approved('p-li', 'LinkedIn', { Caption: '' }),
    approved('p-bs', 'Bluesky', { Caption: 'Hello Bluesky' }),
  ]);
  connect(emulator);
  const page = await openWoopDialog(emulator, 'Send to WoopSocial…');
  await page.waitForSelector('#posts:not([hidden])');
  await page.waitForSelector('#board-field:not([hidden])');
  await page.waitForFunction(() => /^3 ready/.test(document.getElementById('summary')?.textContent ?? ''));
  expect(await page.locator('#board option').allTextContents()).toEqual(['Spring launch']);
  expect(await page.textContent('#summary')).toBe('3 ready, 1 not ready, 1 not sendable.');
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('td.text').first().textContent()).toContain('<img src=x onerror=alert(1)>');
  expect(await page.locator('td.state-notSendable').textContent()).toMatch(/^Not sendableWoopSocial does not publish to Bluesky/);
  expect(await axeViolations(page)).toEqual([]);
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  }
  await page.click('#send');
  await page.waitForFunction(() => /^Sent 3 post\(s\)/.test(document.getElementById('status')?.textContent ?? ''));
  expect(fake.posts.size).toBe(3);
  const rows = rowsById(emulator);
  expect(rows['p-pin'].Status).toBe('Scheduled');
  expect(rows['p-li']).toMatchObject({ Status: 'Approved', 'WoopSocial ID': '' });
  expect(await page.locator('td.state-problem').textContent()).toBe('Not readyThe post has no text and no media.');
  expect(fake.violations).toEqual([]);
});
