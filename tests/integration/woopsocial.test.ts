/** The WoopSocial hand-off on the built bundle against the local WoopSocial (issue #20): Connect, Send with WoopSocial's validation, write-back, Refresh, keep in step, with 0 contract violations. */
import { call } from '../support/calendar-harness';
import { API_KEY, MEDIA_ORIGIN, approved, connect, refresh, rowsById, seed, send, woopReady } from '../support/woopsocial-harness';

type Json = Record<string, unknown>;
const HOUR = 3_600_000;

describe('Connect', () => {
  test('a wrong key is refused with a sentence and nothing is stored; the right key lists projects and accounts; Disconnect removes it', () => {
    const { emulator, fake } = woopReady();
    const wrong = call<{ ok: boolean; message: string; projects: unknown[] }>(emulator, 'connectWoopSocial', { apiKey: 'wsk_wrong' });
    expect(wrong.ok).toBe(false);
    expect(wrong.message).toMatch(/refused your API key.*connect again/);
    const userProperties = () => JSON.parse(emulator.save()).properties.user as Record<string, Record<string, string>>;
    expect(JSON.stringify(userProperties())).not.toContain('wsk_wrong');
    const right = call<{ ok: boolean; projects: Array<{ id: string }>; accounts: Array<{ id: string; label: string }> }>(emulator, 'connectWoopSocial', { apiKey: API_KEY });
    expect(right.ok).toBe(true);
    expect(right.projects.map((p) => p.id)).toEqual(['proj_main']);
    expect(right.accounts.map((a) => a.id)).toContain('acc_li');
    expect(right.accounts.find((a) => a.id === 'acc_li')!.label).toBe('Acme Inc. (LinkedIn Page)');
    expect(fake.requests.map((r) => r.operation)).toEqual(expect.arrayContaining(['getHealth', 'listProjects', 'listSocialAccounts']));
    connect(emulator);
    expect(Object.values(userProperties())[0]['woopsocial.apiKey']).toBe(API_KEY);
    const out = call<{ ok: boolean; message: string }>(emulator, 'disconnectWoopSocial');
    expect(out.message).toMatch(/disconnected/);
    expect(JSON.stringify(userProperties())).not.toContain(API_KEY);
    expect(fake.violations).toEqual([]);
  });

  test('an account of the wrong platform cannot be mapped', () => {
    const { emulator } = woopReady();
    call(emulator, 'connectWoopSocial', { apiKey: API_KEY });
    const saved = call<{ ok: boolean; message: string }>(emulator, 'saveWoopSocialSetup', { projectId: 'proj_main', mapping: { X: 'acc_ig' } });
    expect(saved.ok).toBe(false);
    expect(saved.message).toMatch(/not one of this project’s connected accounts/);
  });
});

describe('Send and write back', () => {
  const posts = () => [
    approved('p-x', 'X', { Hashtags: '#launch', Link: 'https://acme.example/spring', Campaign: 'spring' }),
    approved('p-ig', 'Instagram', { Format: 'Reel', Media: `${MEDIA_ORIGIN}/clip.mp4` }),
    approved('p-li', 'LinkedIn', { Link: 'https://acme.example/blog' }),
    approved('p-pin', 'Pinterest', { Title: 'Spring pins', Media: `${MEDIA_ORIGIN}/pin.png` }),
    approved('p-tt', 'TikTok', { Format: 'Video', Media: `${MEDIA_ORIGIN}/tt.mp4` }),
    approved('p-yt', 'YouTube', { Title: 'Launch video', Media: `${MEDIA_ORIGIN}/launch.mp4` }),
    approved('p-bs', 'Bluesky'),
    approved('p-draft', 'X', { Status: 'Draft' }),
  ];

  test('the dialog lists approved posts with our checks and WoopSocial validation; Send creates one post each at the post’s moment in UTC', () => {
    const { emulator, fake } = woopReady();
    seed(emulator, posts());
    connect(emulator);
    const preview = call<{ ok: boolean; rows: Array<{ postId: string; state: string; problems: string[]; text: string }>; boards: Array<{ id: string }>; privacyLevels: string[]; needsYouTube: boolean }>(
      emulator,
      'previewWoopSocialSend',
      { from: '2026-11-26', to: '2026-12-31', inputs: { pinterestBoardId: 'board_1', tiktokPrivacyLevel: 'SELF_ONLY' } },
    );
    expect(preview.ok).toBe(true);
    const state = Object.fromEntries(preview.rows.map((row) => [row.postId, row.state]));
    expect(state).toEqual({ 'p-x': 'ready', 'p-ig': 'ready', 'p-li': 'ready', 'p-pin': 'ready', 'p-tt': 'ready', 'p-yt': 'ready', 'p-bs': 'notSendable' });
    expect(preview.rows.find((row) => row.postId === 'p-x')!.text).toBe(
      'Launch day for p-x\n\n#launch\n\nhttps://acme.example/spring?utm_source=x&utm_medium=social&utm_campaign=spring&utm_content=p-x',
    );
    expect(preview.boards).toEqual([{ id: 'board_1', name: 'Spring launch' }]);
    expect(preview.privacyLevels).toEqual(['PUBLIC_TO_EVERYONE', 'SELF_ONLY']);
    expect(preview.needsYouTube).toBe(true);
    expect(fake.posts.size).toBe(0);
    expect(fake.requests.filter((r) => r.operation === 'validatePost')).toHaveLength(6);

    const result = send(emulator);
    expect(result).toMatchObject({ ok: true, sent: 6 });
    const created = fake.allPosts();
    expect(created).toHaveLength(6);
    for (const post of created) expect((post.schedule as Json).scheduledFor).toBe('2026-12-03T08:30:00.000Z');
    const child = (platform: string) => created.map((post) => (post.socialAccountPosts as Json[])[0]).find((c) => c.platform === platform)!;
    expect(child('INSTAGRAM')).toMatchObject({ postType: 'REEL', socialAccountId: 'acc_ig' });
    expect(child('LINKEDIN_PAGES')).toMatchObject({ link: 'https://acme.example/blog?utm_source=linkedin&utm_medium=social&utm_content=p-li' });
    expect(child('PINTEREST')).toMatchObject({ pinterestBoardId: 'board_1', title: 'Spring pins' });
    expect(child('TIKTOK')).toMatchObject({ postType: 'VIDEO', privacyLevel: 'SELF_ONLY' });
    expect(child('YOUTUBE')).toMatchObject({ title: 'Launch video', privacy: 'unlisted' });
    expect(fake.media.size).toBe(4);

    const rows = rowsById(emulator);
    for (const id of ['p-x', 'p-ig', 'p-li', 'p-pin', 'p-tt', 'p-yt']) {
      expect(rows[id].Status).toBe('Scheduled');
      expect(rows[id]['WoopSocial ID']).toMatch(/^post_/);
      expect(rows[id].Delivery).toBe('NOT_STARTED 2026-12-03 08:30 UTC');
    }
    expect(rows['p-bs']).toMatchObject({ Status: 'Approved', 'WoopSocial ID': '' });
    expect(rows['p-bs'].Checks).not.toMatch(/WoopSocial/); // listed in the dialog; Checks keeps the calendar's checks
    expect(result.message).toBe('Sent 6 post(s) to WoopSocial; 1 not sent (see the dialog and the Checks column).');
    expect(rows['p-draft']).toMatchObject({ Status: 'Draft', 'WoopSocial ID': '' });

    // A second press sends nothing again.
    expect(send(emulator)).toMatchObject({ ok: true, sent: 0 });
    expect(fake.posts.size).toBe(6);
    expect(fake.violations).toEqual([]);
  });

  test('Refresh: PUBLISHED → Published with time and link; FAILED → Checks in the platform’s words', () => {
    const { emulator, fake } = woopReady();
    seed(emulator, [approved('p-x', 'X'), approved('p-fb', 'Facebook')]);
    connect(emulator);
    send(emulator);
    expect(refresh(emulator).message).toMatch(/2 post\(s\): 0 published, 0 failed/);
    emulator.clock.advance(8 * 24 * HOUR);
    const result = refresh(emulator);
    expect(result.message).toMatch(/1 published, 1 failed/);
    const rows = rowsById(emulator);
    expect(rows['p-x'].Status).toBe('Published');
    expect(rows['p-x'].Delivery).toMatch(/^PUBLISHED 2026-12-03 08:31 UTC https:\/\/social\.example\/x\/sap_/);
    expect(rows['p-fb'].Status).toBe('Scheduled');
    expect(rows['p-fb'].Delivery).toBe('FAILED 2026-12-03 08:31 UTC');
    expect(rows['p-fb'].Checks).toBe('WoopSocial could not publish this post: The page access token has expired (Facebook error 190).');
    // Settled rows cost nothing: the next refresh reads only the failed post and writes no cell.
    const before = fake.requests.length;
    emulator.stats.reset();
    expect(refresh(emulator).message).toMatch(/^Delivery status read for 1 post\(s\)/);
    expect(fake.requests.slice(before).map((r) => r.operation)).toEqual(['listSocialAccountPosts']);
    expect(emulator.stats.writes).toBe(0);
    expect(fake.violations).toEqual([]);
  });
});

describe('Keep in step', () => {
  function edit(emulator: ReturnType<typeof woopReady>['emulator'], a1: string, value: string): void {
    const outcome = emulator.editAsUser('Calendar', a1, [[value]]);
    if (outcome.rejected) throw new Error(outcome.rejected);
  }

  test('an edit before delivery starts replaces the WoopSocial post; after it starts, Checks says it is too late', () => {
    const { emulator, fake } = woopReady();
    seed(emulator, [approved('p-1', 'X'), approved('p-2', 'X', { Date: '2026-11-27', Time: '08:00' })]);
    connect(emulator);
    send(emulator);
    const before = rowsById(emulator);
    edit(emulator, 'H2', 'Launch day, new words');
    refresh(emulator);
    const after = rowsById(emulator);
    expect(after['p-1']['WoopSocial ID']).not.toBe(before['p-1']['WoopSocial ID']);
    expect(fake.posts.has(before['p-1']['WoopSocial ID'])).toBe(false);
    expect((fake.posts.get(after['p-1']['WoopSocial ID'])!.content as Json[])[0].text).toBe('Launch day, new words');
    expect(fake.posts.size).toBe(2);
    // A second refresh changes nothing.
    refresh(emulator);
    expect(rowsById(emulator)['p-1']['WoopSocial ID']).toBe(after['p-1']['WoopSocial ID']);
    // p-2 goes out at 07:00 UTC on the 27th; edit it while WoopSocial is sending it.
    emulator.clock.advance(21 * HOUR + 30_000);
    edit(emulator, 'H3', 'Too late words');
    refresh(emulator);
    const late = rowsById(emulator)['p-2'];
    expect(late['WoopSocial ID']).toBe(before['p-2']['WoopSocial ID']);
    expect(late.Checks).toMatch(/already started delivering it/);
    expect(fake.violations).toEqual([]);
  });

  test('an edit WoopSocial refuses (X text over 280) keeps the scheduled post and says why', () => {
    const { emulator, fake } = woopReady();
    seed(emulator, [approved('p-1', 'X')]);
    connect(emulator);
    send(emulator);
    const id = rowsById(emulator)['p-1']['WoopSocial ID'];
    edit(emulator, 'H2', 'x'.repeat(300));
    refresh(emulator);
    const row = rowsById(emulator)['p-1'];
    expect(row).toMatchObject({ 'WoopSocial ID': id, Status: 'Scheduled' });
    expect(row.Checks).toBe('This post changed after it was sent, and WoopSocial refuses the new version, so the scheduled one was kept: Text is longer than 280 characters.');
    expect((fake.posts.get(id)!.content as Json[])[0].text).toBe('Launch day for p-1');
    expect(fake.posts.size).toBe(1);
    expect(fake.violations).toEqual([]);
  });

  test('a cancelled post and a deleted row are deleted in WoopSocial', () => {
    const { emulator, fake } = woopReady();
    seed(emulator, [approved('p-1', 'X'), approved('p-2', 'X', { Time: '10:00' })]);
    connect(emulator);
    send(emulator);
    expect(fake.posts.size).toBe(2);
    edit(emulator, 'L2', 'Cancelled');
    emulator.runAs(emulator.context.userEmail, () =>
      (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('Calendar')!.deleteRow(3),
    );
    const result = refresh(emulator);
    expect(result.message).toMatch(/2 deleted in WoopSocial/);
    expect(fake.posts.size).toBe(0);
    expect(rowsById(emulator)['p-1']).toMatchObject({ 'WoopSocial ID': '', Delivery: 'DELETED', Status: 'Cancelled' });
    expect(fake.violations).toEqual([]);
  });
});

describe('hourly refresh (script.scriptapp only when turned on)', () => {
  test('turned on: an hourly time-driven trigger refreshes this spreadsheet; turned off: it is gone', () => {
    const { emulator } = woopReady();
    seed(emulator, [approved('p-1', 'X')]);
    connect(emulator);
    send(emulator);
    emulator.clock.advance(8 * 24 * HOUR);
    const on = call<{ ok: boolean; hourly: boolean; message: string }>(emulator, 'setHourlyRefresh', { on: true });
    expect(on).toMatchObject({ ok: true, hourly: true, message: 'Delivery status is now refreshed every hour.' });
    expect(emulator.triggers.map((trigger) => trigger.handler)).toEqual(['refreshDeliveryStatusHourly_']);
    expect(emulator.triggers[0].everyMs).toBe(HOUR);
    expect(call<{ hourly: boolean }>(emulator, 'getWoopSocialConnection').hourly).toBe(true);
    const outcomes = emulator.runPendingTriggers({ until: new Date(emulator.clock.now().getTime() + HOUR) });
    expect(outcomes).toHaveLength(1);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(rowsById(emulator)['p-1'].Status).toBe('Published');
    call(emulator, 'setHourlyRefresh', { on: false });
    expect(emulator.triggers).toEqual([]);
  });

  test('with script.scriptapp left unticked: Google’s authorization link, no trigger, and Send still works', () => {
    const { emulator, fake } = woopReady({ declinedScopes: ['https://www.googleapis.com/auth/script.scriptapp'] });
    seed(emulator, [approved('p-1', 'X')]);
    connect(emulator);
    const result = call<{ ok: boolean; authorizationUrl?: string }>(emulator, 'setHourlyRefresh', { on: true });
    expect(result.ok).toBe(false);
    expect(result.authorizationUrl).toMatch(/^https:\/\//);
    expect(emulator.triggers).toEqual([]);
    expect(send(emulator).sent).toBe(1);
    expect(fake.posts.size).toBe(1);
  });
});

describe('dialogs and menu', () => {
  test.each([
    ['en_US', 'Send to WoopSocial…', 'Connect WoopSocial…', 'Text as published'],
    ['pl_PL', 'Wyślij do WoopSocial…', 'Połącz z WoopSocial…', 'Tekst do publikacji'],
  ])('%s: the menu has Connect, Send and Refresh; the dialogs are filled from the catalogue with nothing left unfilled', (locale, sendCaption, connectCaption, column) => {
    const { emulator } = woopReady({ locale });
    const captions = JSON.stringify(emulator.menus);
    expect(captions).toContain(sendCaption);
    expect(captions).toContain(connectCaption);
    for (const caption of [sendCaption, connectCaption]) {
      const outcome = emulator.clickMenu(caption);
      expect(outcome.ok).toBe(true);
      const html = emulator.ui.dialogs[emulator.ui.dialogs.length - 1].html;
      expect(html).not.toMatch(/\{\{[\w.]+\}\}/);
      if (caption === sendCaption) expect(html).toContain(column);
    }
  });
});
