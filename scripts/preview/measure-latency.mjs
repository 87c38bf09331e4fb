// Measures the local preview's google.script.run round trip (issue #18 item 6): starts the preview on a fresh sample, times each page call over HTTP, and counts how often the store file is rewritten.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const { fetch } = globalThis;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ROUNDS = Number(process.env.ROUNDS ?? 30);
/** Pause between calls (ms), as a page has between a person's actions; THINK_MS=0 sends them back to back. */
const THINK_MS = Number(process.env.THINK_MS ?? 150);

/** Starts the preview on a free port with a temporary store; resolves with its port, store file and a stop function. */
function startPreview(storeDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'scripts', process.env.PREVIEW_SCRIPT ?? 'preview.mjs'), '--reset'],
      {
        cwd: root,
        env: { ...process.env, PORT: '0', PREVIEW_STORE_DIR: storeDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      const match = /running at http:\/\/localhost:(\d+)\//.exec(output);
      if (match) resolve({ port: Number(match[1]), stop: () => child.kill('SIGTERM') });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the preview exited with ${code}:\n${output}`)));
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function main() {
  const storeDir = mkdtempSync(path.join(os.tmpdir(), 'preview-latency-'));
  const storeFile = path.join(storeDir, 'store.json');
  const { port, stop } = await startPreview(storeDir);
  const call = async (name, args) => {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/api/run`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, args }),
    });
    const result = await response.json();
    const ms = performance.now() - started;
    if (!result.ok) throw new Error(`${name} failed: ${result.error}`);
    const server = Number(/dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? NaN);
    // A person's page makes one call at a time, with its own work between (rendering, typing).
    await new Promise((resolve) => setTimeout(resolve, THINK_MS));
    return { ms, server, value: result.value };
  };
  const inode = () => statSync(storeFile).ino + ':' + statSync(storeFile).mtimeMs;
  const rows = [];
  try {
    const post = {
      platforms: ['Mastodon'],
      date: '2031-03-14',
      time: '10:30',
      format: 'Text',
      caption: 'Latency check.',
    };
    const calls = [
      ['getFormContext', []],
      ['getPlanningHints', []],
      ['checkPost', [post]],
      ['getReviewQueue', []],
      ['getExportContext', []],
    ];
    // A call that writes: a new post each round (each one rewrites the store once).
    calls.push(['savePost', (i) => [{ ...post, caption: `Latency check ${i}.` }]]);
    for (const [name, args] of calls) {
      const times = [];
      const serverTimes = [];
      let writes = 0;
      for (let i = 0; i < ROUNDS; i++) {
        const before = inode();
        const timed = await call(name, typeof args === 'function' ? args(i) : args);
        times.push(timed.ms);
        serverTimes.push(timed.server);
        await new Promise((resolve) => setTimeout(resolve, 20)); // the store is written just after the response
        if (inode() !== before) writes++;
      }
      rows.push({ name, median: median(times), server: median(serverTimes), writes });
    }
  } finally {
    stop();
  }
  const size = statSync(storeFile).size;
  rmSync(storeDir, { recursive: true, force: true });
  console.log(
    `preview google.script.run over HTTP, ${ROUNDS} calls each, ${THINK_MS} ms apart (store ${Math.round(size / 1024)} KB, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs):`,
  );
  for (const row of rows)
    console.log(
      `  ${row.name.padEnd(18)} median ${row.median.toFixed(1).padStart(6)} ms (server ${row.server.toFixed(1).padStart(6)} ms)   store rewrites ${row.writes}/${ROUNDS}`,
    );
  const worst = Math.max(...rows.map((row) => row.median));
  if (worst > 50) {
    console.log(`preview: a call's median is ${worst.toFixed(1)} ms, over the 50 ms budget.`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
