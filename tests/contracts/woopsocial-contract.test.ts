/** The local WoopSocial cannot drift from openapi.yaml: its validator refuses requests and responses the contract forbids, and every answer it gives to a correct client is valid. */
import { Contract } from '../../scripts/woopsocial-fake/contract';
import { FakeWoopSocial } from '../../scripts/woopsocial-fake/fake-woopsocial';

const contract = new Contract();
const json = (body: unknown) => ({ headers: { authorization: 'Bearer k', 'content-type': 'application/json' }, contentType: 'application/json', body });
const request = (method: string, path: string, extra: Partial<Parameters<Contract['checkRequest']>[0]> = {}) =>
  contract.checkRequest({ method, path, query: {}, headers: { authorization: 'Bearer k' }, contentType: '', body: undefined, ...extra });
const valid = {
  content: [{ text: 'Hi' }],
  schedule: { type: 'SCHEDULE_FOR_LATER', scheduledFor: '2026-12-03T08:30:00.000Z' },
  socialAccounts: [{ platform: 'X', socialAccountId: 'acc_x' }],
};

describe('requests', () => {
  test('a correct create passes; each kind of mistake is caught', () => {
    expect(request('POST', '/posts', json(valid)).errors).toEqual([]);
    expect(request('POST', '/posts', json({ ...valid, schedule: { type: 'SCHEDULE_FOR_LATER' } })).errors.join()).toMatch(/scheduledFor/);
    expect(request('POST', '/posts', json({ ...valid, schedule: { type: 'SCHEDULE_FOR_LATER', scheduledFor: 'tomorrow' } })).errors.join()).toMatch(/date-time/);
    expect(request('POST', '/posts', json({ ...valid, socialAccounts: [{ platform: 'INSTAGRAM', socialAccountId: 'a' }] })).errors.join()).toMatch(/postType/);
    expect(request('POST', '/posts', json({ ...valid, socialAccounts: [{ platform: 'BLUESKY', socialAccountId: 'a' }] })).errors).not.toEqual([]);
    expect(request('POST', '/posts', json({ ...valid, content: [{ text: 'a' }, { text: 'b' }] })).errors.join()).toMatch(/must NOT have more than 1 items/);
    expect(request('POST', '/posts', json({ ...valid, idempotencyKey: 'x' })).errors.join()).toMatch(/additional properties/);
    expect(request('POST', '/posts', { ...json(valid), headers: { 'content-type': 'application/json' } }).errors.join()).toMatch(/Bearer/);
    expect(request('GET', '/social-account-posts', { query: { limit: '500' } }).errors.join()).toMatch(/<= 100/);
    expect(request('GET', '/social-account-posts', { query: { postIds: 'a' } }).errors.join()).toMatch(/not in the contract/);
    expect(request('PATCH', '/posts/abc').errors.join()).toMatch(/not an operation of the contract/);
    expect(request('POST', '/media', { query: {}, contentType: 'multipart/form-data; boundary=x', body: { file: {} } }).errors.join()).toMatch(/projectId is required/);
  });
});

describe('responses', () => {
  const op = (id: string) => contract.operations.find((operation) => operation.id === id)!;
  const child = {
    platform: 'PINTEREST',
    pinterestBoardId: 'b',
    socialAccountPostId: 's',
    postId: 'p',
    projectId: 'pr',
    socialAccountId: 'a',
    deliveryStatus: 'PUBLISHED',
    content: [{ text: 'x' }],
    schedule: { type: 'PUBLISH_NOW' },
    createdAt: '2026-12-01T00:00:00Z',
    updatedAt: '2026-12-01T00:00:00Z',
  };
  test('a child post with its platform fields is valid (allOf read with unevaluatedProperties); unknown fields and bad values are not', () => {
    expect(contract.checkResponse(op('listSocialAccountPosts'), 200, { socialAccountPosts: [child] }).errors).toEqual([]);
    expect(contract.checkResponse(op('listSocialAccountPosts'), 200, { socialAccountPosts: [{ ...child, extra: 1 }] }).errors).not.toEqual([]);
    expect(contract.checkResponse(op('listSocialAccountPosts'), 200, { socialAccountPosts: [{ ...child, deliveryStatus: 'SENT' }] }).errors).not.toEqual([]);
    expect(contract.checkResponse(op('getHealth'), 200, { message: 'hi', timestamp: 'now', version: 'v1' }).errors.join()).toMatch(/date-time/);
    expect(contract.checkResponse(op('getPost'), 429, {})).toEqual({ documented: false, errors: [] });
  });

  test('the fake answers a correct client within the contract, and counts a wrong client', () => {
    const fake = new FakeWoopSocial({ apiKeys: ['k'], accounts: [{ id: 'acc_x', projectId: 'proj_main', platform: 'X', username: 'a' }], now: () => new Date('2026-11-26T10:00:00Z') });
    const send = (method: string, path: string, body?: unknown) =>
      fake.handle({ url: `http://127.0.0.1/v1${path}`, method, headers: { authorization: 'Bearer k', 'content-type': 'application/json' }, body: Buffer.from(body === undefined ? '' : JSON.stringify(body)) });
    const created = send('POST', '/posts', valid) as { status: number; body: string };
    expect(created.status).toBe(201);
    const id = JSON.parse(created.body).id as string;
    expect((send('GET', `/posts/${id}`) as { status: number }).status).toBe(200);
    expect((send('GET', '/posts/nope') as { status: number }).status).toBe(404);
    expect((send('DELETE', `/posts/${id}`) as { status: number }).status).toBe(204);
    expect(fake.violations).toEqual([]);
    send('POST', '/posts', { ...valid, socialAccounts: [{ socialAccountId: 'acc_x' }] });
    expect(fake.violations.length).toBeGreaterThan(0);
  });
});
