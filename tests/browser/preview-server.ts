/** Starts and stops the local preview server (node scripts/preview.mjs) for browser tests, on a free port and a temporary store. */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { ROOT } from '../support/dist';

/** A running preview server. */
export interface PreviewServer {
  url: string;
  port: number;
  /** Everything the server printed. */
  output(): string;
  /** Stops the server (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `node scripts/preview.mjs` with `args` on `port` with its store in `storeDir`; resolves once it prints its URL. */
export function startPreviewServer(port: number, storeDir: string, args: string[] = []): Promise<PreviewServer> {
  let output = '';
  let child: ChildProcess | undefined = spawn(process.execPath, [path.join(ROOT, 'scripts', 'preview.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), PREVIEW_STORE_DIR: storeDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async (): Promise<void> => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    running.removeAllListeners('exit');
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The preview did not print its URL in 30 s:\n${output}`)), 30000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/localhost:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], port, output: () => output, stop });
      }
    };
    child?.stdout?.on('data', onData);
    child?.stderr?.on('data', onData);
    child?.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The preview exited with ${code}:\n${output}`));
    });
  });
}

/** The answer to a raw HTTP request (a browser would not let a test forge Host or send a broken body). */
export interface RawResponse {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** Sends a raw request to the preview on 127.0.0.1:port; rejects on a connection error (e.g. a reset). */
export function rawRequest(
  port: number,
  options: { method: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method,
        path: options.path,
        headers: { Host: `localhost:${port}`, ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: response.headers,
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** POSTs JSON (or any text) to the preview. */
export function postJson(port: number, route: string, body: string | Buffer): Promise<RawResponse> {
  return rawRequest(port, { method: 'POST', path: route, headers: { 'Content-Type': 'application/json' }, body });
}
