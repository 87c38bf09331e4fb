/**
 * The budget's self-test: builds a copy of the add-on whose Checks write is changed to one setValue
 * per cell (the regression the budget exists to catch), so the benchmark can show it goes OVER.
 */

import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assertAppliedOnce, isMethodCall, mutationPlugin, type Mutation, type SyntaxNode } from './mutation';
import { buildServerCode } from './server-build';

/** Whether `node` is `<sheet>.getRange(row, column, rows, columns).setValues(values);`, one batched block write. */
export function isBlockWrite(node: SyntaxNode): boolean {
  if (node.type !== 'ExpressionStatement' || !isMethodCall(node.expression, 'setValues')) return false;
  const range = ((node.expression as SyntaxNode).callee as SyntaxNode).object;
  return isMethodCall(range, 'getRange') && (range.arguments as unknown[]).length === 4;
}

/** The parts of a block write found by isBlockWrite: the sheet, the getRange arguments and the values, as source. */
export function blockWriteParts(node: SyntaxNode, text: (node: unknown) => string): { sheet: string; row: string; column: string; rows: string; columns: string; values: string } {
  const call = node.expression as SyntaxNode;
  const range = (call.callee as SyntaxNode).object as SyntaxNode;
  const [row, column, rows, columns] = (range.arguments as unknown[]).map(text);
  return { sheet: text((range.callee as SyntaxNode).object), row, column, rows, columns, values: text((call.arguments as unknown[])[0]) };
}

/** writeColumns()'s batched write (src/sheets/calendar-sheet.ts) as one setValue per cell: what a careless edit would look like. */
export const PER_CELL_WRITE: Mutation = {
  name: 'per-cell-checks-write',
  inFunction: 'writeColumns',
  target: 'a batched getRange(row, column, rows, columns).setValues(values) write',
  find: isBlockWrite,
  replace: (node, text) => {
    const { sheet, row, column, values } = blockWriteParts(node, text);
    return `${values}.forEach((row, i) => row.forEach((value, j) => ${sheet}.getRange((${row}) + i, (${column}) + j).setValue(value)));`;
  },
};

/**
 * Builds the mutant into `<root>/.build/mutant/` with the real build (scripts/lib/server-build.ts: its
 * options, plugins and function stubs; the mutation runs first), with the manifest and the built pages
 * and Messages.html beside it (the emulator reads scopes and HTML files from there). Returns the
 * Code.js path. Needs `npm run build` first for the HTML files.
 */
export async function buildMutantInto(root: string, dir: string, mutation: Mutation): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, 'Code.js');
  const { plugin, applied } = mutationPlugin(mutation);
  const code = await buildServerCode(root, [plugin]);
  assertAppliedOnce(mutation, applied());
  writeFileSync(outfile, code);
  copyFileSync(path.join(root, 'appsscript.json'), path.join(dir, 'appsscript.json'));
  const dist = path.join(root, 'dist');
  if (existsSync(dist)) for (const file of readdirSync(dist)) if (file.endsWith('.html')) copyFileSync(path.join(dist, file), path.join(dir, file));
  return outfile;
}

/** Builds the per-cell Checks write mutant (PER_CELL_WRITE) into `<root>/.build/mutant/`; returns the Code.js path. */
export async function buildPerCellMutant(root: string): Promise<string> {
  return buildMutantInto(root, path.join(root, '.build/mutant'), PER_CELL_WRITE);
}
