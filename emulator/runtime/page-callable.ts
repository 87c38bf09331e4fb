/** Which server functions a page may call through google.script.run: one rule shared by the emulator's run(), the test transport and the preview server. */

import type { BundleFunction, BundleInstance } from './bundle';

/**
 * Google's rule (https://developers.google.com/apps-script/guides/html/communication, "Private
 * functions"; https://developers.google.com/apps-script/guides/html/reference/run): a page may call
 * the script's server-side functions by name; functions whose names end in `_` are private and cannot
 * be called. Google is silent on built-ins, so the emulator takes the stricter reading: only the
 * script's own top-level functions (declared by the bundle or put on globalThis by it), named by a plain
 * identifier (no dots, no `constructor` / `__proto__` walks), never a value the realm had before the
 * bundle ran (`eval`, `Function`, `Object`, the Apps Script service objects, ...).
 */
const IDENTIFIER = /^[A-Za-z$][\w$]*$/;

/** Names a page can never call, whatever the bundle does (inherited Object members and prototype hooks). */
const NEVER_CALLABLE = new Set([
  'constructor',
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
  'eval',
  'Function',
  'globalThis',
]);

/** Whether `name` has the shape of a function a page may call (an identifier not ending in `_`, not a reserved name). */
export function isPageCallableName(name: unknown): name is string {
  return typeof name === 'string' && IDENTIFIER.test(name) && !name.endsWith('_') && !NEVER_CALLABLE.has(name);
}

/** The message google.script.run gives for a name that is not a callable server function. */
export function notCallableMessage(name: string): string {
  const shown = IDENTIFIER.test(name) || /^[\w$.]*$/.test(name) ? name : JSON.stringify(name);
  return `google.script.run.${shown} is not a function`;
}

/** The function a page calling `name` reaches in this evaluation of the bundle, or undefined when the page may not call it. */
export function pageCallableFunction(instance: BundleInstance, name: unknown): BundleFunction | undefined {
  if (!isPageCallableName(name)) return undefined;
  if (!Object.prototype.hasOwnProperty.call(instance.functions, name)) return undefined;
  const fn = instance.functions[name];
  return typeof fn === 'function' ? fn : undefined;
}

/** Every name a page may call in this evaluation of the bundle, sorted. */
export function pageCallableNames(instance: BundleInstance): string[] {
  return Object.keys(instance.functions)
    .filter((name) => pageCallableFunction(instance, name) !== undefined)
    .sort();
}
