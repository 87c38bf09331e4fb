/** Serves a FakeWoopSocial over HTTP on 127.0.0.1 (for the preview and for tests over a real socket), plus a small control API under /_fake for injecting failures. */

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeWoopSocial, Injection } from './fake-woopsocial';

/**
 * Starts the server. `/v1/...` is the contract; `/_fake/inject` (POST an Injection as JSON),
 * `/_fake/clear` and `/_fake/state` (violations, undocumented answers, posts) are the controls.
 * A `timeout` answer keeps the connection open without a response, as a hung server does.
 * @param fake The state behind the API.
 * @param port The port (0: any free one).
 */
export function startWoopSocialServer(fake: FakeWoopSocial, port: number): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
      if (url.pathname.startsWith('/_fake/')) {
        if (url.pathname === '/_fake/inject' && req.method === 'POST') fake.inject(JSON.parse(body.toString('utf8') || '{}') as Injection);
        if (url.pathname === '/_fake/clear') fake.clearInjections();
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ violations: fake.violations, undocumented: fake.undocumented, posts: fake.allPosts() }));
        return;
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
      const reply = fake.handle({ url: url.toString(), method: req.method ?? 'GET', headers, body });
      if ('timeout' in reply) return; // never answer
      res.writeHead(reply.status, reply.headers ?? {});
      res.end(reply.body ?? '');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port }));
  });
}
