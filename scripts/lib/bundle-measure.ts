/** Bundle measures: bytes of the built files, what makes up dist/Code.js, and its evaluation time against a plain-data yardstick. */

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { build, type Metafile } from 'esbuild';
import { serverBuildOptions } from './server-build';
import type { BundleResult } from './bench-types';

/**
 * Milliseconds of CPU this process has used (user + system). The benchmark times with it rather than
 * the wall clock so that other processes competing for the machine's cores do not inflate the figures.
 */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * A script of exactly `bytes` bytes (ASCII) that only declares plain data: an array literal of short
 * strings and numbers. Evaluating it costs parsing and allocation but no code, so the ratio
 * bundle / reference cancels out most of the machine's speed.
 */
export function plainDataScript(bytes: number): string {
  const head = 'var BENCH_REFERENCE_DATA=[';
  const tail = '];';
  const parts: string[] = [];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes - 40; i++) {
    const item = i % 2 === 0 ? `"caption ${i} for the spring launch",` : `${i * 37},`;
    parts.push(item);
    size += item.length;
  }
  let script = head + parts.join('') + '0' + tail;
  while (script.length < bytes) script += ' ';
  return script;
}

/**
 * CPU milliseconds to compile and run each source in a brand-new node:vm context, `runs` times after
 * one warm-up, as Apps Script evaluates the bundle at the start of every execution. Sources alternate
 * run by run so a busy moment weighs on all alike; a unique trailing comment per run defeats V8's
 * compilation cache, so every run parses from scratch.
 */
export function evaluationTimes(sources: readonly string[], runs: number): number[][] {
  const times: number[][] = sources.map(() => []);
  for (let run = -1; run < runs; run++) {
    sources.forEach((source, index) => {
      const context = vm.createContext({});
      const started = cpuMs();
      new vm.Script(`${source}\n//bench run ${run}`, { filename: `bench-${index}.js` }).runInContext(context);
      const elapsed = cpuMs() - started;
      if (run >= 0) times[index].push(elapsed);
    });
  }
  return times;
}

/** Which part of the bundle an esbuild input path belongs to. */
export function partOf(input: string): string {
  const modules = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (modules) return `npm ${modules[1]}`;
  if (input.startsWith('src/domain/rules/')) return 'platform rules (src/domain/rules)';
  if (/^src\/domain\/(checks\/|counting\/|check-)/.test(input))
    return 'checks and text counting (src/domain/check*, counting)';
  const source = input.match(/^src\/(domain\/[^/.]+|[^/.]+)/);
  if (source) return `src/${source[1].replace(/\.ts$/, '')}`;
  return 'other';
}

/**
 * Minified bytes of the server bundle by part, from a metafile build with the real build's options
 * (scripts/lib/server-build.ts serverBuildOptions, as scripts/build.mjs: its plugins included, so the catalogues are the on-demand
 * reader, the core-js polyfills are gone). Also the output's bytes, which the parts add up to
 * (dist/Code.js is that plus the function stubs).
 */
export async function bundleParts(root: string): Promise<{ parts: Array<{ label: string; bytes: number }>; totalBytes: number }> {
  const result = await build({ ...serverBuildOptions(root), metafile: true, outfile: path.join(root, '.build/Code.metafile.js'), logLevel: 'silent' });
  const metafile: Metafile = result.metafile!;
  const totals = new Map<string, number>();
  let totalBytes = 0;
  for (const output of Object.values(metafile.outputs)) {
    totalBytes += output.bytes;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const label = partOf(input);
      totals.set(label, (totals.get(label) ?? 0) + bytesInOutput);
    }
  }
  // What esbuild adds outside any input (the IIFE wrapper, joins) is a part too, so the sum is the file.
  const inInputs = [...totals.values()].reduce((sum, bytes) => sum + bytes, 0);
  if (totalBytes > inInputs) totals.set('bundle wrapper (esbuild)', totalBytes - inInputs);
  const parts = [...totals.entries()].map(([label, bytes]) => ({ label, bytes })).sort((a, b) => b.bytes - a.bytes);
  return { parts, totalBytes };
}

/** Groups parts beyond the `keep` largest into one line, keeping named parts (the rules) always. */
export function topParts(
  parts: Array<{ label: string; bytes: number }>,
  keep: number,
  always: readonly string[] = [],
): Array<{ label: string; bytes: number }> {
  const kept = parts.filter((part, index) => index < keep || always.includes(part.label));
  const rest = parts.filter((part) => !kept.includes(part));
  if (rest.length > 0)
    kept.push({ label: `${rest.length} smaller parts`, bytes: rest.reduce((sum, part) => sum + part.bytes, 0) });
  return kept;
}

/** Measures dist/Code.js and dist/Sidebar.html: bytes, parts, evaluation time against the reference. */
export async function measureBundle(root: string, runs = 30): Promise<BundleResult> {
  const codePath = path.join(root, 'dist/Code.js');
  const sidebarPath = path.join(root, 'dist/Sidebar.html');
  const code = readFileSync(codePath, 'utf8');
  const codeBytes = statSync(codePath).size;
  const sidebarBytes = statSync(sidebarPath).size;
  const [codeTimes, referenceTimes] = evaluationTimes([code, plainDataScript(Buffer.byteLength(code))], runs);
  const measured = await bundleParts(root);
  const parts = topParts(measured.parts, 7, [
    'platform rules (src/domain/rules)',
    'checks and text counting (src/domain/check*, counting)',
  ]);
  return {
    codeBytes,
    sidebarBytes,
    codeEvalMs: median(codeTimes),
    referenceEvalMs: median(referenceTimes),
    runs,
    parts,
    partsTotalBytes: measured.totalBytes,
  };
}
