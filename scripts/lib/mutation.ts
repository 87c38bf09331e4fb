/** Mutants for the proofs that can fail: one edit to a node found in the syntax tree of a named function, wherever under src/ it lives. */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type Node } from 'acorn';
import { transformSync, type Plugin } from 'esbuild';

/** An ESTree node with its fields readable by name (acorn's nodes carry more than the base type says). */
export type SyntaxNode = Node & Record<string, unknown>;

/**
 * One edit: inside the function declared as `inFunction` (in whichever src/ file declares it), the
 * first node (in source order) that `find` accepts is replaced by what `replace` returns. `replace`
 * gets the node and `text`, which gives any node's source (JavaScript, the types already stripped).
 */
export interface Mutation {
  name: string;
  inFunction: string;
  /** What the edit removes, in words (shown when no node matches). */
  target: string;
  find: (node: SyntaxNode) => boolean;
  replace: (node: SyntaxNode, text: (node: unknown) => string) => string;
}

/** Every node under `node`, depth first in source order (the node itself first). */
export function* nodesUnder(node: unknown): Generator<SyntaxNode> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) yield* nodesUnder(item);
    return;
  }
  const record = node as SyntaxNode;
  if (typeof record.type !== 'string') return;
  yield record;
  for (const [key, value] of Object.entries(record)) if (key !== 'loc' && value && typeof value === 'object') yield* nodesUnder(value);
}

/** Whether `node` is a call of a method named `method` (`x.method(...)`). */
export function isMethodCall(node: unknown, method: string): node is SyntaxNode {
  const call = node as SyntaxNode | undefined;
  if (call?.type !== 'CallExpression') return false;
  const callee = call.callee as SyntaxNode;
  return callee.type === 'MemberExpression' && (callee.property as SyntaxNode).name === method;
}

/** Whether anything under `node` calls a function or method named `name`. */
export function callsNamed(node: unknown, name: string): boolean {
  for (const inner of nodesUnder(node)) {
    if (inner.type !== 'CallExpression') continue;
    const callee = inner.callee as SyntaxNode;
    if (callee.name === name || (callee.type === 'MemberExpression' && (callee.property as SyntaxNode).name === name)) return true;
  }
  return false;
}

/** The declaration of the function `name` in `program` (a function declaration, or a const bound to a function). */
function functionNamed(program: SyntaxNode, name: string): SyntaxNode | undefined {
  for (const node of nodesUnder(program)) {
    if (node.type === 'FunctionDeclaration' && (node.id as SyntaxNode | null)?.name === name) return node;
    if (node.type === 'VariableDeclarator' && (node.id as SyntaxNode).name === name) {
      const init = node.init as SyntaxNode | null;
      if (init && /Function/.test(init.type)) return init;
    }
  }
  return undefined;
}

/**
 * `source` (TypeScript, compiled with `tsconfigRaw` as the build would) with the mutation applied, as JavaScript; undefined when the file declares no
 * function named `mutation.inFunction`. Throws when the function is there but no node matches.
 */
export function mutateSource(source: string, mutation: Mutation, tsconfigRaw?: string): string | undefined {
  const js = transformSync(source, { loader: 'ts', format: 'esm', target: 'esnext', tsconfigRaw }).code;
  const program = parse(js, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as SyntaxNode;
  const fn = functionNamed(program, mutation.inFunction);
  if (!fn) return undefined;
  let found: SyntaxNode | undefined;
  for (const node of nodesUnder(fn.body)) {
    if (mutation.find(node)) {
      found = node;
      break;
    }
  }
  if (!found) throw new Error(`mutant ${mutation.name}: ${mutation.inFunction}() no longer has ${mutation.target}.`);
  const text = (node: unknown) => js.slice((node as Node).start, (node as Node).end);
  return js.slice(0, found.start) + mutation.replace(found, text) + js.slice(found.end);
}

/**
 * An esbuild plugin applying `mutation` to the src/ file that declares its function, and `applied()`,
 * the files it was applied in (the caller checks there was exactly one, so a proof cannot test nothing).
 */
export function mutationPlugin(mutation: Mutation): { plugin: Plugin; applied: () => string[] } {
  const files: string[] = [];
  const plugin: Plugin = {
    name: `mutant-${mutation.name}`,
    setup(pluginBuild) {
      const tsconfig = path.join(pluginBuild.initialOptions.absWorkingDir ?? process.cwd(), 'tsconfig.json');
      const tsconfigRaw = existsSync(tsconfig) ? readFileSync(tsconfig, 'utf8') : undefined;
      pluginBuild.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes(mutation.inFunction)) return undefined;
        try {
          const contents = mutateSource(source, mutation, tsconfigRaw);
          if (contents === undefined) return undefined;
          files.push(args.path);
          return { contents, loader: 'js' };
        } catch (error) {
          return { errors: [{ text: (error as Error).message }] };
        }
      });
    },
  };
  return { plugin, applied: () => [...files] };
}

/** Throws unless the mutation was applied in exactly one file. */
export function assertAppliedOnce(mutation: Mutation, files: readonly string[]): void {
  if (files.length === 1) return;
  const where = files.length === 0 ? 'no file under src/ declares it' : `${files.length} files declare it: ${files.join(', ')}`;
  throw new Error(`mutant ${mutation.name}: the function ${mutation.inFunction}() is not found once (${where}).`);
}
