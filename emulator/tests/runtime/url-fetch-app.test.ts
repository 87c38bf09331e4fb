/** UrlFetchApp in the emulator: synchronous fetch and fetchAll as Google documents them (params, payloads, muteHttpExceptions, HTTPResponse, blobs), loopback only, real HTTP through a child process. */

import { spawn, type ChildProcess } from 'node:child_process';
import type { FetchReply, FetchRequest } from '../../index';
import { emulatorWith } from './helpers';

const BUNDLE = `
function get(url, params) {
  var r = UrlFetchApp.fetch(url, params);
  return { code: r.getResponseCode(), text: r.getContentText(), headers: r.getHeaders(), all: r.getAllHeaders(), blobType: r.getBlob().getContentType(), bytes: r.getContent().length };
}
function fails(url, params) { try { UrlFetchApp.fetch(url, params); return 'no error'; } catch (e) { return e.message; } }
function many(urls) { return UrlFetchApp.fetchAll(urls).map(function (r) { return r.getResponseCode(); }); }
function upload(url) {
  var blob = Utilities.newBlob('abc', 'image/png', 'a.png');
  return UrlFetchApp.fetch(url, { method: 'post', payload: { file: blob, note: 'x' } }).getContentText();
}
function form(url) { return UrlFetchApp.fetch(url, { method: 'post', payload: { a: 'b c', d: '&' } }).getContentText(); }
`;

function setup() {
  const emulator = emulatorWith(BUNDLE);
  const seen: FetchRequest[] = [];
  emulator.urlFetch.handlers.set('http://127.0.0.1:7001', (request): FetchReply => {
    seen.push(request);
    if (request.url.endsWith('/missing')) return { status: 404, body: '{"code":"POST_NOT_FOUND"}' };
    if (request.url.endsWith('/slow')) return { timeout: true };
    if (request.url.endsWith('/echo'))
      return { status: 200, headers: { 'Content-Type': 'text/plain' }, body: `${request.headers['content-type']}|${request.body.toString('utf8')}` };
    return { status: 200, headers: { 'Content-Type': 'application/json', 'Retry-After': '3' }, body: '{"ok":true}' };
  });
  return { emulator, seen };
}

const run = (emulator: ReturnType<typeof setup>['emulator'], name: string, ...args: unknown[]) => {
  const result = emulator.run(name, ...args);
  if (!result.ok) throw new Error(result.error);
  return result.value as never;
};

describe('UrlFetchApp', () => {
  test('fetch sends method, headers and a JSON payload; HTTPResponse gives code, text, headers and a blob', () => {
    const { emulator, seen } = setup();
    const response = run(emulator, 'get', 'http://127.0.0.1:7001/v1/posts', {
      method: 'post',
      contentType: 'application/json',
      payload: '{"a":1}',
      headers: { Authorization: 'Bearer k' },
    }) as { code: number; text: string; headers: Record<string, string>; blobType: string; bytes: number };
    expect(response).toMatchObject({ code: 200, text: '{"ok":true}', blobType: 'application/json', bytes: 11 });
    expect(response.headers['retry-after']).toBe('3');
    expect(seen[0]).toMatchObject({ method: 'POST', headers: { authorization: 'Bearer k', 'content-type': 'application/json' } });
    expect(seen[0].body.toString()).toBe('{"a":1}');
    expect(emulator.stats.byMethod['UrlFetchApp.fetch']).toBe(1);
  });

  test('a 4xx throws Request failed … unless muteHttpExceptions; a timeout throws and costs virtual time', () => {
    const { emulator } = setup();
    expect(run(emulator, 'fails', 'http://127.0.0.1:7001/missing')).toMatch(/^Request failed for http:\/\/127\.0\.0\.1:7001 returned code 404\. Truncated server response: \{"code":"POST_NOT_FOUND"\}/);
    expect((run(emulator, 'get', 'http://127.0.0.1:7001/missing', { muteHttpExceptions: true }) as { code: number }).code).toBe(404);
    const before = emulator.clock.now().getTime();
    expect(run(emulator, 'fails', 'http://127.0.0.1:7001/slow')).toBe('Timeout: http://127.0.0.1:7001/slow');
    expect(emulator.clock.now().getTime() - before).toBeGreaterThanOrEqual(60_000);
  });

  test('object payloads: a form (url-encoded) or multipart/form-data when a value is a blob; fetchAll returns responses in order', () => {
    const { emulator } = setup();
    expect(run(emulator, 'form', 'http://127.0.0.1:7001/echo')).toBe('application/x-www-form-urlencoded|a=b%20c&d=%26');
    const multipart = run(emulator, 'upload', 'http://127.0.0.1:7001/echo') as string;
    expect(multipart).toMatch(/^multipart\/form-data; boundary=/);
    expect(multipart).toContain('Content-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\nabc');
    expect(run(emulator, 'many', ['http://127.0.0.1:7001/a', { url: 'http://127.0.0.1:7001/missing', muteHttpExceptions: true }])).toEqual([200, 404]);
    expect(run(emulator, 'fails', 'http://127.0.0.1:7001/a', { method: 'options' })).toBe('Invalid argument: method');
  });

  test('reaches only loopback addresses; needs script.external_request when the manifest lists scopes', () => {
    const { emulator } = setup();
    expect(run(emulator, 'fails', 'https://api.woopsocial.com/v1/health')).toMatch(/reaches only loopback addresses/);
    const strict = emulatorWith(BUNDLE, {}, { 'appsscript.json': JSON.stringify({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] }) });
    strict.urlFetch.handlers.set('http://127.0.0.1:7001', () => ({ status: 200, body: '' }));
    expect(run(strict, 'fails', 'http://127.0.0.1:7001/x')).toMatch(/Required permissions: https:\/\/www\.googleapis\.com\/auth\/script\.external_request/);
  });

  test('the daily quota: past it, fetch throws Apps Script’s daily-quota message; the next day it works again', () => {
    const { emulator } = setup();
    emulator.urlFetch.dailyLimit = 3;
    for (let i = 0; i < 3; i++) expect((run(emulator, 'get', 'http://127.0.0.1:7001/a') as { code: number }).code).toBe(200);
    expect(run(emulator, 'fails', 'http://127.0.0.1:7001/a')).toBe('Service invoked too many times for one day: urlfetch.');
    emulator.clock.advance(86_400_000);
    expect((run(emulator, 'get', 'http://127.0.0.1:7001/a') as { code: number }).code).toBe(200);
  });

  describe('over a real socket (a loopback HTTP server in its own process)', () => {
    let child: ChildProcess;
    let base = '';
    beforeAll(async () => {
      const server = [
        "const http = require('node:http');",
        'http.createServer((req, res) => {',
        "  let body = '';",
        "  req.on('data', (c) => (body += c));",
        "  req.on('end', () => {",
        "    const status = req.headers.authorization === 'Bearer key' ? 200 : 401;",
        "    res.writeHead(status, { 'Content-Type': 'application/json' });",
        '    res.end(JSON.stringify({ method: req.method, path: req.url, body }));',
        '  });',
        "}).listen(0, '127.0.0.1', function () { console.log(this.address().port); });",
      ].join('\n');
      child = spawn(process.execPath, ['-e', server], { stdio: ['ignore', 'pipe', 'inherit'] });
      const port = await new Promise<string>((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())));
      base = `http://127.0.0.1:${port}`;
    }, 30_000);
    afterAll(() => child?.kill());

    test('fetch blocks until the child process has the answer; a refusal is an HTTPResponse under muteHttpExceptions', () => {
      const emulator = emulatorWith(BUNDLE);
      const ok = run(emulator, 'get', `${base}/health`, { headers: { Authorization: 'Bearer key' } }) as { code: number; text: string };
      expect(ok.code).toBe(200);
      expect(JSON.parse(ok.text)).toEqual({ method: 'GET', path: '/health', body: '' });
      const refused = run(emulator, 'get', `${base}/projects`, { headers: { Authorization: 'Bearer wrong' }, muteHttpExceptions: true }) as { code: number };
      expect(refused.code).toBe(401);
    });
  });
});
