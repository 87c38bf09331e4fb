/** Loading a built Code.js into a fresh node:vm realm that has only ECMAScript built-ins plus the Apps Script globals. */

import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vm from 'node:vm';
import { parse } from 'acorn';
import type { Realm } from '../core/context';
import { CONSERVATIVE_INTL_SCRIPT } from './conservative-intl';

/** A callable the bundle declared at top level. */
export type BundleFunction = (...args: unknown[]) => unknown;

/** The parsed, compiled bundle file; instantiate it once per execution. */
export interface BundleSource {
  path: string;
  /** The folder the bundle lives in (where `<name>.html` files and `appsscript.json` are read from). */
  dir: string;
  code: string;
  script: vm.Script;
  /** Names declared at the top level (function declarations and var/let/const bindings). */
  declaredNames: string[];
}

/** One evaluation of the bundle in its own realm (Apps Script evaluates the global scope on every execution). */
export interface BundleInstance {
  context: vm.Context;
  realm: Realm;
  /** The top-level functions: declared functions, function-valued bindings and functions put on globalThis. */
  functions: Record<string, BundleFunction>;
  /** Every top-level name the script itself made (declared, or put on globalThis), whatever its value. */
  ownNames: ReadonlySet<string>;
  /** Evaluates source in the bundle's global scope (used for HtmlTemplate scriptlets). */
  evaluate(code: string, filename?: string): unknown;
}

/**
 * Replaces the realm's Date with one whose `new Date()`, `Date()` and `Date.now()` read the emulator's
 * (virtual) clock; everything else is the realm's own Date (same prototype, so instanceof works).
 */
const VIRTUAL_CLOCK_DATE = `(function (now) {
  var RealDate = globalThis.Date;
  var EmuDate = function Date() {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, arguments.length === 0 ? [now()] : Array.prototype.slice.call(arguments), new.target);
  };
  EmuDate.prototype = RealDate.prototype;
  EmuDate.now = function now_() { return now(); };
  EmuDate.UTC = RealDate.UTC;
  EmuDate.parse = RealDate.parse;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: EmuDate, writable: true, configurable: true });
  Object.defineProperty(globalThis, 'Date', { value: EmuDate, writable: true, configurable: true, enumerable: false });
})`;

/** Globals V8 puts in every context that Apps Script does not have (console is replaced by ours). */
const NON_ECMASCRIPT_GLOBALS = ['console', 'WebAssembly'];

/**
 * Reads and compiles a bundle. A syntax error surfaces here as the SyntaxError V8 reports.
 */
export function readBundle(path: string): BundleSource {
  const code = readFileSync(path, 'utf8');
  return {
    path,
    dir: dirname(path),
    code,
    script: new vm.Script(code, { filename: path }),
    declaredNames: topLevelNames(code),
  };
}

/** The names a script declares at its top level (what Apps Script lists as runnable functions). */
export function topLevelNames(code: string): string[] {
  let program: ReturnType<typeof parse>;
  try {
    program = parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
  } catch {
    return [];
  }
  const names: string[] = [];
  for (const node of program.body) {
    if (node.type === 'FunctionDeclaration' && node.id) names.push(node.id.name);
    if (node.type === 'VariableDeclaration') {
      for (const declarator of node.declarations)
        if (declarator.id.type === 'Identifier') names.push(declarator.id.name);
    }
  }
  return names;
}

/** How the realm is made. */
export interface RealmOptions {
  /** Remove the Intl features Google does not promise (see conservative-intl.ts). */
  conservativeIntl?: boolean;
}

/**
 * Makes a fresh realm whose global object holds only the ECMAScript built-ins plus `globals`
 * (no URL, TextEncoder, setTimeout, process, require, Buffer, structuredClone, WebAssembly, ...),
 * runs the bundle in it and collects its top-level functions. With `conservativeIntl` the realm
 * also lacks `longOffset`, `Intl.Segmenter` and `Intl.PluralRules`.
 */
export function instantiateBundle(
  source: BundleSource | null,
  globals: Record<string, unknown>,
  now?: () => number,
  options: RealmOptions = {},
): BundleInstance {
  const context = vm.createContext({}, { name: 'Apps Script V8', codeGeneration: { strings: true, wasm: false } });
  vm.runInContext(NON_ECMASCRIPT_GLOBALS.map((name) => `delete globalThis.${name};`).join(''), context);
  if (options.conservativeIntl) vm.runInContext(CONSERVATIVE_INTL_SCRIPT, context);
  if (now) (vm.runInContext(VIRTUAL_CLOCK_DATE, context) as (now: () => number) => void)(now);
  const global = vm.runInContext('globalThis', context) as Record<string, unknown>;
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(global, name, { value, writable: true, configurable: true, enumerable: false });
  }
  const before = new Set(Object.getOwnPropertyNames(global));
  // The values the realm held before the bundle ran (built-ins, Apps Script globals): never the script's own functions.
  const intrinsic = new Set<unknown>([...before].map((name) => Object.getOwnPropertyDescriptor(global, name)?.value));
  if (source) source.script.runInContext(context);
  const declared = new Set(source?.declaredNames ?? []);
  // No prototype: a lookup by a page's name never reaches Object.prototype (`constructor`, `__proto__`, ...).
  const functions = Object.create(null) as Record<string, BundleFunction>;
  const own = (value: unknown): boolean => typeof value === 'function' && !intrinsic.has(value);
  for (const name of Object.getOwnPropertyNames(global)) {
    if (before.has(name) && !declared.has(name)) continue;
    const value = Object.getOwnPropertyDescriptor(global, name)?.value;
    if (own(value)) functions[name] = value as BundleFunction;
  }
  // let/const bindings are not properties of the global object: read them in one evaluation.
  const lexical = [...declared].filter((name) => !functions[name] && /^[A-Za-z_$][\w$]*$/.test(name));
  if (lexical.length > 0) {
    const read = `({${lexical.map((name) => `${JSON.stringify(name)}: typeof ${name} === 'function' ? ${name} : undefined`).join(',')}})`;
    const values = vm.runInContext(read, context) as Record<string, unknown>;
    for (const name of lexical) if (own(values[name])) functions[name] = values[name] as BundleFunction;
  }
  const realm = vm.runInContext('({ Date: Date, Array: Array, Error: Error })', context) as Realm;
  const ownNames = new Set([...declared, ...Object.getOwnPropertyNames(global).filter((name) => !before.has(name))]);
  return {
    context,
    realm,
    functions,
    ownNames,
    evaluate: (code, filename = 'template') => vm.runInContext(code, context, { filename }),
  };
}
