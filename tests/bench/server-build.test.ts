/** One build: the mutants and the size breakdown are built as dist/Code.js is, and a mutation finds its node by its shape, not by exact text. */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleParts } from '../../scripts/lib/bundle-measure';
import { callsNamed, mutateSource, type Mutation } from '../../scripts/lib/mutation';
import { buildServerCode } from '../../scripts/lib/server-build';

const ROOT = path.resolve(__dirname, '..', '..');

const DROP_GUARD: Mutation = {
  name: 'drop-guard',
  inFunction: 'guarded',
  target: 'an `if` on check(...)',
  find: (node) => node.type === 'IfStatement' && callsNamed(node.test, 'check'),
  replace: () => '',
};

test('the shared server build makes dist/Code.js byte for byte, and the breakdown adds up to it without the stubs', async () => {
  const built = await buildServerCode(ROOT);
  const shipped = readFileSync(path.join(ROOT, 'dist/Code.js'), 'utf8');
  expect(built).toBe(shipped);
  const { totalBytes } = await bundleParts(ROOT);
  const withoutStubs = shipped.replace(/(?:function \w+\(\)\{\}\n)+$/, '');
  expect(withoutStubs.length).toBeLessThan(shipped.length);
  expect(Buffer.byteLength(withoutStubs)).toBe(totalBytes);
}, 60_000);

test('a mutation finds its node however the code is spelled, and says so when the node is gone', () => {
  const spelled = [
    'export function guarded(x: number): number { if (!check(x)) return 0; return x; }',
    'export function guarded(value: number): number {\n  if (\n    !check( value )\n  ) {\n    return 0;\n  }\n  return value;\n}',
  ];
  for (const source of spelled) {
    const mutated = mutateSource(`declare function check(n: number): boolean;\n${source}`, DROP_GUARD)!;
    expect(mutated).not.toMatch(/check\(/);
    expect(mutated).toMatch(/return (x|value);/);
  }
  expect(mutateSource('export function other(): number { return 1; }', DROP_GUARD)).toBeUndefined();
  expect(() => mutateSource('export function guarded(x: number): number { return x; }', DROP_GUARD)).toThrow(/guarded\(\) no longer has an `if` on check/);
});
