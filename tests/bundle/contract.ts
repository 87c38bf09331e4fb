/** The bundle contract: what dist/Code.js must satisfy to work once pushed to Apps Script. */
import * as acorn from 'acorn';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { DIST } from '../support/dist';

/** Regular-expression flags that exist in ES2020 (Apps Script's V8 may reject newer ones: d, v). */
const ES2020_FLAGS = new Set(['g', 'i', 'm', 's', 'u', 'y']);

type Node = acorn.Node & Record<string, unknown>;

function walk(node: unknown, visit: (node: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  const n = node as Node;
  if (typeof n.type === 'string') visit(n);
  for (const key of Object.keys(n)) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    walk(n[key], visit);
  }
}

/** Problems found in a bundle, as sentences; empty when it meets the contract. */
export function checkBundle(code: string, requiredFunctions: readonly string[]): string[] {
  const problems: string[] = [];
  let program: acorn.Program;
  try {
    program = acorn.parse(code, { ecmaVersion: 2020, sourceType: 'script' });
  } catch (error) {
    return [`does not parse as ES2020: ${(error as Error).message}`];
  }
  walk(program, (node) => {
    const regex = node.regex as { flags: string } | undefined;
    if (node.type === 'Literal' && regex) {
      for (const flag of regex.flags) if (!ES2020_FLAGS.has(flag)) problems.push(`regular expression with flag "${flag}"`);
    }
    if ((node.type === 'NewExpression' || node.type === 'CallExpression') && (node.callee as Node).type === 'Identifier') {
      const callee = node.callee as unknown as { name: string };
      const args = node.arguments as Node[];
      if (callee.name === 'RegExp' && args[1]?.type === 'Literal' && typeof args[1].value === 'string') {
        for (const flag of args[1].value as string) {
          if (!ES2020_FLAGS.has(flag)) problems.push(`new RegExp(..., "${args[1].value}") with flag "${flag}"`);
        }
      }
    }
  });
  const topLevel = new Set(
    program.body
      .filter((statement): statement is acorn.FunctionDeclaration => statement.type === 'FunctionDeclaration')
      .map((statement) => statement.id.name),
  );
  const sandbox = vm.createContext({});
  try {
    vm.runInContext(code, sandbox, { filename: 'Code.js' });
  } catch (error) {
    problems.push(`does not evaluate without Node or browser globals: ${(error as Error).message}`);
    return problems;
  }
  for (const name of requiredFunctions) {
    if (!topLevel.has(name)) problems.push(`${name} is not a top-level function declaration (Apps Script cannot see it)`);
    if (typeof vm.runInContext(`typeof ${name}`, sandbox) !== 'string' || vm.runInContext(`typeof ${name}`, sandbox) !== 'function') {
      problems.push(`${name} is not a function after evaluation`);
    }
  }
  return problems;
}

/** The functions the bundle assigns to globalThis, found by evaluating it in a bare context. */
export function assignedGlobals(code: string): string[] {
  const sandbox = vm.createContext({});
  const before = new Set(Object.getOwnPropertyNames(vm.runInContext('globalThis', sandbox)));
  // Remove the stubs so only the real assignments count.
  vm.runInContext(code.replace(/^function [A-Za-z0-9_$]+\(\)\{\}$/gm, ''), sandbox);
  const global = vm.runInContext('globalThis', sandbox) as Record<string, unknown>;
  return Object.getOwnPropertyNames(global).filter((name) => !before.has(name) && typeof global[name] === 'function');
}

/** The function names onOpen binds to menu items, captured with a stand-in Ui (any auth mode). */
export function menuCallbacks(code: string, authMode: 'NONE' | 'LIMITED' | 'FULL'): string[] {
  const names: string[] = [];
  const menu = {
    addItem: (_caption: string, name: string) => {
      names.push(name);
      return menu;
    },
    addSeparator: () => menu,
    addSubMenu: () => menu,
    addToUi: () => undefined,
  };
  const ui = { createMenu: () => menu, createAddonMenu: () => menu };
  const sandbox = vm.createContext({
    // Messages are read from dist/Messages.html, as Apps Script serves project files by name.
    HtmlService: {
      createHtmlOutputFromFile: (name: string) => ({ getContent: () => readFileSync(path.join(DIST, `${name}.html`), 'utf8') }),
    },
    SpreadsheetApp: {
      getUi: () => ui,
      getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'en_US' }),
    },
    ScriptApp: { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' } },
  });
  vm.runInContext(code, sandbox);
  vm.runInContext(`onOpen({ authMode: ScriptApp.AuthMode.${authMode} })`, sandbox);
  return names;
}
