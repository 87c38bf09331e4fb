/** WoopSocial failures on the built bundle (issue #20): each says what happened and what to do, and leaves no row half-written; never twice, even after lost responses, retries and two people at once. */
import { call } from '../support/calendar-harness';
import { API_KEY, approved, connect, refresh, rowsById, seed, send, woopReady, type Column } from '../support/woopsocial-harness';

type Row = Record<string, string>;

/** The user's own cells of a row (what must never change because of a failure). */
const own = (row: Row) => [row.ID, row.Date, row.Time, row.Platform, row.Caption, row.Notes];

describe('failures are clear and nothing is half-written', () => {
  test('a revoked key (401): the message says to connect again; rows keep their state, no REQUESTED left', () => {
    const { emulator, fake } = woopReady();
    seed(emulator, [approved('p-1', 'X', { Notes: 'keep me' }), approved('p-2', 'X', { Time: '11:00' })]);
    connect(emulator);
    const mine = own(rowsById(emulator)['p-1']);
    fake.apiKeys.delete(API_KEY);
    const result = send(emulator);
    expect(result.ok).toBe(false);
    expect(result.message).toBe('WoopSocial refused your API key (it is wrong or was revoked). Create a new key in WoopSocial and connect again; nothing was sent.');
    const rows = rowsById(emulator);
    for (const id of ['p-1', 'p-2']) expect(rows[id]).toMatchObject({ Status: 'Approved', 'WoopSocial ID': '', Delivery: '' });
    expect(own(rows['p-1'])).toEqual(mine);
    expect(mine).toContain('keep me');
    expect(fake.posts.size).toBe(0);
    expect(fake.violations).toEqual([]);
  });

  test('403 on create: same, and the next send after the key works sends each post once', () => {
    const { emulator, fake } = woopReady();
    seed(emulator, [approved('p-1', 'X')]);
    connect(emulator);
    fake.inject({ operation: 'createPost', kind: 'status', status: 403, body: { code: 'INTERNAL_ERROR', message: 'Forbidden' } });
    expect(send(emulator).message).toMatch(/refused your API key/);
    expect(rowsById(emulator)['p-1']).toMatchObject({ Status: 'Approved', 'WoopSocial ID': '', Delivery: '' });
    expect(send(emulator)).toMatchObject({ ok: true, sent: 1 });
    expect(fake.posts.size).toBe(1);
  });

  test('404: a post deleted in WoopSocial is said so on Refresh; the row keeps its text and status', () => {
    const { emulator, fake } = woopReady();
    seed(emulator, [approved('p-1', 'X'), approved('p-2', 'X', { Time: '11:00' })]);
    connect(emulator);
    send(emulator);
    const id = rowsById(emulator)['p-1']['WoopSocial ID'];
    fake.posts.delete(id);
    expect(refresh(emulator).ok).toBe(true);
    const rows = rowsById(emulator);
    expect(rows['p-1']).toMatchObject({ Status: 'Scheduled', 'WoopSocial ID': id, Delivery: 'DELETED in WoopSocial', Caption: 'Launch day for p-1' });
    expect(rows['p-1'].Checks).toMatch(/no longer has this post.*clear its WoopSocial ID, set its Status back to Approved and send it again/);
    expect(rows['p-2'].Delivery).toBe('NOT_STARTED 2026-12-03 10:00 UTC');
    // Doing what the message says sends it again, once.
    const header = Object.keys(rows['p-1']);
    const col = (name: string) => {
      let out = '';
      for (let n = header.indexOf(name) + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
      return out;
    };
    emulator.editAsUser('Calendar', `${col('WoopSocial ID')}2`, [['']]);
    emulator.editAsUser('Calendar', `${col('Status')}2`, [['Approved']]);
    expect(send(emulator)).toMatchObject({ ok: true, sent: 1 });
    expect(fake.posts.size).toBe(2);
    expect(rowsById(emulator)['p-1'].Status).toBe('Scheduled');
    expect(fake.violations).toEqual([]);
  });

  test('429 with Retry-After: waits as told and sends; a 429 that does not end stops with nothing half-written', () => {
    const { emulator, fake } = woopReady();
    seed(emulator, [approved('p-1', 'X'), approved('p-2', 'X', { Time: '11:00' })]);
    connect(emulator);
    fake.inject({ operation: 'createPost', kind: 'status', status: 429, retryAfter: 7, body: { code: 'INTERNAL_ERROR', message: 'Too many requests' } });
    const before = emulator.clock.now().getTime();
    expect(send(emulator)).toMatchObject({ ok: true, sent: 2 });
    expect(emulator.clock.now().getTime() - before).toBeGreaterThanOrEqual(7000);
    expect(fake.posts.size).toBe(2);

    const second = woopReady();
    seed(second.emulator, [approved('p-1', 'X'), approved('p-2', 'X', { Time: '11:00' })]);
    connect(second.emulator);
    second.fake.inject({ operation: 'createPost', kind: 'status', status: 429, retryAfter: 120, times: 10 });
    const result = send(second.emulator);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/slow down.*try again in a minute/);
    for (const row of Object.values(rowsById(second.emulator))) expect(row).toMatchObject({ Status: 'Approved', 'WoopSocial ID': '', Delivery: '' });
    expect(second.fake.posts.size).toBe(0);
  });

  test('5xx on create: the post is looked up, the row stays REQUESTED, the next send creates it once', () => {
    const { emulator, fake } = woopReady();
    seed(emulator, [approved('p-1', 'X'), approved('p-2', 'X', { Time: '11:00' })]);
    connect(emulator);
    fake.inject({ operation: 'createPost', kind: 'status', status: 500 });
    const result = send(emulator);
    expect(result.ok).toBe(false);
    expect(result.message).toBe('WoopSocial had a problem on its side (HTTP 500). Nothing more was sent; try again in a few minutes.');
    let rows = rowsById(emulator);
    expect(rows['p-1'].Delivery).toMatch(/^REQUESTED /);
    expect(rows['p-1']).toMatchObject({ Status: 'Approved', 'WoopSocial ID': '' });
    expect(rows['p-2']).toMatchObject({ Status: 'Approved', 'WoopSocial ID': '', Delivery: '' });
    expect(fake.requests.filter((r) => r.operation === 'listSocialAccountPosts').length).toBeGreaterThan(0);
    expect(send(emulator)).toMatchObject({ ok: true, sent: 2 });
    rows = rowsById(emulator);
    expect(fake.posts.size).toBe(2);
    expect(rows['p-1'].Delivery).toMatch(/^NOT_STARTED/);
    expect(fake.violations).toEqual([]);
  });

  test('a timeout before WoopSocial created the post: sent again once; after it created it: found, not sent again', () => {
    const { emulator, fake } = woopReady();
    seed(emulator, [approved('p-1', 'X'), approved('p-2', 'X', { Time: '11:00' })]);
    connect(emulator);
    fake.inject({ operation: 'createPost', kind: 'timeout-before' });
    const first = send(emulator);
    expect(first.ok).toBe(false);
    expect(first.message).toMatch(/did not answer in time.*press Send again/);
    expect(rowsById(emulator)['p-1'].Delivery).toMatch(/^REQUESTED/);
    fake.inject({ operation: 'createPost', kind: 'timeout-after' });
    expect(send(emulator)).toMatchObject({ ok: true, sent: 2 });
    expect(fake.posts.size).toBe(2);
    const rows = rowsById(emulator);
    expect(new Set([rows['p-1']['WoopSocial ID'], rows['p-2']['WoopSocial ID']])).toEqual(new Set(fake.posts.keys()));
    expect(fake.violations).toEqual([]);
  });

  test('one account failing validation: that post is refused whole (Checks in WoopSocial’s words), the others go out', () => {
    const accounts = [
      { id: 'acc_x', projectId: 'proj_main', platform: 'X' as const, username: 'acme' },
      { id: 'acc_ig', projectId: 'proj_main', platform: 'INSTAGRAM' as const, username: 'acme.ig', rejects: 'This Instagram account must be a business account to publish.' },
    ];
    const { emulator, fake } = woopReady({ accounts });
    seed(emulator, [approved('p-x', 'X'), approved('p-ig', 'Instagram', { Media: 'http://127.0.0.1:9124/a.png' })]);
    connect(emulator, { X: 'acc_x', Instagram: 'acc_ig' });
    const preview = call<{ rows: Array<{ postId: string; state: string; problems: string[] }> }>(emulator, 'previewWoopSocialSend', { from: '', to: '' });
    expect(preview.rows.find((row) => row.postId === 'p-ig')).toMatchObject({ state: 'problem', problems: ['This Instagram account must be a business account to publish.'] });
    expect(send(emulator)).toMatchObject({ ok: true, sent: 1 });
    const rows = rowsById(emulator);
    expect(rows['p-ig']).toMatchObject({ Status: 'Approved', 'WoopSocial ID': '', Delivery: '' });
    expect(rows['p-ig'].Checks).toBe('WoopSocial refused this post: This Instagram account must be a business account to publish.');
    expect(rows['p-x'].Status).toBe('Scheduled');
    expect(fake.posts.size).toBe(1);
    expect(fake.violations).toEqual([]);
  });
});

describe('never twice', () => {
  test('someone else sending (document lock held): nothing is sent, a clear sentence', () => {
    const { emulator, fake } = woopReady();
    seed(emulator, [approved('p-1', 'X')]);
    connect(emulator);
    const release = emulator.holdLock('document', Infinity, 'colleague@example.com');
    const result = send(emulator);
    release();
    expect(result.message).toMatch(/Someone else is sending/);
    expect(fake.posts.size).toBe(0);
    expect(send(emulator).sent).toBe(1);
    expect(send(emulator).sent).toBe(0);
    expect(fake.posts.size).toBe(1);
  });

  test('50 posts with the response of every create lost in turn: exactly 50 WoopSocial posts, each row with its own', () => {
    const { emulator, fake } = woopReady();
    const posts: Array<Partial<Record<Column, string>>> = [];
    for (let i = 0; i < 50; i++) {
      const day = 3 + Math.floor(i / 10);
      const time = `${String(8 + (i % 10)).padStart(2, '0')}:15`;
      posts.push(approved(`p-${i}`, i % 2 ? 'X' : 'LinkedIn', { Date: `2026-12-${String(day).padStart(2, '0')}`, Time: time, Caption: `Post number ${i}` }));
    }
    seed(emulator, posts);
    connect(emulator);
    // Every create answers with a timeout after WoopSocial made the post.
    fake.inject({ operation: 'createPost', kind: 'timeout-after', times: 50 });
    let presses = 0;
    while (presses < 30) {
      presses++;
      const result = send(emulator);
      if (result.ok && result.left === 0) break;
    }
    expect(fake.posts.size).toBe(50);
    const rows = rowsById(emulator);
    const ids = Object.values(rows).map((row) => row['WoopSocial ID']);
    expect(new Set(ids).size).toBe(50);
    expect(ids.every((id) => fake.posts.has(id))).toBe(true);
    for (const row of Object.values(rows)) expect(row.Status).toBe('Scheduled');
    expect(send(emulator).sent).toBe(0);
    expect(fake.posts.size).toBe(50);
    expect(presses).toBeGreaterThan(1);
    expect(emulator.executions.filter((e) => e.functionName === 'sendToWoopSocial').every((e) => e.ok && e.elapsedMs < e.limitMs)).toBe(true);
    expect(fake.violations).toEqual([]);
  });
});

describe('rows left REQUESTED are settled by Refresh', () => {
  test('the lookup failed too: Refresh adopts the post WoopSocial made, or clears the mark when it made none', () => {
    const { emulator, fake } = woopReady();
    seed(emulator, [approved('p-1', 'X'), approved('p-2', 'X', { Time: '11:00' })]);
    connect(emulator);
    fake.inject({ operation: 'createPost', kind: 'timeout-after' });
    fake.inject({ operation: 'listSocialAccountPosts', kind: 'status', status: 503 });
    expect(send(emulator).ok).toBe(false);
    expect(rowsById(emulator)['p-1'].Delivery).toMatch(/^REQUESTED/);
    expect(fake.posts.size).toBe(1);
    refresh(emulator);
    const adopted = rowsById(emulator)['p-1'];
    expect(adopted).toMatchObject({ Status: 'Scheduled', 'WoopSocial ID': [...fake.posts.keys()][0] });
    // Made none: the mark goes, and Send sends it once.
    fake.inject({ operation: 'createPost', kind: 'timeout-before' });
    fake.inject({ operation: 'listSocialAccountPosts', kind: 'status', status: 503 });
    send(emulator);
    expect(rowsById(emulator)['p-2'].Delivery).toMatch(/^REQUESTED/);
    refresh(emulator);
    expect(rowsById(emulator)['p-2']).toMatchObject({ Delivery: '', 'WoopSocial ID': '', Status: 'Approved' });
    expect(send(emulator).sent).toBe(1);
    expect(fake.posts.size).toBe(2);
    expect(fake.violations).toEqual([]);
  });

  test('two rows with the same time and text each get their own WoopSocial post after lost answers', () => {
    const { emulator, fake } = woopReady();
    seed(emulator, [approved('p-1', 'X', { Caption: 'Same words' }), approved('p-2', 'X', { Caption: 'Same words' })]);
    connect(emulator);
    fake.inject({ operation: 'createPost', kind: 'timeout-after', times: 2 });
    for (let i = 0; i < 4 && fake.posts.size < 2; i++) send(emulator);
    send(emulator);
    const rows = rowsById(emulator);
    expect(fake.posts.size).toBe(2);
    expect(new Set([rows['p-1']['WoopSocial ID'], rows['p-2']['WoopSocial ID']])).toEqual(new Set(fake.posts.keys()));
  });
});

test('a media link that cannot be read: that post is not sent and Checks names the link; the others go out', () => {
  const { emulator, fake } = woopReady();
  seed(emulator, [approved('p-ig', 'Instagram', { Media: 'http://127.0.0.1:9124/missing.png' }), approved('p-x', 'X')]);
  connect(emulator);
  expect(send(emulator)).toMatchObject({ ok: true, sent: 1 });
  const rows = rowsById(emulator);
  expect(rows['p-ig']).toMatchObject({ Status: 'Approved', 'WoopSocial ID': '', Delivery: '' });
  expect(rows['p-ig'].Checks).toBe('The media file http://127.0.0.1:9124/missing.png could not be read (HTTP 404). Check the link in the Media column.');
  expect(fake.media.size).toBe(0);
  expect(fake.violations).toEqual([]);
});

test('Google’s daily UrlFetch quota spent: a clear sentence, the row not half-written', () => {
  const { emulator, fake } = woopReady();
  seed(emulator, [approved('p-1', 'X')]);
  connect(emulator);
  emulator.urlFetch.dailyLimit = emulator.urlFetch.sent.length;
  const result = send(emulator);
  expect(result).toMatchObject({ ok: false, message: 'Google’s daily limit on requests to other services is used up for your account. Nothing more was sent; try again tomorrow.' });
  expect(rowsById(emulator)['p-1']).toMatchObject({ Status: 'Approved', 'WoopSocial ID': '', Delivery: '' });
  expect(fake.posts.size).toBe(0);
});
